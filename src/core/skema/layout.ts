/**
 * How the template lays the contract out, shared by the .xlsx writer (ExcelJS) and the
 * add-in (Office.js) so both insert the same workbook: number formats per column type,
 * where each table starts, and which sheets and tables the template owns.
 */
import {
  ALLE_TABELLER,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEG_FAST_PRIS,
  type KolonneDef,
  type TabelDef,
} from "./tabeller";

export const KR_FORMAT = '#,##0.00 "kr."';
export const PCT_FORMAT = "0.0%";
export const DATO_FORMAT = "dd-mm-yyyy";
export const DECIMAL_FORMAT = "#,##0.00";

/** The number format of a column type (null: Excel's General). */
export function standardFormat(k: Pick<KolonneDef, "type">): string | null {
  switch (k.type) {
    case "penge":
      return KR_FORMAT;
    case "pct":
      return PCT_FORMAT;
    case "dato":
      return DATO_FORMAT;
    default:
      return null;
  }
}

/** Title on row 1, headers on row 2; the three Tillægsydelser tables side by side (safe whole-column lookups). */
export const SKABELON_LAYOUT = {
  overskriftRaekke: 2,
  tommeRaekker: 5,
  tillaegVenstre: 1,
  tillaegFastPrisVenstre: 1 + TBL_TILLAEG.kolonner.length + 1,
  tillaegsberegningVenstre: 1 + TBL_TILLAEG.kolonner.length + 1 + TBL_TILLAEG_FAST_PRIS.kolonner.length + 1,
} as const;

/** The takstskema's own tables, which the template inserts: all but the takstbilag (a workbook of its own). */
export const SKABELON_TABELLER: readonly TabelDef[] = ALLE_TABELLER.filter((t) => t !== TBL_TAKSTBILAG);

/** The sheets the template adds, in order. */
export const SKABELON_ARK: readonly string[] = [...new Set(SKABELON_TABELLER.map((t) => t.ark))];
