/**
 * "Tilføj manglende tabeller" on a copy of last year's skema (issue 20 § 1): where a sheet
 * already holds a contract table as plain cells, that range becomes the table. This finds the
 * range by its header row, anywhere on the table's sheet (as the reader finds plain cells, so
 * what the validation read is what becomes the table), and names what keeps Excel from making
 * the table without changing a cell.
 */
import { a1, type Omraade } from "../adresse";
import { kolonneForOverskrift } from "../reader/find-tabel";
import { paakraevedeKolonner, type TabelDef } from "./tabeller";

/** A sheet's cells as Office gives a range: values and formulas from (top, left). */
export interface Celleblok {
  top: number;
  left: number;
  values: readonly (readonly unknown[])[];
  formulas: readonly (readonly unknown[])[];
}

export interface Overskriftsblok {
  /** The header row and the data below it, down to the first empty row. */
  omraade: Omraade;
  /** Labels of the contract's columns the header row lacks. */
  mangler: string[];
  /** Header texts that stand more than once (Excel would rename all but the first). */
  dubletter: { tekst: string; celler: string[] }[];
  /** Header cells that are a formula or not text (Excel would put their text in their place). */
  ikkeTekst: string[];
}

function tom(v: unknown, f: unknown): boolean {
  const formel = typeof f === "string" && f.startsWith("=");
  return !formel && (v === null || v === undefined || v === "");
}

/**
 * The run of adjacent non-empty cells in one row (a header row ends at an empty cell, as
 * Excel's own "Format as Table" takes the region) with most of `def`'s headers: at least half
 * of its required ones and two, the reader's rule. Rows inside `optaget` (other tables) are
 * skipped. Null when no row qualifies.
 */
export function findOverskriftsblok(
  def: TabelDef,
  blok: Celleblok,
  optaget: readonly Omraade[] = [],
): Overskriftsblok | null {
  const paakraevet = new Set(paakraevedeKolonner(def));
  const minimum = Math.max(Math.min(2, def.kolonner.length), Math.ceil(paakraevet.size / 2));
  const celle = (r: number, c: number) => ({
    v: blok.values[r - blok.top]?.[c - blok.left],
    f: blok.formulas[r - blok.top]?.[c - blok.left],
  });
  const bund = blok.top + blok.values.length - 1;
  const hoejre = blok.left + Math.max(0, ...blok.values.map((r) => r.length)) - 1;
  const indeni = (r: number, c: number) =>
    optaget.some((o) => r >= o.top && r <= o.bottom && c >= o.left && c <= o.right);

  let bedst: { raekke: number; venstre: number; hoejre: number; noegler: Set<string> } | null = null;
  for (let r = blok.top; r <= bund; r++) {
    let c = blok.left;
    while (c <= hoejre) {
      const { v, f } = celle(r, c);
      if (tom(v, f) || indeni(r, c)) {
        c++;
        continue;
      }
      const start = c;
      const noegler = new Set<string>();
      while (c <= hoejre && !indeni(r, c) && !tom(celle(r, c).v, celle(r, c).f)) {
        const k = kolonneForOverskrift(def, celle(r, c).v);
        if (k) noegler.add(k);
        c++;
      }
      const kraevede = [...noegler].filter((k) => paakraevet.has(k)).length;
      if (kraevede >= minimum && (!bedst || noegler.size > bedst.noegler.size)) {
        bedst = { raekke: r, venstre: start, hoejre: c - 1, noegler };
      }
    }
  }
  if (!bedst) return null;
  const { raekke, venstre, noegler } = bedst;
  const hoejreKant = bedst.hoejre;
  let slut = raekke;
  for (let r = raekke + 1; r <= bund; r++) {
    let raekkeTom = true;
    for (let c = venstre; c <= hoejreKant && raekkeTom; c++) raekkeTom = tom(celle(r, c).v, celle(r, c).f);
    if (raekkeTom) break;
    slut = r;
  }

  const set = new Map<string, { tekst: string; celler: string[] }>();
  const ikkeTekst: string[] = [];
  for (let c = venstre; c <= hoejreKant; c++) {
    const { v, f } = celle(raekke, c);
    const formel = typeof f === "string" && f.startsWith("=");
    if (formel || typeof v !== "string") ikkeTekst.push(a1(raekke, c));
    // Excel compares a table's column names without regard to case.
    const n = String(v).toLowerCase();
    const x = set.get(n) ?? { tekst: String(v), celler: [] };
    x.celler.push(a1(raekke, c));
    set.set(n, x);
  }
  return {
    omraade: { top: raekke, left: venstre, bottom: slut, right: hoejreKant },
    mangler: def.kolonner.filter((k) => !noegler.has(k.key)).map((k) => k.label),
    dubletter: [...set.values()].filter((x) => x.celler.length > 1),
    ikkeTekst,
  };
}
