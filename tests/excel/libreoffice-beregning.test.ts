/**
 * The fake stays honest (issue h22): what it calculates for the template's formulas
 * (tblOmkostninger's Takstberegningsgrundlag, tblTillaeg's ATA-timetakst, tblTillaegsberegning's
 * lookup, Ugepris, Uger and Samlet pris, the takstbilag's Ændring kr. and Ændring pct.) is what
 * LibreOffice Calc calculates for the same workbook. The workbook is the template filled in
 * with awkward data (bilag 2's example, a half øre, duplicates, wildcards, U+00A0, case, a tab,
 * an unknown pair, a negative tillægsydelse, a zero base); the fake writes every formula anew,
 * as the pane does, and LibreOffice recalculates all on load. Without soffice the test fails and
 * says how to install it (as tests/adapters/xlsx/libreoffice-formler.test.ts).
 */
import ExcelJS from "exceljs";
import { findSoffice, genberegnetCsv, parseCsv } from "../hjaelp/libreoffice";
import { promises as fs } from "fs";
import * as os from "os";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { SKABELON_LAYOUT, skrivSkabelon } from "../../src/adapters/xlsx/skriv-skabelon";
import { a1 } from "../../src/core/adresse";
import { aendringKrFormel, aendringPctFormel, kolonneBogstaverFor } from "../../src/core/skema/formler";
import { TBL_OMKOSTNINGER, TBL_TAKSTBILAG, TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { cellFormula, cellValue, type CellValue } from "../../src/core/snapshot";
import { lavFakeExcel } from "../../src/excel/fake";
import { standardValg } from "../hjaelp/valider";

const SOFFICE = findSoffice();

const utcDato = (aar: number, maaned: number, dag: number) => new Date(Date.UTC(aar, maaned - 1, dag));

const OMKOSTNINGER: (string | number)[][] = [
  ["A1-108", 5000000.55, 3500000, 600000.1, 500000, 100000, 600000, 200000, 10000.25, 18000, 0, 0],
  ["A2-104", 2500000, 1800000, 400000, 300000, 50000, 200000, 54000, 0, 0, 12345.67, 45000.5],
];

/** Personalekategori, Tidsrum, Timeomkostning, Fraværskorrektion, Døgnkoefficient, VFO. */
const TILLAEG: (string | number)[][] = [
  ["Socialpædagog", "Hverdag 17-23", 206, 0.33, 0.25, 0.05],
  ["Socialpædagog", "Hverdag 06-17", 206, 0.33, 0, 0.05],
  ["Social- og sundhedsassistent", "Nat 23-06", 199.99, 0.3, 0.15, 0.05],
  ["Socialpædagog", "Hverdag 17-23", 206, 0.33, 0.25, 0.05],
  ["Leder X ?~ <1", "Weekend og helligdag", 250, 0.3, 0.25, 0.05],
  ["Leder * ?~ <1", "Weekend og helligdag", 300, 0.3, 0.2, 0.05],
  ["Pædagogisk\u00a0assistent", "Nat 23-06", 180, 0.35, 0.3, 0.05],
];

/** Beskrivelse, Personalekategori, Tidsrum, Timer pr. uge, Startdato, Slutdato. */
const BEREGNINGER: (string | number | Date)[][] = [
  ["Støtte efter aktivitetstilbud", "Socialpædagog", "Hverdag 17-23", 2.5, utcDato(2026, 1, 5), utcDato(2026, 3, 29)],
  ["Ledsagelse", "Socialpædagog", "Hverdag 06-17", 1.5, utcDato(2026, 2, 1), utcDato(2026, 6, 30)],
  ["Reduceret støtte", "Social- og sundhedsassistent", "Nat 23-06", -1, utcDato(2026, 3, 1), utcDato(2026, 3, 31)],
  ["Weekendstøtte", "Leder * ?~ <1", "Weekend og helligdag", 2, utcDato(2026, 1, 5), utcDato(2026, 1, 11)],
  ["Nattevagt", " PÆDAGOGISK \u00a0 assistent ", "nat  23-06", 1, utcDato(2026, 1, 5), utcDato(2026, 1, 11)],
  ["Hårde mellemrum", "\u00a0\u00a0SOCIALPÆDAGOG\u00a0", "HVERDAG 17-23", 1, utcDato(2026, 1, 5), utcDato(2026, 1, 11)],
  ["Tabulatortegn", "Socialpædagog\t", "Hverdag 17-23", 1, utcDato(2026, 1, 5), utcDato(2026, 1, 11)],
  ["Ukendt kategori", "Leder", "Weekend og helligdag", 1, utcDato(2026, 1, 5), utcDato(2026, 1, 11)],
  ["Kun kategori", "Socialpædagog", "Hverdag 17-23", 3, utcDato(2026, 1, 5), null as unknown as Date],
];

/** Takst sidste år, Takst: an increase, a decrease, a zero base, a missing base, a missing takst. */
const BILAG: (number | null)[][] = [
  [1950, 2000],
  [2000.01, 1999.99],
  [0, 100],
  [null, 100],
  [1234.5, null],
  [3, 1],
];

describe("fake'en regner skabelonens formler som LibreOffice", () => {
  it("hver formel giver samme værdi i fake'en som i LibreOffice Calc", async () => {
    if (!SOFFICE) {
      throw new Error(
        "soffice (LibreOffice) mangler: kør bash scripts/systemvaerktoejer.sh (som root), eller apt-get install libreoffice-calc-nogui.",
      );
    }
    const mappe = await fs.mkdtemp(path.join(os.tmpdir(), "takstskema-fake-lo-"));
    try {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(await skrivSkabelon({ takstaar: 2026, tommeRaekker: 10, ...standardValg() }));
      const r0 = SKABELON_LAYOUT.overskriftRaekke + 1;
      const omk = wb.getWorksheet("Omkostninger")!;
      const omkInput = TBL_OMKOSTNINGER.kolonner.map((k, c) => ({ k, c })).filter(({ k }) => k.key !== "grundlag");
      OMKOSTNINGER.forEach((r, i) => omkInput.forEach(({ c }, j) => (omk.getCell(r0 + i, 1 + c).value = r[j])));
      const till = wb.getWorksheet("Tillægsydelser")!;
      TILLAEG.forEach((r, i) =>
        r.forEach((v, j) => (till.getCell(r0 + i, SKABELON_LAYOUT.tillaegVenstre + j).value = v)),
      );
      const kolB = (key: string) =>
        SKABELON_LAYOUT.tillaegsberegningVenstre + TBL_TILLAEGSBEREGNING.kolonner.findIndex((k) => k.key === key);
      const bInput = ["beskrivelse", "personalekategori", "tidsrum", "timerPrUge", "startdato", "slutdato"];
      BEREGNINGER.forEach((r, i) => r.forEach((v, j) => (till.getCell(r0 + i, kolB(bInput[j])).value = v)));
      // The takstbilag's two formula columns, laid out as tblTakstbilag from column A.
      const bilag = wb.addWorksheet("Bilag");
      const kT = kolonneBogstaverFor(TBL_TAKSTBILAG);
      const kol = (key: string) => 1 + TBL_TAKSTBILAG.kolonner.findIndex((k) => k.key === key);
      BILAG.forEach(([gl, ny], i) => {
        const r = 2 + i;
        bilag.getCell(r, kol("takstSidsteAar")).value = gl;
        bilag.getCell(r, kol("takst")).value = ny;
        bilag.getCell(r, kol("aendringKr")).value = { formula: aendringKrFormel(r, kT).slice(1) } as ExcelJS.CellValue;
        bilag.getCell(r, kol("aendringPct")).value = {
          formula: aendringPctFormel(r, kT).slice(1),
        } as ExcelJS.CellValue;
      });
      const xlsx = path.join(mappe, "udfyldt.xlsx");
      await wb.xlsx.writeFile(xlsx);

      // The fake: every formula written anew, as the pane writes them (one range per sheet).
      const fake = lavFakeExcel(await laesXlsx(await fs.readFile(xlsx)));
      const arkene = ["Omkostninger", "Tillægsydelser", "Bilag"];
      await fake.run(async (context) => {
        for (const navn of arkene) {
          const s = fake.snapshot().sheets.find((a) => a.name === navn)!;
          const formler = s.values.map((raekke, r) => raekke.map((_, c) => cellFormula(s, s.top + r, s.left + c)));
          const omr = `${a1(s.top, s.left)}:${a1(s.top + s.values.length - 1, s.left + s.values[0].length - 1)}`;
          context.workbook.worksheets.getItem(navn).getRange(omr).formulas = formler;
        }
        await context.sync();
      });
      const efter = fake.snapshot();

      const ud = await genberegnetCsv(SOFFICE, xlsx, mappe);

      let formler = 0;
      const forskelle: string[] = [];
      for (const navn of arkene) {
        const csv = parseCsv(await fs.readFile(path.join(ud, `udfyldt-${navn}.csv`), "utf8"));
        const s = efter.sheets.find((a) => a.name === navn)!;
        for (let r = s.top; r < s.top + s.values.length; r++) {
          for (let c = s.left; c < s.left + s.values[0].length; c++) {
            if (!cellFormula(s, r, c)) continue;
            formler++;
            const lo = csv[r - 1]?.[c - 1] ?? "";
            const v: CellValue = cellValue(s, r, c);
            const ens =
              typeof v === "number"
                ? lo !== "" && Math.abs(Number(lo) - v) <= 1e-9 * Math.max(1, Math.abs(v))
                : (v ?? "") === lo;
            if (!ens)
              forskelle.push(`${navn}!${a1(r, c)}: fake ${JSON.stringify(v)}, LibreOffice ${JSON.stringify(lo)}`);
          }
        }
      }
      expect(forskelle).toEqual([]);
      // Every formula: the template's tables have 10 rows each (filled in from the top, the rest
      // blank), one formula column in tblOmkostninger and tblTillaeg, four in tblTillaegsberegning.
      expect(formler).toBe(10 + 10 + 4 * 10 + 2 * BILAG.length);
      // Bilag 2 in the fake, by hand: 335,78 kr. an hour, 839,45 a week, 12 weeks, 10.073,40 kr.
      const t = efter.sheets.find((a) => a.name === "Tillægsydelser")!;
      expect(["ataTimetakst", "ugepris", "uger", "samletPris"].map((k) => cellValue(t, r0, kolB(k)))).toEqual([
        335.78, 839.45, 12, 10073.4,
      ]);
      expect(cellValue(t, r0 + 2, SKABELON_LAYOUT.tillaegVenstre + 6)).toBe(299.99);
    } finally {
      await fs.rm(mappe, { recursive: true, force: true });
    }
  }, 150_000);
});
