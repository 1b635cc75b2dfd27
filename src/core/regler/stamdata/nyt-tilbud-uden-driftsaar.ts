import { lavRegel } from "../lav-regel";

export default lavRegel({
  meta: {
    id: "nyt-tilbud-uden-driftsaar",
    standardAlvor: "fejl",
    beskrivelse: "Et nyt tilbud skal angive sit første driftsår; de særlige vilkår for nye tilbud gælder kun dét år.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const felter = ctx.skema.stamdata?.felter;
    if (!felter || felter.nytTilbud.vaerdi !== "Ja") return;
    const aar = felter.foersteDriftsaar;
    // An unreadable year or a missing Værdi column has its own finding.
    if (aar.ulaeselig || aar.mangler === "kolonne" || !aar.tom) return;
    const celle = aar.mangler === "raekke" ? felter.nytTilbud : aar;
    ctx.rapporter({
      ark: celle.ark,
      celle: celle.adresse,
      besked:
        `Nyt tilbud er "Ja", men Første driftsår er ${aar.mangler === "raekke" ? "ikke med i Stamdata" : "tomt"}.` +
        ` Skriv det første driftsår (fx 2026)${aar.mangler === "raekke" ? ' i en række med Felt "Første driftsår"' : ""}:` +
        ` lavere belægning og afskrivning af driftstab over tre år gælder kun for første driftsår (${ctx.afsnit("nytTilbudDriftstab")}).`,
    });
  },
});
