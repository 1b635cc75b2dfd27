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
import { beregnCelleformel, formelReferencer, type FormelArk, type FormelKilde, type Omraade } from "../../core";
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

function laeser(model: FakeArbejdsbogModel, ark: FakeArk, formel: string): Formelcelle["laeser"] {
  const refs = formelReferencer(formel);
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

  // The formulas written, then, round by round, those reading a cell that changed in the round before.
  const beskidte = new Set(formler.filter((f) => f.ark === ark && indeholder(omr, f.raekke, f.kolonne)));
  let aendret: { ark: FakeArk; omr: Omraade }[] = [{ ark, omr }];
  while (aendret.length > 0) {
    const naeste: { ark: FakeArk; omr: Omraade }[] = [];
    for (const f of formler) {
      if (beskidte.has(f) || !f.laeser) continue;
      if (f.laeser.some((l) => aendret.some((x) => x.ark === l.ark && overlapper(x.omr, l.omr)))) {
        beskidte.add(f);
        naeste.push({ ark: f.ark, omr: { top: f.raekke, left: f.kolonne, bottom: f.raekke, right: f.kolonne } });
      }
    }
    aendret = naeste;
  }

  // A formula is calculated when none of the others still waiting is among the cells it reads.
  let rest = [...beskidte];
  while (rest.length > 0) {
    const venter = rest;
    const klar = venter.filter(
      (f) =>
        !f.laeser?.some((l) =>
          venter.some((x) => x !== f && x.ark === l.ark && indeholder(l.omr, x.raekke, x.kolonne)),
        ),
    );
    if (klar.length === 0) break; // a circular reference
    for (const f of klar) {
      const v = beregnCelleformel(f.formel, kilde(model, f.ark));
      const celle = f.ark.celle(f.raekke, f.kolonne);
      if (v !== undefined && celle) f.ark.saetCelle(f.raekke, f.kolonne, { ...celle, v });
    }
    rest = venter.filter((f) => !klar.includes(f));
  }
}
