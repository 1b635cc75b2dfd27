import { lavRegel } from "../lav-regel";
import { brugerBelaegning, erKortForloeb } from "../../beregning/takst";
import { formaterGraensePct, formaterPctBroekMod } from "../../format";
import { pctTilBroek } from "../../penge";
import { belaegningsRaekker, erNytTilbudIFoersteDriftsaar, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "belaegning-under-minimum",
    standardAlvor: "fejl",
    beskrivelse:
      "Ved korte forløb, akut- og aflastningstilbud skal den budgetterede belægningsprocent være mindst 90 %.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    // A nyt tilbud in its første driftsår may budget lower (§ 6.1.2): belaegning-nyt-tilbud says so.
    if (erNytTilbudIFoersteDriftsaar(ctx.skema)) return;
    const min = pctTilBroek(ctx.profil.belaegning.minKortForloeb);
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      const tilbudsform = vaerdi(raekke.tilbudsform);
      // Only where the belægning enters the takst (Døgn, Dag, Måned, År).
      if (!erKortForloeb(tilbudsform) || !brugerBelaegning(vaerdi(raekke.takstenhed)) || !belaegning.lt(min)) continue;
      ctx.rapporter({
        ark: raekke.belaegningsprocent.ark,
        celle: raekke.belaegningsprocent.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Belægningsprocenten ${formaterPctBroekMod(belaegning, ctx.profil.belaegning.minKortForloeb)} er under minimum ${formaterGraensePct(ctx.profil.belaegning.minKortForloeb)} ` +
          `for ${tilbudsform}. Hæv den budgetterede belægningsprocent, og beregn taksten igen.`,
      });
    }
  },
});
