import { lavRegel } from "../lav-regel";
import { formaterAarListe } from "../../format";

export default lavRegel({
  meta: {
    id: "takstaar-uden-for-aftale",
    standardAlvor: "info",
    beskrivelse:
      "Takståret ligger uden for de år, profilens aftale gælder for; skemaet kontrolleres alligevel efter denne aftales regler.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const c = ctx.skema.stamdata?.felter.takstaar;
    // An empty, missing or unreadable Takstår has its own finding (felt-mangler, felt-ugyldig-vaerdi).
    if (!c || c.mangler || c.ulaeselig || c.vaerdi === null) return;
    const { takstaar, navn } = ctx.profil;
    if (takstaar.includes(c.vaerdi)) return;
    // Info, not advarsel: the skema cannot fix it (regler.md 2026.3 point 10); the reader must know
    // which rules were applied.
    ctx.rapporter({
      ark: c.ark,
      celle: c.adresse,
      besked:
        `Takståret ${c.vaerdi} ligger uden for de år, profilen »${navn}« gælder for (takstår ${formaterAarListe(takstaar)}). ` +
        "Skemaet er kontrolleret efter denne aftales regler; brug profilen for den senere aftale, når den findes.",
    });
  },
});
