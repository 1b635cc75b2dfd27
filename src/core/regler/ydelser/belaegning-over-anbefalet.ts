import { lavRegel } from "../lav-regel";
import { brugerBelaegning } from "../../beregning/takst";
import { formaterGraensePct, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek } from "../../penge";
import { belaegningsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "belaegning-over-anbefalet",
    standardAlvor: "info",
    beskrivelse: "Det anbefales, at den budgetterede belægningsprocent ligger fra 95 til 98 %.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const anbefalet = pctTilBroek(ctx.profil.belaegning.anbefaletMax);
    const max = pctTilBroek(ctx.profil.belaegning.max);
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      // Above max is belaegning-over-100's; only where the belægning enters the takst.
      if (!belaegning.gt(anbefalet) || belaegning.gt(max) || !brugerBelaegning(vaerdi(raekke.takstenhed))) continue;
      ctx.rapporter({
        ark: raekke.belaegningsprocent.ark,
        celle: raekke.belaegningsprocent.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Belægningsprocenten ${formaterPctBroekMod(belaegning, [ctx.profil.belaegning.anbefaletMax, ctx.profil.belaegning.max])} er over de anbefalede ${formaterGraensePct(ctx.profil.belaegning.anbefaletMax)}. ` +
          `Det er tilladt op til ${formaterGraensePct(ctx.profil.belaegning.max)}, men en så høj belægning giver risiko for underskud; ` +
          `overvej ${formaterPct(ctx.profil.belaegning.forventetMin)}–${formaterPct(ctx.profil.belaegning.anbefaletMax)}.`,
      });
    }
  },
});
