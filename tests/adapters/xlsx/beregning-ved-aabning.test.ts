/**
 * Issue 16 § 1: `<calcPr fullCalcOnLoad="1"/>` reaches the snapshot (ExcelJS parses calcPr
 * but keeps none of its attributes), so formel-ikke-beregnet can say the stored results are not
 * what Excel shows.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import { skrivSnapshotXlsx } from "../../../src/adapters/xlsx/skriv-snapshot";

async function bog(fuld: boolean): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("A").getCell("A1").value = { formula: "1+1", result: 2 };
  if (fuld) wb.calcProperties.fullCalcOnLoad = true;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function medCalcPr(calcPr: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await bog(false));
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", xml.replace(/<calcPr[^>]*>/, calcPr));
  return zip.generateAsync({ type: "nodebuffer" });
}

describe("genberegning ved åbning", () => {
  it("læses fra workbook.xml", async () => {
    expect((await laesXlsx(await bog(true))).recalcOnLoad).toBe(true);
    expect((await laesXlsx(await bog(false))).recalcOnLoad).toBeUndefined();
  });

  it.each([
    ['<calcPr calcId="191029" fullCalcOnLoad="true"/>', true],
    ["<calcPr fullCalcOnLoad='1' calcId='191029'/>", true],
    ['<calcPr calcId="191029" fullCalcOnLoad="0"/>', undefined],
    ['<calcPr calcId="191029" forceFullCalc="1"/>', undefined],
  ])("%s", async (calcPr, forventet) => {
    expect((await laesXlsx(await medCalcPr(calcPr))).recalcOnLoad).toBe(forventet);
  });

  it("skrives tilbage af skrivSnapshotXlsx", async () => {
    const s = await laesXlsx(await bog(true));
    expect((await laesXlsx(await skrivSnapshotXlsx(s))).recalcOnLoad).toBe(true);
  });
});
