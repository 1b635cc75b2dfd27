import { lavRegel } from "../lav-regel";
import { fordelResultat } from "../../beregning/overunderskud";
import { formaterKr, formaterPct } from "../../format";
import { tilOere } from "../../penge";
import { forHvem, iAlt, resultatgrupper } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "overskud-hensat-over-5-pct",
    standardAlvor: "fejl",
    beskrivelse: "Der må højst hensættes overskud svarende til 5 % af takstberegningsgrundlaget.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const pct = ctx.profil.overUnderskud.graensePct;
    // Summed over the rows of one Ydelses-ID and Regnskabsår; points at the last row that hensætter.
    for (const g of resultatgrupper(ctx.skema, ctx.profil)) {
      const hensat = g.hensat;
      const grundlag = g.hoved.grundlag.vaerdi;
      if (hensat === null || grundlag === null) continue;
      const { graense } = fordelResultat({ resultat: 0, grundlag, graensePct: pct });
      if (!tilOere(hensat).gt(graense)) continue;
      const id = g.id;
      const aar = g.regnskabsaar;
      const celle = [...g.raekker]
        .reverse()
        .find((r) => r.hensat.vaerdi?.isPositive() && !r.hensat.vaerdi.isZero())!.hensat;
      ctx.rapporter({
        ark: celle.ark,
        celle: celle.adresse,
        ydelsesId: id,
        besked:
          `Hensat${forHvem(id)}${aar !== null ? ` (regnskabsår ${aar})` : ""} er ${formaterKr(hensat)}${iAlt(g)}, men højst ${formaterPct(pct)} af ` +
          `takstberegningsgrundlaget på ${formaterKr(grundlag)}, dvs. ${formaterKr(graense)}, må hensættes. ` +
          `Indregn de ${formaterKr(tilOere(hensat).minus(graense))} ud over grænsen i taksten som en reduktion, og ret Hensat.`,
      });
    }
  },
});
