/**
 * How the program's workbooks print: A4 landscape, one page wide, the header row on every
 * page, and a footer with title, sheet, page x of y and date. The takstbilag and the CLI's
 * `--rapport` share it, so both print the same way.
 *
 * "One page wide" shrinks a wide sheet, and DAS reads paper: printed text must stay at least
 * 9 pt (issue 17 § 3). The sheets therefore use 11 pt text only and columns narrow enough that
 * `udskriftSkala` stays above 9/11 (tests/adapters/xlsx/udskrift-skrift.test.ts measures it);
 * long text wraps within its column, with row heights from tekstmaal.ts.
 */
import type ExcelJS from "exceljs";
import { formaterKalenderdato } from "../../core";

/** Left and right margin in inches: narrow, so more of the page holds text. */
const MARGEN_SIDE = 0.3;
/** A4 landscape in points. */
const A4_BREDDE_PT = 842;
const A4_HOEJDE_PT = 595;

/**
 * The fit-to-width scale (at most 1) of a sheet printed by `sideopsaetning` whose printed
 * columns are `bredder` characters wide: a column w wide is about 7w + 5 px at 96 dpi, 0,75 pt a px.
 */
export function udskriftSkala(bredder: readonly number[]): number {
  const breddePt = bredder.reduce((s, w) => s + (7 * w + 5) * 0.75, 0);
  return Math.min(1, (A4_BREDDE_PT - 72 * 2 * MARGEN_SIDE) / breddePt);
}

/** Printable height of an A4 landscape page in sheet points at the sheet's fit-to-width scale. */
export function sidehoejde(bredder: readonly number[]): number {
  const m = sideopsaetning().margins!;
  return (A4_HOEJDE_PT - 72 * (m.top + m.bottom)) / udskriftSkala(bredder);
}

/** A4 landscape, one page wide, as many pages tall as needed. */
export function sideopsaetning(printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: MARGEN_SIDE, right: MARGEN_SIDE, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(printTitlesRow ? { printTitlesRow } : {}),
  };
}

export function datoTekst(d: Date): string {
  return formaterKalenderdato(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Footer: title and sheet left, page x of y in the middle, the bilag's date right. */
export function sidefod(titel: string, dato: Date): Partial<ExcelJS.HeaderFooter> {
  const t = titel.replace(/&/g, "&&");
  return { oddFooter: `&L${t} – &A&CSide &P af &N&RDannet ${datoTekst(dato)}` };
}
