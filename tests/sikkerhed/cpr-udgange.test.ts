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
import {
  CPR_ARKNAVN,
  CPR_FORMER,
  CPR_FORMER_2,
  KORPUS_MAPPE,
  lavKorpus,
  postAf,
  skrivZip,
} from "../../scripts/lav-korpus";
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
    // Issue 16 item 2: invisible characters, any decimal digits, `.`, `_` and runs of spaces.
    ...CPR_FORMER_2,
  ])("finder %j", (cpr) => {
    expect(indeholderCpr(`Borger ${cpr} flytter.`)).toBe(true);
    expect(skjulCpr(`Borger ${cpr} flytter.`)).toBe("Borger [CPR-nummer skjult] flytter.");
  });

  // Only a digit in front blocks the match (a `.` or `,` used to).
  it.each([
    ["cpr.nr.010180-1234", "cpr.nr.[CPR-nummer skjult]"],
    ["cpr.nr.0101801234", "cpr.nr.[CPR-nummer skjult]"],
    ["skema.010180-1234.xlsx", "skema.[CPR-nummer skjult].xlsx"],
    ["nr.,010180-1234,", "nr.,[CPR-nummer skjult],"],
    ["1.010180-1234", "1.[CPR-nummer skjult]"],
    ["320180-0101801234", "320180-[CPR-nummer skjult]"],
  ])("finder CPR-nummeret i %j", (tekst, skjult) => {
    expect(indeholderCpr(tekst)).toBe(true);
    expect(skjulCpr(tekst)).toBe(skjult);
  });

  it("de usynlige tegn skjules med nummeret; intet ciffer bliver tilbage", () => {
    for (const cpr of CPR_FORMER_2) {
      const skjult = skjulCpr(`a ${cpr} b`);
      expect(skjult).toBe("a [CPR-nummer skjult] b");
      expect(skjult).not.toMatch(/\p{Nd}/u);
    }
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
    "1.0101801234", // a decimal number's digits
    "0101801234,5",
    "01018012345",
    "٠١٠١٨٠١٢٣٤٥", // eleven Arabic-Indic digits
    "010180\u00ad12345",
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
    findCprITekst("01\u00ad".repeat(10_000) + "\u200b ".repeat(5000) + "٠١٠١٨٠ ".repeat(3000));
    findCprITekst("010180" + " ".repeat(30_000) + "1234" + "_.".repeat(10_000));
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

  // Issue 16 item 2: a `.` in front of the number used to hide it from the mask.
  it("et filnavn som skema.040404-2468.xlsx skjules i tekst, JSON, --rapport, bilag og læsefejl", async () => {
    const navn = "skema.040404-2468.xlsx";
    const ulaeselig = "ulaeselig.050505_1357.xlsx";
    copyFileSync(path.join(mappe, FILNAVN), path.join(mappe, navn));
    writeFileSync(path.join(mappe, ulaeselig), "ikke en projektmappe");
    const spor = (kanal: string, tekst: string): void => {
      expect({ kanal, spor: tekst.match(/040404|2468|050505|1357/g) }).toEqual({ kanal, spor: null });
      expect({ kanal, fund: findCprITekst(tekst) }).toEqual({ kanal, fund: [] });
    };
    const t = await koer(["valider", navn, ulaeselig, "--rapport", "rapport.060606-2468.xlsx"], { cwd: mappe });
    expect(t.kode).toBe(2);
    expect(t.stdout).toContain("skema.[CPR-nummer skjult].xlsx\n");
    expect(t.stdout).toContain("ulaeselig.[CPR-nummer skjult].xlsx\n  Kunne ikke læses: ");
    expect(t.stderr).toContain("rapport.[CPR-nummer skjult].xlsx");
    spor("tekst", t.stdout + t.stderr);
    spor("--rapport", await allTekst(path.join(mappe, "rapport.060606-2468.xlsx")));
    const j = await koer(["valider", navn, ulaeselig, "--format", "json"], { cwd: mappe });
    const doc = JSON.parse(j.stdout);
    expect(doc.filer.map((f: { fil: string }) => f.fil)).toEqual([
      "skema.[CPR-nummer skjult].xlsx",
      "ulaeselig.[CPR-nummer skjult].xlsx",
    ]);
    spor("json", j.stdout + j.stderr);
    const b = await koer(["bilag", navn, ulaeselig, "--ud", "bilag.070707-2468.xlsx"], { cwd: mappe });
    expect(b.stdout).toContain("bilag.[CPR-nummer skjult].xlsx");
    spor("bilag (stdout)", b.stdout + b.stderr);
    spor("bilag", await allTekst(path.join(mappe, "bilag.070707-2468.xlsx")));
    // An error message that names the path: the output exists and was not written by the tool.
    writeFileSync(path.join(mappe, "fremmed.080808-2468.xlsx"), "x");
    const f = await koer(["valider", navn, "--rapport", "fremmed.080808-2468.xlsx"], { cwd: mappe });
    expect(f.kode).toBe(2);
    expect(f.stderr).toContain("fremmed.[CPR-nummer skjult].xlsx findes allerede");
    spor("fejl", f.stdout + f.stderr);
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
