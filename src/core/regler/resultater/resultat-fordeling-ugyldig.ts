import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere } from "../../penge";
import { forHvem, iAlt, resultatgrupper } from "./hjaelp/faelles";

/** One finding per Ydelses-ID and Regnskabsår: the first of the three checks that fails. */

export default lavRegel({
  meta: {
    id: "resultat-fordeling-ugyldig",
    standardAlvor: "fejl",
    beskrivelse:
      "Et resultat kan ikke fordeles på mere end det er: Hensat højst overskuddet selv og 0 for et underskud, og Hensat + Indregnet højst resultatets størrelse (summeret over rækkerne for samme ydelse og regnskabsår).",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const g of resultatgrupper(ctx.skema, ctx.profil)) {
      const f = g.fordeling;
      if (!f || g.hensat === null || g.indregnet === null) continue;
      const hensat = tilOere(g.hensat);
      const indregnet = tilOere(g.indregnet);
      const hvem = `${forHvem(g.id)}${g.regnskabsaar !== null ? ` i regnskabsår ${g.regnskabsaar}` : ""}`;
      const hensatCelle = [...g.raekker]
        .reverse()
        .find((r) => r.hensat.vaerdi?.isPositive() && !r.hensat.vaerdi.isZero())?.hensat;
      if (hensatCelle && f.art !== "overskud") {
        ctx.rapporter({
          ark: hensatCelle.ark,
          celle: hensatCelle.adresse,
          ydelsesId: g.id,
          besked:
            `Resultatet${hvem} er ${f.art === "nul" ? "0 kr." : `et underskud på ${formaterKr(f.beloeb)}`}, men Hensat er ${formaterKr(hensat)}${iAlt(g, ".")} ` +
            `Kun et overskud kan hensættes (${ctx.afsnit("hensaettelse")}); sæt Hensat til 0.`,
        });
        continue;
      }
      if (hensatCelle && hensat.gt(f.beloeb)) {
        ctx.rapporter({
          ark: hensatCelle.ark,
          celle: hensatCelle.adresse,
          ydelsesId: g.id,
          besked:
            `Hensat${hvem} er ${formaterKr(hensat)}${iAlt(g)}, mere end selve overskuddet på ${formaterKr(f.beloeb)} ` +
            `Sæt Hensat til højst ${formaterKr(f.beloeb)} (og højst 5 % af takstberegningsgrundlaget).`,
        });
        continue;
      }
      if (hensat.plus(indregnet).gt(f.beloeb)) {
        const c = g.sidste.indregnet;
        ctx.rapporter({
          ark: c.ark,
          celle: c.adresse,
          ydelsesId: g.id,
          besked:
            `Hensat (${formaterKr(hensat)}) og Indregnet (${formaterKr(indregnet)})${hvem} er tilsammen ${formaterKr(hensat.plus(indregnet))}${iAlt(g)}, ` +
            `mere end ${f.art === "overskud" ? "overskuddet" : "underskuddet"} på ${formaterKr(f.beloeb)} ` +
            `Ret Indregnet, så Hensat + Indregnet højst er ${formaterKr(f.beloeb)}.`,
        });
      }
    }
  },
});
