/** Every rule, in the order of the catalogue (REGEL_IDER, docs/regler.md). Each area's folder lists its own rules. */
import { REGEL_IDER, type RegelId } from "./id";
import type { Regel } from "./typer";
import { SKEMA_REGLER } from "./skema";
import { STAMDATA_REGLER } from "./stamdata";
import { YDELSE_REGLER } from "./ydelser";
import { OMKOSTNING_REGLER } from "./omkostninger";
import { RESULTAT_REGLER } from "./resultater";
import { TILLAEG_REGLER } from "./tillaeg";
import { TAKSTBILAG_REGLER } from "./takstbilag";

const efterId = new Map<RegelId, Regel>();
for (const r of [
  ...SKEMA_REGLER,
  ...STAMDATA_REGLER,
  ...YDELSE_REGLER,
  ...OMKOSTNING_REGLER,
  ...RESULTAT_REGLER,
  ...TILLAEG_REGLER,
  ...TAKSTBILAG_REGLER,
]) {
  efterId.set(r.meta.id, r);
}

export const ALLE_REGLER: readonly Regel[] = REGEL_IDER.flatMap((id) => {
  const r = efterId.get(id);
  return r ? [r] : [];
});

export function findRegel(id: string): Regel | undefined {
  return efterId.get(id as RegelId);
}
