import regel from "../../../src/core/regler/resultater/overskud-hensat-over-5-pct";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { ARK, resultatSkema } from "../resultater-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "præcis 5 % hensat (§ 5.3's eksempel: 400.000 af 8.000.000)", skema: resultatSkema() },
    {
      navn: "under en halv øre over grænsen",
      skema: resultatSkema({ resultater: (r) => void (r[0].hensat = 400000.004) }),
    },
    {
      navn: "tom Hensat",
      skema: resultatSkema({ resultater: (r) => void (r[0].hensat = null) }),
    },
    {
      navn: "ulæseligt grundlag giver intet fund her",
      skema: resultatSkema({ resultater: (r) => void (r[0].grundlag = "#VALUE!") }),
    },
    {
      navn: "profilen tillader 10 %",
      skema: resultatSkema({ resultater: (r) => void (r[0].hensat = 770000) }),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 10 } },
    },
  ],
  ugyldige: [
    {
      navn: "én øre over 5 %",
      skema: resultatSkema({ resultater: (r) => void (r[0].hensat = 400000.01) }),
      fund: [
        {
          celle: "E2",
          ark: ARK,
          ydelsesId: "A1-108",
          besked:
            "Hensat for A1-108 (regnskabsår 2024) er 400.000,01 kr., men højst 5 % af takstberegningsgrundlaget på 8.000.000,00 kr. må hensættes. Indregn de 0,01 kr. ud over grænsen i taksten som en reduktion, og ret Hensat til 400.000,00 kr.",
        },
      ],
      rettet: resultatSkema({ resultater: (r) => void (r[0].hensat = 400000) }),
    },
    {
      // regler.md 2026.2 item 2: "Hensat and Indregnet are summed over the rows".
      navn: "Hensat summeres over rækkerne for samme ydelse og regnskabsår",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].hensat = 300000;
          r[0].indregnet = 270000;
          r.push({ ...r[0], hensat: 200000, indregnet: 0, indregnetITakstaar: 2027 });
        },
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "E4",
          besked:
            "Hensat for A1-108 (regnskabsår 2024) er 500.000,00 kr. (i alt over 2 rækker), men højst 5 % af takstberegningsgrundlaget på 8.000.000,00 kr., dvs. 400.000,00 kr., må hensættes. Indregn de 100.000,00 kr. ud over grænsen i taksten som en reduktion, og ret Hensat til 100.000,00 kr. i række 4.",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r[0].hensat = 300000;
          r[0].indregnet = 270000;
          r.push({ ...r[0], hensat: 100000, indregnet: 100000, indregnetITakstaar: 2027 });
        },
      }),
    },
    {
      navn: "hele overskuddet hensat",
      skema: resultatSkema({ resultater: (r) => void (r[0].hensat = 770000) }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "E2",
          besked:
            "Hensat for A1-108 (regnskabsår 2024) er 770.000,00 kr., men højst 5 % af takstberegningsgrundlaget på 8.000.000,00 kr. må hensættes. Indregn de 370.000,00 kr. ud over grænsen i taksten som en reduktion, og ret Hensat til 400.000,00 kr.",
        },
      ],
    },
    {
      navn: "for hele tilbuddet (*)",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].ydelsesId = "*";
          r[0].hensat = 500000;
        },
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "E2",
          ydelsesId: "*",
          besked:
            "Hensat for hele tilbuddet (regnskabsår 2024) er 500.000,00 kr., men højst 5 % af takstberegningsgrundlaget på 8.000.000,00 kr. må hensættes. Indregn de 100.000,00 kr. ud over grænsen i taksten som en reduktion, og ret Hensat til 400.000,00 kr.",
        },
      ],
    },
    {
      navn: "profilen sætter grænsen til 4 %",
      skema: resultatSkema(),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 4 } },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "E2",
          besked:
            "Hensat for A1-108 (regnskabsår 2024) er 400.000,00 kr., men højst 4 % af takstberegningsgrundlaget på 8.000.000,00 kr. må hensættes. Indregn de 80.000,00 kr. ud over grænsen i taksten som en reduktion, og ret Hensat til 320.000,00 kr.",
        },
      ],
    },
  ],
});
