import regel from "../../src/core/regler/resultater/overskud-ikke-indregnet";
import { testRegel } from "../hjaelp/regeltester";
import { NORDJYLLAND_2025_2026 as P } from "../../src/core/profil/nordjylland-2025-2026";
import { ARK, resultatSkema } from "./resultater-fixtur";

testRegel(regel, {
  gyldige: [
    { navn: "delen over 5 % (370.000) er indregnet", skema: resultatSkema() },
    {
      navn: "mere end delen over 5 % indregnet",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 500000) }),
    },
    {
      navn: "under en halv øre for lidt",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 369999.996) }),
    },
    {
      navn: "overskud på præcis 5 % skal ikke indregnes",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 400000;
          r[0].indregnet = null;
        },
      }),
    },
    {
      navn: "takstår mangler i Stamdata: fristen kan ikke vurderes",
      skema: resultatSkema({ stamdata: { takstaar: null }, resultater: (r) => void (r[0].indregnet = 0) }),
    },
    {
      navn: "ulæseligt Indregnet (felt-ugyldig-vaerdi melder det)",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = "#REF!") }),
    },
    {
      navn: "underskud hører under underskud-ikke-indregnet",
      skema: resultatSkema({ resultater: (r) => void (r[1].indregnet = 0) }),
    },
    {
      navn: "profilen tillader 10 % hensat",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 0) }),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 10 } },
    },
  ],
  ugyldige: [
    {
      navn: "én øre for lidt indregnet, og takstår 2026 er fristen for regnskabsår 2024",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 369999.99) }),
      fund: [
        {
          celle: "F2",
          ark: ARK,
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked: ["770.000,00 kr.", "9,6 %", "370.000,00 kr.", "2026", "0,01 kr.", "sidste frist"],
        },
      ],
    },
    {
      navn: "fristen overskredet",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].regnskabsaar = 2023;
          r[0].indregnet = null;
        },
      }),
      fund: [{ celle: "F2", alvor: "fejl", besked: ["2025", "overskredet", "0,00 kr."] }],
    },
    {
      navn: "før fristen: info med fristens år",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].regnskabsaar = 2025;
          r[0].indregnet = 0;
        },
      }),
      fund: [{ celle: "F2", alvor: "info", besked: ["senest i takstår 2027", "370.000,00 kr."] }],
    },
    {
      // § 6.1.2's three years are for a første driftsår's driftstab; an overskud keeps § 5.3.1's 2 years.
      navn: "nyt tilbuds første driftsår: et overskud har stadig fristen regnskabsår + 2",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2024 },
        resultater: (r) => void (r[0].indregnet = 0),
      }),
      fund: [{ celle: "F2", alvor: "fejl", besked: ["senest i takstår 2026"] }],
    },
    {
      navn: "nyt tilbud, men regnskabsåret er ikke første driftsår: + 2",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2023 },
        resultater: (r) => void (r[0].indregnet = 0),
      }),
      fund: [{ celle: "F2", alvor: "fejl", besked: ["2026"] }],
    },
    {
      navn: "profilens frist: regnskabsår + 1",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].regnskabsaar = 2025;
          r[0].indregnet = 0;
        },
      }),
      profil: { overUnderskud: { ...P.overUnderskud, indregnesSenestEfterAar: 1 } },
      fund: [{ celle: "F2", alvor: "fejl", besked: ["2026", "+ 1 år"] }],
    },
  ],
});
