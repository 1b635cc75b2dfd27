import { lavRegel } from "../lav-regel";
import { formaterKr, formaterPct } from "../../format";
import { D, NUL, tilOere } from "../../penge";
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
            `Ret Hensat til højst ${formaterKr(f.maxHensat)} (overskuddet, dog højst ${formaterPct(ctx.profil.overUnderskud.graensePct)} af takstberegningsgrundlaget: ${formaterKr(f.graense)}).`,
        });
        continue;
      }
      if (hensat.plus(indregnet).gt(f.beloeb)) {
        const c = g.sidste.indregnet;
        // Issue 15 § 3: what the cell pointed at should hold (the excess taken off it, never below 0).
        const ny = D.max(tilOere(c.vaerdi ?? NUL).minus(hensat.plus(indregnet).minus(f.beloeb)), NUL);
        ctx.rapporter({
          ark: c.ark,
          celle: c.adresse,
          ydelsesId: g.id,
          besked:
            `Hensat (${formaterKr(hensat)}) og Indregnet (${formaterKr(indregnet)})${hvem} er tilsammen ${formaterKr(hensat.plus(indregnet))}${iAlt(g)}, ` +
            `mere end ${f.art === "overskud" ? "overskuddet" : "underskuddet"} på ${formaterKr(f.beloeb)} ` +
            `Ret Indregnet${g.raekker.length > 1 ? ` i række ${g.sidste.raekke}` : ""} til ${formaterKr(ny)}, så Hensat + Indregnet højst er ${formaterKr(f.beloeb)}.`,
        });
      }
    }
  },
});
