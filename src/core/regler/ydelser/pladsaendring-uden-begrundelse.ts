import { lavRegel } from "../lav-regel";
import { begrundelseMangler, erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
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
    id: "pladsaendring-uden-begrundelse",
    standardAlvor: "fejl",
    beskrivelse: "En ændring i antal pladser skal begrundes: årsag valgt og en begrundelse i Bemærkninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    for (const { raekke, takstbilag } of aendringsRaekker(ctx.skema)) {
      const sidste = sidsteAar(ctx, raekke);
      const foer = sidste.pladser;
      const nu = vaerdi(raekke.pladser);
      if (!foer || !nu || !erPladsaendring(foer, nu)) continue;
      const felter = begrundelsesfelter(raekke, takstbilag, raekke.pladser);
      if (!felter) continue;
      const mangler = begrundelseMangler(felter.aarsag, felter.bemaerkninger, ctx.profil);
      if (mangler.length === 0) continue;
      // The numbers are in the first sentence; the advice does not repeat them.
      const hvad = "pladsændringen";
      ctx.rapporter({
        ark: felter.ark,
        celle: felter.celle,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Pladsantallet ændres fra ${formaterAntal(foer)} til ${formaterAntal(nu)} uden tilstrækkelig begrundelse: ` +
          `${begrundelseMangelTekst(mangler, felter.bemaerkninger, ctx.profil)}. ${begrundelseHandling(mangler, hvad, ctx.profil)}${felter.note}${sidste.note}`,
      });
    }
  },
});
