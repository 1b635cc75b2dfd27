/**
 * The one way to write a rule (like typescript-eslint's `createRule`): a module is
 * `export default lavRegel({ meta: {…}, tjek(ctx) {…} })`.
 */
import type { FundInput, Regel, RegelKontekst, RegelMeta } from "./typer";

/** What a check reports. A Ydelses-ID that is null, undefined or empty is left out of the finding. */
export interface Rapport extends Omit<FundInput, "ydelsesId"> {
  ydelsesId?: string | null;
}

/** The context a rule's check gets: the engine's, with `rapporter` taking a `Rapport`. */
export interface TjekKontekst extends Omit<RegelKontekst, "rapporter"> {
  rapporter(rapport: Rapport): void;
}

export interface RegelDefinition {
  meta: RegelMeta;
  tjek(ctx: TjekKontekst): void;
}

export function lavRegel({ meta, tjek }: RegelDefinition): Regel {
  return {
    meta,
    tjek(ctx) {
      tjek({
        ...ctx,
        // Call sites pass whatever ID they have; a finding without one simply has no field.
        rapporter: ({ ydelsesId, ...rest }) => ctx.rapporter(ydelsesId ? { ...rest, ydelsesId } : rest),
      });
    },
  };
}
