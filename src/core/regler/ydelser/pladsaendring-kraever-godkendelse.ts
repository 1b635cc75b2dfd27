import { lavRegel } from "../lav-regel";
import { erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
import { aendringsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";
import { sidsteAar } from "./hjaelp/sidste-aar";

/** Takstenheder whose ydelse is priced per place (the tilbud's places change with a new one). */
const PLADSENHEDER: readonly string[] = ["Døgn", "Dag", "Måned", "År"];

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
      const enhed = vaerdi(raekke.takstenhed);
      const sidsteAarTom = raekke.pladserSidsteAar.tom && !raekke.pladserSidsteAar.mangler;
      if (
        eksisterendeTilbud &&
        sidsteAarTom &&
        !sidste.godkendt &&
        nu &&
        nu.gt(0) &&
        enhed !== null &&
        PLADSENHEDER.includes(enhed)
      ) {
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
