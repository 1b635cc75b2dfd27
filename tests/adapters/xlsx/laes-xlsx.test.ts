import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as os from "os";
import * as path from "path";
import { promises as fs } from "fs";
import { laesXlsx, XlsxLaesefejl, datoTilSerial } from "../../../src/adapters/xlsx/laes-xlsx";
import { laesXlsxFil } from "../../../src/adapters/xlsx/fil";
import { cellFormula, cellNumberFormat, cellValue, findSheet, type WorkbookSnapshot } from "../../../src/core/snapshot";

async function somBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}

function ark(s: WorkbookSnapshot, navn: string) {
  const a = findSheet(s, navn);
  if (!a) throw new Error(`mangler ark ${navn}`);
  return a;
}

describe("laesXlsx: værdier, formler og formater", () => {
  let snapshot: WorkbookSnapshot;

  beforeAll(async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    // Used range starts at C3, so top/left must be 3/3.
    ws.getCell("C3").value = "Tekst";
    ws.getCell("D3").value = 1234.5;
    ws.getCell("D3").numFmt = '#,##0.00 "kr."';
    ws.getCell("E3").value = true;
    ws.getCell("F3").value = 0.96;
    ws.getCell("F3").numFmt = "0.0%";
    ws.getCell("C4").value = { formula: "D3*2", result: 2469 };
    ws.getCell("D4").value = { formula: "D3-D3", result: 0 };
    ws.getCell("E4").value = { formula: 'IF(D3>0,"","x")', result: "" };
    ws.getCell("F4").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
    ws.getCell("C5").value = new Date(Date.UTC(2026, 0, 5));
    ws.getCell("C5").numFmt = "dd-mm-yyyy";
    ws.getCell("D5").value = new Date(Date.UTC(2026, 0, 5, 12, 0, 0));
    ws.getCell("D5").numFmt = "dd-mm-yyyy hh:mm";
    ws.getCell("E5").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("F5").value = { richText: [{ text: "Fed " }, { text: "tekst", font: { bold: true } }] };
    ws.getCell("C6").value = { text: "Tilbudsportalen", hyperlink: "https://tilbudsportalen.dk" };
    // Shared formula: C7 is the master, D7:F7 its slaves.
    ws.getCell("C7").value = {
      formula: 'C3&"!"',
      result: "Tekst!",
      shareType: "shared",
      ref: "C7:E7",
    } as ExcelJS.CellFormulaValue;
    ws.getCell("D7").value = { sharedFormula: "C7", result: "1234.5!" } as ExcelJS.CellSharedFormulaValue;
    ws.getCell("E7").value = { sharedFormula: "C7", result: "TRUE!" } as ExcelJS.CellSharedFormulaValue;
    ws.mergeCells("C8:E9");
    ws.getCell("C8").value = "Flettet";
    ws.addTable({
      name: "tblTest",
      ref: "H3",
      headerRow: true,
      columns: [{ name: "Ydelses-ID" }, { name: "Takst" }],
      rows: [
        ["A1", 100],
        ["A2", 200],
      ],
    });
    ws.addTable({
      name: "tblUdenOverskrift",
      ref: "H8",
      headerRow: false,
      columns: [{ name: "Kolonne1" }, { name: "Kolonne2" }],
      rows: [["x", 1]],
    });
    const skjult = wb.addWorksheet("Skjult", { state: "hidden" });
    skjult.getCell("A1").value = 1;
    const megetSkjult = wb.addWorksheet("MegetSkjult", { state: "veryHidden" });
    megetSkjult.getCell("A1").value = 2;
    const beskyttet = wb.addWorksheet("Beskyttet");
    beskyttet.getCell("A1").value = 3;
    await beskyttet.protect("hemmelig", {});
    wb.addWorksheet("Tom");
    snapshot = await laesXlsx(await somBuffer(wb));
  });

  it("keeps the sheets in workbook order", () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual(["Data", "Skjult", "MegetSkjult", "Beskyttet", "Tom"]);
  });

  it("anchors the dense grid at the used range", () => {
    const s = ark(snapshot, "Data");
    expect(s.top).toBe(3);
    expect(s.left).toBe(3);
    expect(s.values.length).toBe(7); // rows 3..9
    for (const r of s.values) expect(r.length).toBe(7); // columns C..I
    expect(s.formulas?.length).toBe(7);
    expect(s.numberFormats?.length).toBe(7);
  });

  it("reads plain values and number formats", () => {
    const s = ark(snapshot, "Data");
    expect(cellValue(s, 3, 3)).toBe("Tekst");
    expect(cellValue(s, 3, 4)).toBe(1234.5);
    expect(cellNumberFormat(s, 3, 4)).toBe('#,##0.00 "kr."');
    expect(cellValue(s, 3, 5)).toBe(true);
    expect(cellValue(s, 3, 6)).toBe(0.96);
    expect(cellNumberFormat(s, 3, 6)).toBe("0.0%");
    expect(cellNumberFormat(s, 3, 3)).toBeNull();
  });

  it("gives formulas with a leading = and their cached results, also 0 and empty text", () => {
    const s = ark(snapshot, "Data");
    expect(cellFormula(s, 4, 3)).toBe("=D3*2");
    expect(cellValue(s, 4, 3)).toBe(2469);
    expect(cellFormula(s, 4, 4)).toBe("=D3-D3");
    expect(cellValue(s, 4, 4)).toBe(0);
    // ExcelJS 4.4 drops an empty cached text result (<v></v>) on reading: null, which the
    // reader treats as empty just like "".
    expect(cellValue(s, 4, 5)).toBeNull();
    expect(cellFormula(s, 4, 5)).toBe('=IF(D3>0,"","x")');
    expect(cellFormula(s, 4, 6)).toBe("=1/0");
    expect(cellValue(s, 4, 6)).toEqual({ fejl: "#DIV/0!" });
    expect(cellFormula(s, 3, 3)).toBeNull();
  });

  it("translates shared formulas for the slave cells", () => {
    const s = ark(snapshot, "Data");
    expect(cellFormula(s, 7, 3)).toBe('=C3&"!"');
    expect(cellFormula(s, 7, 4)).toBe('=D3&"!"');
    expect(cellFormula(s, 7, 5)).toBe('=E3&"!"');
    expect(cellValue(s, 7, 4)).toBe("1234.5!");
  });

  it("turns dates into 1900-system serials without time-zone shifts", () => {
    const s = ark(snapshot, "Data");
    // 2026-01-01 is serial 46023.
    expect(cellValue(s, 5, 3)).toBe(46027);
    expect(cellValue(s, 5, 4)).toBe(46027.5);
    expect(datoTilSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  it("maps error values, rich text and hyperlinks", () => {
    const s = ark(snapshot, "Data");
    expect(cellValue(s, 5, 5)).toEqual({ fejl: "#REF!" });
    expect(cellValue(s, 5, 6)).toBe("Fed tekst");
    expect(cellValue(s, 6, 3)).toBe("Tilbudsportalen");
  });

  it("keeps the value in a merge's top-left cell and null in the rest", () => {
    const s = ark(snapshot, "Data");
    expect(s.merges).toEqual(["C8:E9"]);
    expect(cellValue(s, 8, 3)).toBe("Flettet");
    expect(cellValue(s, 8, 4)).toBeNull();
    expect(cellValue(s, 9, 3)).toBeNull();
    expect(cellValue(s, 9, 5)).toBeNull();
  });

  it("reads visibility and protection", () => {
    expect(ark(snapshot, "Data").visibility).toBe("visible");
    expect(ark(snapshot, "Data").protected).toBe(false);
    expect(ark(snapshot, "Skjult").visibility).toBe("hidden");
    expect(ark(snapshot, "MegetSkjult").visibility).toBe("veryHidden");
    expect(ark(snapshot, "Beskyttet").protected).toBe(true);
  });

  it("reads hidden rows and columns inside the used range (issue 16 § 1 H5)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ydelser");
    for (let r = 1; r <= 6; r++) for (let c = 1; c <= 4; c++) ws.getCell(r, c).value = r * 10 + c;
    ws.getRow(3).hidden = true;
    ws.getRow(5).hidden = true;
    ws.getRow(40).hidden = true; // outside the used range
    ws.getColumn(2).hidden = true;
    ws.getColumn(30).hidden = true;
    const s = ark(await laesXlsx(await somBuffer(wb)), "Ydelser");
    expect(s.hiddenRows).toEqual([3, 5]);
    expect(s.hiddenColumns).toEqual([2]);
    expect(ark(snapshot, "Data").hiddenRows).toBeUndefined();
    expect(ark(snapshot, "Data").hiddenColumns).toBeUndefined();
  });

  it("reads the number formats of conditional formatting from the raw parts (issue 16 § 1 H2)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ydelser");
    ws.getCell("A1").value = "Takst";
    ws.getCell("A2").value = 2450;
    ws.getCell("B2").value = 5;
    ws.addConditionalFormatting({
      ref: "A2:A5 C1",
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ["TRUE"],
          style: { numFmt: '"3.585,00"' },
        },
      ],
    });
    // A rule without a number format (fill only) is not kept.
    ws.addConditionalFormatting({
      ref: "B2",
      rules: [{ type: "expression", priority: 2, formulae: ["TRUE"], style: { font: { bold: true } } }],
    });
    const s = ark(await laesXlsx(await somBuffer(wb)), "Ydelser");
    expect(s.conditionalNumberFormats).toEqual([{ ref: "A2:A5 C1", format: '"3.585,00"' }]);
    expect(ark(snapshot, "Data").conditionalNumberFormats).toBeUndefined();
  });

  it("gives an empty sheet an empty grid", () => {
    const s = ark(snapshot, "Tom");
    expect(s.values).toEqual([]);
  });

  it("reads tables with their ref and header row count", () => {
    expect(snapshot.tables).toEqual([
      { name: "tblTest", sheet: "Data", ref: "H3:I5", headerRowCount: 1, totalsRowCount: 0 },
      { name: "tblUdenOverskrift", sheet: "Data", ref: "H8:I8", headerRowCount: 0, totalsRowCount: 0 },
    ]);
    const s = ark(snapshot, "Data");
    expect(cellValue(s, 3, 8)).toBe("Ydelses-ID");
    expect(cellValue(s, 5, 9)).toBe(200);
  });
});

describe("laesXlsx: tabeller som Excel selv skriver dem", () => {
  it("treats a table without headerRowCount (Excel's default) as having a header row", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Ydelser");
    ws.addTable({
      name: "tblYdelser",
      ref: "A1",
      columns: [{ name: "Ydelses-ID" }, { name: "Takst" }],
      rows: [["A1", 2000]],
    });
    const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
    const sti = Object.keys(zip.files).find((f) => /^xl\/tables\/table\d+\.xml$/.test(f))!;
    const xml = await zip.file(sti)!.async("string");
    expect(xml).toContain('headerRowCount="1"');
    zip.file(sti, xml.replace(' headerRowCount="1"', ""));
    const s = await laesXlsx(await zip.generateAsync({ type: "nodebuffer" }));
    expect(s.tables).toEqual([
      { name: "tblYdelser", sheet: "Ydelser", ref: "A1:B2", headerRowCount: 1, totalsRowCount: 0 },
    ]);
  });

  it("accepts an ArrayBuffer and a Uint8Array", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("B2").value = 7;
    const buf = await somBuffer(wb);
    const ab = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    expect(cellValue((await laesXlsx(ab)).sheets[0], 2, 2)).toBe(7);
    expect(cellValue((await laesXlsx(new Uint8Array(buf))).sheets[0], 2, 2)).toBe(7);
  });
});

describe("laesXlsx: filer, der ikke er .xlsx", () => {
  const OLE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  function oleFil(stroem: string): Buffer {
    const fyld = Buffer.alloc(1024);
    return Buffer.concat([OLE, fyld, Buffer.from(stroem, "utf16le"), fyld]);
  }

  async function afvisning(data: Buffer): Promise<XlsxLaesefejl> {
    try {
      await laesXlsx(data);
    } catch (e) {
      expect(e).toBeInstanceOf(XlsxLaesefejl);
      return e as XlsxLaesefejl;
    }
    throw new Error("laesXlsx afviste ikke filen");
  }

  it("an old .xls", async () => {
    const e = await afvisning(oleFil("Workbook"));
    expect(e.message).toMatch(/ikke en \.xlsx-projektmappe \(det ligner en gammel \.xls-fil\)/);
  });

  it("a password-protected workbook", async () => {
    const e = await afvisning(Buffer.concat([oleFil("EncryptionInfo"), Buffer.from("EncryptedPackage", "utf16le")]));
    expect(e.message).toMatch(/^Filen er krypteret med adgangskode/);
  });

  it("an empty file", async () => {
    expect((await afvisning(Buffer.alloc(0))).message).toMatch(/^Filen er tom/);
  });

  it("a text (CSV) file", async () => {
    const e = await afvisning(Buffer.from("Driftsherre;Tilbud\nAalborg Kommune;Solbakken\n", "utf8"));
    expect(e.message).toMatch(/ligner en tekstfil/);
  });

  it("a zip of something else", async () => {
    const zip = new JSZip();
    zip.file("hej.txt", "hej");
    const e = await afvisning(await zip.generateAsync({ type: "nodebuffer" }));
    expect(e.message).toMatch(/zip-fil, men ikke en \.xlsx-projektmappe/);
  });

  it("a Word document", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    expect((await afvisning(await zip.generateAsync({ type: "nodebuffer" }))).message).toMatch(/Word-dokument/);
  });

  it("binary noise", async () => {
    const støj = Buffer.alloc(2000);
    for (let i = 0; i < støj.length; i++) støj[i] = (i * 7919 + 13) % 256;
    expect((await afvisning(støj)).message).toMatch(/ukendt filformat/);
  });

  it("a damaged .xlsx (cut off halfway)", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("A");
    for (let r = 1; r <= 200; r++) ws.addRow([`række ${r}`, r, r * 2]);
    const buf = await somBuffer(wb);
    // Keep the end (central directory, with xl/workbook.xml's name) and break the middle.
    const skadet = Buffer.from(buf);
    skadet.fill(0x41, 200, Math.floor(buf.length / 2));
    const e = await afvisning(skadet);
    expect(e.message).toMatch(/kunne ikke læses som \.xlsx-projektmappe/);
  });

  it("laesXlsxFil names a missing file", async () => {
    const sti = path.join(os.tmpdir(), "findes-ikke-takstskema.xlsx");
    await expect(laesXlsxFil(sti)).rejects.toThrow(/kunne ikke åbnes: filen findes ikke/);
    await expect(laesXlsxFil(os.tmpdir())).rejects.toThrow(/det er en mappe/);
  });

  it("laesXlsxFil reads a file", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("A").getCell("A1").value = "hej";
    const sti = path.join(await fs.mkdtemp(path.join(os.tmpdir(), "laes-xlsx-")), "a.xlsx");
    await fs.writeFile(sti, await somBuffer(wb));
    expect(cellValue((await laesXlsxFil(sti)).sheets[0], 1, 1)).toBe("hej");
  });
});
