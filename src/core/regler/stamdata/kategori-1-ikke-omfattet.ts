import { lavRegel } from "../lav-regel";
import { erRegionensTilbud } from "./hjaelp/region";

export default lavRegel({
  meta: {
    id: "kategori-1-ikke-omfattet",
    standardAlvor: "advarsel",
    beskrivelse:
      "Et kategori 1-tilbud anvendes alene af driftsherren og er ikke omfattet af styringsaftalen (aldrig for regionens egne tilbud, som altid er omfattet).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    ikkeOmfattet: (d: { aftale: string; afsnit: string }) =>
      `Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af ${d.aftale} (${d.afsnit}), og taksten skal ikke godkendes her.` +
      " Kontrollér kategorien; anvender andre kommuner tilbuddet, er det kategori 2 eller 3.",
  },
  tjek(ctx) {
    const kategori = ctx.skema.stamdata?.felter.kategori;
    if (!kategori || kategori.vaerdi !== 1 || kategori.ulaeselig || kategori.mangler) return;
    // § 2.2: the region's tilbud are always covered; felt-ugyldig-vaerdi says so (regler.md 2026.3 point 8).
    if (erRegionensTilbud(ctx.skema, ctx.profil)) return;
    ctx.rapporter({
      besked: "ikkeOmfattet",
      celle: kategori,
      data: { aftale: ctx.aftale.kortnavn.toLowerCase(), afsnit: ctx.afsnit("kategorier") },
    });
  },
});
