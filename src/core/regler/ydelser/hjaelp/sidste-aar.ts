/**
 * "Last year" of a takst row for the change rules: the approved value from last year's
 * takstbilag when the sekretariat gave one and it has the ydelse (§ 5: changes to "godkendte
 * takster"), else what the skema says. One helper, so each change rule changes one line.
 */
import type { Dec } from "../../../penge";
import { findGrundlagTilbud, noegle, type Grundlag, type GrundlagTilbud } from "../../../takstbilag/grundlag";
import type { Takstskema } from "../../../model";
import type { RegelKontekst } from "../../typer";
import { vaerdi, type AendringsRaekke } from "./faelles";

export interface SidsteAar {
  takst: Dec | null;
  pladser: Dec | null;
  /** The ydelse is in last year's approved takstbilag: takst and pladser are the approved ones. */
  godkendt: boolean;
}

/** Added to a message when the change is measured from the approved value ("" otherwise). */
export function godkendtNote(godkendt: boolean): string {
  return godkendt ? " (Ændringen er målt fra sidste års godkendte takstbilag.)" : "";
}

const tilbudCache = new WeakMap<Grundlag, WeakMap<Takstskema, GrundlagTilbud | null>>();

/** The skema's tilbud in the baseline (a takstskema's Stamdata; null for a takstbilag or none found). */
export function grundlagTilbud(ctx: Pick<RegelKontekst, "grundlag" | "skema">): GrundlagTilbud | null {
  const g = ctx.grundlag;
  if (!g || ctx.skema.type !== "takstskema") return null;
  let pr = tilbudCache.get(g);
  if (!pr) tilbudCache.set(g, (pr = new WeakMap()));
  if (pr.has(ctx.skema)) return pr.get(ctx.skema)!;
  const f = ctx.skema.stamdata?.felter;
  const t = findGrundlagTilbud(g, {
    driftsherre: vaerdi(f?.driftsherre),
    tilbud: vaerdi(f?.tilbud),
    tilbudsportalId: vaerdi(f?.tilbudsportalId),
  });
  pr.set(ctx.skema, t);
  return t;
}

export function sidsteAar(ctx: Pick<RegelKontekst, "grundlag" | "skema">, r: AendringsRaekke): SidsteAar {
  const y = grundlagTilbud(ctx)?.ydelser.get(noegle(vaerdi(r.ydelsesId)));
  if (y)
    return {
      takst: y.takst,
      pladser: y.pladser,
      godkendt: true,
    };
  return { takst: vaerdi(r.takstSidsteAar), pladser: vaerdi(r.pladserSidsteAar), godkendt: false };
}
