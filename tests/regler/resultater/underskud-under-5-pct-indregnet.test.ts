import regel from "../../../src/core/regler/resultater/underskud-under-5-pct-indregnet";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { ARK, resultatSkema } from "../resultater-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "præcis delen over 5 % (125.000) indregnet", skema: resultatSkema() },
    {
      navn: "intet indregnet",
      skema: resultatSkema({ resultater: (r) => void (r[1].indregnet = null) }),
    },
    {
      navn: "et overskud hører ikke herunder",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 770000) }),
    },
    {
      navn: "under en halv øre for meget",
      skema: resultatSkema({ resultater: (r) => void (r[1].indregnet = 125000.004) }),
    },
    {
      navn: "profilen sætter grænsen til 3 %: 195.000 må indregnes",
      skema: resultatSkema({ resultater: (r) => void (r[1].indregnet = 195000) }),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 3 } },
    },
  ],
  ugyldige: [
    {
      navn: "én øre mere end delen over 5 %",
      skema: resultatSkema({ resultater: (r) => void (r[1].indregnet = 125000.01) }),
      fund: [
        {
          celle: "F3",
          ark: ARK,
          ydelsesId: "A2-104",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2025 er 300.000,00 kr., og indregnet er 125.000,01 kr. Underskud op til 5 % af takstberegningsgrundlaget (175.000,00 kr.) må ikke indregnes, så højst 125.000,00 kr. kan indregnes. Sæt Indregnet til højst 125.000,00 kr., og dæk resten fx ved effektivisering eller af hensatte overskud.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      // regler.md 2026.2 item 2: several rows per result (§ 6.1.2), Indregnet summed.
      navn: "Indregnet summeres over rækkerne: peger på den sidste række",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].indregnet = 100000;
          r.push({ ...r[1], indregnet: 50000, indregnetITakstaar: 2027 });
        },
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F4",
          ydelsesId: "A2-104",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2025 er 300.000,00 kr., og indregnet er 150.000,00 kr. (i alt over 2 rækker). Underskud op til 5 % af takstberegningsgrundlaget (175.000,00 kr.) må ikke indregnes, så højst 125.000,00 kr. kan indregnes. Sæt Indregnet til højst 125.000,00 kr., og dæk resten fx ved effektivisering eller af hensatte overskud.",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r[1].indregnet = 100000;
          r.push({ ...r[1], indregnet: 25000, indregnetITakstaar: 2027 });
        },
      }),
    },
    {
      navn: "et underskud under 5 % indregnet helt",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].resultat = -100000;
          r[1].indregnet = 100000;
        },
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2025 er 100.000,00 kr., og indregnet er 100.000,00 kr. Underskud op til 5 % af takstberegningsgrundlaget (175.000,00 kr.) må ikke indregnes, så højst 0,00 kr. kan indregnes. Sæt Indregnet til højst 0,00 kr., og dæk resten fx ved effektivisering eller af hensatte overskud.",
        },
      ],
    },
    {
      navn: "profilen sætter grænsen til 6 %",
      skema: resultatSkema(),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 6 } },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2025 er 300.000,00 kr., og indregnet er 125.000,00 kr. Underskud op til 6 % af takstberegningsgrundlaget (210.000,00 kr.) må ikke indregnes, så højst 90.000,00 kr. kan indregnes. Sæt Indregnet til højst 90.000,00 kr., og dæk resten fx ved effektivisering eller af hensatte overskud.",
        },
      ],
    },
  ],
});
