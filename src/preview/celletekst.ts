/** How the preview's grid shows a cell: Danish numbers, percent and dates by the cell's number format. */
import { type CellValue, erExcelFejl, formaterTal, serialTilDato } from "../core";

function decimalerI(format: string): number {
  const m = /0\.(0+)/.exec(format);
  return m ? m[1].length : 0;
}

export function erDatoFormat(format: string): boolean {
  // Strip quoted text and colours before looking for d/m/y codes.
  const f = format
    .replace(/"[^"]*"/g, "")
    .replace(/\[[^\]]*\]/g, "")
    .toLowerCase();
  return /(^|[^a-z])(d{1,4}|y{2,4})([^a-z]|$)/.test(f) || /yy|dd-mm|mm-dd/.test(f);
}

export function celleTekst(v: CellValue, format: string | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (erExcelFejl(v)) return v.fejl;
  if (typeof v === "boolean") return v ? "SAND" : "FALSK";
  if (typeof v === "string") return v;
  if (!Number.isFinite(v)) return String(v);
  const f = format && format !== "General" ? format : "";
  if (f.includes("%")) return `${formaterTal(v * 100, decimalerI(f))} %`;
  if (f && erDatoFormat(f)) {
    const d = serialTilDato(v);
    const to = (n: number): string => String(n).padStart(2, "0");
    return `${to(d.dag)}-${to(d.maaned)}-${d.aar}`;
  }
  if (f) {
    const tekst = formaterTal(v, decimalerI(f));
    return /kr/i.test(f) ? `${tekst} kr.` : tekst;
  }
  // General: as Excel shows it, without thousands separators (a year stays 2026), at most 10 significant digits.
  const tekst = Number.isInteger(v) ? String(v) : String(Number(v.toPrecision(10)));
  return tekst.replace(".", ",").replace(/^-/, "−");
}
