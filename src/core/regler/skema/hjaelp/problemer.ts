/**
 * The reader records what it met while reading (missing tables and columns, unreadable
 * values, numbers typed as text) as facts in `skema.problemer`; each input rule picks the
 * kinds it owns and words the message itself.
 */
import type { Indlaesningsproblem } from "../../../model";
import { ALLE_TABELLER, type TabelDef } from "../../../skema/tabeller";
import type { TjekKontekst } from "../../lav-regel";
import { skjulCpr } from "../../../cpr";
import { sikkertId } from "./ydelses-id";

type Art = Indlaesningsproblem["art"];
export type Problem<A extends Art> = Extract<Indlaesningsproblem, { art: A }>;

/** Reports every problem of the kinds `arter`, in the reader's order, with the message `besked` words. */
export function rapporterProblemer<A extends Art>(
  ctx: TjekKontekst,
  arter: readonly A[],
  besked: (p: Problem<A>) => string,
): void {
  for (const p of ctx.skema.problemer) {
    if (!(arter as readonly Art[]).includes(p.art)) continue;
    ctx.rapporter({
      ark: p.ark,
      celle: p.celle,
      ydelsesId: sikkertId(p.ydelsesId),
      // A message may quote the cell; a CPR number typed in a wrong column must not be echoed.
      besked: skjulCpr(besked(p as Problem<A>)),
    });
  }
}

/** The contract of the table a problem names. */
export function tabelDef(navn: string): TabelDef | undefined {
  return ALLE_TABELLER.find((t) => t.navn === navn);
}
