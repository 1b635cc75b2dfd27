/**
 * Excel serial day numbers (the 1900 date system), the one place they are converted.
 * A workbook in the 1904 date system (Mac, old workbooks) counts from 1904-01-01 = 0; its
 * serials are moved to 1900 serials once, where a cell is read as a date (fra1904/til1904).
 * Serial 0 is 1899-12-30, which folds in Excel's 1900 leap-year bug for every date after
 * February 1900 (serial 61 = 1900-03-01). All arithmetic is UTC: the local time zone never enters.
 */

const MS_PR_DAG = 86_400_000;
/** The serial of 1970-01-01 (the JavaScript epoch). */
const SERIAL_1970 = 25_569;

export interface Kalenderdato {
  aar: number;
  maaned: number;
  dag: number;
}

/** A UTC instant (ms since 1970) → serial, with the time of day as a fraction. */
export function serialFraUtcMs(ms: number): number {
  return ms / MS_PR_DAG + SERIAL_1970;
}

/** A calendar date → whole serial, or null when the date does not exist or is outside 1900–9999. */
export function datoTilSerial(aar: number, maaned: number, dag: number): number | null {
  if (maaned < 1 || maaned > 12 || dag < 1 || dag > 31 || aar < 1900 || aar > 9999) return null;
  const ms = Date.UTC(aar, maaned - 1, dag);
  const d = new Date(ms);
  if (d.getUTCMonth() !== maaned - 1 || d.getUTCDate() !== dag) return null;
  return Math.round(serialFraUtcMs(ms));
}

/** A serial (rounded to whole days) → the UTC midnight of that day. */
export function serialTilUtcDato(serial: number): Date {
  return new Date((Math.round(serial) - SERIAL_1970) * MS_PR_DAG);
}

export function serialTilDato(serial: number): Kalenderdato {
  const d = serialTilUtcDato(serial);
  return { aar: d.getUTCFullYear(), maaned: d.getUTCMonth() + 1, dag: d.getUTCDate() };
}

/** Days between the two date systems: 1904-01-01 is 0 in the 1904 system and 1462 in the 1900 system. */
export const DATOSYSTEM_1904_FORSKEL = 1_462;

/** A serial as stored in the workbook → the 1900 serial the core works in. */
export function tilSerial1900(serial: number, date1904: boolean | undefined): number {
  return date1904 ? serial + DATOSYSTEM_1904_FORSKEL : serial;
}

/** A 1900 serial → what to store in the workbook (a 1904 workbook counts 1462 days fewer). */
export function fraSerial1900(serial: number, date1904: boolean | undefined): number {
  return date1904 ? serial - DATOSYSTEM_1904_FORSKEL : serial;
}
