/**
 * The reader records what it met while reading (missing tables and columns, unreadable
 * values, numbers typed as text) as `skema.problemer`; the input rules turn the problems
 * carrying their own ID into findings.
 */
import type { Indlaesningsproblem } from "../../../model";
import type { TjekKontekst } from "../../lav-regel";
import { indeholderCpr, skjulCpr } from "../../../cpr";

export function rapporterProblemer(ctx: TjekKontekst, regel: Indlaesningsproblem["regel"]): void {
  for (const p of ctx.skema.problemer) {
    if (p.regel !== regel) continue;
    // The reader quotes the cell's content; a CPR number typed in a wrong column must not be echoed.
    const ydelsesId = p.ydelsesId && !indeholderCpr(p.ydelsesId) ? p.ydelsesId : undefined;
    ctx.rapporter({
      ark: p.ark,
      celle: p.celle,
      ydelsesId,
      besked: skjulCpr(p.besked),
    });
  }
}
