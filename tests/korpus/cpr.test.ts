/**
 * CPR guard (issue 4): a workbook with CPR numbers in many places (Bemærkninger, a
 * Ydelses-ID, a number column, an enum column, Stamdata, a hidden sheet, outside every
 * table, a number cell, tblOmkostninger's ID) goes through every CLI output channel: text,
 * --format json, the --rapport workbook and the bilag workbook (and its stdout). None may
 * repeat a CPR number found in the input: not with or without the dash or a space, not as
 * a number, and not its 6-digit date part or its 4-digit serial part alone.
 * The task pane is tested elsewhere.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync } from "fs";
import * as path from "path";
import { koer as koerCli } from "../cli/hjaelp";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { findCprITekst, talLignerCpr } from "../../src/core/cpr";
import { cellNumberFormat } from "../../src/core/snapshot";
import { CPR, KORPUS_MAPPE, laesZip, lavKorpus, udpak } from "../../scripts/lav-korpus";

const FIL = "cpr-mange-steder.xlsx";
let mappe: string;
let kilde: string;
/** Every CPR number detected in the input, as its ten digits. */
let fundne: string[];

interface Kanal {
  navn: string;
  tekst: string;
}
const kanaler: Kanal[] = [];

const koer = (argv: string[]) => koerCli(argv, { cwd: mappe });

/** Every cell of every sheet (values, formulas, results), sheet names, and the raw text of every zip part. */
async function alleTekster(fil: string): Promise<string> {
  const data = readFileSync(fil);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const ud: string[] = [];
  let celler = 0;
  for (const ws of wb.worksheets) {
    ud.push(ws.name);
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (c) => {
        celler++;
        ud.push(JSON.stringify(c.value), c.text ?? "");
      }),
    );
  }
  expect(celler).toBeGreaterThan(10); // the scan saw the workbook's cells
  for (const p of laesZip(data)) ud.push(udpak(p).toString("utf8"));
  return ud.join("\n");
}

/** The forms a CPR number could leak in. */
function former(cpr: string): string[] {
  const d6 = cpr.slice(0, 6);
  const d4 = cpr.slice(6);
  return [cpr, `${d6}-${d4}`, `${d6} ${d4}`, String(Number(cpr)), d6, d4];
}

beforeAll(async () => {
  await lavKorpus(undefined, [FIL]);
  kilde = path.join(KORPUS_MAPPE, FIL);
  mappe = mkdtempSync(path.join(KORPUS_MAPPE, "..", "cpr-"));
  // The input, scanned the way persondata-cpr reads it.
  const snapshot = await laesXlsx(readFileSync(kilde));
  const s = new Set<string>();
  for (const ark of snapshot.sheets) {
    ark.values.forEach((r, i) =>
      r.forEach((v, j) => {
        if (typeof v === "string") for (const f of findCprITekst(v)) s.add(v.slice(f.start, f.slut).replace(/\D/g, ""));
        if (typeof v === "number" && talLignerCpr(v, cellNumberFormat(ark, ark.top + i, ark.left + j)))
          s.add(String(v).padStart(10, "0"));
      }),
    );
  }
  fundne = [...s];

  const tekst = await koer(["valider", kilde]);
  expect(tekst.kode).toBe(1);
  kanaler.push({ navn: "valider (tekst)", tekst: tekst.stdout + tekst.stderr });
  const json = await koer(["valider", kilde, "--format", "json", "--rapport", "rapport.xlsx"]);
  expect(json.kode).toBe(1);
  JSON.parse(json.stdout);
  kanaler.push({ navn: "valider --format json", tekst: json.stdout + json.stderr });
  kanaler.push({ navn: "--rapport rapport.xlsx", tekst: await alleTekster(path.join(mappe, "rapport.xlsx")) });
  const bilag = await koer(["bilag", kilde, "--ud", "bilag.xlsx"]);
  expect(bilag.kode).toBe(1);
  kanaler.push({ navn: "bilag (stdout)", tekst: bilag.stdout + bilag.stderr });
  kanaler.push({ navn: "bilag.xlsx", tekst: await alleTekster(path.join(mappe, "bilag.xlsx")) });
}, 120_000);

it("finder alle de plantede CPR-numre i inddata (ellers beviser resten intet)", () => {
  const plantede = Object.values(CPR).map((c) => String(c).replace(/\D/g, "").padStart(10, "0"));
  expect([...fundne].sort()).toEqual([...plantede].sort());
});

it("bilaget har taksterne med (kanalen er ikke tom)", () => {
  const b = kanaler.find((k) => k.navn === "bilag.xlsx")!.tekst;
  expect(b).toContain("Længerevarende botilbud");
  expect(b).toContain("[CPR-nummer skjult]");
});

describe.each(["valider (tekst)", "valider --format json", "--rapport rapport.xlsx", "bilag (stdout)", "bilag.xlsx"])(
  "%s",
  (navn) => {
    it("gentager intet CPR-nummer, hverken helt eller i dele", () => {
      const tekst = kanaler.find((k) => k.navn === navn)!.tekst;
      expect(tekst.length).toBeGreaterThan(100);
      const laek: string[] = [];
      for (const cpr of fundne) {
        for (const form of former(cpr)) if (tekst.includes(form)) laek.push(form);
      }
      expect(laek).toEqual([]);
    });
  },
);

// felt-ugyldig-vaerdi quotes the cell shortened to 37 characters; the reader masks CPR numbers
// before it shortens, so a number straddling the cut cannot leave its date part behind.
it("et CPR-nummer, som citatet skærer over, efterlader ikke sin datodel", () => {
  const d6 = CPR.afkortet.slice(0, 6);
  for (const k of kanaler) expect(k.tekst).not.toContain(d6);
});
