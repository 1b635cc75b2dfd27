/**
 * Issue 16 item 2, round three (the attacker's c1–c12): a CPR number shown by a number
 * format (its literal text, or a number rendered through its placeholders), a formula's
 * result or text, a table name, a prefixed header, a text box in a drawing, a hyperlink's
 * screen tip. The format and table checks read the snapshot, so they hold for the task pane
 * (Office.js) too; drawings and hyperlinks are read from the .xlsx only.
 */
import regel from "../../src/core/regler/skema/persondata-cpr";
import { koerRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import type { CellValue, SnapshotSheet } from "../../src/core/snapshot";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import {
  findCprITekst,
  formatLiteralTekst,
  indeholderCpr,
  talLignerCpr,
  visHeltal,
  visTekst,
} from "../../src/core/cpr";
import { laesTekster } from "../../src/adapters/xlsx/tekster";
import { postAf, skrivZip } from "../../scripts/lav-korpus";
import { nyBog, validerSomRuden } from "./hjaelp";

function medCeller(celler: { v: CellValue; nf?: string; f?: string }[]) {
  const ark: SnapshotSheet = {
    name: "Noter",
    top: 1,
    left: 1,
    values: celler.map((c) => [c.v]),
    numberFormats: celler.map((c) => [c.nf ?? null]),
    formulas: celler.map((c) => [c.f ?? null]),
  };
  return { ...gyldigtSkema(), ekstraArk: [ark] };
}

const fund = (celler: { v: CellValue; nf?: string; f?: string }[]) =>
  koerRegel(regel, { navn: "x", skema: medCeller(celler) })
    .filter((f) => f.ark === "Noter")
    .map((f) => `${f.celle} ${f.besked.slice(0, 30)}`);

describe("talformater", () => {
  it("et tal gengives gennem formatets pladsholdere og faste tekst", () => {
    expect(visHeltal(101801234, '00"."00"."00"-"0000')).toBe("01.01.80-1234");
    expect(visHeltal(1501801234, "######-####")).toBe("150180-1234");
    expect(visHeltal(1501801234, "00\\.00\\.00\\-0000")).toBe("15.01.80-1234");
    expect(visHeltal(1234, '"010180-"0000')).toBe("010180-1234");
    expect(visHeltal(5, "000")).toBe("005");
    expect(visHeltal(5, "#,##0")).toBeNull();
    expect(visHeltal(5, "dd-mm-yyyy")).toBeNull();
    expect(formatLiteralTekst('0;0;0;@" (cpr 010180-1234)"')).toContain("010180-1234");
    expect(visTekst("010180", '@"-1234"')).toBe("010180-1234");
  });

  it("c1/c1b/c1c: et tal, som formatet viser som et CPR-nummer, meldes (også når ExcelJS har fjernet skråstregerne)", () => {
    expect(talLignerCpr(101801234, '00"."00"."00"-"0000')).toBe(true);
    expect(talLignerCpr(1501801234, "######-####")).toBe(true);
    expect(talLignerCpr(1501801234, "00\\.00\\.00\\-0000")).toBe(true);
    expect(talLignerCpr(1501801234, "00.00.00-0000")).toBe(true);
    expect(fund([{ v: 101801234, nf: '00"."00"."00"-"0000' }])).toEqual(["A1 Cellen ser ud til at indeholde"]);
  });

  it("c11: fast tekst i et talformat meldes i cellen, der bruger det, uanset værdien", () => {
    expect(fund([{ v: "Jens Hansen", nf: '0;0;0;@" (cpr 010180-1234)"' }])).toEqual([
      "A1 Cellens talformat viser en tek",
    ]);
    expect(fund([{ v: "010180", nf: '@"-1234"' }])).toEqual(["A1 Cellen ser ud til at indeholde"]);
  });

  it("c9: en formels resultat, som formatet viser som et CPR-nummer, og en formel, der selv er tallet eller rummer det (c5)", () => {
    expect(fund([{ v: 1501801234, f: "=1501801234" }])).toEqual(["A1 Cellen ser ud til at indeholde"]);
    expect(fund([{ v: 1501801234, f: "=A5*10", nf: "######-####" }])).toEqual(["A1 Cellen ser ud til at indeholde"]);
    expect(fund([{ v: "", f: '=IF(FALSE,"010180-1234","")' }])).toEqual(["A1 Cellen ser ud til at indeholde"]);
  });

  it("ingen falske fund: beløb, datoer, procenter og beregnede beløb", () => {
    expect(
      fund([
        { v: 1503851234, nf: "#,##0" },
        { v: 1503851234, nf: '#,##0.00 "kr."' },
        { v: 1503851234, nf: "0.00" },
        { v: 1503851234, f: "=A1*10" },
        { v: 105012345, nf: "0" },
        { v: 45000, nf: "dd-mm-yyyy" },
        { v: 0.25, nf: "0.0%" },
        { v: 2450, nf: '"Takst "0" kr."' },
      ]),
    ).toEqual([]);
  });
});

it("c12: en tabel, hvis navn rummer et CPR-nummer, meldes ved tabellens første celle", () => {
  const s = bygSnapshot(gyldigtSkema());
  s.tables.push({ name: "Borger_010180_1234", sheet: "Ydelser", ref: "S1:T3" });
  expect(koerRegel(regel, { navn: "x", skema: s }).map((f) => `${f.ark}!${f.celle} ${f.besked.slice(0, 25)}`)).toEqual([
    "Ydelser!S1 Tabellens navn ser ud til",
  ]);
});

describe("kanaler i .xlsx-filen", () => {
  const WB = `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ydelser" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  const RELS = `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;
  const bog = (ark: string, ekstra: ReturnType<typeof postAf>[] = []) =>
    skrivZip([
      postAf("xl/workbook.xml", Buffer.from(WB)),
      postAf("xl/_rels/workbook.xml.rels", Buffer.from(RELS)),
      postAf("xl/worksheets/sheet1.xml", Buffer.from(ark)),
      ...ekstra,
    ]);

  it("c4: et sidehoved og en datavalidering med navnerumspræfiks læses", async () => {
    const ark = `<s:worksheet xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><s:sheetData/><s:dataValidations count="1"><s:dataValidation sqref="C3" prompt="Borger 030303-4321"/></s:dataValidations><s:headerFooter><s:oddHeader>&amp;Ccpr 010180-1234</s:oddHeader></s:headerFooter></s:worksheet>`;
    expect(await laesTekster(bog(ark), (n) => n)).toEqual([
      { art: "datavalidering", ark: "Ydelser", celle: "C3", tekst: "Borger 030303-4321" },
      { art: "sidehoved", ark: "Ydelser", tekst: "&Ccpr 010180-1234" },
    ]);
  });

  it("c3: et links skærmtip og viste tekst læses ved linkets celle", async () => {
    const ark = `<worksheet><sheetData/><hyperlinks><hyperlink ref="B2" r:id="rId3" tooltip="Jens Hansen 010180-1234" display="Se 020280-5678"/></hyperlinks></worksheet>`;
    expect(await laesTekster(bog(ark), (n) => n)).toEqual([
      { art: "hyperlink", ark: "Ydelser", celle: "B2", tekst: "Jens Hansen 010180-1234" },
      { art: "hyperlink", ark: "Ydelser", celle: "B2", tekst: "Se 020280-5678" },
    ]);
  });

  it("c2: en tekstboks i arkets tegning læses under arket, også delt over flere tekststykker", async () => {
    const tegning = `<xdr:wsDr xmlns:xdr="x" xmlns:a="y"><xdr:twoCellAnchor><xdr:sp><xdr:txBody><a:p><a:r><a:t>Kontakt: cpr 0101</a:t></a:r><a:r><a:t>80-1234</a:t></a:r></a:p></xdr:txBody></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>`;
    const rels = `<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>`;
    const tekster = await laesTekster(
      bog(`<worksheet><sheetData/><drawing r:id="rId9"/></worksheet>`, [
        postAf("xl/worksheets/_rels/sheet1.xml.rels", Buffer.from(rels)),
        postAf("xl/drawings/drawing1.xml", Buffer.from(tegning)),
      ]),
      (n) => n,
    );
    expect(tekster).toEqual([{ art: "tegning", ark: "Ydelser", tekst: "Kontakt: cpr 010180-1234" }]);
    const s = { ...bygSnapshot(gyldigtSkema()), tekster };
    expect(
      koerRegel(regel, { navn: "x", skema: s }).map((f) => `${f.ark}!${f.celle} ${f.besked.slice(0, 20)}`),
    ).toEqual(["Ydelser!A1 En tekstboks eller f"]);
  });
});

describe("c6 og c7", () => {
  it("c6: kombinerende tegn (U+0300–U+036F) mellem cifrene fjernes før søgningen", () => {
    const t = "cpr " + [..."010180-1234"].map((c) => c + "\u0332").join("");
    expect(findCprITekst(t)).toEqual([{ start: 4, slut: t.length }]);
    expect(indeholderCpr("Ren\u0301e 2.450,00 kr.")).toBe(false);
  });

  it("c7: datoen med firecifret årstal og løbenummer, når årstallet passer med løbenummerets 7. ciffer", () => {
    expect(findCprITekst("født 01-01-1980-1234")).toEqual([{ start: 5, slut: 20 }]);
    expect(indeholderCpr("født 01.01.2010/4321")).toBe(true);
    // A date followed by a number whose 7th digit gives another century; a plain date with an amount.
    expect(indeholderCpr("Fra 01-01-2026-1234")).toBe(false);
    expect(indeholderCpr("Pr. 01.01.2026 4.500 kr.")).toBe(false);
    expect(indeholderCpr("01.01.2026 1234")).toBe(false);
  });
});

// The task pane reads values, formulas, number formats and tables through Office.js into the
// same snapshot: the format, formula and table-name checks hold there too.
it("opgaveruden (Office.js): talformat, formel og tabelnavn findes som i .xlsx-læseren", async () => {
  const s = bygSnapshot(
    medCeller([
      { v: 101801234, nf: '00"."00"."00"-"0000' },
      { v: 1501801234, f: "=1501801234" },
    ]),
  );
  s.tables.push({ name: "Borger_010180_1234", sheet: "Noter", ref: "C1:D3" });
  const { bog } = nyBog(s);
  const { resultat } = await validerSomRuden(bog);
  expect(
    resultat.fund
      .filter((f) => f.regel === "persondata-cpr")
      .map((f) => `${f.ark}!${f.celle}`)
      .sort(),
  ).toEqual(["Noter!A1", "Noter!A2", "Noter!C1"]);
});
