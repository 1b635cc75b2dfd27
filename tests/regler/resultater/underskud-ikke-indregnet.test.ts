import regel from "../../../src/core/regler/resultater/underskud-ikke-indregnet";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { ARK, resultatSkema } from "../resultater-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "delen over 5 % (125.000) er indregnet", skema: resultatSkema() },
    {
      navn: "underskud på præcis 5 % skal ikke indregnes",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].resultat = -175000;
          r[1].indregnet = 0;
        },
      }),
    },
    {
      navn: "overskud hører under overskud-ikke-indregnet",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 0) }),
    },
    {
      navn: "takstår mangler",
      skema: resultatSkema({ stamdata: { takstaar: null }, resultater: (r) => void (r[1].indregnet = 0) }),
    },
    {
      navn: "tomt Regnskabsår",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].regnskabsaar = null;
          r[1].indregnet = 0;
        },
      }),
    },
  ],
  ugyldige: [
    {
      navn: "før fristen (regnskabsår 2025, frist 2027): info",
      skema: resultatSkema({
        resultater: (r) => void (r[1].indregnet = 100000),
        omkostninger: (o) => void (o[1].indregnetUnderskud = 100000),
      }),
      fund: [
        {
          celle: "F3",
          ark: ARK,
          ydelsesId: "A2-104",
          alvor: "info",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2025 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 5 % (175.000,00 kr.), i alt 125.000,00 kr., skal indregnes som en takststigning senest i takstår 2027 (regnskabsåret + 2 år); indregnet er 100.000,00 kr., så der mangler 25.000,00 kr. Det kan ske i en senere takst, men senest i 2027.",
        },
      ],
    },
    {
      navn: "fristen er nået (regnskabsår 2024)",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].regnskabsaar = 2024;
          r[1].indregnet = null;
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          alvor: "fejl",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2024 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 5 % (175.000,00 kr.), i alt 125.000,00 kr., skal indregnes som en takststigning senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 125.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet underskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema({ resultater: (r) => void (r[1].regnskabsaar = 2024) }),
    },
    {
      navn: "fristen er overskredet (regnskabsår 2023, frist 2025)",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].regnskabsaar = 2023;
          r[1].indregnet = null;
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          alvor: "fejl",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2023 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 5 % (175.000,00 kr.), i alt 125.000,00 kr., skal indregnes som en takststigning senest i takstår 2025 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 125.000,00 kr. Fristen er overskredet: indregn resten i denne takst (Indregnet underskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026, og begrund den sene indregning i Bemærkninger.",
        },
      ],
      rettet: resultatSkema({ resultater: (r) => void (r[1].regnskabsaar = 2023) }),
    },
    {
      // § 6.1.2: "afskrive eventuelle driftstab fra første driftsår over en årrække på tre år frem for normalt et år".
      navn: "nyt tilbuds første driftsår (2024): fordeles over 2026, 2027 og 2028, så info i 2026",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2024 },
        resultater: (r) => {
          r[1].regnskabsaar = 2024;
          r[1].indregnet = 0;
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          alvor: "info",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2024 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 5 % (175.000,00 kr.), i alt 125.000,00 kr., skal indregnes som en takststigning senest i takstår 2028 (regnskabsåret + 4 år, fordi det er et driftstab fra et nyt tilbuds første driftsår, der kan fordeles over takstårene regnskabsåret + 2 til + 4); indregnet er 0,00 kr., så der mangler 125.000,00 kr. Det kan ske i en senere takst, men senest i 2028.",
        },
      ],
    },
    {
      navn: "nyt tilbuds første driftsår 2022: takstår 2026 er det sidste af de tre år",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2022 },
        resultater: (r) => {
          r[1].regnskabsaar = 2022;
          r[1].indregnet = 50000;
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 50000),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          alvor: "fejl",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2022 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 5 % (175.000,00 kr.), i alt 125.000,00 kr., skal indregnes som en takststigning senest i takstår 2026 (regnskabsåret + 4 år, fordi det er et driftstab fra et nyt tilbuds første driftsår, der kan fordeles over takstårene regnskabsåret + 2 til + 4); indregnet er 50.000,00 kr., så der mangler 75.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet underskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2022 },
        resultater: (r) => {
          r[1].regnskabsaar = 2022;
          r[1].indregnet = 50000;
          r.push({ ...r[1], indregnet: 75000, indregnetITakstaar: 2025 });
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 50000),
      }),
    },
    {
      navn: "profilens grænse på 2 %: 230.000 skal indregnes",
      skema: resultatSkema({ resultater: (r) => void (r[1].regnskabsaar = 2024) }),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 2 } },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F3",
          alvor: "fejl",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2024 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 2 % (70.000,00 kr.), i alt 230.000,00 kr., skal indregnes som en takststigning senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 125.000,00 kr., så der mangler 105.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet underskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r[1].regnskabsaar = 2024;
          r[1].indregnet = 230000;
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 230000),
      }),
    },
    {
      // regler.md 2026.3 item 7, § 5.3.2 "indregnes i taksten i form af en takststigning senest 2 år efter
      // det år, underskuddet vedrører": without Indregnet i takstår the amount is not indregnet in any takst.
      navn: "§ 5.3.2: Indregnet uden Indregnet i takstår tælles ikke som indregnet",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].regnskabsaar = 2024;
          r[1].indregnetITakstaar = null;
        },
        omkostninger: (o) => void (o[1].indregnetUnderskud = 0),
      }),
      fund: [
        {
          ark: ARK,
          celle: "F3",
          ydelsesId: "A2-104",
          alvor: "fejl",
          besked:
            "Underskuddet for A2-104 i regnskabsår 2024 er 300.000,00 kr., 8,6 % af takstberegningsgrundlaget på 3.500.000,00 kr. Den del, der overstiger 5 % (175.000,00 kr.), i alt 125.000,00 kr., skal indregnes som en takststigning senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 125.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet underskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026. 125.000,00 kr. i Indregnet tælles ikke som indregnet, fordi Indregnet i takstår mangler; et resultat indregnes i en takst for et senere år: skriv det takstår, beløbet er indregnet i.",
        },
      ],
      rettet: resultatSkema({ resultater: (r) => void (r[1].regnskabsaar = 2024) }),
    },
  ],
});
