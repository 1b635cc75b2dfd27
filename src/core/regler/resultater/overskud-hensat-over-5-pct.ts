import { lavRegel } from "../lav-regel";
import { fordelResultat } from "../../beregning/overunderskud";
import { formaterKr, formaterPct } from "../../format";
import { D, tilOere } from "../../penge";
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
      // Issue 15 § 3: the value to type in the cell pointed at, the other rows' Hensat kept.
      const andre = tilOere(hensat).minus(tilOere(celle.vaerdi ?? new D(0)));
      const ret = D.max(graense.minus(andre), new D(0));
      const flere = g.raekker.length > 1;
      ctx.rapporter({
        ark: celle.ark,
        celle: celle.adresse,
        ydelsesId: id,
        besked:
          `Hensat${forHvem(id)}${aar !== null ? ` (regnskabsår ${aar})` : ""} er ${formaterKr(hensat)}${iAlt(g)}, men højst ${formaterPct(pct)} af ` +
          `takstberegningsgrundlaget på ${formaterKr(grundlag)}${flere ? `, dvs. ${formaterKr(graense)},` : ""} må hensættes. ` +
          `Indregn de ${formaterKr(tilOere(hensat).minus(graense))} ud over grænsen i taksten som en reduktion, og ret Hensat til ${formaterKr(ret)}` +
          // One row: that value is the grænse itself, named once (no number twice in a message).
          (flere ? " i denne række (de andre rækker beholder deres)." : "."),
      });
    }
  },
});
