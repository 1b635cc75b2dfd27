import { lavRegel } from "../lav-regel";
import { formaterKr, formaterPct } from "../../format";
import { D, NUL, tilOere, type Dec } from "../../penge";
import { forHvem, iAlt, resultatgrupper } from "./hjaelp/faelles";

/** One finding per Ydelses-ID and Regnskabsår: the first of the three checks that fails. */

interface Hvem {
  ydelsesId?: string;
  regnskabsaar: number | null;
  raekker: number;
}

const hvem = (d: Hvem): string =>
  `${forHvem(d.ydelsesId)}${d.regnskabsaar !== null ? ` i regnskabsår ${d.regnskabsaar}` : ""}`;

export default lavRegel({
  meta: {
    id: "resultat-fordeling-ugyldig",
    standardAlvor: "fejl",
    beskrivelse:
      "Et resultat kan ikke fordeles på mere end det er: Hensat højst overskuddet selv og 0 for et underskud, og Hensat + Indregnet højst resultatets størrelse (summeret over rækkerne for samme ydelse og regnskabsår).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    hensatUdenOverskud: (d: Hvem & { art: "underskud" | "nul"; resultat: Dec; hensat: Dec; afsnit: string }) =>
      `Resultatet${hvem(d)} er ${d.art === "nul" ? "0 kr." : `et underskud på ${formaterKr(d.resultat)}`}, men Hensat er ${formaterKr(d.hensat)}${iAlt(d.raekker, ".")} ` +
      `Kun et overskud kan hensættes (${d.afsnit}); sæt Hensat til 0.`,
    hensatOverOverskud: (d: Hvem & { hensat: Dec; overskud: Dec; maxHensat: Dec; pct: number; graense: Dec }) =>
      `Hensat${hvem(d)} er ${formaterKr(d.hensat)}${iAlt(d.raekker)}, mere end selve overskuddet på ${formaterKr(d.overskud)} ` +
      `Ret Hensat til højst ${formaterKr(d.maxHensat)} (overskuddet, dog højst ${formaterPct(d.pct)} af takstberegningsgrundlaget: ${formaterKr(d.graense)}).`,
    overResultat: (
      d: Hvem & {
        hensat: Dec;
        indregnet: Dec;
        art: "overskud" | "underskud" | "nul";
        resultat: Dec;
        raekke: number;
        ny: Dec;
      },
    ) =>
      `Hensat (${formaterKr(d.hensat)}) og Indregnet (${formaterKr(d.indregnet)})${hvem(d)} er tilsammen ${formaterKr(d.hensat.plus(d.indregnet))}${iAlt(d.raekker)}, ` +
      `mere end ${d.art === "overskud" ? "overskuddet" : "underskuddet"} på ${formaterKr(d.resultat)} ` +
      `Ret Indregnet${d.raekker > 1 ? ` i række ${d.raekke}` : ""} til ${formaterKr(d.ny)}, så Hensat + Indregnet højst er ${formaterKr(d.resultat)}`,
  },
  tjek(ctx) {
    for (const g of resultatgrupper(ctx.skema, ctx.profil)) {
      const f = g.fordeling;
      if (!f || g.hensat === null || g.indregnet === null) continue;
      const hensat = tilOere(g.hensat);
      const indregnet = tilOere(g.indregnet);
      const om: Hvem = { ydelsesId: g.id, regnskabsaar: g.regnskabsaar, raekker: g.raekker.length };
      const hensatCelle = [...g.raekker]
        .reverse()
        .find((r) => r.hensat.vaerdi?.isPositive() && !r.hensat.vaerdi.isZero())?.hensat;
      if (hensatCelle && f.art !== "overskud") {
        ctx.rapporter({
          besked: "hensatUdenOverskud",
          celle: hensatCelle,
          ydelsesId: g.id,
          data: { ...om, art: f.art, resultat: f.beloeb, hensat, afsnit: ctx.afsnit("hensaettelse") },
        });
        continue;
      }
      if (hensatCelle && hensat.gt(f.beloeb)) {
        ctx.rapporter({
          besked: "hensatOverOverskud",
          celle: hensatCelle,
          ydelsesId: g.id,
          data: {
            ...om,
            hensat,
            overskud: f.beloeb,
            maxHensat: f.maxHensat,
            pct: ctx.profil.overUnderskud.graensePct,
            graense: f.graense,
          },
        });
        continue;
      }
      if (hensat.plus(indregnet).gt(f.beloeb)) {
        const c = g.sidste.indregnet;
        // Issue 15 § 3: what the cell pointed at should hold (the excess taken off it, never below 0).
        const ny = D.max(tilOere(c.vaerdi ?? NUL).minus(hensat.plus(indregnet).minus(f.beloeb)), NUL);
        ctx.rapporter({
          besked: "overResultat",
          celle: c,
          ydelsesId: g.id,
          data: { ...om, hensat, indregnet, art: f.art, resultat: f.beloeb, raekke: g.sidste.raekke, ny },
        });
      }
    }
  },
});
