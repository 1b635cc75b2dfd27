/**
 * A small evaluator of the plain formulas a takstskema holds (formel-ikke-beregnet): numbers,
 * cells and ranges of the formula's own sheet or (given `arkOpslag`) of another sheet of the
 * workbook (`Stamdata!C1`, `'Over- og underskud'!B2`), + − × ÷ ^, comparisons, "" and IF,
 * ROUND, SUM, ABS, MIN, MAX. It computes what Excel would show from the values in the
 * snapshot, so a stored result that a formula cannot give is found. Anything else (another
 * workbook, another function, text in arithmetic, an error value) is "cannot tell":
 * `beregnFormel` gives undefined, and the stored result is left alone.
 */
import { kolonneNummer } from "../../../adresse";
import { D } from "../../../penge";
import { cellValue, erExcelFejl, type SnapshotSheet } from "../../../snapshot";

/** The result: a number, "" (text), or an empty cell (null). */
type Vaerdi = number | string | null;

class KanIkke extends Error {}

/** Cells a SUM/MIN/MAX range may span before the evaluator gives up. */
const MAKS_OMRAADE = 10_000;

/** Work left for one check (characters read plus range cells): a hostile workbook of long formulas stays bounded. */
export interface Regnebudget {
  rest: number;
}

export const STANDARD_REGNEBUDGET = 20_000_000;
/** Excel's own limit on a formula's length: a longer one cannot come from Excel. */
const MAKS_LAENGDE = 8_192;
/** Nesting (parentheses, function calls, signs) deeper than Excel's 64 levels is not evaluated: the stack stays small. */
const MAKS_DYBDE = 100;

type Token =
  | { t: "tal"; v: number }
  | { t: "tekst"; v: string }
  | { t: "ref"; raekke: number; kolonne: number; ark?: string }
  | { t: "navn"; v: string }
  | { t: "op"; v: string };

const REF = /\$?([A-Z]{1,3})\$?(\d{1,7})/y;
const EFTER_REF = /[A-Z0-9_.!(]/y;
const TAL = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/y;
const NAVN = /(?:_XLFN\.)?([A-Z][A-Z0-9.]*)(?=\()/y;
const OP = /<>|<=|>=|[-+*/^=<>(),:]/y;
/** A sheet prefix: 'quoted name'! (a quote doubled inside) or a plain name (letters, digits, _ and .). */
const ARK_CITERET = /'((?:[^']|'')+)'!/y;
const ARK = /([A-Z_\u00C0-\u024F][A-Z0-9_.\u00C0-\u024F]*)!/y;

function match(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/** Sticky regexes over the formula: linear in its length. */
function tokens(f: string): Token[] {
  const s = f.toUpperCase();
  // Upper-casing that changes the length (ß → SS) would shift the text of a string literal.
  if (s.length !== f.length) throw new KanIkke();
  const ud: Token[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === " ") {
      i++;
      continue;
    }
    if (ch === '"') {
      const slut = s.indexOf('"', i + 1);
      if (slut < 0 || s[slut + 1] === '"') throw new KanIkke();
      ud.push({ t: "tekst", v: f.slice(i + 1, slut) });
      i = slut + 1;
      continue;
    }
    // Another sheet's cell: the name as written (not upper-cased), then the reference.
    let m = match(ARK_CITERET, s, i) ?? match(ARK, s, i);
    if (m) {
      const navn =
        m[1] === undefined
          ? ""
          : f
              .slice(i, i + m[0].length - 1)
              .replace(/^'|'$/g, "")
              .replace(/''/g, "'");
      const r = match(REF, s, i + m[0].length);
      if (!navn || !r || match(EFTER_REF, s, i + m[0].length + r[0].length)) throw new KanIkke();
      ud.push({ t: "ref", kolonne: kolonneNummer(r[1]), raekke: Number(r[2]), ark: navn });
      i += m[0].length + r[0].length;
      continue;
    }
    m = match(NAVN, s, i);
    if (m) {
      ud.push({ t: "navn", v: m[1] });
      i += m[0].length;
      continue;
    }
    m = match(REF, s, i);
    if (m && !match(EFTER_REF, s, i + m[0].length)) {
      ud.push({ t: "ref", kolonne: kolonneNummer(m[1]), raekke: Number(m[2]) });
      i += m[0].length;
      continue;
    }
    m = match(TAL, s, i);
    if (m) {
      ud.push({ t: "tal", v: Number(m[0]) });
      i += m[0].length;
      continue;
    }
    m = match(OP, s, i);
    // Another sheet, a name, a structured reference, an array …: not this evaluator's.
    if (!m) throw new KanIkke();
    ud.push({ t: "op", v: m[0] });
    i += m[0].length;
  }
  return ud;
}

class Regner {
  private i = 0;
  constructor(
    private readonly ts: Token[],
    private readonly ark: SnapshotSheet,
    private readonly budget: Regnebudget,
    private readonly arkOpslag?: (navn: string) => SnapshotSheet | undefined,
  ) {}

  /** The sheet a reference points at: its own, or the named one (cannot tell without a lookup). */
  private arkAf(t: { ark?: string }): SnapshotSheet {
    if (t.ark === undefined) return this.ark;
    const a = this.arkOpslag?.(t.ark);
    if (!a) throw new KanIkke();
    return a;
  }

  beregn(): Vaerdi {
    const v = this.sammenligning();
    if (this.i !== this.ts.length || typeof v === "boolean") throw new KanIkke();
    return v;
  }

  private kig(): Token | undefined {
    return this.ts[this.i];
  }

  private erOp(v: string): boolean {
    const t = this.ts[this.i];
    return t !== undefined && t.t === "op" && t.v === v;
  }

  private forvent(v: string): void {
    if (!this.erOp(v)) throw new KanIkke();
    this.i++;
  }

  private dybde = 0;

  private sammenligning(): Vaerdi | boolean {
    if (++this.dybde > MAKS_DYBDE) throw new KanIkke();
    const a = this.plus();
    const t = this.kig();
    let ud: Vaerdi | boolean = a;
    if (t?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
      this.i++;
      ud = sammenlign(t.v, a, this.plus());
    }
    this.dybde--;
    return ud;
  }

  private plus(): Vaerdi {
    let a = this.gange();
    for (;;) {
      if (this.erOp("+")) {
        this.i++;
        a = tal(a) + tal(this.gange());
      } else if (this.erOp("-")) {
        this.i++;
        a = tal(a) - tal(this.gange());
      } else return a;
    }
  }

  private gange(): Vaerdi {
    let a = this.potens();
    for (;;) {
      if (this.erOp("*")) {
        this.i++;
        a = tal(a) * tal(this.potens());
      } else if (this.erOp("/")) {
        this.i++;
        const b = tal(this.potens());
        if (b === 0) throw new KanIkke();
        a = tal(a) / b;
      } else return a;
    }
  }

  /** Excel reads ^ from the left: 2^3^2 is (2^3)^2 = 64. */
  private potens(): Vaerdi {
    let a = this.fortegn();
    while (this.erOp("^")) {
      this.i++;
      a = Math.pow(tal(a), tal(this.fortegn()));
    }
    return a;
  }

  /** A run of signs, counted without recursion: --1 is 1. */
  private fortegn(): Vaerdi {
    let minus = false;
    let antal = 0;
    for (;;) {
      if (this.erOp("-")) minus = !minus;
      else if (!this.erOp("+")) break;
      this.i++;
      if (++antal > MAKS_DYBDE) throw new KanIkke();
    }
    // A plus alone changes nothing, not even text.
    if (!minus) return this.primaer();
    return -tal(this.primaer());
  }

  private primaer(): Vaerdi {
    const t = this.ts[this.i++];
    if (!t) throw new KanIkke();
    switch (t.t) {
      case "tal":
        return t.v;
      case "tekst":
        return t.v;
      case "ref":
        if (this.erOp(":")) throw new KanIkke(); // a range outside SUM/MIN/MAX
        return celle(this.arkAf(t), t.raekke, t.kolonne);
      case "navn":
        return this.funktion(t.v);
      case "op":
        if (t.v === "(") {
          const v = this.sammenligning();
          this.forvent(")");
          if (typeof v === "boolean") throw new KanIkke();
          return v;
        }
        throw new KanIkke();
    }
  }

  /** The arguments of a call; a range argument becomes its cells. */
  private argumenter(omraader: boolean): (Vaerdi | boolean)[][] {
    this.forvent("(");
    const ud: (Vaerdi | boolean)[][] = [];
    if (this.erOp(")")) {
      this.i++;
      return ud;
    }
    for (;;) {
      const t = this.kig();
      const naeste = this.ts[this.i + 1];
      const efter = this.ts[this.i + 2];
      if (omraader && t?.t === "ref" && naeste?.t === "op" && naeste.v === ":" && efter?.t === "ref") {
        // Sheet!A1:B2: the second reference has no sheet of its own.
        if (efter.ark !== undefined) throw new KanIkke();
        this.i += 3;
        ud.push(omraade(this.arkAf(t), t, efter, this.budget));
      } else ud.push([this.sammenligning()]);
      if (this.erOp(",")) {
        this.i++;
        continue;
      }
      this.forvent(")");
      return ud;
    }
  }

  private funktion(navn: string): Vaerdi {
    switch (navn) {
      case "IF": {
        const a = this.argumenter(false).map((x) => x[0]);
        if (a.length < 2 || a.length > 3) throw new KanIkke();
        const betingelse = a[0];
        if (typeof betingelse !== "boolean" && typeof betingelse !== "number") throw new KanIkke();
        const v = betingelse ? a[1] : a.length === 3 ? a[2] : false;
        if (typeof v === "boolean") throw new KanIkke();
        return v;
      }
      case "ROUND": {
        const a = this.argumenter(false).map((x) => x[0]);
        if (a.length !== 2) throw new KanIkke();
        const n = tal(a[1] as Vaerdi);
        if (!Number.isInteger(n) || n < 0 || n > 15) throw new KanIkke();
        // Excel rounds the decimal it shows, half away from zero.
        return new D(tal(a[0] as Vaerdi)).toDecimalPlaces(n, D.ROUND_HALF_UP).toNumber();
      }
      case "ABS": {
        const a = this.argumenter(false).map((x) => x[0]);
        if (a.length !== 1) throw new KanIkke();
        return Math.abs(tal(a[0] as Vaerdi));
      }
      case "SUM":
      case "MIN":
      case "MAX": {
        // In a range, empty cells and text are skipped, as Excel does.
        const tallene: number[] = [];
        for (const arg of this.argumenter(true)) {
          if (arg.length === 1) tallene.push(tal(arg[0] as Vaerdi));
          else for (const v of arg) if (typeof v === "number") tallene.push(v);
        }
        if (navn === "SUM") return tallene.reduce((s, x) => s + x, 0);
        if (tallene.length === 0) return 0;
        return navn === "MIN" ? Math.min(...tallene) : Math.max(...tallene);
      }
      default:
        throw new KanIkke();
    }
  }
}

function celle(ark: SnapshotSheet, raekke: number, kolonne: number): Vaerdi {
  const v = cellValue(ark, raekke, kolonne);
  if (v === null) return null;
  if (typeof v === "number") return v;
  if (typeof v === "string") return v.trim() === "" ? null : v;
  if (erExcelFejl(v)) throw new KanIkke();
  throw new KanIkke(); // a boolean
}

function omraade(
  ark: SnapshotSheet,
  a: { raekke: number; kolonne: number },
  b: { raekke: number; kolonne: number },
  budget: Regnebudget,
): Vaerdi[] {
  const top = Math.min(a.raekke, b.raekke);
  const bund = Math.max(a.raekke, b.raekke);
  const venstre = Math.min(a.kolonne, b.kolonne);
  const hoejre = Math.max(a.kolonne, b.kolonne);
  const antal = (bund - top + 1) * (hoejre - venstre + 1);
  if (antal > MAKS_OMRAADE) throw new KanIkke();
  budget.rest -= antal;
  if (budget.rest < 0) throw new KanIkke();
  const ud: Vaerdi[] = [];
  for (let r = top; r <= bund; r++) for (let c = venstre; c <= hoejre; c++) ud.push(celle(ark, r, c));
  return ud;
}

/** A number for arithmetic: an empty cell is 0; text (even "12") is left to Excel. */
function tal(v: Vaerdi | boolean): number {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  throw new KanIkke();
}

function sammenlign(op: string, a: Vaerdi, b: Vaerdi): boolean {
  // Excel: an empty cell equals both "" and 0; a number never equals text.
  let x: number | string;
  let y: number | string;
  if (a === null) x = typeof b === "string" ? "" : 0;
  else x = a;
  if (b === null) y = typeof a === "string" ? "" : 0;
  else y = b;
  if (typeof x !== typeof y) {
    if (op === "=") return false;
    if (op === "<>") return true;
    throw new KanIkke();
  }
  if (typeof x === "string") {
    x = x.toLowerCase();
    y = (y as string).toLowerCase();
  }
  switch (op) {
    case "=":
      return x === y;
    case "<>":
      return x !== y;
    case "<":
      return x < y;
    case ">":
      return x > y;
    case "<=":
      return x <= y;
    default:
      return x >= y;
  }
}

/**
 * What the formula gives on `ark` from the snapshot's values, or undefined when the evaluator
 * cannot tell. `arkOpslag` finds another sheet by name; without it such a reference cannot be told.
 */
export function beregnFormel(
  formel: string,
  ark: SnapshotSheet,
  budget: Regnebudget = { rest: STANDARD_REGNEBUDGET },
  arkOpslag?: (navn: string) => SnapshotSheet | undefined,
): number | string | null | undefined {
  if (!formel.startsWith("=") || formel.length > MAKS_LAENGDE) return undefined;
  budget.rest -= formel.length;
  if (budget.rest < 0) return undefined;
  try {
    const v = new Regner(tokens(formel.slice(1)), ark, budget, arkOpslag).beregn();
    return typeof v === "number" && !Number.isFinite(v) ? undefined : v;
  } catch (e) {
    if (e instanceof KanIkke) return undefined;
    throw e;
  }
}

/** The stored result is what the formula gives (numbers within rounding noise; "" and an empty cell alike). */
export function sammeResultat(gemt: unknown, beregnet: number | string | null): boolean {
  const tom = (v: unknown) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");
  if (tom(beregnet) || tom(gemt)) return tom(beregnet) && tom(gemt);
  if (typeof beregnet === "number") {
    if (typeof gemt !== "number") return false;
    return Math.abs(gemt - beregnet) <= 1e-9 * Math.max(1, Math.abs(gemt), Math.abs(beregnet));
  }
  return typeof gemt === "string" && gemt === beregnet;
}
