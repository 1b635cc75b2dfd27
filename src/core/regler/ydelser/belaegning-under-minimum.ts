import { lavRegel } from "../lav-regel";
import { brugerBelaegning, erKortForloeb, erSaerligtTilbud } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPctBroekMod } from "../../format";
import { pctTilBroek } from "../../penge";
import {
  belaegningsRaekker,
  bemaerkningerForklarer,
  erNytTilbudIFoersteDriftsaar,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { takstVedBelaegning } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "belaegning-under-minimum",
    standardAlvor: "fejl",
    beskrivelse:
      "Ved korte forløb, akut- og aflastningstilbud skal den budgetterede belægningsprocent være mindst 90 % (et særligt tilbud, fx et krisecenter, der forklarer en lavere belægning i Bemærkninger: info).",
    gaelderFor: ["takstskema"],
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
      const under = `Belægningsprocenten ${formaterPctBroekMod(belaegning, minPct)} er under minimum ${formaterGraensePct(minPct)} for ${tilbudsform}.`;
      const ctxRapport = {
        ark: raekke.belaegningsprocent.ark,
        celle: raekke.belaegningsprocent.adresse,
        ydelsesId: ydelsesIdFor(raekke),
      };
      // § 7.4 (regler.md 2026.3 point 12): a særligt tilbud may budget a low belægning when it says why.
      if (erSaerligtTilbud(vaerdi(raekke.paragraf)) && bemaerkningerForklarer(raekke, ctx.profil)) {
        ctx.rapporter({
          ...ctxRapport,
          alvor: "info",
          besked:
            `${under} Ydelsen er et særligt tilbud efter sin paragraf, som ${ctx.afsnit("saerligeTilbud")} tillader at beregne med en særlig lav belægningsprocent, ` +
            "og Bemærkninger forklarer den; kontrollér, at forklaringen holder.",
        });
        continue;
      }
      const medMin = takstVedBelaegning(ctx, raekke, minPct);
      ctx.rapporter({
        ...ctxRapport,
        besked:
          `${under} Hæv den budgetterede belægningsprocent, og beregn taksten igen` +
          (medMin ? ` (ved minimum bliver taksten ${formaterKr(medMin)}).` : "."),
      });
    }
  },
});
