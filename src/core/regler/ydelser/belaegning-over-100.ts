import { lavRegel } from "../lav-regel";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek } from "../../penge";
import { belaegningsRaekker, ydelsesIdFor } from "./hjaelp/faelles";
import { takstVedBelaegning } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "belaegning-over-100",
    standardAlvor: "fejl",
    beskrivelse: "Den budgetterede belægningsprocent må ikke være over 100 %.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const max = pctTilBroek(ctx.profil.belaegning.max);
    // Any ydelse: a belægning above the maximum is wrong whatever the Takstenhed.
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      if (!belaegning.gt(max)) continue;
      // Issue 15 § 3: the takst the maximum gives, when it can be computed.
      const medMax = takstVedBelaegning(ctx, raekke, ctx.profil.belaegning.max);
      ctx.rapporter({
        ark: raekke.belaegningsprocent.ark,
        celle: raekke.belaegningsprocent.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Belægningsprocenten ${formaterPctBroekMod(belaegning, ctx.profil.belaegning.max)} er over ${formaterGraensePct(ctx.profil.belaegning.max)}. ` +
          `Budgettér med højst ${formaterPct(ctx.profil.belaegning.max)} (anbefalet ${formaterPct(ctx.profil.belaegning.forventetMin)}–${formaterPct(ctx.profil.belaegning.anbefaletMax)})` +
          (medMax ? `; med den højeste belægning bliver taksten ${formaterKr(medMax)}.` : "."),
      });
    }
  },
});
