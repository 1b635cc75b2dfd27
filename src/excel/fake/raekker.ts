/**
 * Whole sheet rows inserted and deleted (Range.getEntireRow().insert("Down") / .delete("Up"),
 * ExcelApi 1.1), as Excel does it: the cells below move, a table the rows cut through grows or
 * shrinks (a table below moves whole), a calculated column fills the new rows, and every
 * formula that refers to the sheet follows its cells ("=C9" becomes "=C10", "$G$2:$G$9" becomes
 * "$G$2:$G$10" when a row is inserted inside it). Bold cells, notes and defined names are not
 * moved: nothing the adapter does with whole rows touches them.
 */
import { MAKS_KOLONNER, type FakeArbejdsbogModel, type FakeArk, type FakeCelle, type FakeTabel } from "./model";
import { genberegn } from "./beregning";
import { ugyldigHandling } from "./fejl";

/** "=D7*E7" in row 7 → "=D{r}*E{r}": relative row numbers as offsets, so rows can be compared and filled. */
function relativFormel(f: string, raekke: number): (r: number) => string {
  const dele: (string | number)[] = [];
  let sidst = 0;
  const ref = /(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;
  for (const m of f.matchAll(ref)) {
    dele.push(f.slice(sidst, m.index) + m[1] + m[2]);
    dele.push(m[2] === "$" ? m[3] : Number(m[3]) - raekke);
    sidst = (m.index ?? 0) + m[0].length;
  }
  dele.push(f.slice(sidst));
  return (r) => dele.map((d) => (typeof d === "number" ? String(r + d) : d)).join("");
}

/**
 * The table's calculated columns: every body cell of the column holds a formula, and the
 * same one relative to its row (structured references are the same text on every row).
 */
export function beregnedeKolonner(t: FakeTabel): Map<number, (r: number) => string> {
  const top = t.omraade.top + (t.showHeaders ? 1 : 0);
  const bund = t.omraade.bottom - (t.showTotals ? 1 : 0);
  const ud = new Map<number, (r: number) => string>();
  if (bund < top) return ud;
  for (let c = t.omraade.left; c <= t.omraade.right; c++) {
    const foerste = t.ark.celle(top, c)?.f;
    if (!foerste) continue;
    const formel = relativFormel(foerste, top);
    let ens = true;
    for (let r = top + 1; r <= bund && ens; r++) ens = t.ark.celle(r, c)?.f === formel(r);
    if (ens) ud.set(c, formel);
  }
  return ud;
}

/** A sheet reference in a formula: 'Sheet name'! or Sheet! (or none: the formula's own sheet). */
const REFERENCE =
  /(?:'((?:[^']|'')+)'!|([A-Za-z_\u00c0-\u024f][A-Za-z0-9_.\u00c0-\u024f]*)!)?(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3}\$?)(\d+)(?![\d(A-Za-z_])/g;

/** `formel` (on sheet `egetArk`) with every row number on sheet `ark` passed through `flyt`. */
export function flytReferencer(formel: string, egetArk: string, ark: string, flyt: (r: number) => number): string {
  // String literals ("…") are left alone: only the parts between them are formula text.
  return formel
    .split(/("(?:[^"]|"")*")/)
    .map((del, i) =>
      i % 2 === 1
        ? del
        : del.replace(
            REFERENCE,
            (hel, citeret: string | undefined, navn: string | undefined, kol: string, r: string) => {
              const maal = citeret !== undefined ? citeret.replace(/''/g, "'") : (navn ?? egetArk);
              if (maal.toLowerCase() !== ark.toLowerCase()) return hel;
              const prefiks = citeret !== undefined ? `'${citeret}'!` : navn !== undefined ? `${navn}!` : "";
              return `${prefiks}${kol}${flyt(Number(r))}`;
            },
          ),
    )
    .join("");
}

function flytFormler(model: FakeArbejdsbogModel, ark: FakeArk, flyt: (r: number) => number): void {
  for (const a of model.ark) {
    for (const [k, c] of a.celler) {
      if (!c.f) continue;
      const ny = flytReferencer(c.f, a.name, ark.name, flyt);
      if (ny !== c.f) a.celler.set(k, { ...c, f: ny });
    }
  }
}

/** The sheet's cells re-keyed: `flyt` gives a cell's new row, or null to drop it. */
function flytCeller(ark: FakeArk, flyt: (r: number) => number | null): void {
  const alle: [number, number, FakeCelle][] = [...ark.celler].map(([k, c]) => [
    Math.floor(k / MAKS_KOLONNER) + 1,
    (k % MAKS_KOLONNER) + 1,
    c,
  ]);
  ark.celler.clear();
  for (const [r, c, celle] of alle) {
    const ny = flyt(r);
    if (ny !== null) ark.saetCelle(ny, c, celle);
  }
}

function flytSkjulte(ark: FakeArk, flyt: (r: number) => number | null): void {
  const raekker = [...ark.skjulteRaekker];
  ark.skjulteRaekker.clear();
  for (const r of raekker) {
    const ny = flyt(r);
    if (ny !== null) ark.skjulteRaekker.add(ny);
  }
}

/**
 * Inserts `n` empty sheet rows at row `top` (the rows from `top` move down). A table whose body
 * the rows land in (below its header, at most at its last row) grows and gets its calculated
 * columns' formulas; a table from `top` down moves whole.
 */
export function indsaetRaekker(model: FakeArbejdsbogModel, ark: FakeArk, top: number, n: number): void {
  const flyt = (r: number) => (r >= top ? r + n : r);
  const vokser = model.tabeller.filter((t) => t.ark === ark && t.omraade.top < top && t.omraade.bottom >= top);
  const formler = new Map(vokser.map((t) => [t, beregnedeKolonner(t)]));
  flytFormler(model, ark, flyt);
  flytCeller(ark, flyt);
  flytSkjulte(ark, flyt);
  for (const v of ark.datavalideringer)
    v.omraade = { ...v.omraade, top: flyt(v.omraade.top), bottom: flyt(v.omraade.bottom) };
  for (const t of model.tabeller) {
    if (t.ark !== ark) continue;
    if (t.omraade.top >= top) t.omraade = { ...t.omraade, top: t.omraade.top + n, bottom: t.omraade.bottom + n };
    else if (t.omraade.bottom >= top) t.omraade = { ...t.omraade, bottom: t.omraade.bottom + n };
  }
  // As Excel, the new rows take the number formats of the row above.
  if (top > 1) {
    for (const [k, c] of [...ark.celler]) {
      if (Math.floor(k / MAKS_KOLONNER) + 1 !== top - 1 || c.nf === null) continue;
      for (let r = top; r < top + n; r++) ark.saetCelle(r, (k % MAKS_KOLONNER) + 1, { v: null, f: null, nf: c.nf });
    }
  }
  for (const kolonner of formler.values()) {
    for (const [c, formel] of kolonner) {
      for (let r = top; r < top + n; r++)
        ark.saetCelle(r, c, { v: null, f: formel(r), nf: ark.celle(r, c)?.nf ?? null });
    }
  }
  model.noterAendring(ark, { top, left: 1, bottom: top + n - 1, right: MAKS_KOLONNER });
  genberegn(model, ark, { top, left: 1, bottom: top + n - 1, right: MAKS_KOLONNER });
}

/**
 * Deletes `n` sheet rows from row `top` (the rows below move up). A table whose body holds
 * the rows shrinks (it keeps at least one data row); one below moves whole. Rows that cut
 * off a table's header are refused (the fake does not model a table losing its header).
 */
export function sletRaekker(model: FakeArbejdsbogModel, ark: FakeArk, top: number, n: number, sted: string): void {
  const slut = top + n - 1;
  for (const t of model.tabeller) {
    if (t.ark !== ark || t.omraade.bottom < top || t.omraade.top > slut) continue;
    const forKrop = t.omraade.top + (t.showHeaders ? 1 : 0);
    if (top <= t.omraade.top || slut > t.omraade.bottom || t.omraade.bottom - n < forKrop) {
      throw ugyldigHandling(sted, "The fake deletes whole rows only inside a table's body, leaving one data row.");
    }
  }
  const flyt = (r: number) => (r > slut ? r - n : r);
  flytFormler(model, ark, flyt);
  flytCeller(ark, (r) => (r >= top && r <= slut ? null : flyt(r)));
  flytSkjulte(ark, (r) => (r >= top && r <= slut ? null : flyt(r)));
  for (const v of ark.datavalideringer)
    v.omraade = { ...v.omraade, top: flyt(v.omraade.top), bottom: flyt(v.omraade.bottom) };
  for (const t of model.tabeller) {
    if (t.ark !== ark) continue;
    if (t.omraade.top > slut) t.omraade = { ...t.omraade, top: t.omraade.top - n, bottom: t.omraade.bottom - n };
    else if (t.omraade.bottom >= top) t.omraade = { ...t.omraade, bottom: t.omraade.bottom - n };
  }
  model.noterAendring(ark, { top, left: 1, bottom: top, right: MAKS_KOLONNER });
  genberegn(model, ark, { top, left: 1, bottom: top, right: MAKS_KOLONNER });
}
