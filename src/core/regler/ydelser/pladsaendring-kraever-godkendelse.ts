import { lavRegel } from "../lav-regel";
import { erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
import { aendringsRaekker, erNyYdelse, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";
import { sidsteAar } from "./hjaelp/sidste-aar";

export default lavRegel({
  meta: {
    id: "pladsaendring-kraever-godkendelse",
    standardAlvor: "info",
    beskrivelse:
      "En permanent ændring i antal pladser skal godkendes af styregruppen; også en ny ydelse med pladser i et eksisterende tilbud.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    // A new ydelse in a tilbud that is not a nyt tilbud adds places to it (regler.md 2026.2 item 9).
    const eksisterendeTilbud = vaerdi(ctx.skema.stamdata?.felter.nytTilbud) === "Nej";
    for (const { raekke } of aendringsRaekker(ctx.skema)) {
      const sidste = sidsteAar(ctx, raekke);
      const foer = sidste.pladser;
      const nu = vaerdi(raekke.pladser);
      // regler.md 2026.3 "Ny ydelse": one definition for this info and pladsaendring-uden-begrundelse;
      // with a baseline, a ydelse in last year's approved bilag is not new.
      if (eksisterendeTilbud && nu && erNyYdelse(raekke) && !sidste.godkendt) {
        ctx.rapporter({
          ark: raekke.pladser.ark,
          celle: raekke.pladser.adresse,
          ydelsesId: ydelsesIdFor(raekke),
          besked:
            `Ny ydelse med ${formaterAntal(nu)} pladser i et eksisterende tilbud (Pladser sidste år er tom): tilbuddets pladsantal ændres permanent, ` +
            `og det skal godkendes af ${ctx.aftale.godkender}; begrund den nye ydelse i Bemærkninger.`,
        });
        continue;
      }
      if (!foer || !nu || !erPladsaendring(foer, nu)) continue;
      const retning = nu.gt(foer) ? "øges" : "reduceres";
      ctx.rapporter({
        ark: raekke.pladser.ark,
        celle: raekke.pladser.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked:
          `Pladsantallet ${retning} fra ${formaterAntal(foer)} til ${formaterAntal(nu)}. ` +
          `En permanent ændring i antal pladser skal godkendes af ${ctx.aftale.godkender}; sørg for at ændringen er begrundet i Bemærkninger.${sidste.note}`,
      });
    }
  },
});
