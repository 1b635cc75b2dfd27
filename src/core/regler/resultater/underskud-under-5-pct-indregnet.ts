import { lavRegel } from "../lav-regel";
import { formaterKr, formaterPct } from "../../format";
import { tilOere } from "../../penge";
import { forHvem, iAlt, resultatgrupper } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "underskud-under-5-pct-indregnet",
    standardAlvor: "fejl",
    beskrivelse: "Underskud op til 5 % af takstberegningsgrundlaget må ikke indregnes i taksten; kun delen derover.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const pct = ctx.profil.overUnderskud.graensePct;
    // Summed over the rows of one Ydelses-ID and Regnskabsår (§ 6.1.2: spread over several takstår).
    for (const g of resultatgrupper(ctx.skema, ctx.profil)) {
      const f = g.fordeling;
      const indregnet = g.indregnet;
      if (!f || f.art !== "underskud" || indregnet === null) continue;
      if (!tilOere(indregnet).gt(f.skalIndregnes)) continue;
      const id = g.id;
      const aar = g.regnskabsaar;
      ctx.rapporter({
        ark: g.sidste.indregnet.ark,
        celle: g.sidste.indregnet.adresse,
        ydelsesId: id,
        besked:
          `Underskuddet${forHvem(id)}${aar !== null ? ` i regnskabsår ${aar}` : ""} er ${formaterKr(f.beloeb)}, og indregnet er ${formaterKr(indregnet)}${iAlt(g, ".")} ` +
          `Underskud op til ${formaterPct(pct)} af takstberegningsgrundlaget (${formaterKr(f.graense)}) må ikke indregnes, så højst ${formaterKr(f.skalIndregnes)} kan indregnes. ` +
          `Sæt Indregnet til højst ${formaterKr(f.skalIndregnes)}, og dæk resten fx ved effektivisering eller af hensatte overskud.`,
      });
    }
  },
});
