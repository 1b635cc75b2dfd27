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
      const raekke = [...g.raekker].reverse().find((r) => r.hensat.vaerdi?.isPositive() && !r.hensat.vaerdi.isZero())!;
      const celle = raekke.hensat;
      // Issue 15 § 3: the value to type in the cell pointed at (the excess taken off that row).
      const over = tilOere(hensat).minus(graense);
      const ny = tilOere(celle.vaerdi!).minus(over);
      ctx.rapporter({
        ark: celle.ark,
        celle: celle.adresse,
        ydelsesId: id,
        besked:
          `Hensat${forHvem(id)}${aar !== null ? ` (regnskabsår ${aar})` : ""} er ${formaterKr(hensat)}${iAlt(g)}, men højst ${formaterPct(pct)} af ` +
          // The grænse once: when it is the value to type, it is named there.
          `takstberegningsgrundlaget på ${formaterKr(grundlag)}${tilOere(ny).eq(graense) ? "" : `, dvs. ${formaterKr(graense)},`} må hensættes. ` +
          `Indregn de ${formaterKr(over)} ud over grænsen i taksten som en reduktion, og ` +
          (ny.isNegative()
            ? `sæt Hensat ned, så rækkerne tilsammen højst er ${formaterKr(graense)}.`
            : `ret Hensat til ${formaterKr(ny)}${g.raekker.length > 1 ? ` i række ${raekke.raekke}` : ""}.`),
      });
    }
  },
});
