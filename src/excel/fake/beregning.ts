/**
 * The fake calculates as Excel does in automatic mode: after a write (values, formulas, rows
 * added, inserted or deleted, a cell the user edits) the formulas in the changed cells and every
 * formula that depends on them, directly or through others, get the value the core's formula
 * evaluator gives, in dependency order. A workbook loaded from a snapshot keeps its stored
 * results until something they depend on changes (Excel does not recalculate on opening either).
 *
 * A formula the evaluator cannot follow (VLOOKUP, another workbook, …) is not calculated: one
 * just written has no value (skrivIndtastning stores it without one), and one depending on a
 * change keeps the value it had. Formulas in a circular reference are left as they are.
 */
import {
  beregnCelleformel,
  formelReferencer,
  type FormelArk,
  type FormelKilde,
  type FormelReference,
  type Omraade,
} from "../../core";
import { MAKS_KOLONNER, type FakeArbejdsbogModel, type FakeArk } from "./model";

interface Formelcelle {
  ark: FakeArk;
  raekke: number;
  kolonne: number;
  formel: string;
  /** The areas it reads now (tables resolved), or null when the evaluator cannot read the formula. */
  laeser: { ark: FakeArk; omr: Omraade }[] | null;
}

function overlapper(a: Omraade, b: Omraade): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

function indeholder(o: Omraade, raekke: number, kolonne: number): boolean {
  return raekke >= o.top && raekke <= o.bottom && kolonne >= o.left && kolonne <= o.right;
}

/** A table's body column by the table's name and the column's header (both without regard to case), as Excel resolves Tabel[[Kolonne]]. */
function tabelKolonne(model: FakeArbejdsbogModel, tabel: string, kolonne: string) {
  const t = model.findTabel(tabel);
  if (!t || !t.showHeaders) return undefined;
  const navn = kolonne.toLowerCase();
  for (let c = t.omraade.left; c <= t.omraade.right; c++) {
    const h = t.ark.celle(t.omraade.top, c)?.v;
    if (h !== null && h !== undefined && typeof h !== "object" && String(h).toLowerCase() === navn) {
      return { ark: t.ark, top: t.omraade.top + 1, bund: t.omraade.bottom - (t.showTotals ? 1 : 0), kolonne: c };
    }
  }
  return undefined;
}

function somFormelArk(ark: FakeArk): FormelArk {
  return { celle: (r, c) => ark.celle(r, c)?.v ?? null };
}

function kilde(model: FakeArbejdsbogModel, ark: FakeArk): FormelKilde {
  return {
    ark: somFormelArk(ark),
    arkOpslag: (navn) => {
      const a = model.findArk(navn);
      return a ? somFormelArk(a) : undefined;
    },
    tabelKolonne: (tabel, kolonne) => {
      const k = tabelKolonne(model, tabel, kolonne);
      return k ? { ...k, ark: somFormelArk(k.ark) } : undefined;
    },
    skelnerTomTekst: true,
  };
}

/** A formula's references by its text: the same formulas are read again after every write. */
const referencer = new Map<string, FormelReference[] | undefined>();
const MAKS_GEMTE_REFERENCER = 50_000;

function laeser(model: FakeArbejdsbogModel, ark: FakeArk, formel: string): Formelcelle["laeser"] {
  let refs = referencer.get(formel);
  if (!referencer.has(formel)) {
    if (referencer.size >= MAKS_GEMTE_REFERENCER) referencer.clear();
    refs = formelReferencer(formel);
    referencer.set(formel, refs);
  }
  if (!refs) return null;
  const ud: { ark: FakeArk; omr: Omraade }[] = [];
  for (const ref of refs) {
    if ("tabel" in ref) {
      const k = tabelKolonne(model, ref.tabel, ref.kolonne);
      if (k) ud.push({ ark: k.ark, omr: { top: k.top, left: k.kolonne, bottom: k.bund, right: k.kolonne } });
      continue;
    }
    const a = ref.ark === undefined ? ark : model.findArk(ref.ark);
    if (a) ud.push({ ark: a, omr: { top: ref.top, left: ref.left, bottom: ref.bottom, right: ref.right } });
  }
  return ud;
}

/** Formula cells by sheet, sorted by row: the ones inside an area are found without looking at all. */
class Celleindeks {
  private readonly pr = new Map<FakeArk, Formelcelle[]>();

  constructor(celler: Iterable<Formelcelle>) {
    for (const f of celler) {
      const liste = this.pr.get(f.ark);
      if (liste) liste.push(f);
      else this.pr.set(f.ark, [f]);
    }
    for (const liste of this.pr.values()) liste.sort((a, b) => a.raekke - b.raekke);
  }

  /** The cells inside `omr` on `ark`. */
  *inde(ark: FakeArk, omr: Omraade): Generator<Formelcelle> {
    const liste = this.pr.get(ark);
    if (!liste) return;
    let lav = 0;
    let hoej = liste.length;
    while (lav < hoej) {
      const m = (lav + hoej) >> 1;
      if (liste[m].raekke < omr.top) lav = m + 1;
      else hoej = m;
    }
    for (let i = lav; i < liste.length && liste[i].raekke <= omr.bottom; i++)
      if (liste[i].kolonne >= omr.left && liste[i].kolonne <= omr.right) yield liste[i];
  }
}

/** Recalculates after a write to `omr` on `ark`: the formulas there and everything that depends on them. */
export function genberegn(model: FakeArbejdsbogModel, ark: FakeArk, omr: Omraade): void {
  const formler: Formelcelle[] = [];
  for (const a of model.ark) {
    for (const [k, c] of a.celler) {
      if (!c.f) continue;
      formler.push({
        ark: a,
        raekke: Math.floor(k / MAKS_KOLONNER) + 1,
        kolonne: (k % MAKS_KOLONNER) + 1,
        formel: c.f,
        laeser: null,
      });
    }
  }
  if (formler.length === 0) return;
  for (const f of formler) f.laeser = laeser(model, f.ark, f.formel);

  // The formulas written and those reading the written cells, then, round by round, those
  // reading a formula that became dirty in the round before.
  const beskidte = new Set(formler.filter((f) => f.ark === ark && indeholder(omr, f.raekke, f.kolonne)));
  let nye: Formelcelle[] = [];
  for (const f of formler) {
    if (!beskidte.has(f) && f.laeser?.some((l) => l.ark === ark && overlapper(l.omr, omr))) nye.push(f);
  }
  nye.forEach((f) => beskidte.add(f));
  nye = [...beskidte];
  while (nye.length > 0) {
    const indeks = new Celleindeks(nye);
    const naeste: Formelcelle[] = [];
    for (const f of formler) {
      if (beskidte.has(f) || !f.laeser) continue;
      if (f.laeser.some((l) => !indeks.inde(l.ark, l.omr).next().done)) naeste.push(f);
    }
    naeste.forEach((f) => beskidte.add(f));
    nye = naeste;
  }

  // In dependency order (Kahn): a formula is calculated once the dirty formulas it reads are.
  const indeks = new Celleindeks(beskidte);
  const venter = new Map<Formelcelle, number>();
  const efterfoelgere = new Map<Formelcelle, Formelcelle[]>();
  for (const f of beskidte) {
    const foer = new Set<Formelcelle>();
    for (const l of f.laeser ?? []) for (const x of indeks.inde(l.ark, l.omr)) if (x !== f) foer.add(x);
    venter.set(f, foer.size);
    for (const x of foer) {
      const liste = efterfoelgere.get(x);
      if (liste) liste.push(f);
      else efterfoelgere.set(x, [f]);
    }
  }
  const klar = [...beskidte].filter((f) => venter.get(f) === 0);
  // What is never ready is in a circular reference: Excel warns, the fake leaves it as it is.
  while (klar.length > 0) {
    const f = klar.pop()!;
    const v = beregnCelleformel(f.formel, kilde(model, f.ark));
    const celle = f.ark.celle(f.raekke, f.kolonne);
    if (v !== undefined && celle) f.ark.saetCelle(f.raekke, f.kolonne, { ...celle, v });
    for (const x of efterfoelgere.get(f) ?? []) {
      const n = venter.get(x)! - 1;
      venter.set(x, n);
      if (n === 0) klar.push(x);
    }
  }
}
