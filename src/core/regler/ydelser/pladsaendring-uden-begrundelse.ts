import { lavRegel } from "../lav-regel";
import { begrundelseMangler, erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
import {
  aendringsRaekker,
  begrundelseHandling,
  begrundelseMangelTekst,
  begrundelsesfelter,
  erNyYdelse,
  erTilbudIFoersteDriftsaar,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { sidsteAar } from "./hjaelp/sidste-aar";

export default lavRegel({
  meta: {
    id: "pladsaendring-uden-begrundelse",
    standardAlvor: "fejl",
    beskrivelse:
      "En ændring i antal pladser (også fra 0) og en ny ydelse i et tilbud, der ikke er i sit første driftsår, skal begrundes: årsag valgt og en begrundelse i Bemærkninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    // regler.md 2026.3 point 3 (§ 2.2.3 "samt en begrundelse for ændringen i antal pladser"; § 5
    // "ny takststruktur"): a new ydelse needs a begrundelse too, unless the tilbud is in its første
    // driftsår. A takstbilag has no Stamdata to tell, so only a takstskema's new ydelser are checked.
    const nyeKraeverBegrundelse = ctx.skema.type === "takstskema" && !erTilbudIFoersteDriftsaar(ctx.skema);
    for (const { raekke, takstbilag } of aendringsRaekker(ctx.skema)) {
      const sidste = sidsteAar(ctx, raekke);
      const foer = sidste.pladser;
      const nu = vaerdi(raekke.pladser);
      const ny = nyeKraeverBegrundelse && !takstbilag && erNyYdelse(raekke) && !sidste.godkendt;
      if (!nu || (!ny && (!foer || !erPladsaendring(foer, nu)))) continue;
      const felter = begrundelsesfelter(raekke, takstbilag, raekke.pladser);
      if (!felter) continue;
      const mangler = begrundelseMangler(felter.aarsag, felter.bemaerkninger, ctx.profil);
      if (mangler.length === 0) continue;
      // The numbers are in the first sentence; the advice does not repeat them.
      const hvad = ny ? "den nye ydelse" : "pladsændringen";
      // A new ydelse says what it is, not that the tilbud's total changes (its other ydelser may shrink).
      const hvadSker =
        ny || !foer
          ? `Ny ydelse med ${formaterAntal(nu)} pladser`
          : `Pladsantallet ændres fra ${formaterAntal(foer)} til ${formaterAntal(nu)}`;
      ctx.rapporter({
        ark: felter.ark,
        celle: felter.celle,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `${hvadSker} uden tilstrækkelig begrundelse: ` +
          `${begrundelseMangelTekst(mangler, felter.bemaerkninger, ctx.profil)}. ${begrundelseHandling(mangler, hvad, ctx.profil)}${felter.note}${sidste.note}`,
      });
    }
  },
});
