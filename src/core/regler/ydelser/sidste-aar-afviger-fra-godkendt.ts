import { lavRegel } from "../lav-regel";
import { formaterAntal, formaterKr } from "../../format";
import { tilGrundlagetsPraecision } from "../../takstbilag/grundlag";
import type { Dec } from "../../penge";
import { aendringsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";
import { sidsteAar } from "./hjaelp/sidste-aar";

export default lavRegel({
  meta: {
    id: "sidste-aar-afviger-fra-godkendt",
    standardAlvor: "advarsel",
    beskrivelse:
      "Med sidste års godkendte takstbilag som grundlag: Takst sidste år og Pladser sidste år skal være de godkendte værdier.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const g = ctx.grundlag;
    if (!g) return;
    // Whole kroner in a bilag in whole kroner; kroner and øre otherwise.
    const kr = (d: Dec) => formaterKr(d, { heleKroner: g.decimaler === 0 });
    for (const { raekke } of aendringsRaekker(ctx.skema)) {
      const godkendt = sidsteAar(ctx, raekke);
      if (!godkendt.godkendt) continue;
      const id = ydelsesIdFor(raekke);
      const raad =
        "Skriv den godkendte værdi, eller forklar forskellen i Bemærkninger (fx en takst, Forretningsudvalget har godkendt i årets løb). " +
        "Ændringen måles fra den godkendte værdi.";
      const takst = vaerdi(raekke.takstSidsteAar);
      if (godkendt.takst) {
        const lig = takst && tilGrundlagetsPraecision(takst, g).eq(tilGrundlagetsPraecision(godkendt.takst, g));
        if (!lig)
          ctx.rapporter({
            ark: raekke.takstSidsteAar.ark,
            celle: raekke.takstSidsteAar.adresse,
            ydelsesId: id,
            besked:
              `Takst sidste år er ${takst ? kr(takst) : "tom"}, men sidste års godkendte takstbilag har ${kr(godkendt.takst)} for ${id ?? "ydelsen"}. ` +
              raad,
          });
      }
      const pladser = vaerdi(raekke.pladserSidsteAar);
      if (godkendt.pladser && !(pladser && pladser.eq(godkendt.pladser)))
        ctx.rapporter({
          ark: raekke.pladserSidsteAar.ark,
          celle: raekke.pladserSidsteAar.adresse,
          ydelsesId: id,
          besked:
            `Pladser sidste år er ${pladser ? formaterAntal(pladser) : "tom"}, men sidste års godkendte takstbilag har ${formaterAntal(godkendt.pladser)} for ${id ?? "ydelsen"}. ` +
            raad,
        });
    }
  },
});
