/** Ydelses-IDs as the input rules compare and report them. */
import type { Celle } from "../../../model";
import { indeholderCpr } from "../../../cpr";

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
