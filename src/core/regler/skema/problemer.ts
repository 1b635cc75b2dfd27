/**
 * The reader records what it met while reading (missing tables and columns, unreadable
 * values, numbers typed as text) as `skema.problemer`; the input rules turn the problems
 * carrying their own ID into findings.
 */
import type { Celle, Indlaesningsproblem } from "../../model";
import type { TjekKontekst } from "../lav-regel";
import { indeholderCpr, skjulCpr } from "../../cpr";

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

/** A Ydelses-ID as a finding may carry it (never a CPR number typed into the ID column). */
export function sikkertId(id: string | null | undefined): string | undefined {
  if (!id || indeholderCpr(id)) return undefined;
  return id;
}

/** Ydelses-IDs compare trimmed and without regard to case. */
export function idNoegle(id: string): string {
  return id.trim().toLowerCase();
}

/** Every row whose Ydelses-ID an earlier row of the same table already has, with that row's number. */
export function* gentagneIder(
  raekker: readonly { raekke: number; ydelsesId: Celle<string> }[],
): Generator<{ celle: Celle<string>; id: string | undefined; tidligereRaekke: number }> {
  const foerste = new Map<string, number>();
  for (const r of raekker) {
    const c = r.ydelsesId;
    if (c.vaerdi === null || c.ulaeselig || c.mangler) continue;
    const noegle = idNoegle(c.vaerdi);
    if (noegle === "") continue;
    const tidligere = foerste.get(noegle);
    if (tidligere === undefined) foerste.set(noegle, r.raekke);
    else yield { celle: c, id: sikkertId(c.vaerdi), tidligereRaekke: tidligere };
  }
}
