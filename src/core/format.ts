/** Danish number formatting for everything the user sees: 1.234.567,50 kr.; 96,0 %. */
import { D, Dec } from "./penge";

function grupper(heltal: string): string {
  return heltal.replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}

/** A number in Danish format with a fixed number of decimals. */
export function formaterTal(v: number | Dec, decimaler = 0): string {
  const d = new D(v);
  if (!d.isFinite()) return String(v);
  const fast = d.abs().toFixed(decimaler, D.ROUND_HALF_UP);
  const [heltal, broek] = fast.split(".");
  const tegn = d.isNegative() && !new D(fast).isZero() ? "−" : "";
  return tegn + grupper(heltal) + (broek ? "," + broek : "");
}

/** Money: 1.234.567,50 kr. (øre shown unless whole kroner and `heleKroner`). */
export function formaterKr(v: number | Dec, opts: { heleKroner?: boolean } = {}): string {
  const d = new D(v);
  const decimaler = opts.heleKroner && d.isInteger() ? 0 : 2;
  return `${formaterTal(d, decimaler)} kr.`;
}

/** A fraction shown as percent: 0.96 → "96,0 %". */
export function formaterPctBroek(broek: number | Dec, decimaler = 1): string {
  return `${formaterTal(new D(broek).times(100), decimaler)} %`;
}

/** A number of percent: 5 → "5 %", 0.1 → "0,1 %". */
export function formaterPct(pct: number | Dec, decimaler?: number): string {
  const d = new D(pct);
  const dec = decimaler ?? (d.isInteger() ? 0 : Math.min(2, d.decimalPlaces()));
  return `${formaterTal(d, dec)} %`;
}

/** Count-like values: 12 or 12,5 (up to 2 decimals, no trailing zeros). */
export function formaterAntal(v: number | Dec): string {
  const d = new D(v);
  return formaterTal(d, Math.min(2, d.decimalPlaces()));
}

const MAANEDER = [
  "januar",
  "februar",
  "marts",
  "april",
  "maj",
  "juni",
  "juli",
  "august",
  "september",
  "oktober",
  "november",
  "december",
];

/** A date in words: (2026, 1, 5) → "5. januar 2026" (maaned 1–12). */
export function formaterKalenderdato(aar: number, maaned: number, dag: number): string {
  return `${dag}. ${MAANEDER[maaned - 1]} ${aar}`;
}
