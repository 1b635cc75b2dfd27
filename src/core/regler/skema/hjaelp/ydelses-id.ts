/** Ydelses-IDs as the input rules compare and report them. */
import type { Celle } from "../../../model";
import { indeholderCpr } from "../../../cpr";
import type { Besked, Beskeder, Rapport, TjekKontekst } from "../../lav-regel";

/** A Ydelses-ID as a finding may carry it (never a CPR number typed into the ID column). */
export function sikkertId(id: string | null | undefined): string | undefined {
  if (!id || indeholderCpr(id)) return undefined;
  return id;
}

/** Reports a finding on a Ydelses-ID cell; `besked` gets the ID to name (undefined for a CPR number). */
export function rapporterPaaId<B extends Beskeder>(
  ctx: TjekKontekst<B>,
  c: Celle<string>,
  besked: (id: string | undefined) => Besked<B>,
): void {
  const id = sikkertId(c.vaerdi);
  ctx.rapporter({ ...besked(id), celle: c, ydelsesId: id } as Rapport<B>);
}

/** Ydelses-IDs compare trimmed and without regard to case. */
export function idNoegle(id: string): string {
  return id.trim().toLowerCase();
}

/** Every row whose Ydelses-ID an earlier row of the same table already has, with that row's number. */
export function* gentagneIder(
  raekker: readonly { raekke: number; ydelsesId: Celle<string> }[],
): Generator<{ celle: Celle<string>; tidligereRaekke: number }> {
  const foerste = new Map<string, number>();
  for (const r of raekker) {
    const c = r.ydelsesId;
    if (c.vaerdi === null || c.ulaeselig || c.mangler) continue;
    const noegle = idNoegle(c.vaerdi);
    if (noegle === "") continue;
    const tidligere = foerste.get(noegle);
    if (tidligere === undefined) foerste.set(noegle, r.raekke);
    else yield { celle: c, tidligereRaekke: tidligere };
  }
}

/**
 * `lukket: <ID>` in tblResultater names a closed ydelse or tilbud that is no longer in tblYdelser
 * (regler.md 2026.3 item 6, § 6.2.2): the ID after the prefix, or null for any other text.
 */
export function lukketId(id: string | null | undefined): string | null {
  const m = /^\s*lukket\s*:\s*(\S.*?)\s*$/i.exec(id ?? "");
  return m ? m[1] : null;
}
