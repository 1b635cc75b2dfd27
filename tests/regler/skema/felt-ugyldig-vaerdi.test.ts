import regel from "../../../src/core/regler/skema/felt-ugyldig-vaerdi";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigTillaeg, gyldigtResultat, gyldigtSkema } from "../../hjaelp/fixtur";
import type { ByggeRaekke, SkemaSpec } from "../../hjaelp/snapshot-bygger";
import { tillaegSkema } from "../tillaeg-fixtur";

function medYdelse(i: number, aendring: ByggeRaekke): SkemaSpec {
  const y = gyldigeYdelser();
  y[i] = { ...y[i], ...aendring };
  return { ...gyldigtSkema(), ydelser: y };
}

function medStamdata(aendring: Record<string, unknown>): SkemaSpec {
  const s = gyldigtSkema();
  return { ...s, stamdata: { ...s.stamdata, ...aendring } as SkemaSpec["stamdata"] };
}

const resultat = gyldigtResultat();
const medResultat = (a: ByggeRaekke): SkemaSpec => ({ ...gyldigtSkema(), resultater: [gyldigtResultat(a)] });
const RES = "Over- og underskud";

const bilagRaekke: ByggeRaekke = {
  ydelsesId: "A1-108",
  takstenhed: "Døgn",
  pladserSidsteAar: 10,
  pladser: 10,
  takstSidsteAar: 1000,
  takst: 700,
  aendringKr: -300,
  aendringPct: -0.3,
};

testRegel(regel, {
  gyldige: [
    {
      navn: "Indregnet i takstår året efter regnskabsåret",
      skema: medResultat({ regnskabsaar: 2025, indregnetITakstaar: 2026 }),
    },
    {
      navn: "en tillægsydelse på én dag (Slutdato = Startdato)",
      skema: tillaegSkema({ beregning: (b) => void (b[0].slutdato = b[0].startdato) }),
    },
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "Belægningsprocent præcis 150 % (skrevet som 150)", skema: medYdelse(0, { belaegningsprocent: 150 }) },
    { navn: "Belægningsprocent 0 %", skema: medYdelse(0, { belaegningsprocent: 0 }) },
    { navn: "Pladser 0 og Pladser sidste år tom", skema: medYdelse(0, { pladser: 0, pladserSidsteAar: null }) },
    { navn: "Kategori 2 er en gyldig værdi", skema: medStamdata({ kategori: 2 }) },
    { navn: "Kategori 1 for en kommune (kategori-1-ikke-omfattet melder det)", skema: medStamdata({ kategori: 1 }) },
    { navn: "Takstår 2100 og Første driftsår 1978", skema: medStamdata({ takstaar: 2100, foersteDriftsaar: 1978 }) },
    { navn: "Regnskabsår 2000", skema: { ...gyldigtSkema(), resultater: [{ ...resultat, regnskabsaar: 2000 }] } },
    { navn: "takstbilag: et takstfald på 30 % i Ændring pct. er ikke en andel", skema: { takstbilag: [bilagRaekke] } },
    {
      navn: "takstbilag: en stigning på 200 % i Ændring pct.",
      skema: { takstbilag: [{ ...bilagRaekke, takst: 3000, aendringKr: 2000, aendringPct: 2 }] },
    },
    {
      navn: "Timer pr. uge må være negativ (negativ tillægsydelse)",
      skema: {
        ...gyldigtSkema(),
        tillaegsberegning: [
          {
            beskrivelse: "Mindre støtte",
            personalekategori: "Socialpædagog",
            tidsrum: "Hverdag 06-17",
            timerPrUge: -2,
            startdato: 46023,
            slutdato: 46203,
          },
        ],
      },
    },
  ],
  ugyldige: [
    {
      navn: "en overskrift, der står to gange i tabellen",
      skema: {
        ...gyldigtSkema(),
        ydelser: {
          raekker: gyldigeYdelser().map((r) => ({ ...r, takst2: 1 })),
          kolonner: [...Object.keys(gyldigeYdelser()[0]), "takst2"],
          overskrifter: { takst2: "Takst" },
        },
      },
      fund: [
        {
          ark: "Ydelser",
          celle: "Q1",
          besked:
            'Overskriften "Takst" står to gange i tabellen over ydelser på arket Ydelser; kun den første kolonne (N1) læses. Slet eller omdøb den anden.',
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "tekst i Takst",
      rettet: medYdelse(0, { takst: 2000 }),
      skema: medYdelse(0, { takst: "to tusind" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked: 'Takst: "to tusind" er ikke et tal. Skriv et tal, fx 1234,50 (kr.).',
        },
      ],
    },
    {
      navn: "Taksttype uden for listen",
      skema: medYdelse(1, { taksttype: "Fast takst" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "E3",
          ydelsesId: "A2-104",
          besked:
            'Taksttype: "Fast takst" er ikke en af de tilladte værdier: Gennemsnitstakst, Basistakst, Ydelsestakst, Individuelt forhandlet, Enhedstakst, Trækningsret.',
        },
      ],
    },
    {
      navn: "Excel-fejl i Takst",
      skema: medYdelse(1, { takst: { fejl: "#DIV/0!" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          besked: "Takst: Cellen viser Excel-fejlen #DIV/0!. Ret formlen eller skriv værdien direkte.",
        },
      ],
    },
    {
      navn: "negativt antal pladser",
      skema: medYdelse(0, { pladser: -2 }),
      fund: [
        {
          ark: "Ydelser",
          celle: "I2",
          ydelsesId: "A1-108",
          besked: "Pladser er −2; et antal kan ikke være negativt. Skriv 0 eller et positivt tal.",
        },
      ],
    },
    {
      navn: "negative støttetimer",
      skema: medYdelse(1, { stoettetimer: -0.5 }),
      fund: [
        {
          ark: "Ydelser",
          celle: "K3",
          besked:
            "Direkte støttetimer pr. uge er −0,5; et antal kan ikke være negativt. Skriv 0 eller et positivt tal.",
        },
      ],
    },
    {
      navn: "Belægningsprocent 151 % (over 150 %)",
      skema: medYdelse(0, { belaegningsprocent: 151 }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked: "Belægningsprocent er 151,0 %; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.",
        },
      ],
    },
    {
      // regler.md 2026.3 point 9: shown outside 0–150 %, never "150,0 %" or "0,0 %".
      navn: "Belægningsprocent 150,004 % og −0,004 %",
      skema: {
        ...medYdelse(0, { belaegningsprocent: 1.50004 }),
        ydelser: [
          { ...gyldigeYdelser()[0], belaegningsprocent: 150.004 },
          { ...gyldigeYdelser()[1], belaegningsprocent: { v: -0.00004, nf: "0.0%" } },
        ],
      },
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked: "Belægningsprocent er 150,004 %; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          besked: "Belægningsprocent er −0,004 %; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "negativ Belægningsprocent",
      skema: medYdelse(0, { belaegningsprocent: { v: -0.05, nf: "0%" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked: "Belægningsprocent er −5,0 %; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.",
        },
      ],
    },
    {
      navn: "Variable følgeomkostninger 200 % i tblTillaeg",
      skema: { ...gyldigtSkema(), tillaeg: [gyldigTillaeg()[0], { ...gyldigTillaeg()[1], vfo: 200 }] },
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "F3",
          besked:
            "Variable følgeomkostninger er 200,0 %; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.",
        },
      ],
    },
    {
      // § 2.2: "Region Nordjyllands social- og specialundervisningstilbud er altid omfattet af
      // styringsaftalen." regler.md 2026.3 point 8: Kategori 1 is felt-ugyldig-vaerdi for the region.
      navn: "Kategori 1 for Region Nordjylland (også en afdeling): regionens tilbud er altid omfattet",
      skema: medStamdata({ kategori: 1, driftsherre: "Region Nordjylland, Specialsektoren" }),
      fund: [
        {
          ark: "Stamdata",
          celle: "B5",
          alvor: "fejl",
          besked:
            "Kategori er 1, men driftsherren er Region Nordjylland, hvis tilbud altid er omfattet af styringsaftalen (§ 2.2); kategori 1 (tilbud, som alene anvendes af driftsherren og ikke er omfattet) findes ikke for regionen. Skriv 2 eller 3.",
        },
      ],
      rettet: medStamdata({ kategori: 3, driftsherre: "Region Nordjylland, Specialsektoren" }),
    },
    {
      navn: "Kategori 4",
      skema: medStamdata({ kategori: 4 }),
      fund: [{ ark: "Stamdata", celle: "B5", besked: "Kategori er 4; skriv 1, 2 eller 3 (styringsaftalens § 2.2)." }],
    },
    {
      navn: "Kategori 0",
      skema: medStamdata({ kategori: 0 }),
      fund: [{ ark: "Stamdata", celle: "B5", besked: "Kategori er 0; skriv 1, 2 eller 3 (styringsaftalens § 2.2)." }],
    },
    {
      navn: "Takstår med to cifre",
      skema: medStamdata({ takstaar: 26 }),
      fund: [
        {
          ark: "Stamdata",
          celle: "B6",
          besked: "Takstår er 26, som ikke er et sandsynligt årstal. Skriv årstallet med fire cifre, fx 2026.",
        },
      ],
    },
    {
      navn: "Første driftsår 20026",
      skema: medStamdata({ nytTilbud: "Ja", foersteDriftsaar: 20026 }),
      fund: [
        {
          ark: "Stamdata",
          celle: "B10",
          besked:
            "Første driftsår er 20026, som ikke er et sandsynligt årstal. Skriv årstallet med fire cifre, fx 2026.",
        },
      ],
    },
    {
      navn: "Regnskabsår 1999 og Indregnet i takstår 2101",
      skema: { ...gyldigtSkema(), resultater: [{ ...resultat, regnskabsaar: 1999, indregnetITakstaar: 2101 }] },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "B2",
          ydelsesId: "A1-108",
          besked: "Regnskabsår er 1999, som ikke er et sandsynligt årstal. Skriv årstallet med fire cifre, fx 2026.",
        },
        {
          ark: "Over- og underskud",
          celle: "G2",
          besked:
            "Indregnet i takstår er 2101, som ikke er et sandsynligt årstal. Skriv årstallet med fire cifre, fx 2026.",
        },
      ],
    },
    {
      navn: "takstbilag: negativt antal pladser",
      skema: { takstbilag: [{ ...bilagRaekke, pladser: -1 }] },
      fund: [
        {
          ark: "Takstbilag",
          celle: "I2",
          besked: "Pladser er −1; et antal kan ikke være negativt. Skriv 0 eller et positivt tal.",
        },
      ],
    },
    {
      navn: "et CPR-nummer skrevet i Pladser gentages ikke i beskeden",
      skema: medYdelse(0, { pladser: "010180-1234" }),
      fund: [
        { ark: "Ydelser", celle: "I2", besked: 'Pladser: "[CPR-nummer skjult]" er ikke et tal. Skriv et tal, fx 12.' },
      ],
    },
    {
      // regler.md 2026.3 item 7, § 5.3.1/§ 5.3.2: Hensat and Indregnet are kroner ≥ 0 (the sign is in Resultat).
      navn: "§ 5.3.2: negativt Hensat og negativt Indregnet",
      skema: medResultat({
        resultat: -300000,
        grundlag: 3500000,
        hensat: -1,
        indregnet: -125000,
        indregnetITakstaar: 2026,
      }),
      rettet: medResultat({
        resultat: -300000,
        grundlag: 3500000,
        hensat: 0,
        indregnet: 125000,
        indregnetITakstaar: 2026,
      }),
      fund: [
        {
          ark: RES,
          celle: "E2",
          ydelsesId: "A1-108",
          besked:
            "Hensat for A1-108 er −1,00 kr., men Hensat er et beløb i kroner på 0 eller derover, også for et underskud (fortegnet står i Resultat). Ret Hensat til 1,00 kr., hvis det er beløbet, ellers 0.",
        },
        {
          ark: RES,
          celle: "F2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet for A1-108 er −125.000,00 kr., men Indregnet er et beløb i kroner på 0 eller derover, også for et underskud (fortegnet står i Resultat). Ret Indregnet til 125.000,00 kr., hvis det er beløbet, ellers 0.",
        },
      ],
    },
    {
      // § 5.3.1 "ikke indregnes i taksten i efterfølgende år" / "senest 2 år efter det år, overskuddet vedrører":
      // a result is indregnet in a later year's takst, never in the regnskabsår itself.
      navn: "§ 5.3.1: Indregnet i takstår er selve regnskabsåret",
      skema: medResultat({ regnskabsaar: 2026, indregnet: 1000, hensat: 99000 }),
      rettet: medResultat({ regnskabsaar: 2025, indregnet: 1000, hensat: 99000 }),
      fund: [
        {
          ark: RES,
          celle: "G2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet i takstår for A1-108 er 2026, selve regnskabsåret; et resultat kendes først, når regnskabsåret er slut, og indregnes i en takst for et senere år (tidligst 2027). Beløbet tælles ikke som indregnet, før året er rettet.",
        },
      ],
    },
    {
      navn: "§ 5.3.1: Indregnet i takstår før regnskabsåret",
      skema: medResultat({ regnskabsaar: 2025, indregnet: 1000, hensat: 99000, indregnetITakstaar: 2024 }),
      rettet: medResultat({ regnskabsaar: 2025, indregnet: 1000, hensat: 99000, indregnetITakstaar: 2026 }),
      fund: [
        {
          ark: RES,
          celle: "G2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet i takstår for A1-108 er 2024, før regnskabsåret 2025; et resultat kendes først, når regnskabsåret er slut, og indregnes i en takst for et senere år (tidligst 2026). Beløbet tælles ikke som indregnet, før året er rettet.",
        },
      ],
    },
    {
      // regler.md 2026.3 item 12; bilag 2: "Tillægsydelser er tidsbegrænsede", from Startdato to Slutdato.
      navn: "bilag 2: Slutdato før Startdato",
      skema: tillaegSkema({ beregning: (b) => void (b[0].slutdato = 46022) }),
      rettet: tillaegSkema(),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "H7",
          besked:
            'Slutdato 31. december 2025 ligger før Startdato 1. januar 2026 for "Ekstra støtte efter aktivitetstilbud". Ret datoerne, så tillægget slutter samme dag som det starter eller senere.',
        },
      ],
    },
  ],
});
