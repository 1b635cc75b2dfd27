/**
 * Writes one contract table (TabelDef) onto an ExcelJS worksheet as a real Excel table:
 * the contract's header labels, number formats, column widths, dropdown lists for enum
 * columns, header notes. Used by the template (skriv-skabelon.ts); the takstbilag is
 * streamed (skriv-bilag.ts, stroem.ts).
 */
import type ExcelJS from "exceljs";
import { a1, kolonneBogstaver, omraadeA1, standardFormat, type TabelDef, xmlSikkerTekst } from "../../core";
export { DATO_FORMAT, DECIMAL_FORMAT, KR_FORMAT, PCT_FORMAT, standardFormat } from "../../core";
import { skrift } from "./tekstmaal";

/** A value to write: plain, or a formula (with a leading "=") with its computed result. */
export type SkrivVaerdi =
  string | number | boolean | null | Date | { formel: string; resultat?: number | string | null };

export interface SkrivTabelValg {
  /** 1-based row of the header. */
  top: number;
  /** 1-based column of the first column (default 1). */
  venstre?: number;
  /** Rows keyed by column key; missing keys are empty. */
  raekker: Record<string, SkrivVaerdi>[];
  /** A bold title on the row above the header. */
  titel?: string;
  /** Header notes by column key. */
  noter?: Record<string, string>;
  /** Number formats by column key, overriding the type's default. */
  formater?: Record<string, string | null>;
  /** Dropdowns and input checks reach this many rows below the header (default 1000). */
  valideringsRaekker?: number;
  /** Add "≥ 0" input checks to money and count columns (default true). */
  ikkeNegative?: boolean;
}

/** Every cell value the template and the takstbilag write passes here: text made XML-safe (core/xml-tegn.ts). */
export function tilExcelJS(v: SkrivVaerdi): ExcelJS.CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string") return xmlSikkerTekst(v);
  if (typeof v === "object" && !(v instanceof Date)) {
    const formula = xmlSikkerTekst(v.formel.startsWith("=") ? v.formel.slice(1) : v.formel);
    const result = typeof v.resultat === "string" ? xmlSikkerTekst(v.resultat) : v.resultat;
    return result === undefined || result === null
      ? ({ formula } as ExcelJS.CellFormulaValue)
      : ({ formula, result } as ExcelJS.CellFormulaValue);
  }
  return v;
}

export interface SkrevetTabel {
  ref: string;
  /** 1-based row of the first data row. */
  foersteDataRaekke: number;
  /** Column letters by key. */
  kolonner: Record<string, string>;
}

/** ExcelJS 4.4 has range-wide data validations, but its typings lack them. */
type ArkMedValidering = ExcelJS.Worksheet & {
  dataValidations: { add(omraade: string, validering: ExcelJS.DataValidation): void };
};

/** A dropdown of `vaerdier` that refuses anything else. */
export function listeValidering(vaerdier: readonly string[]): ExcelJS.DataValidation {
  return {
    type: "list",
    allowBlank: true,
    formulae: [`"${vaerdier.join(",")}"`],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Ugyldig værdi",
    error: `Vælg en værdi fra listen: ${vaerdier.join(", ")}.`,
  };
}

export function skrivTabel(ark: ExcelJS.Worksheet, def: TabelDef, valg: SkrivTabelValg): SkrevetTabel {
  const ws = ark as ArkMedValidering;
  const venstre = valg.venstre ?? 1;
  const top = valg.top;
  const kolonner: Record<string, string> = {};
  def.kolonner.forEach((k, i) => (kolonner[k.key] = kolonneBogstaver(venstre + i)));

  if (valg.titel && top > 1) {
    const c = ws.getCell(top - 1, venstre);
    c.value = xmlSikkerTekst(valg.titel);
    c.font = skrift({ bold: true, size: 13 });
  }

  const raekker = valg.raekker.length > 0 ? valg.raekker : [{}];
  ws.addTable({
    name: def.navn,
    displayName: def.navn,
    ref: a1(top, venstre),
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: def.kolonner.map((k) => ({ name: k.label, filterButton: true })),
    rows: raekker.map((r) => def.kolonner.map((k) => tilExcelJS(r[k.key] ?? null))),
  } as ExcelJS.TableProperties);

  const bund = top + raekker.length;
  const valideringBund = top + Math.max(valg.valideringsRaekker ?? 1000, raekker.length);
  def.kolonner.forEach((k, i) => {
    const col = venstre + i;
    const bogstav = kolonneBogstaver(col);
    const kolonne = ws.getColumn(col);
    if (k.bredde) kolonne.width = k.bredde;
    const nf = valg.formater && k.key in valg.formater ? valg.formater[k.key] : standardFormat(k);
    if (nf) for (let r = top + 1; r <= bund; r++) ws.getCell(r, col).numFmt = nf;

    const header = ws.getCell(top, col);
    header.alignment = { wrapText: true, vertical: "top" };
    // Also in the cells, for programs that do not draw Excel's table styles (LibreOffice).
    header.font = skrift({ bold: true, color: { argb: "FFFFFFFF" } });
    header.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
    const note = valg.noter?.[k.key];
    if (note) header.note = note;

    const omr = `${bogstav}${top + 1}:${bogstav}${valideringBund}`;
    if (k.enumVaerdier && k.enumVaerdier.length > 0) {
      ws.dataValidations.add(omr, listeValidering(k.enumVaerdier));
    } else if (valg.ikkeNegative !== false && !k.formel && (k.type === "penge" || k.type === "antal")) {
      ws.dataValidations.add(omr, {
        type: "decimal",
        operator: "greaterThanOrEqual",
        allowBlank: true,
        formulae: [0],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Ugyldigt tal",
        error: `${k.label} skal være et positivt tal (0 eller derover).`,
      });
    }
  });
  ws.getRow(top).height = 32;

  return {
    ref: omraadeA1({ top, left: venstre, bottom: bund, right: venstre + def.kolonner.length - 1 }),
    foersteDataRaekke: top + 1,
    kolonner,
  };
}

/** Freezes the rows above `raekke` (1-based: the first row that scrolls). */
export function frysRaekker(ws: ExcelJS.Worksheet, antal: number): void {
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: antal, topLeftCell: `A${antal + 1}`, activeCell: `A${antal + 1}` }];
}
