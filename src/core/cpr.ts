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

// After NFKC: hyphen-minus, the Unicode hyphens and dashes, minus, small hyphen-minus.
const STREG = "\\-\u2010-\u2015\u2212\ufe58\ufe63";
// Runs of white space are one character after normalisation, so every quantifier is bounded
// and the scan stays linear on hostile text (a long run of spaces, of digit groups).
const CPR_MOENSTER = new RegExp(
  `(?<!\\d)(\\d{2})([._/\\s${STREG}]?)(\\d{2})\\2(\\d{2})(\\s?[${STREG}/._]\\s?|\\s)?(\\d{4})(?!\\d)`,
  "g",
);

const USYNLIG = /\p{Default_Ignorable_Code_Point}/u;
const CIFFER = /\p{Nd}/u;
/** Something the per-code-point normalisation would change besides NFKC. */
const SAERLIGT = /\p{Default_Ignorable_Code_Point}|(?![0-9])\p{Nd}|\s\s/u;
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
  return fund;
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

/**
 * A number cell that reads as a CPR number: a whole number of ten digits (DD 10–31), or
 * of nine digits when the cell's number format pads it to ten (the leading zero of DD
 * 01–09 is otherwise lost when 0101801234 is typed into a General cell).
 *
 * Numbers formatted as money, with thousands separators, decimals, percent or dates are
 * not CPR numbers to a reader of the sheet: a nine-digit budget amount (105.012.345 kr.)
 * would otherwise look like 01-05-01 in about one case in eight.
 */
export function talLignerCpr(v: number, format: string | null): boolean {
  if (!Number.isInteger(v) || v < 1e8 || v > 3112999999) return false;
  const talformat = format === null || format === "" || format === "General" ? null : format;
  if (talformat !== null && talformat !== "@" && !/^[0\- ]+$/.test(talformat.replace(/["\\]/g, ""))) return false;
  if (v < 1e9) {
    const nuller = talformat === null ? 0 : (talformat.match(/0/g) ?? []).length;
    if (nuller < 10) return false;
  }
  return indeholderCpr(String(v).padStart(10, "0"));
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
