import { lavRegel } from "../lav-regel";
import { begrundelseMangler, takstaendring } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { D, type Dec } from "../../penge";
import {
  aendringsRaekker,
  begrundelseData,
  begrundelseHandling,
  begrundelseMangelTekst,
  begrundelsesfelter,
  kolonneNote,
  type BegrundelseData,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { godkendtNote, sidsteAar } from "./hjaelp/sidste-aar";

export default lavRegel({
  meta: {
    id: "takstaendring-uden-begrundelse",
    standardAlvor: "fejl",
    beskrivelse:
      "En væsentlig takstændring (over profilens grænse, som standard 5 %) skal begrundes: årsag valgt og en begrundelse i Bemærkninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    udenBegrundelse: (d: {
      takstFoer: Dec;
      takst: Dec;
      /** The change as a fraction, and as measured (beyond PL when the profile measures so). */
      aendring: Dec;
      maalt: Dec;
      vaesentligPct: number;
      /** The PL-fremskrivning in percent when the profile measures beyond it; null otherwise. */
      udOverPl: Dec | null;
      begrundelse: BegrundelseData;
      manglendeKolonner: readonly string[];
      godkendt: boolean;
    }) => {
      const pl = d.udOverPl ?? new D(0);
      // Shown on its true side of the threshold (regler.md 2026.3 point 9): +5,02 %, not +5,0 %.
      const aendringTekst = formaterPctBroekMod(d.aendring, [pl.plus(d.vaesentligPct), pl.minus(d.vaesentligPct)], {
        fortegn: true,
      });
      const maal = d.udOverPl
        ? `${formaterPctBroekMod(d.maalt, [d.vaesentligPct, -d.vaesentligPct], { fortegn: true })} ud over PL-fremskrivningen på ${formaterPct(pl)}`
        : null;
      const graense = `over ${formaterGraensePct(d.vaesentligPct)}${d.udOverPl ? " ud over PL" : ""}`;
      return (
        `Taksten ændres fra ${formaterKr(d.takstFoer)} til ${formaterKr(d.takst)} (${aendringTekst}` +
        `${maal ? `; ${maal}` : ""}), en væsentlig ændring (${graense}), uden tilstrækkelig begrundelse: ` +
        `${begrundelseMangelTekst(d.begrundelse)}. ` +
        begrundelseHandling(d.begrundelse, d.aendring.gt(0) ? "takststigningen" : "takstfaldet") +
        kolonneNote(d.manglendeKolonner) +
        godkendtNote(d.godkendt)
      );
    },
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
      ctx.rapporter({
        besked: "udenBegrundelse",
        celle: { ark: felter.ark, adresse: felter.celle },
        ydelsesId: ydelsesIdFor(raekke),
        data: {
          takstFoer: foer,
          takst: nu,
          aendring: aendring.broek,
          maalt: aendring.maalt,
          vaesentligPct,
          udOverPl: maalestok === "ud_over_pl" ? new D(plFremskrivningPct ?? 0) : null,
          begrundelse: begrundelseData(mangler, felter.bemaerkninger, ctx.profil),
          manglendeKolonner: felter.manglendeKolonner,
          godkendt: sidste.godkendt,
        },
      });
    }
  },
});
