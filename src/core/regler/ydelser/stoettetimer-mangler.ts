import { lavRegel } from "../lav-regel";
import { brugerBelaegning } from "../../beregning/takst";
import { ydelsesIdFor, vaerdi } from "./hjaelp/faelles";

/**
 * § 5.5.2 "For hver takst anbefales det derfor – uanset takststruktur – at synliggøre …": every
 * place-based takst, except the fixed part of a takst (Basistakst, § 5.4.4), an Enhedstakst (§ 4.1)
 * and a Trækningsret, which buy no places (regler.md 2026.3 point 4).
 */
const UDEN_STOETTETIMER = new Set(["basistakst", "enhedstakst", "trækningsret"]);

export default lavRegel({
  meta: {
    id: "stoettetimer-mangler",
    standardAlvor: "info",
    beskrivelse:
      "Det anbefales for hver takst med pladser (pr. døgn, dag, måned eller år; ikke basis-, enhedstakst eller trækningsret) at angive, hvor mange direkte støttetimer pr. uge taksten i gennemsnit indeholder.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    mangler: (d: { taksttype: string; takstenhed: string | null; afsnit: string }) =>
      `Direkte støttetimer pr. uge er ikke udfyldt for en ${d.taksttype.toLowerCase()} pr. ${d.takstenhed?.toLowerCase()}. ` +
      `Det anbefales (${d.afsnit}) at angive, hvor mange direkte støttetimer pr. borger pr. uge taksten i gennemsnit indeholder (0, hvis ingen), så taksten kan forhandles.`,
  },
  tjek(ctx) {
    for (const raekke of ctx.skema.ydelser?.raekker ?? []) {
      const celle = raekke.stoettetimer;
      // Only an empty cell (0 is an answer): a missing column or an unreadable value is reported by the input rules.
      if (!celle.tom || celle.mangler || celle.ulaeselig) continue;
      const taksttype = vaerdi(raekke.taksttype);
      const enhed = vaerdi(raekke.takstenhed);
      const pladser = vaerdi(raekke.pladser);
      if (!brugerBelaegning(enhed) || !pladser || !pladser.gt(0)) continue;
      // An empty Taksttype is felt-mangler's.
      if (taksttype === null || UDEN_STOETTETIMER.has(taksttype.trim().toLowerCase())) continue;
      ctx.rapporter({
        besked: "mangler",
        celle,
        ydelsesId: ydelsesIdFor(raekke),
        data: { taksttype, takstenhed: enhed, afsnit: ctx.afsnit("stoettetimer") },
      });
    }
  },
});
