import { lavRegel } from "../lav-regel";
import { formaterKr, formaterPct } from "../../format";
import { tilOere, type Dec } from "../../penge";
import { forHvem, iAlt, resultatgrupper } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "underskud-under-5-pct-indregnet",
    standardAlvor: "fejl",
    beskrivelse: "Underskud op til 5 % af takstberegningsgrundlaget må ikke indregnes i taksten; kun delen derover.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    forMeget: (d: {
      ydelsesId?: string;
      regnskabsaar: number | null;
      underskud: Dec;
      indregnet: Dec;
      raekker: number;
      pct: number;
      graense: Dec;
      skalIndregnes: Dec;
    }) =>
      `Underskuddet${forHvem(d.ydelsesId)}${d.regnskabsaar !== null ? ` i regnskabsår ${d.regnskabsaar}` : ""} er ${formaterKr(d.underskud)}, og indregnet er ${formaterKr(d.indregnet)}${iAlt(d.raekker, ".")} ` +
      `Underskud op til ${formaterPct(d.pct)} af takstberegningsgrundlaget (${formaterKr(d.graense)}) må ikke indregnes, så højst ${formaterKr(d.skalIndregnes)} kan indregnes. ` +
      `Sæt Indregnet til højst ${formaterKr(d.skalIndregnes)}, og dæk resten fx ved effektivisering eller af hensatte overskud.`,
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
        besked: "forMeget",
        celle: g.sidste.indregnet,
        ydelsesId: id,
        data: {
          ydelsesId: id,
          regnskabsaar: aar,
          underskud: f.beloeb,
          indregnet,
          raekker: g.raekker.length,
          pct,
          graense: f.graense,
          skalIndregnes: f.skalIndregnes,
        },
      });
    }
  },
});
