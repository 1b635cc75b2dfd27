import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere, type Dec } from "../../penge";
import { sammenlignTakster, visRegnestykke } from "./hjaelp/takstberegning";

/** What visRegnestykke shows the takst from. */
interface Regnestykke {
  grundlag: Dec;
  pladser: Dec;
  belaegning: Dec;
  takstenhed: string;
  dagePrAar: number;
}

const forskel = (d: { takst: Dec; beregnet: Dec }): Dec => tilOere(d.takst).minus(tilOere(d.beregnet)).abs();

export default lavRegel({
  meta: {
    id: "takst-afviger-fra-beregning",
    standardAlvor: "fejl",
    beskrivelse:
      "Taksten skal svare til Takstberegningsgrundlag ÷ (Pladser × Belægningsprocent × 365 dage) (pr. måned: × 12; pr. år: uden dage), inden for profilens tolerance.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    afviger: (d: Regnestykke & { takst: Dec; beregnet: Dec; tolerance: Dec }) =>
      `Taksten ${formaterKr(d.takst)} afviger ${formaterKr(forskel(d))} fra den beregnede takst ${formaterKr(d.beregnet)} ` +
      `(Takstberegningsgrundlag ${visRegnestykke(d, d.dagePrAar).tekst}; ` +
      `tolerance ${formaterKr(tilOere(d.tolerance))}). Ret taksten til ${formaterKr(d.beregnet)}, eller ret grundlaget, pladserne eller belægningen, så de passer sammen.`,
    // Root cause first: never a target takst from the overwritten cell.
    grundlagOverskrevet: (d: Regnestykke & { takst: Dec; beregnet: Dec; tolerance: Dec; grundlagOverskrevet: Dec }) =>
      `Takstberegningsgrundlaget i Omkostninger er overskrevet (cellen viser ${formaterKr(d.grundlagOverskrevet)}, kolonnerne giver ${formaterKr(d.grundlag)}; se grundlag-stemmer-ikke). ` +
      `Med kolonnernes sum bliver taksten ${formaterKr(d.beregnet)} (${visRegnestykke(d, d.dagePrAar).tekst}), men der står ${formaterKr(d.takst)} ` +
      `(forskel ${formaterKr(forskel(d))}; tolerance ${formaterKr(tilOere(d.tolerance))}). Sæt formlen for grundlaget ind igen, og ret derefter taksten, pladserne eller belægningen, så de passer sammen.`,
  },
  tjek(ctx) {
    for (const s of sammenlignTakster(ctx)) {
      // A takst calculated with 366 days is reported by takst-beregnet-med-366-dage alone.
      if (s.stemmer || s.stemmer366) continue;
      // Figures that redo the shown takst to the øre (regler.md 2026.3 point 9).
      const data = {
        takst: s.takst,
        beregnet: s.beregnet,
        tolerance: s.tolerance,
        grundlag: s.grundlag,
        pladser: s.pladser,
        belaegning: s.belaegning,
        takstenhed: s.takstenhed,
        dagePrAar: ctx.profil.dagePrAar,
      };
      const sted = { celle: s.raekke.takst, ydelsesId: s.ydelsesId };
      if (s.grundlagOverskrevet)
        ctx.rapporter({
          ...sted,
          besked: "grundlagOverskrevet",
          data: { ...data, grundlagOverskrevet: s.grundlagOverskrevet },
        });
      else ctx.rapporter({ ...sted, besked: "afviger", data });
    }
  },
});
