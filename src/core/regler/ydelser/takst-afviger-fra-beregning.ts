import { lavRegel } from "../lav-regel";
import { formaterAntal, formaterKr, formaterPctBroek } from "../../format";
import { tilOere } from "../../penge";
import { sammenlignTakster } from "./hjaelp/takstberegning";

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
      const faktor =
        s.takstenhed === "Måned" ? " × 12 måneder" : s.takstenhed === "År" ? "" : ` × ${ctx.profil.dagePrAar} dage`;
      const regnestykke = `${formaterKr(s.grundlag)} ÷ (${formaterAntal(s.pladser)} pladser × ${formaterPctBroek(s.belaegning)}${faktor})`;
      const besked = s.grundlagOverskrevet
        ? // Root cause first: never a target takst from the overwritten cell.
          `Takstberegningsgrundlaget i Omkostninger er overskrevet (cellen viser ${formaterKr(s.grundlagOverskrevet)}, kolonnerne giver ${formaterKr(s.grundlag)}; se grundlag-stemmer-ikke). ` +
          `Med kolonnernes sum bliver taksten ${formaterKr(s.beregnet)} (${regnestykke}), men der står ${formaterKr(s.takst)} ` +
          `(forskel ${formaterKr(forskel.abs())}; tolerance ${formaterKr(tilOere(s.tolerance))}). Sæt formlen for grundlaget ind igen, og ret derefter taksten, pladserne eller belægningen, så de passer sammen.`
        : `Taksten ${formaterKr(s.takst)} afviger ${formaterKr(forskel.abs())} fra den beregnede takst ${formaterKr(s.beregnet)} ` +
          `(Takstberegningsgrundlag ${regnestykke}; ` +
          `tolerance ${formaterKr(tilOere(s.tolerance))}). Ret taksten, eller ret grundlaget, pladserne eller belægningen, så de passer sammen.`;
      ctx.rapporter({ ark: s.raekke.takst.ark, celle: s.raekke.takst.adresse, ydelsesId: s.ydelsesId, besked });
    }
  },
});
