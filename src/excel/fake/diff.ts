/**
 * Which cells differ between two snapshots, cell by cell (value, formula, number format),
 * as "Ark!A1". Used to prove what a write touched (and that a read touched nothing).
 */
import {
  a1,
  cellFormula,
  cellNumberFormat,
  cellValue,
  type CellValue,
  erExcelFejl,
  sheetBottom,
  sheetRight,
  type SnapshotSheet,
  type WorkbookSnapshot,
} from "../../core";

function sammeVaerdi(a: CellValue, b: CellValue): boolean {
  if (erExcelFejl(a) || erExcelFejl(b)) return erExcelFejl(a) && erExcelFejl(b) && a.fejl === b.fejl;
  // "" and null are both an empty cell.
  const na = a === "" ? null : a;
  const nb = b === "" ? null : b;
  return na === nb;
}

/** Every cell (sheet-qualified, "Ark!A1") whose value, formula or number format differs; a sheet only in one snapshot counts with all its non-empty cells. */
export function aendredeCeller(foer: WorkbookSnapshot, efter: WorkbookSnapshot): string[] {
  const ud: string[] = [];
  const navne = new Map<string, { f?: SnapshotSheet; e?: SnapshotSheet }>();
  for (const s of foer.sheets) navne.set(s.name, { ...navne.get(s.name), f: s });
  for (const s of efter.sheets) navne.set(s.name, { ...navne.get(s.name), e: s });
  for (const [navn, { f, e }] of navne) {
    const ark = [f, e].filter((x): x is SnapshotSheet => x !== undefined);
    const top = Math.min(...ark.map((s) => s.top));
    const left = Math.min(...ark.map((s) => s.left));
    const bottom = Math.max(...ark.map(sheetBottom));
    const right = Math.max(...ark.map(sheetRight));
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const vf = f ? cellValue(f, r, c) : null;
        const ve = e ? cellValue(e, r, c) : null;
        const ff = f ? cellFormula(f, r, c) : null;
        const fe = e ? cellFormula(e, r, c) : null;
        const nf = f ? cellNumberFormat(f, r, c) : null;
        const ne = e ? cellNumberFormat(e, r, c) : null;
        if (!sammeVaerdi(vf, ve) || ff !== fe || nf !== ne) ud.push(`${navn}!${a1(r, c)}`);
      }
    }
  }
  return ud;
}
