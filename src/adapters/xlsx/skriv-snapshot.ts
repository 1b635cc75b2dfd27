/**
 * Writes a WorkbookSnapshot as an .xlsx file: cells (values, formulas with their cached
 * results, number formats), Excel tables, merges, hidden and protected sheets, hidden rows
 * and columns. Used to make
 * the examples, the benchmark's files and the hostile-workbook corpus from snapshots.
 */
import ExcelJS from "exceljs";
import {
  ALLE_TABELLER,
  type CellValue,
  erExcelFejl,
  parseOmraade,
  standardFormat,
  type WorkbookSnapshot,
} from "../../core";

function tilExcelJs(v: CellValue, formel: string | null | undefined): ExcelJS.CellValue {
  const resultat = erExcelFejl(v) ? ({ error: v.fejl } as ExcelJS.CellErrorValue) : v;
  if (formel)
    return {
      formula: formel.replace(/^=/, ""),
      result: resultat as ExcelJS.CellFormulaValue["result"],
    } as ExcelJS.CellFormulaValue;
  return resultat as ExcelJS.CellValue;
}

export interface SkrivSnapshotValg {
  /** Column widths and number formats from the contract for contract tables (default true). */
  formater?: boolean;
}

export async function skrivSnapshotXlsx(snapshot: WorkbookSnapshot, valg: SkrivSnapshotValg = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  if (snapshot.recalcOnLoad) wb.calcProperties.fullCalcOnLoad = true;
  wb.creator = "Takstskema";
  for (const ark of snapshot.sheets) {
    const ws = wb.addWorksheet(ark.name, { state: ark.visibility ?? "visible" });
    ark.values.forEach((row, i) => {
      row.forEach((v, j) => {
        const f = ark.formulas?.[i]?.[j];
        if (v === null && !f) return;
        const c = ws.getCell(ark.top + i, ark.left + j);
        c.value = tilExcelJs(v, f);
        const nf = ark.numberFormats?.[i]?.[j];
        if (nf) c.numFmt = nf;
      });
    });
    for (const m of ark.merges ?? []) ws.mergeCells(m);
    if (ark.protected) await ws.protect("", {});
  }

  for (const t of snapshot.tables) {
    const ws = wb.getWorksheet(t.sheet);
    const o = parseOmraade(t.ref);
    if (!ws || !o) continue;
    const def = ALLE_TABELLER.find((d) => d.navn.toLowerCase() === t.name.toLowerCase());
    const kolonner: { name: string }[] = [];
    for (let c = o.left; c <= o.right; c++) {
      const v = ws.getCell(o.top, c).value;
      kolonner.push({ name: v === null || v === undefined ? `Kolonne${c}` : String(v) });
    }
    const raekker: ExcelJS.CellValue[][] = [];
    for (let r = o.top + 1; r <= o.bottom; r++) {
      const raekke: ExcelJS.CellValue[] = [];
      for (let c = o.left; c <= o.right; c++) raekke.push(ws.getCell(r, c).value);
      raekker.push(raekke);
    }
    // addTable writes header and rows itself; keep the number formats the cells already had.
    const formater: (string | undefined)[][] = raekker.map((_, i) =>
      kolonner.map((__, j) => ws.getCell(o.top + 1 + i, o.left + j).numFmt),
    );
    ws.addTable({
      name: t.name,
      ref: ws.getCell(o.top, o.left).address,
      headerRow: true,
      style: { theme: "TableStyleMedium2", showRowStripes: true },
      columns: kolonner,
      rows: raekker.length > 0 ? raekker : [kolonner.map(() => null)],
    });
    raekker.forEach((_, i) =>
      kolonner.forEach((__, j) => {
        const celle = ws.getCell(o.top + 1 + i, o.left + j);
        const nf = formater[i][j];
        if (nf) celle.numFmt = nf;
        else if (valg.formater !== false && def) {
          const k = def.kolonner.find((kk) => kk.label === kolonner[j].name);
          const std = k ? standardFormat(k) : null;
          if (std) celle.numFmt = std;
        }
      }),
    );
    if (valg.formater !== false && def) {
      kolonner.forEach((k, j) => {
        const kd = def.kolonner.find((kk) => kk.label === k.name);
        if (kd?.bredde) ws.getColumn(o.left + j).width = kd.bredde;
      });
    }
  }
  // After the tables: addTable rewrites its rows.
  for (const ark of snapshot.sheets) {
    const ws = wb.getWorksheet(ark.name);
    if (!ws) continue;
    for (const r of ark.hiddenRows ?? []) ws.getRow(r).hidden = true;
    for (const c of ark.hiddenColumns ?? []) ws.getColumn(c).hidden = true;
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
