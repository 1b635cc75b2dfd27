import { lavRegel } from "../lav-regel";
import { erDagsenhed } from "../../beregning/takst";
import { ydelsesIdFor, vaerdi } from "./hjaelp/faelles";

const TAKSTTYPER = new Set(["Gennemsnitstakst", "Ydelsestakst"]);

export default lavRegel({
  meta: {
    id: "stoettetimer-mangler",
    standardAlvor: "advarsel",
    beskrivelse:
      "For døgn- og dagydelser med gennemsnits- eller ydelsestakst bør antallet af direkte støttetimer pr. uge i taksten angives.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const raekke of ctx.skema.ydelser?.raekker ?? []) {
      const celle = raekke.stoettetimer;
      // Only an empty cell: a missing column or an unreadable value is reported by the input rules.
      if (!celle.tom || celle.mangler || celle.ulaeselig) continue;
      const taksttype = vaerdi(raekke.taksttype);
      if (!erDagsenhed(vaerdi(raekke.takstenhed)) || taksttype === null || !TAKSTTYPER.has(taksttype)) continue;
      ctx.rapporter({
        ark: celle.ark,
        celle: celle.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Direkte støttetimer pr. uge er ikke udfyldt for en ${taksttype.toLowerCase()} pr. ${vaerdi(raekke.takstenhed)?.toLowerCase()}. ` +
          "Angiv hvor mange direkte støttetimer pr. borger pr. uge taksten i gennemsnit indeholder, så taksten kan forhandles.",
      });
    }
  },
});
