import regel from "../../../src/core/regler/ydelser/takstloft-overskredet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed, takstbilag } from "../ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

// Loft: PL 3 % − 1 % = 2 %. A2-104: 490 kr. → at most 499,80 kr.; the fixture's 500 kr. is 2,04 %.
const loft = {
  takstloft: { reduktionPct: 1 },
  takstaendring: { ...NORDJYLLAND_2025_2026.takstaendring, plFremskrivningPct: 3 },
};

testRegel(regel, {
  gyldige: [
    { navn: "ingen takstloft i standardprofilen", skema: skemaMed({ 0: { takst: 5000 } }) },
    {
      navn: "takstloft uden PL-fremskrivning kan ikke beregnes",
      skema: gyldigtSkema(),
      profil: { takstloft: { reduktionPct: 1 } },
    },
    {
      navn: "præcis 2 % er inden for loftet",
      skema: skemaMed({ 0: { takst: 1989 }, 1: { takst: 499.8 } }),
      profil: loft,
    },
    {
      navn: "et fald er altid inden for loftet",
      skema: skemaMed({ 0: { takst: 1900 }, 1: { takst: 400 } }),
      profil: loft,
    },
    {
      navn: "uden Takst sidste år",
      skema: skemaMed({ 0: { takstSidsteAar: null }, 1: { takstSidsteAar: null } }),
      profil: loft,
    },
  ],
  ugyldige: [
    {
      // regler.md 2026.3 point 12: "takstloft-overskredet cites the profile (§ 3.1 sets no loft)".
      navn: "fixturens stigninger (2,6 % og 2,0 %) er over loftet på 2 %",
      rettet: skemaMed({ 0: { takst: 1989 }, 1: { takst: 499.8 } }),
      skema: gyldigtSkema(),
      profil: loft,
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked:
            "Taksten stiger 2,6 % fra 1.950,00 kr. til 2.000,00 kr.; profilen »Nordjysk Socialaftale – Styringsaftale 2025-2026« sætter takstloftet til 2 % (PL-fremskrivning 3 % minus 1 %). Sæt taksten til højst 1.989,00 kr., eller ret beregningen.",
        },
        {
          ark: "Ydelser",
          celle: "N3",
          ydelsesId: "A2-104",
          besked:
            "Taksten stiger 2,04 % fra 490,00 kr. til 500,00 kr.; profilen »Nordjysk Socialaftale – Styringsaftale 2025-2026« sætter takstloftet til 2 % (PL-fremskrivning 3 % minus 1 %). Sæt taksten til højst 499,80 kr., eller ret beregningen.",
        },
      ],
    },
    {
      // regler.md 2026.3 point 9: +2,0005 % is shown above the 2 % loft ("2,001 %"), never as "2,00 %".
      navn: "én øre over loftet: procenten vises over loftet",
      skema: skemaMed({ 0: { takst: 1989.01 }, 1: { takst: 499.8 } }),
      profil: loft,
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Taksten stiger 2,001 % fra 1.950,00 kr. til 1.989,01 kr.; profilen »Nordjysk Socialaftale – Styringsaftale 2025-2026« sætter takstloftet til 2 % (PL-fremskrivning 3 % minus 1 %). Sæt taksten til højst 1.989,00 kr., eller ret beregningen.",
        },
      ],
    },
    {
      navn: "takstbilag",
      skema: takstbilag([{ takst: 2100 }]),
      profil: loft,
      fund: [
        {
          ark: "Takstbilag",
          celle: "K2",
          besked:
            "Taksten stiger 7,7 % fra 1.950,00 kr. til 2.100,00 kr.; profilen »Nordjysk Socialaftale – Styringsaftale 2025-2026« sætter takstloftet til 2 % (PL-fremskrivning 3 % minus 1 %). Sæt taksten til højst 1.989,00 kr., eller ret beregningen.",
        },
      ],
    },
  ],
});
