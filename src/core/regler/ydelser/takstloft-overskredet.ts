import { lavRegel } from "../lav-regel";
import { takstaendring } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { D, EN, pctTilBroek, type Dec } from "../../penge";
import { aendringsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "takstloft-overskredet",
    standardAlvor: "fejl",
    beskrivelse:
      "Kun når profilen sætter et takstloft: taksten må højst stige med PL-fremskrivningen minus profilens reduktion. Aftalen selv sætter intet loft.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    overLoft: (d: {
      aendring: Dec;
      loftPct: Dec;
      takstFoer: Dec;
      takst: Dec;
      profil: string;
      plPct: number;
      reduktionPct: number;
      hoejst: Dec;
    }) =>
      `Taksten stiger ${formaterPctBroekMod(d.aendring, d.loftPct)} fra ${formaterKr(d.takstFoer)} til ${formaterKr(d.takst)}; ` +
      // The loft is the profile's, not the agreement's (§ 3.1 sets none; regler.md 2026.3 point 12).
      `profilen »${d.profil}« sætter takstloftet til ${formaterGraensePct(d.loftPct)} (PL-fremskrivning ${formaterPct(d.plPct)} minus ${formaterPct(d.reduktionPct)}). ` +
      `Sæt taksten til højst ${formaterKr(d.hoejst)}, eller ret beregningen.`,
  },
  tjek(ctx) {
    const loft = ctx.profil.takstloft;
    const pl = ctx.profil.takstaendring.plFremskrivningPct;
    // Without a PL-fremskrivning the ceiling is unknown; the profile schema allows that combination.
    if (!loft || pl === null || pl === undefined) return;
    const loftPct = new D(pl).minus(loft.reduktionPct);
    const loftBroek = pctTilBroek(loftPct);
    for (const { raekke } of aendringsRaekker(ctx.skema)) {
      const foer = vaerdi(raekke.takstSidsteAar);
      const nu = vaerdi(raekke.takst);
      const aendring = takstaendring({ takst: nu, takstSidsteAar: foer, profil: ctx.profil });
      if (!foer || !nu || !aendring || !aendring.broek.gt(loftBroek)) continue;
      const hoejst = foer.times(EN.plus(loftBroek)).toDecimalPlaces(2, D.ROUND_DOWN);
      ctx.rapporter({
        besked: "overLoft",
        celle: raekke.takst,
        ydelsesId: ydelsesIdFor(raekke),
        data: {
          aendring: aendring.broek,
          loftPct,
          takstFoer: foer,
          takst: nu,
          profil: ctx.profil.navn,
          plPct: pl,
          reduktionPct: loft.reduktionPct,
          hoejst,
        },
      });
    }
  },
});
