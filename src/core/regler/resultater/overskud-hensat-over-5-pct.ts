import { lavRegel } from "../lav-regel";
import { fordelResultat } from "../../beregning/overunderskud";
import { formaterKr, formaterPct } from "../../format";
import { tilOere, type Dec } from "../../penge";
import { forHvem, iAlt, resultatgrupper } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "overskud-hensat-over-5-pct",
    standardAlvor: "fejl",
    beskrivelse: "Der må højst hensættes overskud svarende til 5 % af takstberegningsgrundlaget.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    overGraense: (d: {
      ydelsesId?: string;
      regnskabsaar: number | null;
      hensat: Dec;
      raekker: number;
      pct: number;
      grundlag: Dec;
      graense: Dec;
      over: Dec;
      ny: Dec;
      raekke: number;
    }) =>
      `Hensat${forHvem(d.ydelsesId)}${d.regnskabsaar !== null ? ` (regnskabsår ${d.regnskabsaar})` : ""} er ${formaterKr(d.hensat)}${iAlt(d.raekker)}, men højst ${formaterPct(d.pct)} af ` +
      // The grænse once: when it is the value to type, it is named there.
      `takstberegningsgrundlaget på ${formaterKr(d.grundlag)}${tilOere(d.ny).eq(d.graense) ? "" : `, dvs. ${formaterKr(d.graense)},`} må hensættes. ` +
      `Indregn de ${formaterKr(d.over)} ud over grænsen i taksten som en reduktion, og ` +
      (d.ny.isNegative()
        ? `sæt Hensat ned, så rækkerne tilsammen højst er ${formaterKr(d.graense)}`
        : `ret Hensat til ${formaterKr(d.ny)}${d.raekker > 1 ? ` i række ${d.raekke}.` : ""}`),
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
        besked: "overGraense",
        celle,
        ydelsesId: id,
        data: {
          ydelsesId: id,
          regnskabsaar: aar,
          hensat,
          raekker: g.raekker.length,
          pct,
          grundlag,
          graense,
          over,
          ny,
          raekke: raekke.raekke,
        },
      });
    }
  },
});
