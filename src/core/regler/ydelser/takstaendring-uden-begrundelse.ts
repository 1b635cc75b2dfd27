import { lavRegel } from "../lav-regel";
import { begrundelseMangler, takstaendring } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { D } from "../../penge";
import {
  aendringsRaekker,
  begrundelseHandling,
  begrundelseMangelTekst,
  begrundelsesfelter,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { sidsteAar } from "./hjaelp/sidste-aar";

export default lavRegel({
  meta: {
    id: "takstaendring-uden-begrundelse",
    standardAlvor: "fejl",
    beskrivelse:
      "En væsentlig takstændring (over profilens grænse, som standard 5 %) skal begrundes: årsag valgt og en begrundelse i Bemærkninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    const { vaesentligPct, maalestok, plFremskrivningPct } = ctx.profil.takstaendring;
    for (const { raekke, takstbilag } of aendringsRaekker(ctx.skema)) {
      const sidste = sidsteAar(ctx, raekke);
      const foer = sidste.takst;
      const nu = vaerdi(raekke.takst);
      const aendring = takstaendring({ takst: nu, takstSidsteAar: foer, profil: ctx.profil });
      if (!foer || !nu || !aendring?.vaesentlig) continue;
      const felter = begrundelsesfelter(raekke, takstbilag, raekke.takst);
      if (!felter) continue;
      const mangler = begrundelseMangler(felter.aarsag, felter.bemaerkninger, ctx.profil);
      if (mangler.length === 0) continue;
      // Shown on its true side of the threshold (regler.md 2026.3 point 9): +5,02 %, not +5,0 %.
      const pl = maalestok === "ud_over_pl" ? new D(plFremskrivningPct ?? 0) : new D(0);
      const aendringTekst = formaterPctBroekMod(aendring.broek, [pl.plus(vaesentligPct), pl.minus(vaesentligPct)], {
        fortegn: true,
      });
      const maal =
        maalestok === "ud_over_pl"
          ? `${formaterPctBroekMod(aendring.maalt, [vaesentligPct, -vaesentligPct], { fortegn: true })} ud over PL-fremskrivningen på ${formaterPct(pl)}`
          : null;
      const graense = `over ${formaterGraensePct(vaesentligPct)}${maalestok === "ud_over_pl" ? " ud over PL" : ""}`;
      ctx.rapporter({
        ark: felter.ark,
        celle: felter.celle,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Taksten ændres fra ${formaterKr(foer)} til ${formaterKr(nu)} (${aendringTekst}` +
          `${maal ? `; ${maal}` : ""}), en væsentlig ændring (${graense}), uden tilstrækkelig begrundelse: ` +
          `${begrundelseMangelTekst(mangler, felter.bemaerkninger, ctx.profil)}. ` +
          begrundelseHandling(mangler, aendring.broek.gt(0) ? "takststigningen" : "takstfaldet", ctx.profil) +
          felter.note +
          sidste.note,
      });
    }
  },
});
