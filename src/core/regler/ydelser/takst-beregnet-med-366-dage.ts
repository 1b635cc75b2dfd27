import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { sammenlignTakster } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "takst-beregnet-med-366-dage",
    standardAlvor: "fejl",
    beskrivelse:
      "Taksten er beregnet med 366 dage (til øre, også når forskellen er inden for tolerancen); et takstår er 365 dage, også i skudår.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const s of sammenlignTakster(ctx)) {
      if (!s.stemmer366 || !s.beregnet366) continue;
      ctx.rapporter({
        ark: s.raekke.takst.ark,
        celle: s.raekke.takst.adresse,
        ydelsesId: s.ydelsesId,
        besked:
          `Taksten ${formaterKr(s.takst)} svarer til en beregning med 366 dage` +
          // The 366-day figure only when it differs from the entered takst (no number twice).
          (formaterKr(s.beregnet366) === formaterKr(s.takst) ? ", " : ` (${formaterKr(s.beregnet366)}), `) +
          `men et takstår er ${ctx.profil.dagePrAar} dage, også i skudår: ret taksten til ${formaterKr(s.beregnet)}` +
          (s.grundlagOverskrevet
            ? ` (Regnet med kolonnernes sum ${formaterKr(s.grundlag)}: Takstberegningsgrundlaget i Omkostninger er overskrevet med ${formaterKr(s.grundlagOverskrevet)}; se grundlag-stemmer-ikke.)`
            : ""),
      });
    }
  },
});
