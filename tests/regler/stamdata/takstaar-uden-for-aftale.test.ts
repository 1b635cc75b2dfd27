import regel from "../../../src/core/regler/stamdata/takstaar-uden-for-aftale";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { skemaMed, takstbilag } from "../ydelser-hjaelp";

// § 1: "Nærværende styringsaftale gælder kun for 2025-2026." § 5: takster "for det følgende år
// indmeldes i løbet af efteråret", so the skemaer of autumn 2026 are for 2027 (regler.md 2026.3 point 10).
testRegel(regel, {
  gyldige: [
    { navn: "takstår 2026 (det gyldige skema)", skema: gyldigtSkema() },
    { navn: "takstår 2025", skema: skemaMed({}, { stamdata: { takstaar: 2025 } }) },
    { navn: "takstår skrevet som tekst »2026«", skema: skemaMed({}, { stamdata: { takstaar: "2026" } }) },
    { navn: "Takstår tomt (felt-mangler melder det)", skema: skemaMed({}, { stamdata: { takstaar: null } }) },
    {
      navn: "Takstår ulæseligt (felt-ugyldig-vaerdi melder det)",
      skema: skemaMed({}, { stamdata: { takstaar: "næste år" } }),
    },
    { navn: "et takstbilag har ingen Stamdata", skema: takstbilag([{}]) },
    {
      navn: "en profil, der nævner 2027",
      skema: skemaMed({}, { stamdata: { takstaar: 2027 } }),
      profil: { takstaar: [2027] },
    },
  ],
  ugyldige: [
    {
      navn: "et skema for 2027 kontrolleres efter 2025-2026-aftalen og siger det (info)",
      skema: skemaMed({}, { stamdata: { takstaar: 2027 } }),
      fund: [
        {
          ark: "Stamdata",
          celle: "B6",
          alvor: "info",
          besked:
            "Takståret 2027 ligger uden for de år, profilen »Nordjysk Socialaftale – Styringsaftale 2025-2026« gælder for (takstår 2025 og 2026). Skemaet er kontrolleret efter denne aftales regler; brug profilen for den senere aftale, når den findes.",
        },
      ],
    },
    {
      navn: "takstår 2024",
      skema: skemaMed({}, { stamdata: { takstaar: 2024 } }),
      fund: [
        {
          ark: "Stamdata",
          celle: "B6",
          besked:
            "Takståret 2024 ligger uden for de år, profilen »Nordjysk Socialaftale – Styringsaftale 2025-2026« gælder for (takstår 2025 og 2026). Skemaet er kontrolleret efter denne aftales regler; brug profilen for den senere aftale, når den findes.",
        },
      ],
    },
  ],
});
