/**
 * The task pane's "Byg takstbilag" writes the takstbilag with stroem-browser.ts (webpack puts
 * it in place of stroem.ts in the browser). Here both writers get the same input, from the
 * bundled submissions checked as `takstskema bilag` checks them, and the two workbooks must
 * agree in every sheet, cell value, formula, number format, merge and table.
 */
import { readdirSync, readFileSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import {
  bilagDel,
  bilagInput,
  findDubletter,
  type BilagDel,
  type FilResultat,
} from "../../src/adapters/xlsx/bilag-dele";
import { kontrollerXlsx } from "../../src/adapters/xlsx/kontroller";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { skrivBilag, type BilagInput } from "../../src/adapters/xlsx/skriv-bilag";
import { aftaleFor, hentProfil, STANDARD_PROFIL_ID } from "../../src/core/profil/register";

const INDSENDT = path.join(__dirname, "..", "..", "examples", "indsendt");
const valg = { profil: hentProfil(STANDARD_PROFIL_ID), aftale: aftaleFor(STANDARD_PROFIL_ID) };

async function input(): Promise<BilagInput> {
  const dele: BilagDel[] = [];
  const resultater: FilResultat[] = [];
  for (const navn of readdirSync(INDSENDT).sort()) {
    const k = await kontrollerXlsx(readFileSync(path.join(INDSENDT, navn)), `indsendt/${navn}`, valg);
    resultater.push(k.resultat);
    if ("resultat" in k.resultat)
      dele.push(bilagDel({ fil: k.resultat.fil, skema: k.skema!, resultat: k.resultat.resultat }));
  }
  const d = findDubletter(dele);
  return { ...bilagInput(dele, resultater, valg, d.advarsler), dato: new Date(2026, 9, 15) };
}

/** skrivBilag with stroem-browser.ts in place of stroem.ts, as webpack builds it for the pane. */
function browserSkrivBilag(): typeof skrivBilag {
  let skriv!: typeof skrivBilag;
  jest.isolateModules(() => {
    jest.doMock("../../src/adapters/xlsx/stroem", () => jest.requireActual("../../src/adapters/xlsx/stroem-browser"));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    skriv = require("../../src/adapters/xlsx/skriv-bilag").skrivBilag;
  });
  return skriv;
}

let node: Uint8Array;
let browser: Uint8Array;
beforeAll(async () => {
  const i = await input();
  node = await skrivBilag(i);
  browser = await browserSkrivBilag()(i);
});

it("browserens takstbilag har de samme ark, celleværdier, formler, formater og tabeller som kommandolinjens", async () => {
  const a = await laesXlsx(node);
  const b = await laesXlsx(browser);
  expect(b.sheets.map((s) => [s.name, s.visibility])).toEqual(a.sheets.map((s) => [s.name, s.visibility]));
  expect(a.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Oversigt", "Takstbilag", "Fund"]));
  for (let i = 0; i < a.sheets.length; i++) {
    expect({ ark: b.sheets[i].name, values: b.sheets[i].values }).toEqual({
      ark: a.sheets[i].name,
      values: a.sheets[i].values,
    });
    expect(b.sheets[i].formulas ?? null).toEqual(a.sheets[i].formulas ?? null);
    expect(b.sheets[i].numberFormats ?? null).toEqual(a.sheets[i].numberFormats ?? null);
    expect([...(b.sheets[i].merges ?? [])].sort()).toEqual([...(a.sheets[i].merges ?? [])].sort());
  }
  expect(b.tables).toEqual(a.tables);
  expect(a.tables.map((t) => t.name)).toContain("tblTakstbilag");
  // 20 takster from the five bundled submissions.
  const takstbilag = a.sheets.find((s) => s.name === "Takstbilag")!;
  expect(takstbilag.values.length).toBeGreaterThanOrEqual(21);
});

it("browserens takstbilag har grafen, og ExcelJS åbner det", async () => {
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(browser);
  const navne = Object.keys(zip.files);
  expect(navne).toEqual(
    expect.arrayContaining(["xl/charts/chart1.xml", "xl/drawings/drawing1.xml", "xl/tables/table1.xml"]),
  );
  const typer = await zip.file("[Content_Types].xml")!.async("string");
  expect(typer).toContain('PartName="/xl/charts/chart1.xml"');
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(browser) as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet("Takstbilag")).toBeDefined();
});
