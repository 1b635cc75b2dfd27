/**
 * Finding a contract table: as an Excel table by name, or (a user pasted plain cells) by
 * its header row on the named sheet. Header matching ignores case, surrounding and repeated
 * spaces, invisible characters and a trailing unit in parentheses; column order is free;
 * extra columns are kept and ignored.
 */
import { a1, omraadeA1, parseOmraade } from "../adresse";
import type { FundetKolonne } from "../model";
import { cellValue, findSheet, sheetBottom, sheetRight, type SnapshotSheet, type WorkbookSnapshot } from "../snapshot";
import { paakraevedeKolonner, type TabelDef } from "../skema/tabeller";

// Header texts repeat across tables, rows and files; normalising is regex work, so remember it.
const normaliseret = new Map<string, string>();

export function normaliserOverskrift(s: unknown): string {
  if (typeof s !== "string") return typeof s === "number" ? String(s) : "";
  // Only header-length texts are remembered, so a sheet of long texts cannot fill the memory.
  if (s.length > 100) return normaliserTekst(s);
  let n = normaliseret.get(s);
  if (n === undefined) {
    if (normaliseret.size > 20000) normaliseret.clear();
    n = normaliserTekst(s);
    normaliseret.set(s, n);
  }
  return n;
}

/**
 * Characters Excel does not show (Default_Ignorable_Code_Point: soft hyphen, zero-width space,
 * ZWNJ/ZWJ, word joiner, BOM, bidi controls …, as in cpr.ts): "Takst" with a zero-width space
 * looks like "Takst" and must match it, or a header block could hide from every check.
 */
const USYNLIGE = /\p{Default_Ignorable_Code_Point}/gu;

/** The text without the characters Excel does not show. */
export function utenUsynligeTegn(s: string): string {
  return s.replace(USYNLIGE, "");
}

function normaliserTekst(s: string): string {
  return utenUsynligeTegn(s)
    .replace(/[\u00a0\u202f]/g, " ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim()
    .replace(/\s*\([^()]*\)$/, "")
    .replace(/\s*\*$/, "")
    .trim();
}

/** A few spellings seen in real skemaer, by column key. */
const ALIASER: Record<string, string[]> = {
  ydelsesId: ["ydelses id", "ydelsesid", "ydelse-id", "ydelses-nr", "ydelsesnr"],
  belaegningsprocent: ["belægning", "belægningsgrad", "belægning %", "belægningspct."],
  bemaerkninger: ["bemærkning", "begrundelse"],
  stoettetimer: ["direkte støttetimer", "støttetimer pr. uge"],
  aarsag: ["årsag"],
};

const overskriftOpslag = new WeakMap<TabelDef, Map<string, string>>();
function opslag(def: TabelDef): Map<string, string> {
  let m = overskriftOpslag.get(def);
  if (!m) {
    m = new Map();
    for (const k of def.kolonner) {
      m.set(normaliserOverskrift(k.label), k.key);
      for (const alias of ALIASER[k.key] ?? []) if (!m.has(alias)) m.set(alias, k.key);
    }
    overskriftOpslag.set(def, m);
  }
  return m;
}

/** The column key a header text stands for in `def` (its label or a known spelling), or undefined. */
export function kolonneForOverskrift(def: TabelDef, v: unknown): string | undefined {
  return opslag(def).get(normaliserOverskrift(v));
}

export interface Placering {
  ark: SnapshotSheet;
  kilde: "tabel" | "overskrifter";
  overskriftRaekke: number;
  venstre: number;
  hoejre: number;
  /** Last row to read (inclusive); for header search, rows are read until the first empty one. */
  bund: number;
  kolonner: Record<string, FundetKolonne | undefined>;
  /** Several columns with the same header: the first is used; the rest are named here. */
  dubletter: FundetKolonne[];
}

function matchKolonner(def: TabelDef, ark: SnapshotSheet, raekke: number, venstre: number, hoejre: number) {
  const m = opslag(def);
  const kolonner: Record<string, FundetKolonne | undefined> = {};
  const dubletter: FundetKolonne[] = [];
  let antal = 0;
  for (let c = venstre; c <= hoejre; c++) {
    const v = cellValue(ark, raekke, c);
    const key = m.get(normaliserOverskrift(v));
    if (!key) continue;
    const fk: FundetKolonne = { key, kolonne: c, overskrift: String(v), adresse: a1(raekke, c) };
    if (kolonner[key]) dubletter.push(fk);
    else {
      kolonner[key] = fk;
      antal++;
    }
  }
  return { kolonner, dubletter, antal };
}

export function findTabel(snapshot: WorkbookSnapshot, def: TabelDef): Placering | null {
  const navn = def.navn.toLowerCase();
  const tabel = snapshot.tables.find((t) => t.name.toLowerCase() === navn);
  if (tabel) {
    const ark = findSheet(snapshot, tabel.sheet);
    const o = parseOmraade(tabel.ref);
    if (ark && o) {
      const hoved = tabel.headerRowCount ?? 1;
      if (hoved >= 1) {
        const { kolonner, dubletter } = matchKolonner(def, ark, o.top, o.left, o.right);
        return {
          ark,
          kilde: "tabel",
          overskriftRaekke: o.top,
          venstre: o.left,
          hoejre: o.right,
          bund: o.bottom - (tabel.totalsRowCount ?? 0),
          kolonner,
          dubletter,
        };
      }
    }
  }
  return findVedOverskrifter(snapshot, def);
}

/** Header search on the table's own sheet: the row matching most of its headers (at least two). */
function findVedOverskrifter(snapshot: WorkbookSnapshot, def: TabelDef): Placering | null {
  const ark = findSheet(snapshot, def.ark);
  if (!ark) return null;
  const top = ark.top;
  const bund = sheetBottom(ark);
  const venstre = ark.left;
  const hoejre = sheetRight(ark);
  let bedst: {
    raekke: number;
    antal: number;
    kolonner: Record<string, FundetKolonne | undefined>;
    dubletter: FundetKolonne[];
  } | null = null;
  // A header row must carry at least half of the required headers (and two), so that a
  // neighbouring table sharing a few labels (tblTillaeg / tblTillaegsberegning) is not taken.
  const paakraevet = paakraevedeKolonner(def);
  const minimum = Math.max(Math.min(2, def.kolonner.length), Math.ceil(paakraevet.length / 2));
  // Rows inside other Excel tables on the sheet belong to them.
  const andre = snapshot.tables
    .filter((t) => t.sheet.toLowerCase() === ark.name.toLowerCase() && t.name.toLowerCase() !== def.navn.toLowerCase())
    .map((t) => parseOmraade(t.ref))
    .filter((o): o is NonNullable<typeof o> => !!o);
  for (let r = top; r <= bund; r++) {
    if (andre.some((o) => r >= o.top && r <= o.bottom)) continue;
    const m = matchKolonner(def, ark, r, venstre, hoejre);
    const kraevede = paakraevet.filter((k) => m.kolonner[k]).length;
    if (kraevede >= minimum && (!bedst || m.antal > bedst.antal)) bedst = { raekke: r, ...m };
    if (bedst && bedst.antal === def.kolonner.length) break;
  }
  if (!bedst) return null;
  const fundne = Object.values(bedst.kolonner).filter((k): k is FundetKolonne => !!k);
  const v = Math.min(...fundne.map((k) => k.kolonne));
  const h = Math.max(...fundne.map((k) => k.kolonne));
  // Plain cells: read until the first completely empty row.
  let slut = bedst.raekke;
  for (let r = bedst.raekke + 1; r <= bund; r++) {
    let tom = true;
    for (const k of fundne) {
      const val = cellValue(ark, r, k.kolonne);
      if (!(val === null || (typeof val === "string" && val.trim() === ""))) {
        tom = false;
        break;
      }
    }
    if (tom) break;
    slut = r;
  }
  return {
    ark,
    kilde: "overskrifter",
    overskriftRaekke: bedst.raekke,
    venstre: v,
    hoejre: h,
    bund: slut,
    kolonner: bedst.kolonner,
    dubletter: bedst.dubletter,
  };
}

export function overskriftOmraade(p: Placering): string {
  return omraadeA1({ top: p.overskriftRaekke, left: p.venstre, bottom: p.overskriftRaekke, right: p.hoejre });
}
