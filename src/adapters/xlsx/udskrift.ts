/**
 * How the program's workbooks print: A4 landscape, one page wide, the header row on every
 * page, and a footer with title, sheet, page x of y and date. The takstbilag and the CLI's
 * `--rapport` share it, so both print the same way.
 */
import type ExcelJS from "exceljs";
import { formaterKalenderdato } from "../../core";

/** A4 landscape, one page wide, as many pages tall as needed. */
export function sideopsaetning(printTitlesRow?: string): Partial<ExcelJS.PageSetup> {
  return {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6, header: 0.3, footer: 0.3 },
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
