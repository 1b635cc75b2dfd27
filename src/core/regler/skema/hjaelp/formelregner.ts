/**
 * A small evaluator of the plain formulas a takstskema holds (formel-ikke-beregnet, and the
 * Excel fake, which calculates what is written as Excel does): numbers, cells and ranges of the
 * formula's own sheet or (given `arkOpslag`) of another sheet of the workbook (`Stamdata!C1`,
 * `'Over- og underskud'!B2`), + − × ÷ ^, comparisons, "" and IF, IFERROR, ROUND, SUM, ABS, MIN,
 * MAX, and the template's rate lookup (src/core/skema/formler.ts, ataOpslag): structured
 * references to a table's column (given `tabelKolonne`), SUMPRODUCT (whose arguments are
 * evaluated element by element over columns, as Excel and LibreOffice do), INDEX, ROW, LOWER,
 * TRIM and SUBSTITUTE. Error values (#REF!, #DIV/0! …) pass through as in Excel, so IFERROR
 * catches them. It computes what Excel would show from the values it reads. Anything else
 * (another workbook, another function, text in arithmetic, a range where Excel would intersect
 * or spill) is "cannot tell": `beregnFormel` and `beregnCelleformel` give undefined, and a stored
 * result is left alone.
 */
import { kolonneNummer } from "../../../adresse";
import { D } from "../../../penge";
import { cellValue, erExcelFejl, type CellValue, type SnapshotSheet } from "../../../snapshot";

/** An error value: it passes through arithmetic and functions; IFERROR catches it. */
class Fejl {
  constructor(readonly kode: string) {}
}

/** A single value: a number, text, a comparison's TRUE/FALSE, an empty cell (null) or an error. */
type Skalar = number | string | boolean | null | Fejl;

/** A column of values (a range or a table column in SUMPRODUCT's arguments), worked on element by element. */
class Soejle {
  constructor(readonly v: Skalar[]) {}
}

type Vaerdi = Skalar | Soejle;

class KanIkke extends Error {}

/** A sheet as the evaluator reads it: a cell's value (null when empty). */
export interface FormelArk {
  celle(raekke: number, kolonne: number): CellValue;
}

/** The body of one column of a table, the cells a structured reference `Tabel[[Kolonne]]` names. */
export interface TabelKolonne {
  ark: FormelArk;
  top: number;
  bund: number;
  kolonne: number;
}

/** Where a formula reads its cells. */
export interface FormelKilde {
  /** The formula's own sheet. */
  ark: FormelArk;
  /** Another sheet by name; without it such a reference cannot be told. */
  arkOpslag?: (navn: string) => FormelArk | undefined;
  /** A table's column by the table's name and the column's header; without it a structured reference cannot be told. */
  tabelKolonne?: (tabel: string, kolonne: string) => TabelKolonne | undefined;
  /**
   * The source keeps an empty cell (null) apart from a formula's "" (the fake does). Office.js
   * reads both as "", so by default text of only spaces is read as an empty cell.
   */
  skelnerTomTekst?: boolean;
}

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

type RefToken = { t: "ref"; raekke: number; kolonne: number; ark?: string };
type TabelToken = { t: "tabel"; tabel: string; kolonne: string };

type Token =
  | { t: "tal"; v: number }
  | { t: "tekst"; v: string }
  | RefToken
  | TabelToken
  | { t: "navn"; v: string }
  | { t: "op"; v: string };

const REF = /\$?([A-Z]{1,3})\$?(\d{1,7})/y;
const EFTER_REF = /[A-Z0-9_.!([]/y;
const TAL = /(?:\d+\.?\d*|\.\d+)(?:E[+-]?\d+)?/y;
const NAVN = /(?:_XLFN\.)?([A-Z][A-Z0-9.]*)(?=\()/y;
const OP = /<>|<=|>=|[-+*/^=<>(),:]/y;
/** A sheet prefix: 'quoted name'! (a quote doubled inside) or a plain name (letters, digits, _ and .). */
const ARK_CITERET = /'((?:[^']|'')+)'!/y;
const ARK = /([A-Z_\u00C0-\u024F][A-Z0-9_.\u00C0-\u024F]*)!/y;
/** A table's name before a structured reference's bracket. */
const TABEL = /([A-Z_\\][A-Z0-9_.\\]*)\[/y;

function match(re: RegExp, s: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(s);
}

/**
 * A structured reference's column from `i` (just after the table's name): `[Kolonne]` or
 * `[[Kolonne]]`, where ' escapes the next character. Other forms (`[#Data]`, `[@Kolonne]`,
 * several parts, the whole table) are not this evaluator's. Gives the column and where it ends.
 */
function tabelKolonneFra(f: string, i: number): { kolonne: string; slut: number } {
  const dobbelt = f[i + 1] === "[";
  let j = i + (dobbelt ? 2 : 1);
  let kolonne = "";
  while (j < f.length && f[j] !== "]") {
    if (f[j] === "'") j++;
    if (dobbelt ? f[j] === undefined : f[j] === undefined || f[j] === "[") throw new KanIkke();
    kolonne += f[j];
    j++;
  }
  if (f[j] !== "]" || kolonne === "" || kolonne.startsWith("#") || kolonne.startsWith("@")) throw new KanIkke();
  j++;
  if (dobbelt) {
    if (f[j] !== "]") throw new KanIkke();
    j++;
  }
  return { kolonne, slut: j };
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
    m = match(TABEL, s, i);
    if (m) {
      const { kolonne, slut } = tabelKolonneFra(f, i + m[0].length - 1);
      ud.push({ t: "tabel", tabel: f.slice(i, i + m[1].length), kolonne });
      i = slut;
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
    // A name, an array constant, another workbook …: not this evaluator's.
    if (!m) throw new KanIkke();
    ud.push({ t: "op", v: m[0] });
    i += m[0].length;
  }
  return ud;
}

/** A function's argument: a range's cells (SUM, MIN, MAX read only its numbers) or a value. */
type Argument = { omraade: Skalar[] } | { v: Vaerdi };

class Regner {
  private i = 0;
  private dybde = 0;
  /** Inside SUMPRODUCT's arguments: a range is a column of values, and operators work element by element. */
  private matrise = 0;

  constructor(
    private readonly ts: Token[],
    private readonly kilde: FormelKilde,
    private readonly budget: Regnebudget,
  ) {}

  /** The sheet a reference points at: its own, or the named one (cannot tell without a lookup). */
  private arkAf(t: { ark?: string }): FormelArk {
    if (t.ark === undefined) return this.kilde.ark;
    const a = this.kilde.arkOpslag?.(t.ark);
    if (!a) throw new KanIkke();
    return a;
  }

  private celle(ark: FormelArk, raekke: number, kolonne: number): Skalar {
    const v = ark.celle(raekke, kolonne);
    if (v === null) return null;
    if (typeof v === "number") return v;
    if (typeof v === "string") return !this.kilde.skelnerTomTekst && v.trim() === "" ? null : v;
    if (erExcelFejl(v)) return new Fejl(v.fejl);
    throw new KanIkke(); // a boolean
  }

  private tabel(t: TabelToken): TabelKolonne {
    const k = this.kilde.tabelKolonne?.(t.tabel, t.kolonne);
    if (!k) throw new KanIkke();
    this.bruge(k.bund - k.top + 1);
    return k;
  }

  private bruge(antal: number): void {
    if (antal > MAKS_OMRAADE) throw new KanIkke();
    this.budget.rest -= antal;
    if (this.budget.rest < 0) throw new KanIkke();
  }

  beregn(): Skalar {
    const v = this.sammenligning();
    if (this.i !== this.ts.length || typeof v === "boolean" || v instanceof Soejle) throw new KanIkke();
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

  private sammenligning(): Vaerdi {
    if (++this.dybde > MAKS_DYBDE) throw new KanIkke();
    const a = this.plus();
    const t = this.kig();
    let ud: Vaerdi = a;
    if (t?.t === "op" && ["=", "<>", "<", ">", "<=", ">="].includes(t.v)) {
      this.i++;
      ud = elementvis(a, this.plus(), (x, y) => sammenlign(t.v, x, y));
    }
    this.dybde--;
    return ud;
  }

  private plus(): Vaerdi {
    let a = this.gange();
    for (;;) {
      if (this.erOp("+") || this.erOp("-")) {
        const op = (this.ts[this.i++] as { v: string }).v;
        a = elementvis(a, this.gange(), regn(op));
      } else return a;
    }
  }

  private gange(): Vaerdi {
    let a = this.potens();
    for (;;) {
      if (this.erOp("*") || this.erOp("/")) {
        const op = (this.ts[this.i++] as { v: string }).v;
        a = elementvis(a, this.potens(), regn(op));
      } else return a;
    }
  }

  /** Excel reads ^ from the left: 2^3^2 is (2^3)^2 = 64. */
  private potens(): Vaerdi {
    let a = this.fortegn();
    while (this.erOp("^")) {
      this.i++;
      a = elementvis(a, this.fortegn(), regn("^"));
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
    return hverEn(this.primaer(), (x) => {
      const n = tal(x);
      return n instanceof Fejl ? n : -n;
    });
  }

  private primaer(): Vaerdi {
    const t = this.ts[this.i++];
    if (!t) throw new KanIkke();
    switch (t.t) {
      case "tal":
        return t.v;
      case "tekst":
        return t.v;
      case "ref": {
        const ark = this.arkAf(t);
        if (!this.erOp(":")) return this.celle(ark, t.raekke, t.kolonne);
        // A range outside SUM/MIN/MAX/INDEX/ROW: only in SUMPRODUCT (elsewhere Excel intersects or spills).
        const b = this.ts[this.i + 1];
        if (this.matrise === 0 || b?.t !== "ref" || b.ark !== undefined || b.kolonne !== t.kolonne) throw new KanIkke();
        this.i += 2;
        const top = Math.min(t.raekke, b.raekke);
        const bund = Math.max(t.raekke, b.raekke);
        this.bruge(bund - top + 1);
        const v: Skalar[] = [];
        for (let r = top; r <= bund; r++) v.push(this.celle(ark, r, t.kolonne));
        return new Soejle(v);
      }
      case "tabel": {
        if (this.matrise === 0) throw new KanIkke();
        const k = this.tabel(t);
        const v: Skalar[] = [];
        for (let r = k.top; r <= k.bund; r++) v.push(this.celle(k.ark, r, k.kolonne));
        return new Soejle(v);
      }
      case "navn":
        return this.funktion(t.v);
      case "op":
        if (t.v === "(") {
          const v = this.sammenligning();
          this.forvent(")");
          return v;
        }
        throw new KanIkke();
    }
  }

  /** The arguments of a call; with `omraader`, an argument that is just a range (or a table column) is its cells. */
  private argumenter(omraader: boolean): Argument[] {
    this.forvent("(");
    const ud: Argument[] = [];
    if (this.erOp(")")) {
      this.i++;
      return ud;
    }
    for (;;) {
      const t = this.kig();
      const naeste = this.ts[this.i + 1];
      const efter = this.ts[this.i + 2];
      const slutter = (x: Token | undefined) => x?.t === "op" && (x.v === "," || x.v === ")");
      if (omraader && t?.t === "ref" && naeste?.t === "op" && naeste.v === ":" && efter?.t === "ref") {
        // Sheet!A1:B2: the second reference has no sheet of its own.
        if (efter.ark !== undefined) throw new KanIkke();
        this.i += 3;
        ud.push({ omraade: this.omraade(this.arkAf(t), t, efter) });
      } else if (omraader && t?.t === "tabel" && slutter(naeste)) {
        this.i++;
        const k = this.tabel(t);
        const v: Skalar[] = [];
        for (let r = k.top; r <= k.bund; r++) v.push(this.celle(k.ark, r, k.kolonne));
        ud.push({ omraade: v });
      } else ud.push({ v: this.sammenligning() });
      if (this.erOp(",")) {
        this.i++;
        continue;
      }
      this.forvent(")");
      return ud;
    }
  }

  /** The arguments as single values (a column where one value is wanted cannot be told). */
  private skalarer(): Skalar[] {
    return this.argumenter(false).map((a) => {
      const v = (a as { v: Vaerdi }).v;
      if (v instanceof Soejle) throw new KanIkke();
      return v;
    });
  }

  private omraade(ark: FormelArk, a: { raekke: number; kolonne: number }, b: { raekke: number; kolonne: number }) {
    const top = Math.min(a.raekke, b.raekke);
    const bund = Math.max(a.raekke, b.raekke);
    const venstre = Math.min(a.kolonne, b.kolonne);
    const hoejre = Math.max(a.kolonne, b.kolonne);
    this.bruge((bund - top + 1) * (hoejre - venstre + 1));
    const ud: Skalar[] = [];
    for (let r = top; r <= bund; r++) for (let c = venstre; c <= hoejre; c++) ud.push(this.celle(ark, r, c));
    return ud;
  }

  private funktion(navn: string): Vaerdi {
    switch (navn) {
      case "IF": {
        const a = this.skalarer();
        if (a.length < 2 || a.length > 3) throw new KanIkke();
        const betingelse = a[0];
        if (betingelse instanceof Fejl) return betingelse;
        if (typeof betingelse !== "boolean" && typeof betingelse !== "number") throw new KanIkke();
        const v = betingelse ? a[1] : a.length === 3 ? a[2] : false;
        if (typeof v === "boolean") throw new KanIkke();
        return v;
      }
      case "IFERROR": {
        const a = this.skalarer();
        if (a.length !== 2) throw new KanIkke();
        return a[0] instanceof Fejl ? a[1] : a[0];
      }
      case "ROUND": {
        const a = this.skalarer();
        if (a.length !== 2) throw new KanIkke();
        const x = tal(a[0]);
        if (x instanceof Fejl) return x;
        const n = tal(a[1]);
        if (n instanceof Fejl) return n;
        if (!Number.isInteger(n) || n < 0 || n > 15) throw new KanIkke();
        // Excel rounds the decimal it shows, half away from zero.
        return new D(x).toDecimalPlaces(n, D.ROUND_HALF_UP).toNumber();
      }
      case "ABS": {
        const a = this.skalarer();
        if (a.length !== 1) throw new KanIkke();
        const x = tal(a[0]);
        return x instanceof Fejl ? x : Math.abs(x);
      }
      case "SUM":
      case "MIN":
      case "MAX": {
        // In a range or a column, empty cells, text and TRUE/FALSE are skipped, as Excel does; an error is the result.
        const tallene: number[] = [];
        for (const arg of this.argumenter(true)) {
          const liste = "omraade" in arg ? arg.omraade : arg.v instanceof Soejle ? arg.v.v : null;
          if (liste) {
            for (const v of liste) {
              if (v instanceof Fejl) return v;
              if (typeof v === "number") tallene.push(v);
            }
          } else {
            const x = tal((arg as { v: Skalar }).v);
            if (x instanceof Fejl) return x;
            tallene.push(x);
          }
        }
        if (navn === "SUM") return tallene.reduce((s, x) => s + x, 0);
        if (tallene.length === 0) return 0;
        return navn === "MIN" ? Math.min(...tallene) : Math.max(...tallene);
      }
      case "SUMPRODUCT":
        return this.sumprodukt();
      case "INDEX":
        return this.indeks();
      case "ROW":
        return this.raekke();
      case "LOWER":
      case "TRIM":
      case "SUBSTITUTE": {
        const a = this.argumenter(false).map((x) => (x as { v: Vaerdi }).v);
        if (a.length !== (navn === "SUBSTITUTE" ? 3 : 1)) throw new KanIkke();
        const [gammel, ny] = [a[1], a[2]].map((x) => (x === undefined ? "" : tekstAf(skalar(x))));
        if (gammel instanceof Fejl) return gammel;
        if (ny instanceof Fejl) return ny;
        return hverEn(a[0], (x) => {
          const s = tekstAf(x);
          if (s instanceof Fejl) return s;
          if (navn === "LOWER") {
            const l = s.toLowerCase();
            if (l.length !== s.length) throw new KanIkke();
            return l;
          }
          // Excel's TRIM: only the space U+0020, trimmed and inner runs collapsed to one.
          if (navn === "TRIM")
            return s
              .split(" ")
              .filter((d) => d !== "")
              .join(" ");
          return gammel === "" ? s : s.split(gammel).join(ny);
        });
      }
      default:
        throw new KanIkke();
    }
  }

  /** SUMPRODUCT: its arguments element by element; with several, the sum of the products (non-numbers count 0). */
  private sumprodukt(): Skalar {
    this.matrise++;
    const args = this.argumenter(false).map((a) => (a as { v: Vaerdi }).v);
    this.matrise--;
    if (args.length === 0) throw new KanIkke();
    if (args.length === 1 && !(args[0] instanceof Soejle)) {
      const v = args[0];
      if (v instanceof Fejl || typeof v === "number") return v;
      throw new KanIkke();
    }
    if (!args.every((a): a is Soejle => a instanceof Soejle) || args.some((a) => a.v.length !== args[0].v.length))
      throw new KanIkke();
    let sum = 0;
    for (let k = 0; k < args[0].v.length; k++) {
      let p = 1;
      for (const a of args) {
        const v = a.v[k];
        if (v instanceof Fejl) return v;
        p *= typeof v === "number" ? v : 0;
      }
      sum += p;
    }
    return sum;
  }

  /** INDEX(column, n): the n-th value (an empty cell stays empty); past the end #REF!. */
  private indeks(): Skalar {
    this.forvent("(");
    this.matrise++;
    const a = this.sammenligning();
    this.matrise--;
    this.forvent(",");
    const n = skalar(this.sammenligning());
    this.forvent(")");
    const nr = tal(n);
    if (nr instanceof Fejl) return nr;
    if (a instanceof Fejl) return a;
    const liste = a instanceof Soejle ? a.v : [a];
    const k = Math.trunc(nr);
    if (k === 0) throw new KanIkke(); // the whole column
    if (k < 0) return new Fejl("#VALUE!");
    if (k > liste.length) return new Fejl("#REF!");
    return liste[k - 1];
  }

  /** ROW(reference): its row, or (in SUMPRODUCT) the column of its rows. */
  private raekke(): Vaerdi {
    this.forvent("(");
    const t = this.kig();
    let top: number;
    let bund: number;
    if (t?.t === "ref") {
      this.arkAf(t);
      const b = this.ts[this.i + 2];
      if (this.erOpVed(this.i + 1, ":") && b?.t === "ref" && b.ark === undefined) {
        top = Math.min(t.raekke, b.raekke);
        bund = Math.max(t.raekke, b.raekke);
        this.i += 3;
      } else {
        top = bund = t.raekke;
        this.i++;
      }
    } else if (t?.t === "tabel") {
      const k = this.tabel(t);
      top = k.top;
      bund = k.bund;
      this.i++;
    } else throw new KanIkke();
    this.forvent(")");
    if (top === bund) return top;
    if (this.matrise === 0) throw new KanIkke();
    this.bruge(bund - top + 1);
    const v: number[] = [];
    for (let r = top; r <= bund; r++) v.push(r);
    return new Soejle(v);
  }

  private erOpVed(i: number, v: string): boolean {
    const t = this.ts[i];
    return t !== undefined && t.t === "op" && t.v === v;
  }
}

function skalar(v: Vaerdi): Skalar {
  if (v instanceof Soejle) throw new KanIkke();
  return v;
}

/** An operator on two values, element by element when either is a column (a single value goes with every element). */
function elementvis(a: Vaerdi, b: Vaerdi, fn: (x: Skalar, y: Skalar) => Skalar): Vaerdi {
  if (!(a instanceof Soejle) && !(b instanceof Soejle)) return fn(a, b);
  if (a instanceof Soejle && b instanceof Soejle && a.v.length !== b.v.length) throw new KanIkke();
  const n = a instanceof Soejle ? a.v.length : (b as Soejle).v.length;
  const ud: Skalar[] = [];
  for (let k = 0; k < n; k++) ud.push(fn(a instanceof Soejle ? a.v[k] : a, b instanceof Soejle ? b.v[k] : b));
  return new Soejle(ud);
}

function hverEn(a: Vaerdi, fn: (x: Skalar) => Skalar): Vaerdi {
  return a instanceof Soejle ? new Soejle(a.v.map(fn)) : fn(a);
}

function regn(op: string): (x: Skalar, y: Skalar) => Skalar {
  return (x, y) => {
    const a = tal(x);
    if (a instanceof Fejl) return a;
    const b = tal(y);
    if (b instanceof Fejl) return b;
    switch (op) {
      case "+":
        return a + b;
      case "-":
        return a - b;
      case "*":
        return a * b;
      case "/":
        return b === 0 ? new Fejl("#DIV/0!") : a / b;
      default: {
        const p = Math.pow(a, b);
        if (!Number.isFinite(p)) throw new KanIkke();
        return p;
      }
    }
  };
}

/**
 * A number for arithmetic: an empty cell is 0, a comparison's TRUE 1; "" is #VALUE! as in
 * Excel; other text (even "12", which Excel may read as a number) is left to Excel.
 */
function tal(v: Skalar): number | Fejl {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof Fejl) return v;
  if (v === "") return new Fejl("#VALUE!");
  throw new KanIkke();
}

/** A value as text functions read it; a number only where Excel's General text is sure (up to 15 digits, no exponent). */
function tekstAf(v: Skalar): string | Fejl {
  if (v === null) return "";
  if (typeof v === "string" || v instanceof Fejl) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  const t = String(Number(v.toPrecision(15)));
  if (/e/i.test(t)) throw new KanIkke();
  return t;
}

function sammenlign(op: string, a: Skalar, b: Skalar): Skalar {
  if (a instanceof Fejl) return a;
  if (b instanceof Fejl) return b;
  // Excel: an empty cell equals both "" and 0; a number never equals text.
  let x: number | string | boolean;
  let y: number | string | boolean;
  if (a === null) x = typeof b === "string" ? "" : typeof b === "boolean" ? false : 0;
  else x = a;
  if (b === null) y = typeof a === "string" ? "" : typeof a === "boolean" ? false : 0;
  else y = b;
  if (typeof x !== typeof y) {
    if (op === "=") return false;
    if (op === "<>") return true;
    throw new KanIkke();
  }
  if (typeof x === "boolean" && op !== "=" && op !== "<>") throw new KanIkke();
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

function regnUd(formel: string, kilde: FormelKilde, budget: Regnebudget): Skalar | undefined {
  if (!formel.startsWith("=") || formel.length > MAKS_LAENGDE) return undefined;
  budget.rest -= formel.length;
  if (budget.rest < 0) return undefined;
  try {
    const v = new Regner(tokens(formel.slice(1)), kilde, budget).beregn();
    return typeof v === "number" && !Number.isFinite(v) ? undefined : v;
  } catch (e) {
    if (e instanceof KanIkke) return undefined;
    throw e;
  }
}

function snapshotArk(ark: SnapshotSheet): FormelArk {
  return { celle: (r, c) => cellValue(ark, r, c) };
}

/**
 * What the formula gives on `ark` from the snapshot's values, or undefined when the evaluator
 * cannot tell (an error value among them). `arkOpslag` finds another sheet by name; without it
 * such a reference cannot be told.
 */
export function beregnFormel(
  formel: string,
  ark: SnapshotSheet,
  budget: Regnebudget = { rest: STANDARD_REGNEBUDGET },
  arkOpslag?: (navn: string) => SnapshotSheet | undefined,
): number | string | null | undefined {
  const v = regnUd(
    formel,
    {
      ark: snapshotArk(ark),
      arkOpslag: (navn) => {
        const a = arkOpslag?.(navn);
        return a ? snapshotArk(a) : undefined;
      },
    },
    budget,
  );
  return v instanceof Fejl || typeof v === "boolean" ? undefined : v;
}

/**
 * The value Excel stores for the formula in a cell: a number, text, an error value, or 0 where
 * the result is an empty cell (=A1 of an empty A1 shows 0); undefined when the evaluator cannot tell.
 */
export function beregnCelleformel(
  formel: string,
  kilde: FormelKilde,
  budget: Regnebudget = { rest: STANDARD_REGNEBUDGET },
): CellValue | undefined {
  const v = regnUd(formel, kilde, budget);
  if (v === undefined || typeof v === "boolean") return undefined;
  if (v instanceof Fejl) return { fejl: v.kode };
  return v === null ? 0 : v;
}

/** What a formula reads: a sheet's area (the formula's own sheet when `ark` is left out) or a table's column. */
export type FormelReference =
  { ark?: string; top: number; left: number; bottom: number; right: number } | { tabel: string; kolonne: string };

/** The cells and table columns a formula reads, or undefined when the evaluator cannot read the formula. */
export function formelReferencer(formel: string): FormelReference[] | undefined {
  if (!formel.startsWith("=") || formel.length > MAKS_LAENGDE) return undefined;
  let ts: Token[];
  try {
    ts = tokens(formel.slice(1));
  } catch (e) {
    if (e instanceof KanIkke) return undefined;
    throw e;
  }
  const ud: FormelReference[] = [];
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.t === "tabel") ud.push({ tabel: t.tabel, kolonne: t.kolonne });
    if (t.t !== "ref") continue;
    const op = ts[i + 1];
    const b = ts[i + 2];
    const sted = t.ark === undefined ? {} : { ark: t.ark };
    if (op?.t === "op" && op.v === ":" && b?.t === "ref" && b.ark === undefined) {
      ud.push({
        ...sted,
        top: Math.min(t.raekke, b.raekke),
        left: Math.min(t.kolonne, b.kolonne),
        bottom: Math.max(t.raekke, b.raekke),
        right: Math.max(t.kolonne, b.kolonne),
      });
      i += 2;
    } else ud.push({ ...sted, top: t.raekke, left: t.kolonne, bottom: t.raekke, right: t.kolonne });
  }
  return ud;
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
