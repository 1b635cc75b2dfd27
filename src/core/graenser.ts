/**
 * The cell budget every reader applies before it loads a workbook's cells: the .xlsx reader
 * counts `<c>` and `<row>` in the zip (adapters/xlsx/zip-graenser.ts, adjustable with
 * TAKSTSKEMA_MAKS_CELLER), the task pane the area of the used ranges (excel/laes.ts).
 * A takstskema has hundreds of cells; two million is a file nobody meant to check.
 */
export const MAKS_CELLER = 2_000_000;
