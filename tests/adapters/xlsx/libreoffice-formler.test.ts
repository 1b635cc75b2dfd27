/**
 * The template's formulas calculated by LibreOffice Calc (forced recalculation on load) must
 * give the engine's numbers, computed here with Decimal. Without soffice the test fails and
 * says how to install it (npm test installs it first: scripts/systemvaerktoejer.sh).
 */
import ExcelJS from "exceljs";
import { findSoffice, genberegnetCsv, parseCsv } from "../../hjaelp/libreoffice";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { SKABELON_LAYOUT, skrivSkabelon } from "../../../src/adapters/xlsx/skriv-skabelon";
import { D, tilOere, type Dec } from "../../../src/core/penge";
import { timetakstRaekker } from "../../../src/core/beregning/tillaeg";
import { GRUNDLAG_LED, TBL_OMKOSTNINGER, TBL_TILLAEG, TBL_TILLAEGSBEREGNING } from "../../../src/core/skema/tabeller";
import { standardValg } from "../../hjaelp/valider";

const SOFFICE = findSoffice();

type Dato = readonly [number, number, number];
const utcDato = ([aar, maaned, dag]: Dato) => new Date(Date.UTC(aar, maaned - 1, dag));
const serial = (d: Dato) => utcDato(d).getTime() / 86_400_000 + 25_569;

// ------------------------------------------------------------------ the data written

const OMKOSTNINGER = [
  {
    ydelsesId: "A1-108",
    personale: "5000000.55",
    vagtlag: "3500000",
    borgerrelaterede: "600000.10",
    administration: "500000",
    kompetenceudvikling: "100000",
    ejendom: "600000",
    afskrivninger: "200000",
    finansieringsindtaegter: "10000.25",
    finansieringsudgifter: "18000",
    indregnetUnderskud: "0",
    indregnetOverskud: "0",
  },
  {
    ydelsesId: "A2-104",
    personale: "2500000",
    vagtlag: "1800000",
    borgerrelaterede: "400000",
    administration: "300000",
    kompetenceudvikling: "50000",
    ejendom: "200000",
    afskrivninger: "54000",
    finansieringsindtaegter: "0",
    finansieringsudgifter: "0",
    indregnetUnderskud: "12345.67",
    indregnetOverskud: "45000.5",
  },
];

const TILLAEG = [
  // Bilag 2's example: 206 × (1 + 0,33 + 0,25 + 0,05) = 335,78.
  {
    personalekategori: "Socialpædagog",
    tidsrum: "Hverdag 17-23",
    timeomkostning: "206",
    fravaer: "0.33",
    doegnkoefficient: "0.25",
    vfo: "0.05",
  },
  {
    personalekategori: "Socialpædagog",
    tidsrum: "Hverdag 06-17",
    timeomkostning: "206",
    fravaer: "0.33",
    doegnkoefficient: "0",
    vfo: "0.05",
  },
  // 199,99 × 1,5 = 299,985: a half øre, rounded away from zero to 299,99.
  {
    personalekategori: "Social- og sundhedsassistent",
    tidsrum: "Nat 23-06",
    timeomkostning: "199.99",
    fravaer: "0.3",
    doegnkoefficient: "0.15",
    vfo: "0.05",
  },
  // regler.md 2026.3 item 11: the same pair again with the same numbers (tillaeg-dublet's advarsel):
  // the lookup takes the first row's rate, it does not sum the two (SUMIFS gave 671,56).
  {
    personalekategori: "Socialpædagog",
    tidsrum: "Hverdag 17-23",
    timeomkostning: "206",
    fravaer: "0.33",
    doegnkoefficient: "0.25",
    vfo: "0.05",
  },
  // `* ? ~` and `<` are text, not patterns: "Leder * ?~ <1" must not find "Leder X ?~ <1" above it.
  // 300 × 1,55 = 465,00; 250 × 1,6 = 400,00.
  {
    personalekategori: "Leder X ?~ <1",
    tidsrum: "Weekend og helligdag",
    timeomkostning: "250",
    fravaer: "0.3",
    doegnkoefficient: "0.25",
    vfo: "0.05",
  },
  {
    personalekategori: "Leder * ?~ <1",
    tidsrum: "Weekend og helligdag",
    timeomkostning: "300",
    fravaer: "0.3",
    doegnkoefficient: "0.2",
    vfo: "0.05",
  },
  // A non-breaking space (U+00A0) inside the name: matched as a space. 180 × 1,7 = 306,00.
  {
    personalekategori: "Pædagogisk\u00a0assistent",
    tidsrum: "Nat 23-06",
    timeomkostning: "180",
    fravaer: "0.35",
    doegnkoefficient: "0.3",
    vfo: "0.05",
  },
];

const BEREGNINGER = [
  // ½ time on 5 weekdays = 2,5 hours a week; Monday 5 January to Sunday 29 March 2026 = 84 days = 12 weeks.
  {
    beskrivelse: "Støtte efter aktivitetstilbud",
    personalekategori: "Socialpædagog",
    tidsrum: "Hverdag 17-23",
    timerPrUge: "2.5",
    start: [2026, 1, 5],
    slut: [2026, 3, 29],
  },
  // 1 February to 30 June 2026 = 150 days = 21,43 weeks.
  {
    beskrivelse: "Ledsagelse",
    personalekategori: "Socialpædagog",
    tidsrum: "Hverdag 06-17",
    timerPrUge: "1.5",
    start: [2026, 2, 1],
    slut: [2026, 6, 30],
  },
  // A negative tillægsydelse (§ 5.4.7).
  {
    beskrivelse: "Reduceret støtte om natten",
    personalekategori: "Social- og sundhedsassistent",
    tidsrum: "Nat 23-06",
    timerPrUge: "-1",
    start: [2026, 3, 1],
    slut: [2026, 3, 31],
  },
  // regler.md 2026.3 item 11: the pair as timetakstNoegle matches it (trimmed, spaces and U+00A0
  // collapsed, case-insensitive), wildcard characters as text, and a pair that is not there (0 kr.).
  {
    beskrivelse: "Weekendstøtte",
    personalekategori: "Leder * ?~ <1",
    tidsrum: "Weekend og helligdag",
    timerPrUge: "2",
    start: [2026, 1, 5],
    slut: [2026, 1, 11],
  },
  {
    beskrivelse: "Nattevagt",
    personalekategori: " PÆDAGOGISK \u00a0 assistent ",
    tidsrum: "nat  23-06",
    timerPrUge: "1",
    start: [2026, 1, 5],
    slut: [2026, 1, 11],
  },
  // The same comparison as the core's timetakstNoegle: hard spaces around, upper-case Æ, and a tab,
  // which neither TRIM nor timetakstNoegle removes (no match: 0 kr., as tillaeg-ukendt-timetakst says).
  {
    beskrivelse: "Hårde mellemrum",
    personalekategori: "\u00a0\u00a0SOCIALPÆDAGOG\u00a0",
    tidsrum: "HVERDAG 17-23",
    timerPrUge: "1",
    start: [2026, 1, 5],
    slut: [2026, 1, 11],
  },
  {
    beskrivelse: "Tabulatortegn",
    personalekategori: "Socialpædagog\t",
    tidsrum: "Hverdag 17-23",
    timerPrUge: "1",
    start: [2026, 1, 5],
    slut: [2026, 1, 11],
  },
  {
    beskrivelse: "Ukendt kategori",
    personalekategori: "Leder",
    tidsrum: "Weekend og helligdag",
    timerPrUge: "1",
    start: [2026, 1, 5],
    slut: [2026, 1, 11],
  },
] as const;

// ------------------------------------------------------------------ the engine's numbers

function forventetGrundlag(r: (typeof OMKOSTNINGER)[number]): Dec {
  let s = new D(0);
  for (const led of GRUNDLAG_LED) s = s.plus(new D(r[led.key]).times(led.fortegn));
  return s;
}

function forventetAta(t: (typeof TILLAEG)[number]): Dec {
  return tilOere(new D(t.timeomkostning).times(new D(1).plus(t.fravaer).plus(t.doegnkoefficient).plus(t.vfo)));
}

function forventetBeregning(b: (typeof BEREGNINGER)[number]) {
  // The core's one rate lookup (the rules and the task pane use it): the first matching row, else 0.
  const t = timetakstRaekker(TILLAEG, (x) => [x.personalekategori, x.tidsrum], b.personalekategori, b.tidsrum)[0];
  const ata = t ? forventetAta(t) : new D(0);
  const ugepris = tilOere(new D(b.timerPrUge).times(ata));
  const dage = serial(b.slut) - serial(b.start) + 1;
  const uger = new D(dage).div(7).toDecimalPlaces(2, D.ROUND_HALF_UP);
  return { ata, ugepris, uger, samlet: tilOere(ugepris.times(uger)) };
}

describe("LibreOffice beregner skabelonens formler som motoren", () => {
  it("tblOmkostninger, tblTillaeg and tblTillaegsberegning give the Decimal results", async () => {
    if (!SOFFICE) {
      throw new Error(
        "soffice (LibreOffice) mangler: kør bash scripts/systemvaerktoejer.sh (som root), eller apt-get install libreoffice-calc-nogui.",
      );
    }

    // The worked example itself, before LibreOffice enters.
    expect(forventetAta(TILLAEG[0]).toFixed(2)).toBe("335.78");
    expect(forventetBeregning(BEREGNINGER[0]).ugepris.toFixed(2)).toBe("839.45");

    const mappe = await fs.mkdtemp(path.join(os.tmpdir(), "takstskema-lo-"));
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await skrivSkabelon({ takstaar: 2026, tommeRaekker: 10, ...standardValg() }));
      const r0 = SKABELON_LAYOUT.overskriftRaekke + 1;

      const omk = wb.getWorksheet("Omkostninger")!;
      OMKOSTNINGER.forEach((r, i) => {
        TBL_OMKOSTNINGER.kolonner.forEach((k, c) => {
          if ("formel" in k && k.formel) return;
          const v = r[k.key as keyof typeof r];
          omk.getCell(r0 + i, 1 + c).value = k.key === "ydelsesId" ? v : Number(v);
        });
      });

      const till = wb.getWorksheet("Tillægsydelser")!;
      TILLAEG.forEach((t, i) => {
        TBL_TILLAEG.kolonner.forEach((k, c) => {
          if ("formel" in k && k.formel) return;
          const v = t[k.key as keyof typeof t];
          till.getCell(r0 + i, SKABELON_LAYOUT.tillaegVenstre + c).value =
            k.type === "tekst" || k.type === "enum" ? v : Number(v);
        });
      });
      const kolB = (key: string) =>
        SKABELON_LAYOUT.tillaegsberegningVenstre + TBL_TILLAEGSBEREGNING.kolonner.findIndex((k) => k.key === key);
      BEREGNINGER.forEach((b, i) => {
        const r = r0 + i;
        till.getCell(r, kolB("beskrivelse")).value = b.beskrivelse;
        till.getCell(r, kolB("personalekategori")).value = b.personalekategori;
        till.getCell(r, kolB("tidsrum")).value = b.tidsrum;
        till.getCell(r, kolB("timerPrUge")).value = Number(b.timerPrUge);
        till.getCell(r, kolB("startdato")).value = utcDato(b.start);
        till.getCell(r, kolB("slutdato")).value = utcDato(b.slut);
      });

      const xlsx = path.join(mappe, "udfyldt.xlsx");
      await wb.xlsx.writeFile(xlsx);

      const ud = await genberegnetCsv(SOFFICE, xlsx, mappe);
      const filer = await fs.readdir(ud);
      const laesArk = async (ark: string) => {
        const fil = filer.find((f) => f === `udfyldt-${ark}.csv`);
        if (!fil)
          throw new Error(
            `LibreOffice skrev ingen CSV for ${ark} (fik: ${filer.join(", ")}); kræver LibreOffice 7.2 eller nyere.`,
          );
        return parseCsv(await fs.readFile(path.join(ud, fil), "utf8"));
      };
      const celle = (csv: string[][], raekke: number, kol: number) => csv[raekke - 1]?.[kol - 1] ?? "";
      const somOere = (s: string) => {
        expect(s).toMatch(/^-?\d+(\.\d+)?(E[-+]?\d+)?$/);
        return tilOere(new D(s)).toFixed(2);
      };

      const omkCsv = await laesArk("Omkostninger");
      const grundlagKol = 1 + TBL_OMKOSTNINGER.kolonner.findIndex((k) => k.key === "grundlag");
      OMKOSTNINGER.forEach((r, i) => {
        expect(somOere(celle(omkCsv, r0 + i, grundlagKol))).toBe(forventetGrundlag(r).toFixed(2));
      });
      // A blank row stays blank: the formula gives "".
      expect(celle(omkCsv, r0 + OMKOSTNINGER.length, grundlagKol)).toBe("");

      const tilCsv = await laesArk("Tillægsydelser");
      const ataKol = SKABELON_LAYOUT.tillaegVenstre + TBL_TILLAEG.kolonner.findIndex((k) => k.key === "ataTimetakst");
      TILLAEG.forEach((t, i) => {
        expect(somOere(celle(tilCsv, r0 + i, ataKol))).toBe(forventetAta(t).toFixed(2));
      });
      expect(celle(tilCsv, r0, ataKol)).toBe("335.78");
      expect(celle(tilCsv, r0 + TILLAEG.length, ataKol)).toBe("");

      BEREGNINGER.forEach((b, i) => {
        const f = forventetBeregning(b);
        const r = r0 + i;
        expect(somOere(celle(tilCsv, r, kolB("ataTimetakst")))).toBe(f.ata.toFixed(2));
        expect(somOere(celle(tilCsv, r, kolB("ugepris")))).toBe(f.ugepris.toFixed(2));
        expect(somOere(celle(tilCsv, r, kolB("uger")))).toBe(f.uger.toFixed(2));
        expect(somOere(celle(tilCsv, r, kolB("samletPris")))).toBe(f.samlet.toFixed(2));
      });
      // Bilag 2: 2,5 hours × 335,78 = 839,45 a week; 12 weeks.
      expect(celle(tilCsv, r0, kolB("ugepris"))).toBe("839.45");
      expect(celle(tilCsv, r0, kolB("uger"))).toBe("12");
      expect(somOere(celle(tilCsv, r0, kolB("samletPris")))).toBe("10073.40");
      expect(celle(tilCsv, r0 + BEREGNINGER.length, kolB("samletPris"))).toBe("");
      // regler.md 2026.3 item 11: the duplicate is not summed; patterns and U+00A0 as the core reads them.
      expect(celle(tilCsv, r0, kolB("ataTimetakst"))).toBe("335.78");
      expect(celle(tilCsv, r0 + 3, kolB("ataTimetakst"))).toBe("465");
      expect(celle(tilCsv, r0 + 4, kolB("ataTimetakst"))).toBe("306");
      expect(celle(tilCsv, r0 + 5, kolB("ataTimetakst"))).toBe("335.78");
      expect(celle(tilCsv, r0 + 6, kolB("ataTimetakst"))).toBe("0");
      expect(celle(tilCsv, r0 + 7, kolB("ataTimetakst"))).toBe("0");
    } finally {
      await fs.rm(mappe, { recursive: true, force: true });
    }
  }, 120_000);
});
