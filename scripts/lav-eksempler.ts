/**
 * Generates the bundled example takstskemaer in examples/ (committed):
 * one that passes (0 fejl, 0 advarsler) and several that each break a few rules the way
 * real submissions do. Run: npm run examples
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { bygSnapshot, type ByggeRaekke, type ByggetCelle, type SkemaSpec } from "../tests/hjaelp/snapshot-bygger";
import { skrivSnapshotXlsx } from "../src/adapters/xlsx/skriv-snapshot";
import { TBL_OMKOSTNINGER, TBL_TILLAEG, TBL_TILLAEGSBEREGNING } from "../src/core/skema/tabeller";
import {
  ataTimetakstFormel,
  grundlagFormel,
  kolonneBogstaverFor,
  tillaegsberegningFormler,
} from "../src/core/skema/formler";
import { takstberegningsgrundlag } from "../src/core/beregning/grundlag";
import { beregnetTakst } from "../src/core/beregning/takst";
import { D, tilOere } from "../src/core/penge";
import { antalUger, ataTimetakst, periodepris, ugepris } from "../src/core/beregning/tillaeg";
import { datoTilSerial } from "../src/core/dato";
import type { WorkbookSnapshot } from "../src/core/snapshot";

const PENGE = '#,##0.00 "kr."';
const PCT = "0.0%";
const DATO = "dd-mm-yyyy";

const penge = (v: number | null): ByggetCelle => ({ v, nf: PENGE });
const pct = (v: number | null): ByggetCelle => ({ v, nf: PCT });

interface Ydelse {
  id: string;
  ydelse: string;
  paragraf: string;
  maalgruppe: string;
  taksttype: string;
  takstenhed: string;
  tilbudsform: string;
  pladserSidsteAar: number | null;
  pladser: number;
  belaegning: number;
  stoettetimer: number | null;
  sundhed: string | null;
  takstSidsteAar: number | null;
  takst: number;
  aarsag: string | null;
  bemaerkninger: string | null;
}

interface Omkostning {
  id: string;
  personale: number;
  vagtlag: number | null;
  borgerrelaterede: number;
  administration: number;
  kompetenceudvikling: number;
  ejendom: number;
  afskrivninger: number;
  finansieringsindtaegter: number;
  finansieringsudgifter: number;
  indregnetUnderskud: number;
  indregnetOverskud: number;
  /** An overwritten Takstberegningsgrundlag (no formula). */
  overskrevetGrundlag?: number;
}

// Bostedet Egebakken, Aalborg Kommune, takster for 2026. Every takst is the agreement's
// formula to the øre: grundlag ÷ (pladser × belægning × 365).
function ydelser(): Ydelse[] {
  return [
    {
      id: "B108-1",
      ydelse: "Længerevarende botilbud",
      paragraf: "SEL § 108",
      maalgruppe: "Voksne med udviklingshæmning",
      taksttype: "Gennemsnitstakst",
      takstenhed: "Døgn",
      tilbudsform: "Døgntilbud",
      pladserSidsteAar: 24,
      pladser: 24,
      belaegning: 0.97,
      stoettetimer: 28,
      sundhed: "Medicinadministration, sårpleje og stomipleje",
      takstSidsteAar: 2390,
      takst: 2450, // 20.818.140 / (24 × 0,97 × 365)
      aarsag: "Løn- og prisudvikling",
      bemaerkninger: "Løn- og prisfremskrivning efter KL's skøn; ingen ændring i serviceniveau.",
    },
    {
      id: "B107-1",
      ydelse: "Midlertidigt botilbud",
      paragraf: "SEL § 107",
      maalgruppe: "Voksne med sindslidelse",
      taksttype: "Gennemsnitstakst",
      takstenhed: "Døgn",
      tilbudsform: "Døgntilbud",
      pladserSidsteAar: 12,
      pladser: 14,
      belaegning: 0.96,
      stoettetimer: 24,
      sundhed: "Medicinadministration",
      takstSidsteAar: 2150,
      takst: 2080, // 10.203.648 / (14 × 0,96 × 365)
      aarsag: "Ændring i pladsantal",
      bemaerkninger:
        "To nye pladser i den ombyggede fløj, godkendt af byrådet i juni 2025. Overskuddet fra 2024 ud over 5 % er indregnet.",
    },
    {
      id: "D104-1",
      ydelse: "Aktivitets- og samværstilbud",
      paragraf: "SEL § 104",
      maalgruppe: "Voksne med udviklingshæmning",
      taksttype: "Ydelsestakst",
      takstenhed: "Dag",
      tilbudsform: "Dagtilbud",
      pladserSidsteAar: 30,
      pladser: 30,
      belaegning: 0.95,
      stoettetimer: 8,
      sundhed: "Ingen",
      takstSidsteAar: 610,
      takst: 625, // 6.501.562,50 / (30 × 0,95 × 365)
      aarsag: null,
      bemaerkninger: null,
    },
    {
      id: "A107-1",
      ydelse: "Aflastning",
      paragraf: "SEL § 107",
      maalgruppe: "Voksne med udviklingshæmning",
      taksttype: "Gennemsnitstakst",
      takstenhed: "Døgn",
      tilbudsform: "Aflastning",
      pladserSidsteAar: 4,
      pladser: 4,
      belaegning: 0.92,
      stoettetimer: 30,
      sundhed: "Medicinadministration",
      takstSidsteAar: 3020,
      takst: 3100, // 4.163.920 / (4 × 0,92 × 365)
      aarsag: "Løn- og prisudvikling",
      bemaerkninger: "Løn- og prisfremskrivning efter KL's skøn.",
    },
  ];
}

function omkostninger(): Omkostning[] {
  return [
    {
      id: "B108-1",
      personale: 15400000,
      vagtlag: 11200000,
      borgerrelaterede: 1450000,
      administration: 1520000,
      kompetenceudvikling: 210000,
      ejendom: 1680000,
      afskrivninger: 420000,
      finansieringsindtaegter: 12000,
      finansieringsudgifter: 150140,
      indregnetUnderskud: 0,
      indregnetOverskud: 0,
    },
    {
      id: "B107-1",
      personale: 7600000,
      vagtlag: 5700000,
      borgerrelaterede: 820000,
      administration: 760000,
      kompetenceudvikling: 95000,
      ejendom: 810000,
      afskrivninger: 190000,
      finansieringsindtaegter: 5000,
      finansieringsudgifter: 53648,
      indregnetUnderskud: 0,
      indregnetOverskud: 120000,
    },
    {
      id: "D104-1",
      personale: 4550000,
      vagtlag: 3400000,
      borgerrelaterede: 640000,
      administration: 480000,
      kompetenceudvikling: 60000,
      ejendom: 590000,
      afskrivninger: 150000,
      finansieringsindtaegter: 0,
      finansieringsudgifter: 31562.5,
      indregnetUnderskud: 0,
      indregnetOverskud: 0,
    },
    {
      id: "A107-1",
      personale: 3150000,
      vagtlag: 2400000,
      borgerrelaterede: 210000,
      administration: 300000,
      kompetenceudvikling: 40000,
      ejendom: 350000,
      afskrivninger: 90000,
      finansieringsindtaegter: 0,
      finansieringsudgifter: 23920,
      indregnetUnderskud: 0,
      indregnetOverskud: 0,
    },
  ];
}

interface Resultat {
  id: string;
  regnskabsaar: number;
  grundlag: number;
  resultat: number;
  hensat: number;
  indregnet: number;
  indregnetITakstaar: number | null;
}

function resultater(): Resultat[] {
  // 2024: overskud 610.000 of 9.800.000 (6,2 %): 490.000 (5 %) hensat, 120.000 indregnet in 2026.
  return [
    {
      id: "B107-1",
      regnskabsaar: 2024,
      grundlag: 9800000,
      resultat: 610000,
      hensat: 490000,
      indregnet: 120000,
      indregnetITakstaar: 2026,
    },
  ];
}

const TIDSRUM_D: [string, number][] = [
  ["Hverdag 06-17", 0],
  ["Hverdag 17-23", 0.25],
  ["Nat 23-06", 0.4],
  ["Weekend og helligdag", 0.5],
];

interface TillaegRaekke {
  kategori: string;
  timeomkostning: number;
  fravaer: number;
  vfo: number;
  d?: number;
  tidsrum: string;
}

function tillaeg(): TillaegRaekke[] {
  const ud: TillaegRaekke[] = [];
  for (const [kategori, timeomkostning] of [
    ["Socialpædagog", 206],
    ["Social- og sundhedsassistent", 198],
  ] as const) {
    for (const [tidsrum, d] of TIDSRUM_D) ud.push({ kategori, timeomkostning, fravaer: 0.33, vfo: 0.05, d, tidsrum });
  }
  return ud;
}

interface Tillaegsberegning {
  beskrivelse: string;
  kategori: string;
  tidsrum: string;
  timer: number;
  start: number;
  slut: number | null;
}

function tillaegsberegninger(): Tillaegsberegning[] {
  return [
    // Bilag 2's example: ½ hour on each of 5 weekdays after the activity, 17.00–17.30.
    {
      beskrivelse: "Ekstra støtte efter aktivitetstilbud, hverdage kl. 17.00-17.30",
      kategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timer: 2.5,
      start: datoTilSerial(2026, 1, 5)!,
      slut: datoTilSerial(2026, 3, 29)!,
    },
  ];
}

// ------------------------------------------------------------------ building the workbook

interface Eksempel {
  stamdata?: Partial<Record<string, string | number | null>>;
  ydelser: Ydelse[];
  omkostninger: Omkostning[];
  resultater: Resultat[];
  tillaeg: TillaegRaekke[];
  tillaegsberegninger: Tillaegsberegning[];
  /** Plain cells instead of Excel tables (a pasted skema). */
  udenTabeller?: boolean;
  /** Cell overrides applied after building: [sheet, A1, value]. */
  celler?: [string, string, WorkbookSnapshot["sheets"][number]["values"][number][number]][];
}

function stamdata(over: Eksempel["stamdata"] = {}): SkemaSpec["stamdata"] {
  return {
    driftsherre: "Aalborg Kommune",
    tilbud: "Bostedet Egebakken",
    tilbudsportalId: "172345",
    kategori: 3,
    takstaar: 2026,
    kontaktperson: "Mette Kjær Jensen",
    email: "mette.kjaer.jensen@aalborg.dk",
    nytTilbud: "Nej",
    foersteDriftsaar: null,
    ...over,
  };
}

function byg(e: Eksempel): WorkbookSnapshot {
  const ok = kolonneBogstaverFor(TBL_OMKOSTNINGER);
  const tk = kolonneBogstaverFor(TBL_TILLAEG);
  const bk = kolonneBogstaverFor(TBL_TILLAEGSBEREGNING);
  const somTabel = !e.udenTabeller;

  const ydelseRaekker: ByggeRaekke[] = e.ydelser.map((y) => ({
    ydelsesId: y.id,
    ydelse: y.ydelse,
    paragraf: y.paragraf,
    maalgruppe: y.maalgruppe,
    taksttype: y.taksttype,
    takstenhed: y.takstenhed,
    tilbudsform: y.tilbudsform,
    pladserSidsteAar: y.pladserSidsteAar,
    pladser: y.pladser,
    belaegningsprocent: pct(y.belaegning),
    stoettetimer: y.stoettetimer,
    sundhedsydelser: y.sundhed,
    takstSidsteAar: penge(y.takstSidsteAar),
    takst: penge(y.takst),
    aarsag: y.aarsag,
    bemaerkninger: y.bemaerkninger,
  }));

  const omkRaekker: ByggeRaekke[] = e.omkostninger.map((o, i) => {
    const raekke = i + 2;
    const grundlag = takstberegningsgrundlag(o).toNumber();
    return {
      ydelsesId: o.id,
      personale: penge(o.personale),
      vagtlag: penge(o.vagtlag),
      borgerrelaterede: penge(o.borgerrelaterede),
      administration: penge(o.administration),
      kompetenceudvikling: penge(o.kompetenceudvikling),
      ejendom: penge(o.ejendom),
      afskrivninger: penge(o.afskrivninger),
      finansieringsindtaegter: penge(o.finansieringsindtaegter),
      finansieringsudgifter: penge(o.finansieringsudgifter),
      indregnetUnderskud: penge(o.indregnetUnderskud),
      indregnetOverskud: penge(o.indregnetOverskud),
      grundlag:
        o.overskrevetGrundlag !== undefined
          ? penge(o.overskrevetGrundlag)
          : { v: grundlag, f: somTabel ? grundlagFormel(raekke, ok) : undefined, nf: PENGE },
    };
  });

  const resRaekker: ByggeRaekke[] = e.resultater.map((r) => ({
    ydelsesId: r.id,
    regnskabsaar: r.regnskabsaar,
    grundlag: penge(r.grundlag),
    resultat: penge(r.resultat),
    hensat: penge(r.hensat),
    indregnet: penge(r.indregnet),
    indregnetITakstaar: r.indregnetITakstaar,
  }));

  const tillaegRaekker: ByggeRaekke[] = e.tillaeg.map((t, i) => {
    const ata = ataTimetakst({
      timeomkostning: t.timeomkostning,
      fravaer: t.fravaer,
      doegnkoefficient: t.d ?? 0,
      vfo: t.vfo,
    }).toNumber();
    return {
      personalekategori: t.kategori,
      tidsrum: t.tidsrum,
      timeomkostning: penge(t.timeomkostning),
      fravaer: pct(t.fravaer),
      doegnkoefficient: pct(t.d ?? null),
      vfo: pct(t.vfo),
      ataTimetakst: { v: ata, f: ataTimetakstFormel(i + 2, tk), nf: PENGE },
    };
  });

  // tblTillaeg from row 1; tblTillaegFastPris two rows below it; tblTillaegsberegning two rows below that.
  const tillaegSlut = 1 + Math.max(1, tillaegRaekker.length);
  const fastPrisTop = tillaegSlut + 3;
  // Its header row, as bygSnapshot stacks the tables: tblTillaegFastPris (header and one row), then two blank rows.
  const beregningTop = fastPrisTop + 1 + 1 + 2;
  const opslag = {
    personalekategori: `$${tk.personalekategori}$2:$${tk.personalekategori}$${tillaegSlut}`,
    tidsrum: `$${tk.tidsrum}$2:$${tk.tidsrum}$${tillaegSlut}`,
    ataTimetakst: `$${tk.ataTimetakst}$2:$${tk.ataTimetakst}$${tillaegSlut}`,
  };
  const beregningRaekker: ByggeRaekke[] = e.tillaegsberegninger.map((b, i) => {
    const raekke = beregningTop + 1 + i;
    const f = tillaegsberegningFormler(raekke, bk, opslag);
    const t = e.tillaeg.find((x) => x.kategori === b.kategori && x.tidsrum === b.tidsrum);
    const ata = t
      ? ataTimetakst({ timeomkostning: t.timeomkostning, fravaer: t.fravaer, doegnkoefficient: t.d ?? 0, vfo: t.vfo })
      : null;
    const uge = ata ? ugepris({ ataTimetakst: ata, timerPrUge: b.timer }) : null;
    return {
      beskrivelse: b.beskrivelse,
      personalekategori: b.kategori,
      tidsrum: b.tidsrum,
      timerPrUge: b.timer,
      ataTimetakst: { v: ata?.toNumber() ?? 0, f: f.ataTimetakst, nf: PENGE },
      ugepris: { v: uge?.toNumber() ?? 0, f: f.ugepris, nf: PENGE },
      startdato: { v: b.start, nf: DATO },
      slutdato: { v: b.slut, nf: DATO },
      uger: { v: b.slut ? antalUger(b.start, b.slut).toNumber() : "", f: f.uger, nf: "0.00" },
      samletPris: {
        v: uge && b.slut ? periodepris({ ugepris: uge, startdato: b.start, slutdato: b.slut }).toNumber() : "",
        f: f.samletPris,
        nf: PENGE,
      },
    };
  });

  const snapshot = bygSnapshot({
    stamdata: stamdata(e.stamdata),
    stamdataSomTabel: somTabel,
    ydelser: { raekker: ydelseRaekker, somTabel },
    omkostninger: { raekker: omkRaekker, somTabel },
    resultater: { raekker: resRaekker, somTabel },
    tillaeg: { raekker: tillaegRaekker, somTabel },
    tillaegFastPris: {
      raekker: [
        {
          tillaegsydelse: "Ridefysioterapi",
          enhed: "Time",
          pris: penge(650),
          dokumentation: "Faktura fra ekstern fysioterapeut",
        },
      ],
      somTabel,
    },
    tillaegsberegning: { raekker: beregningRaekker, somTabel },
  });
  for (const [ark, adresse, v] of e.celler ?? []) {
    const s = snapshot.sheets.find((x) => x.name === ark)!;
    const m = /^([A-Z]+)(\d+)$/.exec(adresse)!;
    const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const row = Number(m[2]);
    while (s.values.length < row) s.values.push([]);
    s.values[row - 1][col - 1] = v;
    if (s.formulas?.[row - 1]) s.formulas[row - 1][col - 1] = null;
  }
  return snapshot;
}

function grundEksempel(): Eksempel {
  return {
    ydelser: ydelser(),
    omkostninger: omkostninger(),
    resultater: resultater(),
    tillaeg: tillaeg(),
    tillaegsberegninger: tillaegsberegninger(),
  };
}

export const EKSEMPLER: Record<string, { beskrivelse: string; lav: () => Eksempel }> = {
  "takstskema-eksempel.xlsx": {
    beskrivelse: "Et korrekt udfyldt takstskema (0 fejl, 0 advarsler).",
    lav: grundEksempel,
  },
  "takstskema-mangler-begrundelser.xlsx": {
    beskrivelse: "Pladsændring og væsentlig takststigning uden begrundelse.",
    lav: () => {
      const e = grundEksempel();
      const b107 = e.ydelser[1];
      b107.aarsag = null;
      b107.bemaerkninger = "se ovenfor";
      const b108 = e.ydelser[0];
      b108.takstSidsteAar = 2250; // 2.250 → 2.450 kr. = +8,9 %
      b108.aarsag = null;
      b108.bemaerkninger = null;
      return e;
    },
  },
  "takstskema-beregningsfejl.xlsx": {
    beskrivelse: "Takst regnet med 366 dage, overskrevet grundlag, belægning under minimum og manglende vagtlag.",
    lav: () => {
      const e = grundEksempel();
      e.ydelser[0].takst = 2443.31; // 20.818.140 / (24 × 0,97 × 366)
      e.omkostninger[2].overskrevetGrundlag = 6600000;
      e.omkostninger[2].vagtlag = null;
      e.ydelser[3].belaegning = 0.88;
      e.ydelser[3].takst = 3240.91; // 4.163.920 / (4 × 0,88 × 365)
      return e;
    },
  },
  "takstskema-overskud.xlsx": {
    beskrivelse: "Hele overskuddet hensat, intet indregnet, og en hensættelse ældre end 5 år.",
    lav: () => {
      const e = grundEksempel();
      e.resultater = [
        {
          id: "B107-1",
          regnskabsaar: 2024,
          grundlag: 9800000,
          resultat: 610000,
          hensat: 610000,
          indregnet: 0,
          indregnetITakstaar: null,
        },
        {
          id: "*",
          regnskabsaar: 2019,
          grundlag: 38000000,
          resultat: 900000,
          hensat: 900000,
          indregnet: 0,
          indregnetITakstaar: null,
        },
      ];
      return e;
    },
  },
  "takstskema-kopieret.xlsx": {
    beskrivelse:
      "Indsat som almindelige celler fra sidste års skema: tal som tekst, #REF!, et CPR-nummer, vfo over 5 % og en tillægsydelse uden slutdato.",
    lav: () => {
      const e = grundEksempel();
      e.udenTabeller = true;
      e.tillaeg[1].vfo = 0.08;
      e.tillaegsberegninger[0].slut = null;
      e.ydelser[1].bemaerkninger =
        "To nye pladser; borger 010180-1234 flytter ind 1. marts. Godkendt af byrådet juni 2025.";
      e.celler = [
        ["Ydelser", "N2", "2.450,00"],
        ["Ydelser", "J3", "96 %"],
        ["Ydelser", "M4", { fejl: "#REF!" }],
      ];
      return e;
    },
  },
};

// ---------------------------------------------------------------- Rettede eksempler (issue 7 § 2)
// Each failing example with the fixes the findings ask for, as an økonom would make them:
// a before/after pair in examples/, and a test that the "after" reaches 0 fejl.

/** The takst the agreement's formula gives (§ 5.1), rounded to øre, for a recalculated ydelse. */
function takstEfterFormel(e: Eksempel, id: string): number {
  const y = e.ydelser.find((x) => x.id === id)!;
  const o = e.omkostninger.find((x) => x.id === id)!;
  const t = beregnetTakst({
    grundlag: takstberegningsgrundlag(o),
    pladser: new D(y.pladser),
    belaegning: new D(y.belaegning),
    takstenhed: y.takstenhed,
    dagePrAar: 365,
  })!;
  return tilOere(t).toNumber();
}

export const RETTEDE: Record<string, { foer: string; beskrivelse: string; ret: (e: Eksempel) => void }> = {
  "takstskema-mangler-begrundelser-rettet.xlsx": {
    foer: "takstskema-mangler-begrundelser.xlsx",
    beskrivelse: "samme skema med årsag og begrundelse for pladsændringen og takststigningen",
    ret: (e) => {
      const b107 = e.ydelser.find((y) => y.id === "B107-1")!;
      b107.aarsag = "Ændring i pladsantal";
      b107.bemaerkninger = "To nye pladser i den ombyggede fløj, godkendt af byrådet juni 2025.";
      const b108 = e.ydelser.find((y) => y.id === "B108-1")!;
      b108.aarsag = "Ændret serviceniveau";
      b108.bemaerkninger = "Ekstra nattevagt fra 1. januar 2026 (to årsværk).";
    },
  },
  "takstskema-beregningsfejl-rettet.xlsx": {
    foer: "takstskema-beregningsfejl.xlsx",
    beskrivelse:
      "samme skema med formlen for grundlaget sat ind igen, takster regnet med 365 dage, 90 % belægning og vagtlaget udfyldt",
    ret: (e) => {
      const d104 = e.omkostninger.find((o) => o.id === "D104-1")!;
      delete d104.overskrevetGrundlag;
      d104.vagtlag = 3400000;
      const a107 = e.ydelser.find((y) => y.id === "A107-1")!;
      a107.belaegning = 0.9;
      for (const id of ["B108-1", "A107-1"]) e.ydelser.find((y) => y.id === id)!.takst = takstEfterFormel(e, id);
    },
  },
  "takstskema-overskud-rettet.xlsx": {
    foer: "takstskema-overskud.xlsx",
    beskrivelse: "samme skema med 5 % hensat, resten indregnet i 2026 og den gamle hensættelse anvendt",
    ret: (e) => {
      const b107 = e.resultater.find((r) => r.id === "B107-1")!;
      b107.hensat = 490000; // 5 % of 9.800.000 kr.
      b107.indregnet = 120000; // as Indregnet overskud in Omkostninger already says
      b107.indregnetITakstaar = 2026;
      e.resultater.find((r) => r.id === "*")!.hensat = 0; // the finding's fix: the old hensættelse is used, Hensat 0
    },
  },
  "takstskema-kopieret-rettet.xlsx": {
    foer: "takstskema-kopieret.xlsx",
    beskrivelse:
      "samme skema med tal som tal, formlen i stedet for #REF!, CPR-nummeret fjernet, vfo 5 % og en slutdato",
    ret: (e) => {
      e.celler = [];
      for (const t of e.tillaeg) t.vfo = Math.min(t.vfo, 0.05);
      e.tillaegsberegninger[0].slut = datoTilSerial(2026, 3, 29)!;
      e.ydelser.find((y) => y.id === "B107-1")!.bemaerkninger =
        "To nye pladser; en ny borger flytter ind 1. marts. Godkendt af byrådet juni 2025.";
    },
  },
};

/** The pairs as EKSEMPLER entries, so npm run examples writes them and the tests check them. */
function rettedeEksempler(): Record<string, { beskrivelse: string; lav: () => Eksempel }> {
  return Object.fromEntries(
    Object.entries(RETTEDE).map(([navn, r]) => [
      navn,
      {
        beskrivelse: `Rettet udgave af ${r.foer}: ${r.beskrivelse}.`,
        lav: () => {
          const e = EKSEMPLER[r.foer].lav();
          r.ret(e);
          return e;
        },
      },
    ]),
  );
}
Object.assign(EKSEMPLER, rettedeEksempler());

export async function lavEksempel(navn: string): Promise<Buffer> {
  return skrivSnapshotXlsx(byg(EKSEMPLER[navn].lav()));
}

export function eksempelSnapshot(navn: string): WorkbookSnapshot {
  return byg(EKSEMPLER[navn].lav());
}

export const TAKSTBILAG_EKSEMPEL = "takstbilag-eksempel.xlsx";

// ------------------------------------------------------------------ the takstbilag example's submissions

/** The folder (in examples/) of skemaer the takstbilag example is built from. */
export const INDSENDT_MAPPE = "indsendt";

/** An example skema as another tilbud would send it: its own Stamdata and Ydelses-IDs, its own amounts. */
interface Indsendt {
  eksempel: string;
  stamdata: Eksempel["stamdata"];
  /** Put before every Ydelses-ID (a tilbud's own keys). */
  praefiks: string | null;
  /** Every amount in kr. is multiplied by this (takster follow their grundlag). */
  faktor: number;
}

/** Five tilbud from five driftsherrer, each submitting one skema (the last as pasted plain cells). */
export const INDSENDTE: Record<string, Indsendt> = {
  "aalborg-egebakken.xlsx": { eksempel: "takstskema-eksempel.xlsx", stamdata: {}, praefiks: null, faktor: 1 },
  "hjoerring-kysthuset.xlsx": {
    eksempel: "takstskema-mangler-begrundelser.xlsx",
    stamdata: {
      driftsherre: "Hjørring Kommune",
      tilbud: "Bofællesskabet Kysthuset",
      tilbudsportalId: "183412",
      kontaktperson: "Lars Holm Nielsen",
      email: "lars.holm.nielsen@hjoerring.dk",
    },
    praefiks: "KH",
    faktor: 0.9,
  },
  "frederikshavn-skovbrynet.xlsx": {
    eksempel: "takstskema-beregningsfejl.xlsx",
    stamdata: {
      driftsherre: "Frederikshavn Kommune",
      tilbud: "Botilbuddet Skovbrynet",
      tilbudsportalId: "190577",
      kontaktperson: "Anne Sofie Poulsen",
      email: "asp@frederikshavn.dk",
    },
    praefiks: "SB",
    faktor: 1.1,
  },
  "region-nordjylland-lyngbo.xlsx": {
    eksempel: "takstskema-overskud.xlsx",
    stamdata: {
      driftsherre: "Region Nordjylland",
      tilbud: "Specialområde Lyngbo",
      tilbudsportalId: "164203",
      kontaktperson: "Henrik Dall",
      email: "henrik.dall@rn.dk",
    },
    praefiks: "LY",
    faktor: 1.25,
  },
  "broenderslev-engly.xlsx": {
    eksempel: "takstskema-kopieret.xlsx",
    stamdata: {
      driftsherre: "Brønderslev Kommune",
      tilbud: "Botilbuddet Engly",
      tilbudsportalId: "201988",
      kontaktperson: "Birgitte Mørk",
      email: "bm@brs.dk",
    },
    praefiks: "EN",
    // Its cell overrides are absolute values: keep the amounts.
    faktor: 1,
  },
};

function somAndetTilbud(e: Eksempel, t: Indsendt): Eksempel {
  const kr = (v: number): number => Math.round(v * t.faktor * 100) / 100;
  const id = (x: string): string => (t.praefiks && x !== "*" ? `${t.praefiks}-${x}` : x);
  return {
    ...e,
    stamdata: { ...e.stamdata, ...t.stamdata },
    ydelser: e.ydelser.map((y) => ({
      ...y,
      id: id(y.id),
      takst: kr(y.takst),
      takstSidsteAar: y.takstSidsteAar === null ? null : kr(y.takstSidsteAar),
    })),
    omkostninger: e.omkostninger.map((o) => {
      const ud: Omkostning = { ...o, id: id(o.id) };
      for (const k of Object.keys(o) as (keyof Omkostning)[]) {
        const v = o[k];
        if (k !== "id" && typeof v === "number") (ud[k] as number) = kr(v);
      }
      return ud;
    }),
    resultater: e.resultater.map((r) => ({
      ...r,
      id: id(r.id),
      grundlag: kr(r.grundlag),
      resultat: kr(r.resultat),
      hensat: kr(r.hensat),
      indregnet: kr(r.indregnet),
    })),
  };
}

export function indsendtSnapshot(navn: string): WorkbookSnapshot {
  const t = INDSENDTE[navn];
  return byg(somAndetTilbud(EKSEMPLER[t.eksempel].lav(), t));
}

/** Writes examples/indsendt/ and builds the takstbilag from it with the CLI, as sekretariatet would. */
async function lavTakstbilagEksempel(rod: string): Promise<void> {
  const mappe = join(rod, "examples", INDSENDT_MAPPE);
  mkdirSync(mappe, { recursive: true });
  for (const navn of Object.keys(INDSENDTE)) {
    writeFileSync(join(mappe, navn), await skrivSnapshotXlsx(indsendtSnapshot(navn)));
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { main: cli } = require("../src/cli/main") as typeof import("../src/cli/main");
  const kode = await cli(["bilag", join("examples", INDSENDT_MAPPE), "--ud", join("examples", TAKSTBILAG_EKSEMPEL)], {
    cwd: rod,
    stdout: () => undefined,
    stderr: (t) => process.stderr.write(t),
  });
  if (kode === 2) throw new Error("bilag kunne ikke skrives");
}

async function main(): Promise<void> {
  const mappe = join(__dirname, "..", "examples");
  mkdirSync(mappe, { recursive: true });
  for (const [navn, e] of Object.entries(EKSEMPLER)) {
    writeFileSync(join(mappe, navn), await lavEksempel(navn));
    console.log(`${navn}: ${e.beskrivelse}`);
  }
  // The takstbilag DAS sees, built by the CLI from five tilbud's skemaer (as sekretariatet would).
  await lavTakstbilagEksempel(join(__dirname, ".."));
  console.log(`${TAKSTBILAG_EKSEMPEL}: takstbilaget, som kommandolinjen bygger af ${INDSENDT_MAPPE}/ (fem tilbud).`);
}

if (require.main === module) {
  main().catch((e) => {
    console.error(e);
    process.exit(1);
  });
}
