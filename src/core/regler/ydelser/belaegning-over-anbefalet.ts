import { lavRegel } from "../lav-regel";
import { brugerBelaegning } from "../../beregning/takst";
import { formaterGraensePct, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek, type Dec } from "../../penge";
import { belaegningsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "belaegning-over-anbefalet",
    standardAlvor: "info",
    beskrivelse: "Det anbefales, at den budgetterede belægningsprocent ligger fra 95 til 98 %.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    overAnbefalet: (d: { belaegning: Dec; anbefaletMax: number; max: number; forventetMin: number }) =>
      `Belægningsprocenten ${formaterPctBroekMod(d.belaegning, [d.anbefaletMax, d.max])} er over de anbefalede ${formaterGraensePct(d.anbefaletMax)}. ` +
      `Det er tilladt op til ${formaterGraensePct(d.max)}, men en så høj belægning giver risiko for underskud; ` +
      `overvej ${formaterPct(d.forventetMin)}–${formaterPct(d.anbefaletMax)}.`,
  },
  tjek(ctx) {
    const anbefalet = pctTilBroek(ctx.profil.belaegning.anbefaletMax);
    const max = pctTilBroek(ctx.profil.belaegning.max);
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      // Above max is belaegning-over-100's; only where the belægning enters the takst.
      if (!belaegning.gt(anbefalet) || belaegning.gt(max) || !brugerBelaegning(vaerdi(raekke.takstenhed))) continue;
      const { anbefaletMax, max: maxPct, forventetMin } = ctx.profil.belaegning;
      ctx.rapporter({
        besked: "overAnbefalet",
        celle: raekke.belaegningsprocent,
        ydelsesId: ydelsesIdFor(raekke),
        data: { belaegning, anbefaletMax, max: maxPct, forventetMin },
      });
    }
  },
});
