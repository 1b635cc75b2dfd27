import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import type { Dec } from "../../penge";
import { sammenlignTakster } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "takst-beregnet-med-366-dage",
    standardAlvor: "fejl",
    beskrivelse:
      "Taksten er beregnet med 366 dage (til øre, også når forskellen er inden for tolerancen); et takstår er 365 dage, også i skudår.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    med366: (d: {
      takst: Dec;
      beregnet366: Dec;
      dagePrAar: number;
      beregnet: Dec;
      grundlag: Dec;
      grundlagOverskrevet: Dec | null;
    }) =>
      `Taksten ${formaterKr(d.takst)} svarer til en beregning med 366 dage` +
      // The 366-day figure only when it differs from the entered takst (no number twice).
      (formaterKr(d.beregnet366) === formaterKr(d.takst) ? ", " : ` (${formaterKr(d.beregnet366)}), `) +
      `men et takstår er ${d.dagePrAar} dage, også i skudår: ret taksten til ${formaterKr(d.beregnet)}` +
      (d.grundlagOverskrevet
        ? ` (Regnet med kolonnernes sum ${formaterKr(d.grundlag)}: Takstberegningsgrundlaget i Omkostninger er overskrevet med ${formaterKr(d.grundlagOverskrevet)}; se grundlag-stemmer-ikke.)`
        : ""),
  },
  tjek(ctx) {
    for (const s of sammenlignTakster(ctx)) {
      if (!s.stemmer366 || !s.beregnet366) continue;
      ctx.rapporter({
        besked: "med366",
        celle: s.raekke.takst,
        ydelsesId: s.ydelsesId,
        data: {
          takst: s.takst,
          beregnet366: s.beregnet366,
          dagePrAar: ctx.profil.dagePrAar,
          beregnet: s.beregnet,
          grundlag: s.grundlag,
          grundlagOverskrevet: s.grundlagOverskrevet,
        },
      });
    }
  },
});
