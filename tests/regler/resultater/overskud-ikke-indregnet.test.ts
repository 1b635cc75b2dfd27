import regel from "../../../src/core/regler/resultater/overskud-ikke-indregnet";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { ARK, resultatSkema } from "../resultater-fixtur";

const P = hentProfil("nordjylland-2025-2026");

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
      // Issue 7 § 3: the amount is in the takst (tblOmkostninger); regulering-stemmer-ikke asks for the row here.
      navn: "Omkostninger indregner hele beløbet i år, men tabellen her mangler det",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnet = 0) }),
    },
    {
      navn: "profilen tillader 10 % hensat",
      skema: resultatSkema({
        resultater: (r) => void (r[0].indregnet = 0),
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      profil: { overUnderskud: { ...P.overUnderskud, graensePct: 10 } },
    },
  ],
  ugyldige: [
    {
      navn: "én øre for lidt indregnet, og takstår 2026 er fristen for regnskabsår 2024",
      skema: resultatSkema({
        resultater: (r) => void (r[0].indregnet = 369999.99),
        omkostninger: (o) => void (o[0].indregnetOverskud = 369999.99),
      }),
      fund: [
        {
          celle: "F2",
          ark: ARK,
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 369.999,99 kr., så der mangler 0,01 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      // regler.md 2026.3 point 9: 400.320 of 8.000.000 is 5,004 %, above the 5 % it is measured
      // against, and is shown so (not "5,0 %").
      navn: "overskud lige over 5 %: andelen vises over grænsen",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].resultat = 400320;
          r[0].hensat = 0;
          r[0].indregnet = null;
        },
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          celle: "F2",
          ark: ARK,
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 400.320,00 kr., 5,004 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 320,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 320,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
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
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2023 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2025 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Fristen er overskredet: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026, og begrund den sene indregning i Bemærkninger.",
        },
      ],
      // The only remedy left: indregn it now (indregning-for-sent then asks for a begrundelse, as an advarsel).
      rettet: resultatSkema({ resultater: (r) => void (r[0].regnskabsaar = 2023) }),
    },
    {
      navn: "før fristen: info med fristens år",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].regnskabsaar = 2025;
          r[0].indregnet = 0;
        },
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          alvor: "info",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2025 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2027 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Det kan ske i en senere takst, men senest i 2027.",
        },
      ],
    },
    {
      // § 6.1.2's three years are for a første driftsår's driftstab; an overskud keeps § 5.3.1's 2 years.
      navn: "nyt tilbuds første driftsår: et overskud har stadig fristen regnskabsår + 2",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2024 },
        resultater: (r) => void (r[0].indregnet = 0),
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema({ stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2024 } }),
    },
    {
      navn: "nyt tilbud, men regnskabsåret er ikke første driftsår: + 2",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2023 },
        resultater: (r) => void (r[0].indregnet = 0),
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
    },
    {
      navn: "profilens frist: regnskabsår + 1",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].regnskabsaar = 2025;
          r[0].indregnet = 0;
        },
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      profil: { overUnderskud: { ...P.overUnderskud, indregnesSenestEfterAar: 1 } },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2025 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 1 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
    },
    {
      // Issue 7 § 3: what tblOmkostninger already indregner this year counts, so it is asked once.
      navn: "Omkostninger indregner 300.000 uden en række her: der mangler kun resten",
      skema: resultatSkema({
        resultater: (r) => void (r[0].indregnet = 0),
        omkostninger: (o) => void (o[0].indregnetOverskud = 300000),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F2",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr. og 300.000,00 kr. mere står i Indregnet overskud i Omkostninger for takstår 2026 uden en række her, så der mangler 70.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      navn: "to rækker for samme regnskabsår lægges sammen (§ 6.1.2)",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].indregnet = 200000;
          r.push({ ...r[0], hensat: 0, indregnet: 100000, indregnetITakstaar: 2027 });
        },
        omkostninger: (o) => void (o[0].indregnetOverskud = 200000),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "F4",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 300.000,00 kr. (i alt over 2 rækker), så der mangler 70.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026.",
        },
      ],
      rettet: resultatSkema({
        resultater: (r) => {
          r[0].indregnet = 200000;
          r.push({ ...r[0], hensat: 0, indregnet: 170000, indregnetITakstaar: 2027 });
        },
        omkostninger: (o) => void (o[0].indregnetOverskud = 200000),
      }),
    },
    {
      // regler.md 2026.3 item 7, § 5.3.1 "indregnes i taksten i form af en reduktion af taksten senest 2 år
      // efter det år, overskuddet vedrører": an amount without its takstår is not indregnet in any takst.
      navn: "§ 5.3.1: Indregnet uden Indregnet i takstår tælles ikke som indregnet",
      skema: resultatSkema({
        resultater: (r) => void (r[0].indregnetITakstaar = null),
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          ark: ARK,
          celle: "F2",
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026. 370.000,00 kr. i Indregnet tælles ikke som indregnet, fordi Indregnet i takstår mangler; et resultat indregnes i en takst for et senere år: skriv det takstår, beløbet er indregnet i.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      navn: "§ 5.3.1: Indregnet i takstår før regnskabsåret tælles ikke som indregnet",
      skema: resultatSkema({
        resultater: (r) => void (r[0].indregnetITakstaar = 2023),
        omkostninger: (o) => void (o[0].indregnetOverskud = 0),
      }),
      fund: [
        {
          ark: ARK,
          celle: "F2",
          ydelsesId: "A1-108",
          besked:
            "Overskuddet for A1-108 i regnskabsår 2024 er 770.000,00 kr., 9,6 % af takstberegningsgrundlaget på 8.000.000,00 kr. Den del, der overstiger 5 % (400.000,00 kr.), i alt 370.000,00 kr., skal indregnes som en reduktion af taksten senest i takstår 2026 (regnskabsåret + 2 år); indregnet er 0,00 kr., så der mangler 370.000,00 kr. Takstår 2026 er sidste frist: indregn resten i denne takst (Indregnet overskud i Omkostninger), og skriv beløbet i Indregnet med Indregnet i takstår 2026. 370.000,00 kr. i Indregnet tælles ikke som indregnet, fordi Indregnet i takstår ligger før regnskabsåret (eller er selve regnskabsåret); et resultat indregnes i en takst for et senere år: skriv det takstår, beløbet er indregnet i.",
        },
      ],
      rettet: resultatSkema(),
    },
  ],
});
