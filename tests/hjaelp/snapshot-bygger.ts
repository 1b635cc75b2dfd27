/**
 * Builds a WorkbookSnapshot from table rows keyed by column key. Used by the rule tests,
 * the fuzzer, the benchmarks and the example generator, so they all describe a takstskema
 * in the contract's own terms.
 */
import { a1, omraadeA1 } from "../../src/core/adresse";
import type { CellValue, SnapshotSheet, SnapshotTable, WorkbookSnapshot } from "../../src/core/snapshot";
import {
  SKEMA_TABELLER,
  STAMDATA_FELTER,
  TBL_STAMDATA,
  type StamdataKey,
  type TabelDef,
} from "../../src/core/skema/tabeller";

/** A cell given with its formula and/or number format. */
export interface ByggetCelle {
  v: CellValue;
  f?: string;
  nf?: string;
}
export type ByggeVaerdi = CellValue | ByggetCelle;
export type ByggeRaekke = Record<string, ByggeVaerdi>;

export interface ByggeTabel {
  raekker: ByggeRaekke[];
  /** Column keys in order; default: every contract column. Unknown keys become extra columns with the key as header. */
  kolonner?: string[];
  /** Header texts to use instead of the contract's, by key (renamed headers). */
  overskrifter?: Record<string, string>;
  /** false: plain cells without an Excel table (the reader must find the headers). */
  somTabel?: boolean;
  /** Blank rows and columns before the header (default 0 rows, 0 columns). */
  forskydning?: { raekker?: number; kolonner?: number };
}

export interface SkemaSpec {
  stamdata?: Partial<Record<StamdataKey | string, ByggeVaerdi>> | null;
  stamdataSomTabel?: boolean;
  ydelser?: ByggeTabel | ByggeRaekke[] | null;
  omkostninger?: ByggeTabel | ByggeRaekke[] | null;
  resultater?: ByggeTabel | ByggeRaekke[] | null;
  tillaeg?: ByggeTabel | ByggeRaekke[] | null;
  tillaegFastPris?: ByggeTabel | ByggeRaekke[] | null;
  tillaegsberegning?: ByggeTabel | ByggeRaekke[] | null;
  takstbilag?: ByggeTabel | ByggeRaekke[] | null;
  ekstraArk?: SnapshotSheet[];
}

function erByggetCelle(v: ByggeVaerdi): v is ByggetCelle {
  return typeof v === "object" && v !== null && "v" in v;
}

class ArkBygger {
  values: CellValue[][] = [];
  formulas: (string | null)[][] = [];
  numberFormats: (string | null)[][] = [];
  constructor(public name: string) {}
  set(row: number, col: number, value: ByggeVaerdi): void {
    while (this.values.length < row) {
      this.values.push([]);
      this.formulas.push([]);
      this.numberFormats.push([]);
    }
    const r = row - 1;
    const c = col - 1;
    const celle = erByggetCelle(value) ? value : { v: value };
    this.values[r][c] = celle.v;
    if (celle.f) this.formulas[r][c] = celle.f;
    if (celle.nf) this.numberFormats[r][c] = celle.nf;
  }
  /** Next free row (1-based) below everything written. */
  get naesteRaekke(): number {
    return this.values.length + 1;
  }
  byg(): SnapshotSheet {
    const bredde = Math.max(0, ...this.values.map((r) => r.length));
    const fyld = <T>(rows: T[][], tom: T): T[][] =>
      rows.map((r) => Array.from({ length: bredde }, (_, i) => (r[i] === undefined ? tom : r[i])));
    return {
      name: this.name,
      top: 1,
      left: 1,
      values: fyld(this.values, null as CellValue),
      formulas: fyld(this.formulas, null),
      numberFormats: fyld(this.numberFormats, null),
    };
  }
}

function somTabel(t: ByggeTabel | ByggeRaekke[]): ByggeTabel {
  return Array.isArray(t) ? { raekker: t } : t;
}

function skrivTabel(
  ark: ArkBygger,
  def: TabelDef,
  spec: ByggeTabel,
  startRaekke: number,
  tabeller: SnapshotTable[],
): void {
  const keys = spec.kolonner ?? def.kolonner.map((k) => k.key);
  const top = startRaekke + (spec.forskydning?.raekker ?? 0);
  const left = 1 + (spec.forskydning?.kolonner ?? 0);
  keys.forEach((key, i) => {
    const label = spec.overskrifter?.[key] ?? def.kolonner.find((k) => k.key === key)?.label ?? key;
    ark.set(top, left + i, label);
  });
  spec.raekker.forEach((raekke, r) => {
    keys.forEach((key, i) => {
      const v = raekke[key];
      ark.set(top + 1 + r, left + i, v === undefined ? null : v);
    });
  });
  if (spec.somTabel !== false) {
    const bottom = top + Math.max(1, spec.raekker.length);
    if (spec.raekker.length === 0) keys.forEach((_, i) => ark.set(bottom, left + i, null));
    tabeller.push({
      name: def.navn,
      sheet: ark.name,
      ref: omraadeA1({ top, left, bottom, right: left + keys.length - 1 }),
    });
  }
}

export function bygSnapshot(spec: SkemaSpec): WorkbookSnapshot {
  const ark = new Map<string, ArkBygger>();
  const tabeller: SnapshotTable[] = [];
  const hent = (navn: string): ArkBygger => {
    let a = ark.get(navn);
    if (!a) {
      a = new ArkBygger(navn);
      ark.set(navn, a);
    }
    return a;
  };

  if (spec.stamdata) {
    const raekker: ByggeRaekke[] = [];
    const felter = spec.stamdata;
    for (const f of STAMDATA_FELTER) {
      if (f.key in felter) raekker.push({ felt: f.label, vaerdi: felter[f.key] ?? null });
    }
    for (const [k, v] of Object.entries(felter)) {
      if (!STAMDATA_FELTER.some((f) => f.key === k)) raekker.push({ felt: k, vaerdi: v ?? null });
    }
    skrivTabel(hent(TBL_STAMDATA.ark), TBL_STAMDATA, { raekker, somTabel: spec.stamdataSomTabel }, 1, tabeller);
  }

  for (const [key, def] of Object.entries(SKEMA_TABELLER) as [keyof typeof SKEMA_TABELLER, TabelDef][]) {
    const t = spec[key];
    if (!t) continue;
    const a = hent(def.ark);
    // Tables sharing a sheet (Tillægsydelser) are stacked with two blank rows between.
    const start = a.values.length === 0 ? 1 : a.naesteRaekke + 2;
    skrivTabel(a, def, somTabel(t), start, tabeller);
  }

  const sheets = [...ark.values()].map((a) => a.byg());
  for (const s of spec.ekstraArk ?? []) sheets.push(s);
  return { sheets, tables: tabeller };
}

/** A1 address of a table cell built by bygSnapshot without offset: header on `top`. */
export function byggetAdresse(def: TabelDef, key: string, raekkeIndex: number, top = 1, kolonner?: string[]): string {
  const keys = kolonner ?? def.kolonner.map((k) => k.key);
  return a1(top + 1 + raekkeIndex, keys.indexOf(key) + 1);
}
