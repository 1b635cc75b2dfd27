import regel from "../../../src/core/regler/resultater/resultat-fordeling-ugyldig";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK, resultatSkema } from "../resultater-fixtur";
import { hentProfil } from "../../../src/core/profil/register";

// regler.md 2026.2 item 7: "Hensat ≤ min(5 % of grundlag, Resultat); Hensat on an underskud row and
// Indregnet above the result's own size are fejl". § 5.3.1: "overskud på op til 5 pct. af
// takstberegningsgrundlaget … hensættes til senere brug".
testRegel(regel, {
  gyldige: [
    { navn: "fixturen: 400.000 hensat + 370.000 indregnet = overskuddet på 770.000", skema: resultatSkema() },
    { navn: "takstskema uden tblResultater", skema: gyldigtSkema() },
    {
      navn: "et lille overskud hensat helt",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 100000;
          r[0].hensat = 100000;
          r[0].indregnet = 0;
        },
      }),
    },
    {
      navn: "§ 6.1.2: et underskud fordelt over tre rækker, summen holder sig inden for underskuddet",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].indregnet = 100000;
          r.push({ ...r[1], indregnet: 100000, indregnetITakstaar: 2027 });
          r.push({ ...r[1], indregnet: 100000, indregnetITakstaar: 2028 });
        },
      }),
    },
    {
      navn: "ulæseligt Hensat (felt-ugyldig-vaerdi melder det)",
      skema: resultatSkema({ resultater: (r) => void (r[1].hensat = "mange") }),
    },
  ],
  ugyldige: [
    {
      navn: "Hensat på et underskud",
      skema: resultatSkema({ resultater: (r) => void (r[1].hensat = 50000) }),
      fund: [
        {
          celle: "E3",
          ark: ARK,
          ydelsesId: "A2-104",
          alvor: "fejl",
          besked:
            "Resultatet for A2-104 i regnskabsår 2025 er et underskud på 300.000,00 kr., men Hensat er 50.000,00 kr. Kun et overskud kan hensættes (§ 5.3.1); sæt Hensat til 0.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      navn: "Hensat over selve overskuddet (og under 5 %)",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 100000;
          r[0].hensat = 150000;
          r[0].indregnet = 0;
        },
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "E2",
          besked:
            "Hensat for A1-108 i regnskabsår 2024 er 150.000,00 kr., mere end selve overskuddet på 100.000,00 kr. Ret Hensat til højst 100.000,00 kr. (overskuddet, dog højst 5 % af takstberegningsgrundlaget: 400.000,00 kr.).",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 100000;
          r[0].hensat = 100000;
          r[0].indregnet = 0;
        },
      }),
    },
    {
      navn: "Hensat + Indregnet over overskuddet: peger på Indregnet",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 400000) }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          besked:
            "Hensat (400.000,00 kr.) og Indregnet (400.000,00 kr.) for A1-108 i regnskabsår 2024 er tilsammen 800.000,00 kr., mere end overskuddet på 770.000,00 kr. Ret Indregnet til 370.000,00 kr., så Hensat + Indregnet højst er 770.000,00 kr.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      navn: "summen over rækkerne for samme ydelse og regnskabsår: én fejl på sidste rækkes Indregnet",
      skema: resultatSkema({
        resultater: (r) => {
          r.push({ ...r[1], indregnet: 150000, indregnetITakstaar: 2027 });
          r.push({ ...r[1], indregnet: 100000, indregnetITakstaar: 2028 });
        },
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F5",
          ydelsesId: "A2-104",
          besked:
            "Hensat (0,00 kr.) og Indregnet (375.000,00 kr.) for A2-104 i regnskabsår 2025 er tilsammen 375.000,00 kr. (i alt over 3 rækker), mere end underskuddet på 300.000,00 kr. Ret Indregnet i række 5 til 25.000,00 kr., så Hensat + Indregnet højst er 300.000,00 kr.",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r.push({ ...r[1], indregnet: 100000, indregnetITakstaar: 2027 });
          r.push({ ...r[1], indregnet: 75000, indregnetITakstaar: 2028 });
        },
      }),
    },
    {
      // regler.md 2026.3 item 12: "resultat-fordeling-ugyldig takes its 5 % from the profile" (§ 5.3.1's
      // "op til 5 pct." is the profile's overUnderskud.graensePct).
      navn: "§ 5.3.1: grænsen kommer fra profilen (1 %)",
      profil: { overUnderskud: { ...hentProfil("nordjylland-2025-2026").overUnderskud, graensePct: 1 } },
      skema: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 100000;
          r[0].hensat = 150000;
          r[0].indregnet = 0;
        },
      }),
      fund: [
        {
          ark: ARK,
          celle: "E2",
          besked:
            "Hensat for A1-108 i regnskabsår 2024 er 150.000,00 kr., mere end selve overskuddet på 100.000,00 kr. Ret Hensat til højst 80.000,00 kr. (overskuddet, dog højst 1 % af takstberegningsgrundlaget: 80.000,00 kr.).",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 100000;
          r[0].hensat = 80000;
          r[0].indregnet = 20000;
        },
      }),
    },
  ],
});
