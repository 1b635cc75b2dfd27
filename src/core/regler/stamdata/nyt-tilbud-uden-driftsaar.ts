import { lavRegel } from "../lav-regel";

const hvorfor = (afsnit: string): string =>
  `lavere belægning og afskrivning af driftstab over tre år gælder kun for første driftsår (${afsnit}).`;

export default lavRegel({
  meta: {
    id: "nyt-tilbud-uden-driftsaar",
    standardAlvor: "fejl",
    beskrivelse: "Et nyt tilbud skal angive sit første driftsår; de særlige vilkår for nye tilbud gælder kun dét år.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    tomt: (d: { afsnit: string }) =>
      `Nyt tilbud er "Ja", men Første driftsår er tomt. Skriv det første driftsår (fx 2026): ${hvorfor(d.afsnit)}`,
    udenRaekke: (d: { afsnit: string }) =>
      `Nyt tilbud er "Ja", men Første driftsår er ikke med i Stamdata.` +
      ` Skriv det første driftsår (fx 2026) i en række med Felt "Første driftsår": ${hvorfor(d.afsnit)}`,
  },
  tjek(ctx) {
    const felter = ctx.skema.stamdata?.felter;
    if (!felter || felter.nytTilbud.vaerdi !== "Ja") return;
    const aar = felter.foersteDriftsaar;
    // An unreadable year or a missing Værdi column has its own finding.
    if (aar.ulaeselig || aar.mangler === "kolonne" || !aar.tom) return;
    const data = { afsnit: ctx.afsnit("nytTilbudDriftstab") };
    if (aar.mangler === "raekke") ctx.rapporter({ besked: "udenRaekke", celle: felter.nytTilbud, data });
    else ctx.rapporter({ besked: "tomt", celle: aar, data });
  },
});
