import { lavRegel } from "../lav-regel";
import { erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
import { aendringsRaekker, erNyYdelse, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";
import { godkendtNote, sidsteAar } from "./hjaelp/sidste-aar";
import type { Dec } from "../../penge";

export default lavRegel({
  meta: {
    id: "pladsaendring-kraever-godkendelse",
    standardAlvor: "info",
    beskrivelse:
      "En permanent ændring i antal pladser skal godkendes af styregruppen; også en ny ydelse med pladser i et eksisterende tilbud.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    nyYdelse: (d: { pladser: Dec; godkender: string }) =>
      `Ny ydelse med ${formaterAntal(d.pladser)} pladser i et eksisterende tilbud (Pladser sidste år er tom): tilbuddets pladsantal ændres permanent, ` +
      `og det skal godkendes af ${d.godkender}; begrund den nye ydelse i Bemærkninger.`,
    aendring: (d: { pladserFoer: Dec; pladser: Dec; godkender: string; godkendt: boolean }) =>
      `Pladsantallet ${d.pladser.gt(d.pladserFoer) ? "øges" : "reduceres"} fra ${formaterAntal(d.pladserFoer)} til ${formaterAntal(d.pladser)}. ` +
      `En permanent ændring i antal pladser skal godkendes af ${d.godkender}; sørg for at ændringen er begrundet i Bemærkninger.${godkendtNote(d.godkendt)}`,
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
          besked: "nyYdelse",
          celle: raekke.pladser,
          ydelsesId: ydelsesIdFor(raekke),
          data: { pladser: nu, godkender: ctx.aftale.godkender },
        });
        continue;
      }
      if (!foer || !nu || !erPladsaendring(foer, nu)) continue;
      ctx.rapporter({
        besked: "aendring",
        celle: raekke.pladser,
        ydelsesId: ydelsesIdFor(raekke),
        data: { pladserFoer: foer, pladser: nu, godkender: ctx.aftale.godkender, godkendt: sidste.godkendt },
      });
    }
  },
});
