/**
 * Issue 9 item 6: CPR numbers are recognised in the forms people type (after NFKC, with
 * flexible separators) without flagging amounts, dates or Ydelses-IDs, and are masked at every
 * output boundary: file and sheet names in CLI text and JSON, --rapport, the bilag's Fund
 * sheet, and a library's error text (never passed on raw).
 */
import ExcelJS from "exceljs";
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { findCprITekst, indeholderCpr, skjulCpr } from "../../src/core/cpr";
import { CPR_ARKNAVN, CPR_FORMER, KORPUS_MAPPE, lavKorpus, postAf, skrivZip } from "../../scripts/lav-korpus";
import { koer, tmpMappe } from "../cli/hjaelp";

describe("mønsteret", () => {
  it.each([
    ...CPR_FORMER,
    "0101801234",
    "010180-1234",
    "010180 1234",
    "01-01-80-1234",
    "01 01 80 1234",
    "010180\u20121234",
    "010180\u22121234",
    "010180\u202f1234",
    "𝟎𝟏𝟎𝟏𝟖𝟎-𝟏𝟐𝟑𝟒",
  ])("finder %j", (cpr) => {
    expect(indeholderCpr(`Borger ${cpr} flytter.`)).toBe(true);
    expect(skjulCpr(`Borger ${cpr} flytter.`)).toBe("Borger [CPR-nummer skjult] flytter.");
  });

  it.each([
    "1.234.567,89",
    "2.450,00 kr.",
    "101.180.123",
    "01.01.2026",
    "01-01-2026",
    "1/1/2026",
    "01.01.2026-31.12.2026",
    "010126-311226",
    "B108-1",
    "A3-104",
    "SEL § 108, stk. 1",
    "Tlf. 98 12 34 56",
    "CVR 12345678",
    "0,1503851234",
    "15038512345",
    "kr. 3.112.991.234",
    "Takst 2.390 → 2.450 (2,5 %)",
    "P-nr. 1013345678", // month 13 (a real P-nummer can look like a CPR number)
    "311399-1234", // month 13
    "290223-1234", // 29 February 2023 (serial 1: 1900s; 1923 is no leap year)
  ])("finder ikke %j", (tekst) => {
    expect(findCprITekst(tekst)).toEqual([]);
  });

  it("en lang tekst med tal og mellemrum skannes lineært", () => {
    const t0 = performance.now();
    findCprITekst("010180 ".repeat(5000) + " ".repeat(30_000) + "x");
    findCprITekst("0101 80 12 ".repeat(3000));
    expect(performance.now() - t0).toBeLessThan(3000); // linear: milliseconds; the quadratic form took minutes
  });
});

describe("ved hver udgang", () => {
  let mappe: string;
  const FILNAVN = "borger 030303-4321.xlsx";
  /** The digits of every CPR number in the input (file name, sheet name, cells). */
  const SPOR = [/030303/, /020280/, /010180/, /01\.01\.80/, /4321/, /5678/, /1234/];

  function tjekUdenCpr(kanal: string, tekst: string): void {
    const n = tekst.normalize("NFKC");
    expect({ kanal, fund: findCprITekst(n) }).toEqual({ kanal, fund: [] });
    for (const s of SPOR) expect({ kanal, spor: s.test(n) ? s.source : null }).toEqual({ kanal, spor: null });
  }

  async function allTekst(fil: string): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(fil) as unknown as ExcelJS.Buffer);
    const ud: string[] = [];
    for (const ws of wb.worksheets) {
      ud.push(ws.name);
      ws.eachRow((r) => r.eachCell((c) => ud.push(String(c.text))));
    }
    return ud.join("\n");
  }

  beforeAll(async () => {
    mappe = tmpMappe("cpr-udgange");
    const k = await lavKorpus(KORPUS_MAPPE, ["cpr-former.xlsx"]);
    copyFileSync(k["cpr-former.xlsx"], path.join(mappe, FILNAVN));
  });

  it("tekst, JSON, --rapport og takstbilaget (også Fund-arket) nævner hverken filens, arkets eller cellernes CPR-numre", async () => {
    const t = await koer(["valider", FILNAVN, "--rapport", "rapport.xlsx"], { cwd: mappe });
    expect(t.kode).toBe(1);
    expect(t.stdout).toContain("borger [CPR-nummer skjult].xlsx\n");
    expect(t.stdout).toContain(`${skjulCpr(CPR_ARKNAVN)}!A1 · `);
    tjekUdenCpr("tekst", t.stdout + t.stderr);
    const j = await koer(["valider", FILNAVN, "--format", "json"], { cwd: mappe });
    const doc = JSON.parse(j.stdout);
    expect(doc.filer[0].fil).toBe("borger [CPR-nummer skjult].xlsx");
    expect(doc.filer[0].fund.map((f: { ark: string }) => f.ark)).toContain("Borger [CPR-nummer skjult]");
    tjekUdenCpr("json", j.stdout + j.stderr);
    tjekUdenCpr("--rapport", await allTekst(path.join(mappe, "rapport.xlsx")));
    const b = await koer(["bilag", FILNAVN, "--ud", "bilag.xlsx"], { cwd: mappe });
    tjekUdenCpr("bilag (stdout)", b.stdout + b.stderr);
    const bilag = await allTekst(path.join(mappe, "bilag.xlsx"));
    expect(bilag).toContain("borger [CPR-nummer skjult].xlsx");
    tjekUdenCpr("bilag", bilag);
  }, 120_000);

  it("en biblioteksfejl gives ikke videre: en zip-del med CPR i navnet og ukendt komprimering", async () => {
    // Compression method 99: JSZip's error quotes the part's name.
    const ukendt = { ...postAf("xl/borger-010180-1234.xml", Buffer.from("<x/>")), metode: 99 };
    const fil = skrivZip([ukendt, postAf("xl/workbook.xml", Buffer.from('<?xml version="1.0"?><workbook/>'))]);
    const fejl = await laesXlsx(fil).catch((x: Error) => x);
    expect(fejl).toBeInstanceOf(Error);
    expect((fejl as Error).message).not.toMatch(/010180|1234|compression|Corrupted/);
    writeFileSync(path.join(mappe, "ukendt.xlsx"), fil);
    const r = await koer(["valider", "ukendt.xlsx", "--format", "json"], { cwd: mappe });
    expect(r.kode).toBe(2);
    tjekUdenCpr("læsefejl", r.stdout + r.stderr);
  });
});
