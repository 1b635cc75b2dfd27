import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere } from "../../penge";
import { sammenlignTakster, visRegnestykke } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "takst-afviger-fra-beregning",
    standardAlvor: "fejl",
    beskrivelse:
      "Taksten skal svare til Takstberegningsgrundlag ÷ (Pladser × Belægningsprocent × 365 dage) (pr. måned: × 12; pr. år: uden dage), inden for profilens tolerance.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const s of sammenlignTakster(ctx)) {
      // A takst calculated with 366 days is reported by takst-beregnet-med-366-dage alone.
      if (s.stemmer || s.stemmer366) continue;
      const forskel = tilOere(s.takst).minus(tilOere(s.beregnet));
      // Figures that redo the shown takst to the øre (regler.md 2026.3 point 9).
      const regnestykke = visRegnestykke(s, ctx.profil.dagePrAar).tekst;
      const besked = s.grundlagOverskrevet
        ? // Root cause first: never a target takst from the overwritten cell.
          `Takstberegningsgrundlaget i Omkostninger er overskrevet (cellen viser ${formaterKr(s.grundlagOverskrevet)}, kolonnerne giver ${formaterKr(s.grundlag)}; se grundlag-stemmer-ikke). ` +
          `Med kolonnernes sum bliver taksten ${formaterKr(s.beregnet)} (${regnestykke}), men der står ${formaterKr(s.takst)} ` +
          `(forskel ${formaterKr(forskel.abs())}; tolerance ${formaterKr(tilOere(s.tolerance))}). Sæt formlen for grundlaget ind igen, og ret derefter taksten, pladserne eller belægningen, så de passer sammen.`
        : `Taksten ${formaterKr(s.takst)} afviger ${formaterKr(forskel.abs())} fra den beregnede takst ${formaterKr(s.beregnet)} ` +
          `(Takstberegningsgrundlag ${regnestykke}; ` +
          `tolerance ${formaterKr(tilOere(s.tolerance))}). Ret taksten til ${formaterKr(s.beregnet)}, eller ret grundlaget, pladserne eller belægningen, så de passer sammen.`;
      ctx.rapporter({ ark: s.raekke.takst.ark, celle: s.raekke.takst.adresse, ydelsesId: s.ydelsesId, besked });
    }
  },
});
