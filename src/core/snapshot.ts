/**
 * The workbook snapshot: the only thing the core reads. Every adapter (Office.js inside
 * Excel, ExcelJS for .xlsx files, the in-memory fake) produces one.
 *
 * A sheet holds a grid of its used range, as Office.js returns it (`Range.values`,
 * `formulas`, `numberFormat`), anchored at `top`/`left` (1-based). Rows may be shorter than
 * the widest (the .xlsx reader keeps huge sparse sheets ragged); a missing cell is empty,
 * so read cells through `cellValue`. Dates are Excel serial numbers in the workbook's own date
 * system (`date1904`), as the cells hold them: the snapshot is plain JSON.
 */

/**
 * Excel's error values as they appear in a cell (Excel.ErrorCellValueType in @types/office-js:
 * the dynamic-array, linked-data and external-source errors as well as the classic ones).
 */
export const EXCEL_FEJLVAERDIER = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#GETTING_DATA",
  "#SPILL!",
  "#CALC!",
  "#BLOCKED!",
  "#BUSY!",
  "#CONNECT!",
  "#EXTERNAL!",
  "#FIELD!",
] as const;

export interface ExcelFejl {
  fejl: string;
}

export type CellValue = string | number | boolean | null | ExcelFejl;

export interface SnapshotSheet {
  name: string;
  visibility?: "visible" | "hidden" | "veryHidden";
  protected?: boolean;
  /** 1-based row and column of values[0][0]. */
  top: number;
  left: number;
  values: CellValue[][];
  /** Same shape as values; null (or missing) where the cell holds no formula. */
  formulas?: (string | null)[][];
  /** Same shape as values; null (or missing) for the General format. */
  numberFormats?: (string | null)[][];
  /** Merged areas as A1 ranges, e.g. "A1:C1". The value sits in the top-left cell. */
  merges?: string[];
  /**
   * 1-based rows and columns the user has hidden (Excel's Hide, not a filter), ascending,
   * within the used range. Missing: none, or the adapter cannot tell.
   */
  hiddenRows?: number[];
  hiddenColumns?: number[];
  /**
   * Number formats that conditional formatting applies when its condition holds (the
   * condition is not kept: any of them can be what the user sees). Only the .xlsx reader sets it.
   */
  conditionalNumberFormats?: SnapshotBetingetFormat[];
}

export interface SnapshotBetingetFormat {
  /** The cells, as Excel's sqref: A1 ranges separated by spaces ("N2:N40 P2"). */
  ref: string;
  format: string;
}

export interface SnapshotTable {
  name: string;
  sheet: string;
  /** A1 range of the whole table including its header row, e.g. "A3:P40". */
  ref: string;
  /** Default 1. A table without a header row is read by position. */
  headerRowCount?: number;
  totalsRowCount?: number;
}

/**
 * A text a person can read in Excel outside the cells' values (persondata-cpr reads them):
 * - `note`: a cell's note or comment (or its author), at `ark`!`celle`; `kommentar` when it
 *   is a threaded comment (Excel 365's comments), not a note;
 * - `sidehoved`: a header or footer of `ark`, as stored (with its &-codes, e.g. "&L&12Tekst");
 * - `datavalidering`: a data validation's list or formula, input or error message; `celle`
 *   is the first cell it covers;
 * - `egenskab`: a document property (`navn`: its XML element, e.g. "dc:title", "Company", or
 *   "brugerdefineret" for a custom property's name and value);
 * - `navn`: a defined name (`navn`) and, as separate entries, its formula or value; `ark`
 *   when the name belongs to one sheet.
 * Only texts with at least ten decimal digits are kept (kanIndeholdeCpr): the rest cannot
 * hold a CPR number.
 */
export interface SnapshotTekst {
  /** "tegning": a text box or shape on the sheet; "hyperlink": a link's screen tip or shown text (.xlsx only). */
  art: "note" | "sidehoved" | "datavalidering" | "egenskab" | "navn" | "tegning" | "hyperlink";
  ark?: string;
  celle?: string;
  navn?: string;
  kommentar?: boolean;
  tekst: string;
  /**
   * The text was longer than Excel allows there (a cell's 32.767 characters, a header's
   * 255 per section) and only its first part is in `tekst`: Excel never writes such a text,
   * and the rest has not been checked (the .xlsx reader caps it while streaming).
   */
  afkortet?: boolean;
}

export interface WorkbookSnapshot {
  sheets: SnapshotSheet[];
  tables: SnapshotTable[];
  /**
   * The file asks Excel to recalculate every formula when it is opened (.xlsx `<calcPr
   * fullCalcOnLoad="1"/>`): the results stored with the formulas are not what Excel shows.
   * Only the .xlsx reader sets it; inside Excel (Office.js) the values are already calculated.
   */
  recalcOnLoad?: boolean;
  /**
   * The workbook counts dates in the 1904 date system (Excel for Mac, old workbooks): a
   * date cell's serial is 1462 days less than in the 1900 system. Absent: 1900.
   */
  date1904?: boolean;
  /** The texts outside the cells (see SnapshotTekst); missing when the adapter cannot read them. */
  tekster?: SnapshotTekst[];
}

export function erExcelFejl(v: CellValue | undefined): v is ExcelFejl {
  return typeof v === "object" && v !== null && typeof (v as ExcelFejl).fejl === "string";
}

/** Values read through Office.js come as text like "#REF!"; map them to ExcelFejl. */
export function somExcelFejl(v: unknown): ExcelFejl | null {
  if (typeof v === "string" && v.startsWith("#") && (EXCEL_FEJLVAERDIER as readonly string[]).includes(v)) {
    return { fejl: v };
  }
  return null;
}

export function findSheet(snapshot: WorkbookSnapshot, name: string): SnapshotSheet | undefined {
  const lower = name.trim().toLowerCase();
  return snapshot.sheets.find((s) => s.name.trim().toLowerCase() === lower);
}

/** The value at a 1-based row/column, or null outside the used range. */
export function cellValue(sheet: SnapshotSheet, row: number, col: number): CellValue {
  const r = sheet.values[row - sheet.top];
  if (!r) return null;
  const v = r[col - sheet.left];
  return v === undefined ? null : v;
}

export function cellFormula(sheet: SnapshotSheet, row: number, col: number): string | null {
  const r = sheet.formulas?.[row - sheet.top];
  const f = r?.[col - sheet.left];
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

export function cellNumberFormat(sheet: SnapshotSheet, row: number, col: number): string | null {
  const f = sheet.numberFormats?.[row - sheet.top]?.[col - sheet.left];
  return typeof f === "string" && f !== "" && f !== "General" ? f : null;
}

export function sheetBottom(sheet: SnapshotSheet): number {
  return sheet.top + sheet.values.length - 1;
}

export function sheetRight(sheet: SnapshotSheet): number {
  let w = 0;
  for (const r of sheet.values) if (r.length > w) w = r.length;
  return sheet.left + w - 1;
}
