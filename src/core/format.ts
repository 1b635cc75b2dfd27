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

/** A finding's Ydelses-ID for a reader: "*", the skema's key for the whole tilbud, as "hele tilbuddet". */
export function ydelsesIdTekst(id: string): string {
  return id.trim() === "*" ? "hele tilbuddet" : id;
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

/** A threshold from a profile in percent, shown exactly: 95 → "95 %", 0.125 → "0,125 %". */
export function formaterGraensePct(pct: number | Dec): string {
  const d = new D(pct);
  return `${formaterTal(d, d.decimalPlaces())} %`;
}

/** -1, 0 or 1: where `v` lies against `g`. */
function side(v: Dec, g: Dec): number {
  return v.comparedTo(g);
}

/**
 * The fewest decimals (at least `min`) that keep `v`, rounded half away from zero as
 * formaterTal shows it, on its true side of every threshold: 94,96 is below 95 and must not
 * show as 95,0 (regler.md 2026.3 point 9). The number's own decimals always suffice.
 */
export function decimalerMod(v: number | Dec, graenser: readonly (number | Dec)[], min = 1): number {
  const d = new D(v);
  if (!d.isFinite()) return min;
  const g = graenser.map((x) => new D(x));
  const loft = Math.max(min, d.decimalPlaces());
  for (let n = min; n < loft; n++) {
    const vist = d.toDecimalPlaces(n, D.ROUND_HALF_UP);
    if (g.every((x) => side(vist, x) === side(d, x))) return n;
  }
  return loft;
}

/**
 * A percent compared with one or more thresholds (all in percent), shown with the fewest
 * decimals (at least one) that keep it on its true side of each: 94,96 % and 94,996 % below
 * 95 %, not "95,0 %". `fortegn`: a change, "+5,02 %" / "−3,0 %".
 */
export function formaterPctMod(
  pct: number | Dec,
  graenser: number | Dec | readonly (number | Dec)[],
  opts: { fortegn?: boolean; min?: number } = {},
): string {
  const d = new D(pct);
  const liste = Array.isArray(graenser) ? (graenser as readonly (number | Dec)[]) : [graenser as number | Dec];
  const tekst = `${formaterTal(d, decimalerMod(d, liste, opts.min ?? 1))} %`;
  return opts.fortegn && d.gt(0) ? `+${tekst}` : tekst;
}

/**
 * A factor of a calculation shown in a message, with the fewest decimals (at least `min`) for
 * which `giver` (redoing the calculation with the shown figure) still gives the shown result
 * (regler.md 2026.3 point 9). The number's own decimals always do.
 */
export function formaterFaktor(v: number | Dec, min: number, giver: (vist: Dec) => boolean): string {
  const d = new D(v);
  const loft = Math.max(min, d.decimalPlaces());
  for (let n = min; n < loft; n++) {
    const vist = d.toDecimalPlaces(n, D.ROUND_HALF_UP);
    if (giver(vist)) return formaterTal(vist, n);
  }
  return formaterTal(d, loft);
}

/** An amount shown exactly: "1.234,50 kr.", or all its decimals when it has more than øre. */
export function formaterKrEksakt(v: number | Dec): string {
  const d = new D(v);
  return d.decimalPlaces() <= 2 ? formaterKr(d) : `${formaterTal(d, d.decimalPlaces())} kr.`;
}

/** A fraction (0.9496) compared with thresholds in percent (95): "94,96 %". */
export function formaterPctBroekMod(
  broek: number | Dec,
  graenserPct: number | Dec | readonly (number | Dec)[],
  opts: { fortegn?: boolean; min?: number } = {},
): string {
  return formaterPctMod(new D(broek).times(100), graenserPct, opts);
}

/** Count-like values: 12 or 12,5 (up to 2 decimals, no trailing zeros). */
export function formaterAntal(v: number | Dec): string {
  const d = new D(v);
  return formaterTal(d, Math.min(2, d.decimalPlaces()));
}

/** Years in words: [2025, 2026] → "2025 og 2026"; [2025, 2026, 2027] → "2025, 2026 og 2027". */
export function formaterAarListe(aar: readonly number[]): string {
  const s = [...aar].sort((a, b) => a - b).map(String);
  return s.length <= 1 ? (s[0] ?? "") : `${s.slice(0, -1).join(", ")} og ${s[s.length - 1]}`;
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
