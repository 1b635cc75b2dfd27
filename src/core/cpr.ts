/**
 * Recognising CPR numbers (persondata-cpr) and hiding them from any text we show.
 *
 * A CPR number is DDMMYY and XXXX with a valid date, as a whole token: not inside a longer
 * run of digits, and a plain run of ten digits not as part of a decimal number
 * ("0,1503851234"). Only a digit blocks the match: "cpr.nr.010180-1234" and
 * "skema.010180-1234.xlsx" are found. The text is read after a normalisation that maps
 * each code point on its own (so a match maps back to the original text): invisible
 * characters (Default_Ignorable_Code_Point: soft hyphen, zero-width space, ZWNJ/ZWJ, word
 * joiner, BOM, bidi controls …) are dropped, every Unicode decimal digit (\p{Nd}: Arabic-Indic,
 * Devanagari, full-width …) becomes its ASCII digit, the rest is NFKC (no-break spaces), and
 * a run of white space counts as one space. The forms people type are accepted:
 * 0101801234, 010180-1234, 010180 1234, 010180 - 1234, 010180/1234, 010180–1234 (any dash),
 * 010180.1234, 010180_1234, 01.01.80-1234, 01-01-80-1234, 01 01 80 1234 (the same separator
 * inside the date). Dates (01.01.2026), amounts (1.234.567,89) and IDs (B108-1) have no
 * 4-digit serial after a 2-digit year and are not matched. The modulus-11 check is not
 * used: numbers issued since 2007 need not satisfy it. The 7th digit gives the century
 * (CPR-kontoret's table), so 29 February is only accepted in leap years.
 */
import { formatSektioner } from "./talformat";

// After NFKC: hyphen-minus, the Unicode hyphens and dashes, minus, small hyphen-minus.
const STREG = "\\-\u2010-\u2015\u2212\ufe58\ufe63";
// Runs of white space are one character after normalisation, so every quantifier is bounded
// and the scan stays linear on hostile text (a long run of spaces, of digit groups).
const CPR_MOENSTER = new RegExp(
  `(?<!\\d)(\\d{2})([._/\\s${STREG}]?)(\\d{2})\\2(\\d{2})(\\s?[${STREG}/._]\\s?|\\s)?(\\d{4})(?!\\d)`,
  "g",
);

/**
 * The date with a four-digit year, a dash or slash before the serial number: "01-01-1980-1234",
 * "01.01.1980/1234". The year must be the one the serial's 7th digit gives (CPR-kontoret's
 * table), so a date followed by a number ("01-01-2026-1234", born 1900–1999 by its serial) is not one.
 */
const CPR_MOENSTER_AAR4 = new RegExp(
  `(?<!\\d)(\\d{2})([._/\\s${STREG}])(\\d{2})\\2(\\d{4})\\s?[${STREG}/]\\s?(\\d{4})(?!\\d)`,
  "g",
);

// Invisible characters, and combining marks (U+0300–U+036F: "0̲1̲0̲1̲8̲0̲"), are dropped before matching.
const USYNLIG = /\p{Default_Ignorable_Code_Point}|[\u0300-\u036f]/u;
const CIFFER = /\p{Nd}/u;
/** Something the per-code-point normalisation would change besides NFKC. */
const SAERLIGT = /\p{Default_Ignorable_Code_Point}|[\u0300-\u036f]|(?![0-9])\p{Nd}|\s\s/u;
const MELLEMRUM = /\s/;

/**
 * The value of a decimal digit: Unicode encodes every \p{Nd} digit in runs of ten, 0 to 9
 * (a stability guarantee), so it is the distance from the start of its run, modulo 10.
 */
function cifferVaerdi(cp: number): number {
  let k = 0;
  while (k < 100 && CIFFER.test(String.fromCodePoint(cp - k - 1))) k++;
  return k % 10;
}

/** The normalised text, with the original index of each normalized unit (null: unchanged). */
function normaliseret(tekst: string): { s: string; pos: number[] | null } {
  if (!/[^\u0000-\u007f]/.test(tekst)) {
    if (!/\s\s/.test(tekst)) return { s: tekst, pos: null };
  } else if (!SAERLIGT.test(tekst) && tekst.normalize("NFKC") === tekst) {
    // Danish text (æ, ø, å) is already NFKC: the native check is fast, the per-character map is not.
    return { s: tekst, pos: null };
  }
  let s = "";
  const pos: number[] = [];
  let mellemrum = false;
  for (let i = 0; i < tekst.length;) {
    const cp = tekst.codePointAt(i)!;
    const lgd = cp > 0xffff ? 2 : 1;
    let n: string;
    if (cp < 0x80) n = tekst[i];
    else {
      const tegn = String.fromCodePoint(cp);
      if (USYNLIG.test(tegn)) n = "";
      else if (CIFFER.test(tegn)) n = String(cifferVaerdi(cp));
      else n = tegn.normalize("NFKC");
    }
    if (n.length === 1 && MELLEMRUM.test(n)) {
      if (mellemrum) n = "";
      mellemrum = true;
    } else if (n.length > 0) mellemrum = MELLEMRUM.test(n[n.length - 1]);
    for (let k = 0; k < n.length; k++) pos.push(i);
    s += n;
    i += lgd;
  }
  pos.push(tekst.length);
  return { s, pos };
}

function aarhundrede(aa: number, syvende: number): number {
  if (syvende <= 3) return 1900;
  if (syvende === 4 || syvende === 9) return aa <= 36 ? 2000 : 1900;
  return aa <= 57 ? 2000 : 1800;
}

/** DD, MM, YY and the first digit of the serial number form a real date of birth. */
export function gyldigCprDato(dd: number, mm: number, aa: number, syvende: number): boolean {
  if (mm < 1 || mm > 12 || dd < 1) return false;
  const aar = aarhundrede(aa, syvende) + aa;
  const skudaar = (aar % 4 === 0 && aar % 100 !== 0) || aar % 400 === 0;
  const dage = [31, skudaar ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][mm - 1];
  return dd <= dage;
}

/** Start and end (exclusive) of every CPR number in `tekst`. */
export function findCprITekst(tekst: string): { start: number; slut: number }[] {
  // Cheap pre-filter: the shortest form has 10 characters.
  if (tekst.length < 10) return [];
  const { s, pos } = normaliseret(tekst);
  const fund: { start: number; slut: number }[] = [];
  CPR_MOENSTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CPR_MOENSTER.exec(s)) !== null) {
    const slut = m.index + m[0].length;
    // Ten digits in a row next to a decimal comma or point are a decimal number's digits.
    const decimal =
      m[0].length === 10 &&
      (/\d[.,]$/.test(s.slice(Math.max(0, m.index - 2), m.index)) || /^[.,]\d/.test(s.slice(slut, slut + 2)));
    if (!decimal && gyldigCprDato(Number(m[1]), Number(m[3]), Number(m[4]), Number(m[6][0]))) {
      fund.push(pos ? { start: pos[m.index], slut: pos[slut] } : { start: m.index, slut });
    } else {
      // Not a CPR number: one that overlaps it (a later start) is still looked for.
      CPR_MOENSTER.lastIndex = m.index + 1;
    }
  }
  // The four-digit-year form; both lists are in text order, so the overlap test walks them once.
  const aar4: { start: number; slut: number }[] = [];
  let k = 0;
  CPR_MOENSTER_AAR4.lastIndex = 0;
  while ((m = CPR_MOENSTER_AAR4.exec(s)) !== null) {
    const aar = Number(m[4]);
    const aa = aar % 100;
    const syvende = Number(m[5][0]);
    const slut = m.index + m[0].length;
    if (aarhundrede(aa, syvende) + aa === aar && gyldigCprDato(Number(m[1]), Number(m[3]), aa, syvende)) {
      const f = pos ? { start: pos[m.index], slut: pos[slut] } : { start: m.index, slut };
      while (k < fund.length && fund[k].slut <= f.start) k++;
      if (k >= fund.length || fund[k].start >= f.slut) aar4.push(f);
    } else CPR_MOENSTER_AAR4.lastIndex = m.index + 1;
  }
  if (aar4.length === 0) return fund;
  return [...fund, ...aar4].sort((a, b) => a.start - b.start);
}

/**
 * Whether the text has the ten decimal digits (any script) a CPR number needs: a cheap
 * filter for texts kept only to be scanned (the snapshot's `tekster`).
 */
export function kanIndeholdeCpr(tekst: string): boolean {
  if (tekst.length < 10) return false;
  let n = 0;
  for (const _ of tekst.matchAll(/\p{Nd}/gu)) if (++n >= 10) return true;
  return false;
}

export function indeholderCpr(tekst: string): boolean {
  return findCprITekst(tekst).length > 0;
}

/** Per number format: its placeholders and digits, for talLignerCpr's cheap bound. */
const CIFFER_GRAENSE = new Map<string, { pladser: number; literale: number }>();

/**
 * A number cell that reads as a CPR number: in General, a whole number of ten digits (DD
 * 10–31); with a number format, what the format shows (visHeltal) holds one: 101801234 in
 * 0000000000 (the leading zero of DD 01–09 is otherwise lost when 0101801234 is typed into a
 * General cell), 1501801234 in ######-####.
 *
 * Numbers formatted as money, with thousands separators, decimals, percent or dates are
 * not CPR numbers to a reader of the sheet: a nine-digit budget amount (105.012.345 kr.)
 * would otherwise look like 01-05-01 in about one case in eight.
 */
export function talLignerCpr(v: number, format: string | null): boolean {
  if (!Number.isInteger(v)) return false;
  const talformat = format === null || format === "" || /^general$/i.test(format) ? null : format;
  if (talformat !== null && talformat !== "@") {
    // What the format shows (issue 16 item 2: 101801234 as 00"."00"."00"-"0000, 1501801234 as
    // ######-####): its digits and literal text, read as any text is.
    // Cheap bound first: the digits shown are at most the number's, or its placeholders', plus
    // the format's literal digits; a CPR number needs ten.
    let graense = CIFFER_GRAENSE.get(talformat);
    if (!graense) {
      // Placeholders outside quotes; every digit in the format counted again (an upper bound).
      const pladser = talformat.replace(/"[^"]*"|\\./g, "").replace(/[^0#?]/g, "").length;
      graense = { pladser, literale: (talformat.match(/\d/g) ?? []).length };
      if (CIFFER_GRAENSE.size > 10_000) CIFFER_GRAENSE.clear();
      CIFFER_GRAENSE.set(talformat, graense);
    }
    if (Math.max(String(Math.abs(v)).length, graense.pladser) + graense.literale < 10) return false;
    const vist = visHeltal(v, talformat);
    if (vist !== null && indeholderCpr(vist)) return true;
    // ExcelJS drops a format's backslashes (00\.00\.00\-0000 arrives as 00.00.00-0000): with
    // more than one bare ".", they are read as the literal dots they were too.
    const tekstPunktum = punktumSomTekst(talformat);
    if (tekstPunktum === null) return false;
    const vist2 = visHeltal(v, tekstPunktum);
    return vist2 !== null && indeholderCpr(vist2);
  }
  // General (or Text): the digits as they are; nine digits show as nine.
  if (v < 1e9 || v > 3112999999) return false;
  return indeholderCpr(String(v));
}

/** The format with every "." outside quotes escaped, when it has two or more; else null. */
function punktumSomTekst(format: string): string | null {
  let ud = "";
  let n = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const slut = format.indexOf('"', i + 1);
      const k = slut < 0 ? format.length : slut + 1;
      ud += format.slice(i, k);
      i = k - 1;
    } else if (c === "\\") {
      ud += format.slice(i, i + 2);
      i++;
    } else if (c === ".") {
      n++;
      ud += "\\.";
    } else ud += c;
  }
  return n >= 2 ? ud : null;
}

/**
 * A text cell as its number format shows it: the format's text section (the fourth, or the
 * only one holding "@") with "@" replaced by the text. Null when no section shows the text.
 */
export function visTekst(v: string, format: string | null): string | null {
  if (!format || !format.includes("@")) return null;
  const sektioner = formatSektioner(format);
  const sektion = sektioner.length >= 4 ? sektioner[3] : sektioner.find((x) => x.includes("@"));
  if (!sektion) return null;
  return formatLiteralTekst(sektion, v);
}

/** One piece of a number format section: a digit placeholder or literal text. */
type FormatDel = { pladsholder: "0" | "#" | "?" } | { tekst: string };

/**
 * A number format's sections (`;`) as placeholders and literal text, or null for a section
 * this cannot render as Excel would (thousands separators, scaling, percent, fractions,
 * exponents, dates and times): those are left to talLignerCpr's own reading.
 * Literal text: quoted text, `\x` escapes, `_x` (a space), and the characters Excel shows
 * as they are (`-`, `+`, `(`, `)`, `:`, `/`, space, `$`, and a `.` after the decimal point).
 */
function formatDele(format: string): (FormatDel[] | null)[] {
  const sektioner: (FormatDel[] | null)[] = [];
  let dele: FormatDel[] | null = [];
  let decimal = false;
  const tekst = (t: string): void => void dele?.push({ tekst: t });
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === ";") {
      sektioner.push(dele);
      dele = [];
      decimal = false;
    } else if (c === '"') {
      const slut = format.indexOf('"', i + 1);
      const t = slut < 0 ? format.slice(i + 1) : format.slice(i + 1, slut);
      tekst(t);
      i = slut < 0 ? format.length : slut;
    } else if (c === "\\") {
      if (i + 1 < format.length) tekst(format[++i]);
    } else if (c === "_") {
      i++;
      tekst(" ");
    } else if (c === "*") i++;
    else if (c === "[") {
      const slut = format.indexOf("]", i);
      i = slut < 0 ? format.length : slut;
    } else if (c === "0" || c === "#" || c === "?") {
      // After the decimal point: the fraction of an integer, zeros for "0", nothing for "#".
      if (decimal) tekst(c === "0" ? "0" : c === "?" ? " " : "");
      else dele?.push({ pladsholder: c });
    } else if (c === ".") {
      if (decimal) tekst(".");
      else {
        decimal = true;
        tekst(".");
      }
    } else if (/[-+():/ $!^&'~{}<>=]/.test(c)) tekst(c);
    else if (c === "@") tekst("@");
    else if (/[1-9]/.test(c)) tekst(c);
    // A thousands separator, scaling comma, percent, exponent, fraction or date code.
    else dele = null;
  }
  sektioner.push(dele);
  return sektioner;
}

const FORMAT_CACHE = new Map<string, (FormatDel[] | null)[]>();

/**
 * A whole number as a number format shows it: digits fill the placeholders from the right,
 * the leftmost takes any left over, an unfilled "0" shows 0 and "#" nothing, and the literal
 * text stays where it is. Null when the format is not one this renders (see formatDele).
 */
export function visHeltal(v: number, format: string): string | null {
  if (!Number.isSafeInteger(v)) return null;
  let sektioner = FORMAT_CACHE.get(format);
  if (!sektioner) {
    sektioner = formatDele(format);
    if (FORMAT_CACHE.size > 10_000) FORMAT_CACHE.clear();
    FORMAT_CACHE.set(format, sektioner);
  }
  // Excel: positive; negative (shown without its sign); zero; text.
  const sektion =
    v < 0 && sektioner.length > 1 ? sektioner[1] : v === 0 && sektioner.length > 2 ? sektioner[2] : sektioner[0];
  if (!sektion || sektion.some((d) => "tekst" in d && d.tekst === "@")) return null;
  const pladser = sektion.filter((d) => "pladsholder" in d).length;
  if (pladser === 0) return null;
  // A negative number's "-" (one section) is Excel's own and not part of the digits shown.
  let cifre = String(Math.abs(v));
  let ud = "";
  let naeste = pladser;
  // Right to left: each placeholder takes the next digit from the right.
  const stykker: string[] = [];
  for (let k = sektion.length - 1; k >= 0; k--) {
    const d = sektion[k];
    if ("tekst" in d) {
      stykker.push(d.tekst);
      continue;
    }
    naeste--;
    if (naeste === 0) {
      // The leftmost placeholder: every digit left.
      stykker.push(cifre.length > 0 ? cifre : d.pladsholder === "0" ? "0" : d.pladsholder === "?" ? " " : "");
      cifre = "";
    } else if (cifre.length > 0) {
      stykker.push(cifre[cifre.length - 1]);
      cifre = cifre.slice(0, -1);
    } else stykker.push(d.pladsholder === "0" ? "0" : d.pladsholder === "?" ? " " : "");
  }
  for (let k = stykker.length - 1; k >= 0; k--) ud += stykker[k];
  return ud;
}

/**
 * The literal text of a number format (quoted text and `\x` escapes, every section): what
 * it shows whatever the value. "0;0;0;@\" (cpr 010180-1234)\"" shows a CPR number beside any text.
 */
export function formatLiteralTekst(format: string, tekst = " "): string {
  let ud = "";
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '"') {
      const slut = format.indexOf('"', i + 1);
      ud += slut < 0 ? format.slice(i + 1) : format.slice(i + 1, slut);
      i = slut < 0 ? format.length : slut;
    } else if (c === "\\") {
      if (i + 1 < format.length) ud += format[++i];
    } else if (c === ";") ud += "\n";
    else if (c === "[") {
      const slut = format.indexOf("]", i);
      i = slut < 0 ? format.length : slut;
    } else if (!/[0#?@_*]/.test(c)) ud += c;
    else if (c === "_" || c === "*") i++;
    else if (c === "@") ud += tekst;
    // A placeholder ends a literal run: "01"0000 is not the number 010000.
    else ud += " ";
  }
  return ud;
}

export const CPR_SKJULT = "[CPR-nummer skjult]";

/** The text with every CPR number replaced, for messages that quote a cell. */
export function skjulCpr(tekst: string): string {
  const fund = findCprITekst(tekst);
  if (fund.length === 0) return tekst;
  let ud = "";
  let fra = 0;
  for (const f of fund) {
    ud += tekst.slice(fra, f.start) + CPR_SKJULT;
    fra = f.slut;
  }
  return ud + tekst.slice(fra);
}
