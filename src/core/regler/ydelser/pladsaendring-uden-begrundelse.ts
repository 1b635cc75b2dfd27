import { lavRegel } from "../lav-regel";
import { begrundelseMangler, erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
import {
  aendringsRaekker,
  begrundelseData,
  begrundelseHandling,
  begrundelseMangelTekst,
  begrundelsesfelter,
  kolonneNote,
  type BegrundelseData,
  erNyYdelse,
  erTilbudIFoersteDriftsaar,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { godkendtNote, sidsteAar } from "./hjaelp/sidste-aar";
import type { Dec } from "../../penge";

export default lavRegel({
  meta: {
    id: "pladsaendring-uden-begrundelse",
    standardAlvor: "fejl",
    beskrivelse:
      "En ændring i antal pladser (også fra 0) og en ny ydelse i et tilbud, der ikke er i sit første driftsår, skal begrundes: årsag valgt og en begrundelse i Bemærkninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    udenBegrundelse: (d: {
      ny: boolean;
      pladser: Dec;
      pladserFoer: Dec | null;
      begrundelse: BegrundelseData;
      manglendeKolonner: readonly string[];
      godkendt: boolean;
    }) =>
      // A new ydelse says what it is, not that the tilbud's total changes (its other ydelser may shrink).
      `${d.ny || !d.pladserFoer ? `Ny ydelse med ${formaterAntal(d.pladser)} pladser` : `Pladsantallet ændres fra ${formaterAntal(d.pladserFoer)} til ${formaterAntal(d.pladser)}`} uden tilstrækkelig begrundelse: ` +
      // The numbers are in the first sentence; the advice does not repeat them.
      `${begrundelseMangelTekst(d.begrundelse)}. ${begrundelseHandling(d.begrundelse, d.ny ? "den nye ydelse" : "pladsændringen")}${kolonneNote(d.manglendeKolonner)}${godkendtNote(d.godkendt)}`,
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
      ctx.rapporter({
        besked: "udenBegrundelse",
        celle: { ark: felter.ark, adresse: felter.celle },
        ydelsesId: ydelsesIdFor(raekke),
        data: {
          ny,
          pladser: nu,
          pladserFoer: foer,
          begrundelse: begrundelseData(mangler, felter.bemaerkninger, ctx.profil),
          manglendeKolonner: felter.manglendeKolonner,
          godkendt: sidste.godkendt,
        },
      });
    }
  },
});
