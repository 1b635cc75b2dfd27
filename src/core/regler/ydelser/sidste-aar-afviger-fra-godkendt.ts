import { lavRegel } from "../lav-regel";
import { formaterAntal, formaterKr } from "../../format";
import { tilGrundlagetsPraecision } from "../../takstbilag/grundlag";
import type { Dec } from "../../penge";
import { aendringsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";
import { sidsteAar } from "./hjaelp/sidste-aar";

const RAAD =
  "Skriv den godkendte værdi, eller forklar forskellen i Bemærkninger (fx en takst, Forretningsudvalget har godkendt i årets løb). " +
  "Ændringen måles fra den godkendte værdi.";

export default lavRegel({
  meta: {
    id: "sidste-aar-afviger-fra-godkendt",
    standardAlvor: "advarsel",
    beskrivelse:
      "Med sidste års godkendte takstbilag som grundlag: Takst sidste år og Pladser sidste år skal være de godkendte værdier.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    takst: (d: { skema: Dec | null; godkendt: Dec; ydelsesId?: string; heleKroner: boolean }) => {
      // Whole kroner in a bilag in whole kroner; kroner and øre otherwise.
      const kr = (x: Dec) => formaterKr(x, { heleKroner: d.heleKroner });
      return (
        `Takst sidste år er ${d.skema ? kr(d.skema) : "tom"}, men sidste års godkendte takstbilag har ${kr(d.godkendt)} for ${d.ydelsesId ?? "ydelsen"}. ` +
        RAAD
      );
    },
    pladser: (d: { skema: Dec | null; godkendt: Dec; ydelsesId?: string }) =>
      `Pladser sidste år er ${d.skema ? formaterAntal(d.skema) : "tom"}, men sidste års godkendte takstbilag har ${formaterAntal(d.godkendt)} for ${d.ydelsesId ?? "ydelsen"}. ` +
      RAAD,
  },
  tjek(ctx) {
    const g = ctx.grundlag;
    if (!g) return;
    for (const { raekke } of aendringsRaekker(ctx.skema)) {
      const godkendt = sidsteAar(ctx, raekke);
      if (!godkendt.godkendt) continue;
      const id = ydelsesIdFor(raekke);
      const takst = vaerdi(raekke.takstSidsteAar);
      if (godkendt.takst) {
        const lig = takst && tilGrundlagetsPraecision(takst, g).eq(tilGrundlagetsPraecision(godkendt.takst, g));
        if (!lig)
          ctx.rapporter({
            besked: "takst",
            celle: raekke.takstSidsteAar,
            ydelsesId: id,
            data: { skema: takst, godkendt: godkendt.takst, ydelsesId: id, heleKroner: g.decimaler === 0 },
          });
      }
      const pladser = vaerdi(raekke.pladserSidsteAar);
      if (godkendt.pladser && !(pladser && pladser.eq(godkendt.pladser)))
        ctx.rapporter({
          besked: "pladser",
          celle: raekke.pladserSidsteAar,
          ydelsesId: id,
          data: { skema: pladser, godkendt: godkendt.pladser, ydelsesId: id },
        });
    }
  },
});
