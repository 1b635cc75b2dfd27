import { lavRegel } from "../lav-regel";
import { brugerBelaegning, erKortForloeb } from "../../beregning/takst";
import { formaterGraensePct, formaterPctBroekMod } from "../../format";
import { pctTilBroek, type Dec } from "../../penge";
import { belaegningsRaekker, erNytTilbudIFoersteDriftsaar, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "belaegning-nyt-tilbud",
    standardAlvor: "info",
    beskrivelse:
      "Et nyt tilbud må i første driftsår budgettere med en lavere belægningsprocent svarende til den forventede; et driftstab fra første år kan afskrives over tre år.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    under: (d: { belaegning: Dec; graensePct: number; afsnit: string }) =>
      `Nyt tilbud i første driftsår: belægningsprocenten ${formaterPctBroekMod(d.belaegning, d.graensePct)} er under ${formaterGraensePct(d.graensePct)}. ` +
      "Det er tilladt, når den svarer til den forventede belægning (forventede borgere ÷ pladser). " +
      `Et driftstab fra første driftsår kan afskrives over 3 år i stedet for ét (${d.afsnit}).`,
  },
  tjek(ctx) {
    if (!erNytTilbudIFoersteDriftsaar(ctx.skema)) return;
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      const tilbudsform = vaerdi(raekke.tilbudsform);
      if (!brugerBelaegning(vaerdi(raekke.takstenhed))) continue;
      // The threshold the tilbud would otherwise have to meet (§ 5.2).
      const graensePct = erKortForloeb(tilbudsform)
        ? ctx.profil.belaegning.minKortForloeb
        : ctx.profil.belaegning.forventetMin;
      if (!belaegning.lt(pctTilBroek(graensePct))) continue;
      ctx.rapporter({
        besked: "under",
        celle: raekke.belaegningsprocent,
        ydelsesId: ydelsesIdFor(raekke),
        data: { belaegning, graensePct, afsnit: ctx.afsnit("nytTilbudDriftstab") },
      });
    }
  },
});
