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
  beskeder: {
    udenFor: (d: { takstaar: number; profil: string; profilensAar: readonly number[] }) =>
      `Takståret ${d.takstaar} ligger uden for de år, profilen »${d.profil}« gælder for (takstår ${formaterAarListe(d.profilensAar)}). ` +
      "Skemaet er kontrolleret efter denne aftales regler; brug profilen for den senere aftale, når den findes.",
  },
  tjek(ctx) {
    const c = ctx.skema.stamdata?.felter.takstaar;
    // An empty, missing or unreadable Takstår has its own finding (felt-mangler, felt-ugyldig-vaerdi).
    if (!c || c.mangler || c.ulaeselig || c.vaerdi === null) return;
    const { takstaar, navn } = ctx.profil;
    if (takstaar.includes(c.vaerdi)) return;
    // Info, not advarsel: the skema cannot fix it (regler.md 2026.3 point 10); the reader must know
    // which rules were applied.
    ctx.rapporter({ besked: "udenFor", celle: c, data: { takstaar: c.vaerdi, profil: navn, profilensAar: takstaar } });
  },
});
