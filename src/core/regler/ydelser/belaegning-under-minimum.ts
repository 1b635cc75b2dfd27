import { lavRegel } from "../lav-regel";
import { brugerBelaegning, erKortForloeb, erSaerligtTilbud } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPctBroekMod } from "../../format";
import { pctTilBroek, type Dec } from "../../penge";
import {
  belaegningsRaekker,
  bemaerkningerForklarer,
  erNytTilbudIFoersteDriftsaar,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { takstVedBelaegning } from "./hjaelp/takstberegning";

interface Under {
  belaegning: Dec;
  minPct: number;
  tilbudsform: string | null;
}

const under = (d: Under): string =>
  `Belægningsprocenten ${formaterPctBroekMod(d.belaegning, d.minPct)} er under minimum ${formaterGraensePct(d.minPct)} for ${d.tilbudsform}.`;

export default lavRegel({
  meta: {
    id: "belaegning-under-minimum",
    standardAlvor: "fejl",
    beskrivelse:
      "Ved korte forløb, akut- og aflastningstilbud skal den budgetterede belægningsprocent være mindst 90 % (et særligt tilbud, fx et krisecenter, der forklarer en lavere belægning i Bemærkninger: info).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    saerligtTilbud: (d: Under & { afsnit: string }) =>
      `${under(d)} Ydelsen er et særligt tilbud efter sin paragraf, som ${d.afsnit} tillader at beregne med en særlig lav belægningsprocent, ` +
      "og Bemærkninger forklarer den; kontrollér, at forklaringen holder.",
    under: (d: Under & { takstVedMin: Dec | null }) =>
      `${under(d)} Hæv den budgetterede belægningsprocent, og beregn taksten igen` +
      (d.takstVedMin ? ` (ved minimum bliver taksten ${formaterKr(d.takstVedMin)}).` : "."),
  },
  tjek(ctx) {
    // A nyt tilbud in its første driftsår may budget lower (§ 6.1.2): belaegning-nyt-tilbud says so.
    if (erNytTilbudIFoersteDriftsaar(ctx.skema)) return;
    const minPct = ctx.profil.belaegning.minKortForloeb;
    const min = pctTilBroek(minPct);
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      const tilbudsform = vaerdi(raekke.tilbudsform);
      // Only where the belægning enters the takst (Døgn, Dag, Måned, År).
      if (!erKortForloeb(tilbudsform) || !brugerBelaegning(vaerdi(raekke.takstenhed)) || !belaegning.lt(min)) continue;
      const sted = { celle: raekke.belaegningsprocent, ydelsesId: ydelsesIdFor(raekke) };
      const u: Under = { belaegning, minPct, tilbudsform };
      // § 7.4 (regler.md 2026.3 point 12): a særligt tilbud may budget a low belægning when it says why.
      if (erSaerligtTilbud(vaerdi(raekke.paragraf)) && bemaerkningerForklarer(raekke, ctx.profil)) {
        ctx.rapporter({
          ...sted,
          besked: "saerligtTilbud",
          alvor: "info",
          data: { ...u, afsnit: ctx.afsnit("saerligeTilbud") },
        });
        continue;
      }
      ctx.rapporter({ ...sted, besked: "under", data: { ...u, takstVedMin: takstVedBelaegning(ctx, raekke, minPct) } });
    }
  },
});
