/**
 * The reader records what it met while reading (missing tables and columns, unreadable
 * values, numbers typed as text) as facts in `skema.problemer`; each input rule picks the
 * kinds it owns and words the message itself.
 */
import type { Indlaesningsproblem } from "../../../model";
import { ALLE_TABELLER, type TabelDef } from "../../../skema/tabeller";
import type { Besked, Beskeder, Rapport, TjekKontekst } from "../../lav-regel";
import { sikkertId } from "./ydelses-id";

type Art = Indlaesningsproblem["art"];
export type Problem<A extends Art> = Extract<Indlaesningsproblem, { art: A }>;

/**
 * Reports every problem of the kinds `arter`, in the reader's order, with the message `besked`
 * picks. (A message may quote the cell: the engine masks a CPR number in the text and the data.)
 */
export function rapporterProblemer<A extends Art, B extends Beskeder>(
  ctx: TjekKontekst<B>,
  arter: readonly A[],
  besked: (p: Problem<A>) => Besked<B>,
): void {
  for (const p of ctx.skema.problemer) {
    if (!(arter as readonly Art[]).includes(p.art)) continue;
    const rapport = {
      ...besked(p as Problem<A>),
      celle: { ark: p.ark, adresse: p.celle },
      ydelsesId: sikkertId(p.ydelsesId),
    };
    ctx.rapporter(rapport as Rapport<B>);
  }
}

/** The contract of the table a problem names. */
export function tabelDef(navn: string): TabelDef | undefined {
  return ALLE_TABELLER.find((t) => t.navn === navn);
}
