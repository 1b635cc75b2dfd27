/**
 * What a number format writes as fixed text for a value (talformat-skjuler-vaerdi). A format
 * has up to four sections (positive;negative;zero;text); a section's fixed text is its quoted
 * strings, its backslash-escaped characters and the symbol of a [$…] currency tag.
 */
import { formatSektioner } from "../../../talformat";

/** The fixed text a section writes, in order. */
export function fastTekst(sektion: string): string {
  let ud = "";
  for (let i = 0; i < sektion.length; i++) {
    const ch = sektion[i];
    if (ch === '"') {
      const slut = sektion.indexOf('"', i + 1);
      const j = slut < 0 ? sektion.length : slut;
      ud += sektion.slice(i + 1, j);
      i = j;
    } else if (ch === "\\" && i + 1 < sektion.length) {
      ud += sektion[++i];
    } else if (ch === "[") {
      const slut = sektion.indexOf("]", i + 1);
      const j = slut < 0 ? sektion.length : slut;
      const tag = sektion.slice(i + 1, j);
      // [$kr-406]: the symbol before the locale; [Red], [>100], [h] write nothing.
      if (tag.startsWith("$")) ud += tag.slice(1).split("-")[0];
      i = j;
    } else if ((ch === "_" || ch === "*") && i + 1 < sektion.length) {
      i++; // a space the width of the next character, or a fill: no text of its own
    }
  }
  return ud;
}

const BETINGELSE = /\[\s*[<>=]/;

interface Tolket {
  sektioner: string[];
  /** Each section's fixed text. */
  fast: string[];
  /** A section has a condition ([>100]): any of the first three can apply to a number. */
  betingelse: boolean;
}

// Formats repeat on every row; a workbook has few of them.
const tolkede = new Map<string, Tolket>();

function tolk(format: string): Tolket {
  let t = tolkede.get(format);
  if (!t) {
    const sektioner = formatSektioner(format);
    t = {
      sektioner,
      fast: sektioner.map(fastTekst),
      betingelse: sektioner.slice(0, 3).some((x) => BETINGELSE.test(x)),
    };
    if (tolkede.size > 1000) tolkede.clear();
    tolkede.set(format, t);
  }
  return t;
}

/** The indexes of the sections that can apply to a value: by sign for a number (all three when a section has a condition), the fourth for text. */
export function gaeldendeSektioner(format: string, v: number | string): number[] {
  const { sektioner: s, betingelse } = tolk(format);
  if (typeof v === "string") {
    if (s.length >= 4) return [3];
    return s.length === 1 && s[0].includes("@") ? [0] : [];
  }
  const n = Math.min(3, s.length);
  if (betingelse) return [0, 1, 2].slice(0, n);
  if (n === 1) return [0];
  if (n === 2) return [v < 0 ? 1 : 0];
  return [v > 0 ? 0 : v < 0 ? 1 : 2];
}

/** The fixed text with a digit that the format writes for `v`, or null. */
export function fastTalIFormat(format: string, v: number | string): string | null {
  const { fast } = tolk(format);
  for (const i of gaeldendeSektioner(format, v)) {
    if (/\d/.test(fast[i])) return fast[i];
  }
  return null;
}

/**
 * A section's format codes without its fixed text: quoted strings, escapes, [..] tags (colour,
 * condition, locale, currency) and the character after _ and * are removed.
 */
export function formatKoder(sektion: string): string {
  let ud = "";
  for (let i = 0; i < sektion.length; i++) {
    const ch = sektion[i];
    if (ch === '"') {
      const slut = sektion.indexOf('"', i + 1);
      i = slut < 0 ? sektion.length : slut;
    } else if (ch === "[") {
      const slut = sektion.indexOf("]", i + 1);
      i = slut < 0 ? sektion.length : slut;
    } else if (ch === "\\" || ch === "_" || ch === "*") {
      i++;
    } else ud += ch;
  }
  return ud;
}

/** The digit the section fills the cell's width with (`0*0`: 2450 shows as 24500000…), or null. */
export function fyldMedCiffer(sektion: string): string | null {
  for (let i = 0; i < sektion.length; i++) {
    const ch = sektion[i];
    if (ch === '"') {
      const slut = sektion.indexOf('"', i + 1);
      i = slut < 0 ? sektion.length : slut;
    } else if (ch === "[") {
      const slut = sektion.indexOf("]", i + 1);
      i = slut < 0 ? sektion.length : slut;
    } else if (ch === "\\" || ch === "_") {
      i++;
    } else if (ch === "*" && i + 1 < sektion.length) {
      if (/\d/.test(sektion[++i])) return sektion[i];
    }
  }
  return null;
}

/** Codes that show the value: digit placeholders, General, text (@) and the date and time codes. */
const VISER_VAERDI = /[0#?@]|general|standard|[ymdhse]/i;
/** Commas right after the last digit placeholder (before the decimal point or the end): each divides by 1.000. */
const SKALERING = /[0#?](,+)(?=\.|[^0#?]*$)/;

/** How a format shows a number other than the value, for talformat-skjuler-vaerdi. */
export type Forvraengning =
  | { slags: "skjuler" }
  | { slags: "tusinder"; faktor: number }
  | { slags: "procent" }
  | { slags: "fyld"; ciffer: string };

/**
 * How the format shows the non-zero number `v` as something else: not at all (`;;;`, or a
 * section of fixed text only), with digits filling the cell (`0*0`), divided by 1.000 per
 * trailing comma (`#,##0.00,`), or times 100 (`%`, unless `procentTilladt`: a percent column
 * stores a fraction). Null: the value is shown.
 */
export function talformatForvraenger(format: string, v: number, procentTilladt: boolean): Forvraengning | null {
  if (v === 0 || !Number.isFinite(v)) return null;
  const { sektioner } = tolk(format);
  const gaeldende = gaeldendeSektioner(format, v);
  if (gaeldende.length === 0) return null;
  const koder = gaeldende.map((i) => formatKoder(sektioner[i] ?? ""));
  // With conditions several sections can apply: hidden only when every one hides.
  if (koder.every((k) => !VISER_VAERDI.test(k))) return { slags: "skjuler" };
  for (const i of gaeldende) {
    const ciffer = fyldMedCiffer(sektioner[i] ?? "");
    if (ciffer) return { slags: "fyld", ciffer };
  }
  for (const k of koder) {
    if (!/[0#?]/.test(k)) continue;
    const m = SKALERING.exec(k);
    if (m) return { slags: "tusinder", faktor: 1000 ** m[1].length };
    if (!procentTilladt && k.includes("%")) return { slags: "procent" };
  }
  return null;
}
