/**
 * Issue 19 §1: an .xlsx in the 1904 date system. ExcelJS turns date-formatted cells into
 * Dates with its `date1904` flag and leaves other numbers as they are; the snapshot keeps
 * both as the workbook's own serials and says `date1904`, so the core converts them once.
 */
import ExcelJS from "exceljs";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import { datoTilSerial, DATOSYSTEM_1904_FORSKEL } from "../../../src/core/dato";
import { cellValue, findSheet } from "../../../src/core/snapshot";

async function laes(date1904: boolean) {
  const wb = new ExcelJS.Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet("Data");
  ws.getCell("A1").value = new Date(Date.UTC(2026, 0, 5));
  ws.getCell("A1").numFmt = "dd-mm-yyyy";
  // A serial in a General cell, as typed in that workbook's own system.
  ws.getCell("B1").value = datoTilSerial(2026, 1, 5)! - (date1904 ? DATOSYSTEM_1904_FORSKEL : 0);
  return laesXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
}

describe("laesXlsx og 1904-datosystemet", () => {
  it("holder serienumrene i projektmappens system og melder date1904", async () => {
    const s = await laes(true);
    expect(s.date1904).toBe(true);
    const ark = findSheet(s, "Data")!;
    const serial1904 = datoTilSerial(2026, 1, 5)! - DATOSYSTEM_1904_FORSKEL;
    expect(cellValue(ark, 1, 1)).toBe(serial1904);
    expect(cellValue(ark, 1, 2)).toBe(serial1904);
  });

  it("en 1900-projektmappe læses som før, uden date1904", async () => {
    const s = await laes(false);
    expect(s.date1904).toBeUndefined();
    expect(cellValue(findSheet(s, "Data")!, 1, 1)).toBe(datoTilSerial(2026, 1, 5));
  });
});
