import { lavRegel } from "../lav-regel";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek, type Dec } from "../../penge";
import { belaegningsRaekker, ydelsesIdFor } from "./hjaelp/faelles";
import { takstVedBelaegning } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "belaegning-over-100",
    standardAlvor: "fejl",
    beskrivelse: "Den budgetterede belægningsprocent må ikke være over 100 %.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    overMax: (d: {
      belaegning: Dec;
      max: number;
      forventetMin: number;
      anbefaletMax: number;
      takstVedMax: Dec | null;
    }) =>
      `Belægningsprocenten ${formaterPctBroekMod(d.belaegning, d.max)} er over ${formaterGraensePct(d.max)}. ` +
      `Budgettér med højst ${formaterPct(d.max)} (anbefalet ${formaterPct(d.forventetMin)}–${formaterPct(d.anbefaletMax)})` +
      (d.takstVedMax ? `; med den højeste belægning bliver taksten ${formaterKr(d.takstVedMax)}` : "."),
  },
  tjek(ctx) {
    const max = pctTilBroek(ctx.profil.belaegning.max);
    // Any ydelse: a belægning above the maximum is wrong whatever the Takstenhed.
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      if (!belaegning.gt(max)) continue;
      // Issue 15 § 3: the takst the maximum gives, when it can be computed.
      const medMax = takstVedBelaegning(ctx, raekke, ctx.profil.belaegning.max);
      const { max: maxPct, forventetMin, anbefaletMax } = ctx.profil.belaegning;
      ctx.rapporter({
        besked: "overMax",
        celle: raekke.belaegningsprocent,
        ydelsesId: ydelsesIdFor(raekke),
        data: { belaegning, max: maxPct, forventetMin, anbefaletMax, takstVedMax: medMax },
      });
    }
  },
});
