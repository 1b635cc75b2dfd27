/**
 * The one rate lookup of a tillæg (regler.md 2026.3 item 11) on the model: the rules, the task
 * pane's calculator and (through src/core/skema/formler.ts) the written formula match a
 * (Personalekategori, Tidsrum) pair the same way, on the cells' text as Excel sees it.
 */
import { timetakstRaekker } from "../../../beregning/tillaeg";
import type { Celle, TillaegRaekke } from "../../../model";

/** A text cell as the formula compares it: the raw text (not the reader's trimmed value); null when empty. */
export function cellensTekst(c: Celle<string>): string | null {
  if (c.mangler || c.ulaeselig) return null;
  if (typeof c.raa === "string") return c.raa;
  if (typeof c.raa === "number") return String(c.raa);
  return c.vaerdi;
}

/** A tblTillaeg row's pair as its cells hold it. */
export function tillaegPar(r: TillaegRaekke): readonly [string | null, string | null] {
  return [cellensTekst(r.personalekategori), cellensTekst(r.tidsrum)];
}

/** The tblTillaeg rows a pair finds, in table order; the first gives the rate. */
export function tillaegRaekkerForPar(
  tabel: readonly TillaegRaekke[],
  personalekategori: string | null,
  tidsrum: string | null,
): TillaegRaekke[] {
  return timetakstRaekker(tabel, tillaegPar, personalekategori, tidsrum);
}

/** The tblTillaeg row whose rate a pair gets (the first that matches), or null. */
export function tillaegRaekkeForPar(
  tabel: readonly TillaegRaekke[],
  personalekategori: string | null,
  tidsrum: string | null,
): TillaegRaekke | null {
  return tillaegRaekkerForPar(tabel, personalekategori, tidsrum)[0] ?? null;
}
