/**
 * Which profile the task pane validates with. The shipped default, unless the workbook
 * has a Takstprofil sheet AND the user has accepted exactly that profile for this
 * workbook: a submitted skema must not be able to switch off its own checks. It needs the
 * rules' default severities (src/core/valider.ts), so it loads with the engine (motor.ts).
 */
import {
  basisProfil,
  efterlignetProfil,
  findSheet,
  profilFraSnapshot,
  profilLempelser,
  standardAlvor,
  TAKSTPROFIL_ARK,
  type WorkbookSnapshot,
} from "../core";
import { profilNoegle, STANDARD_VALG, type ArkProfil, type ProfilValg } from "./profil";

/**
 * The profile to validate with. `godkendt(noegle)` answers whether the user has accepted
 * exactly this workbook profile (see godkendelser.ts); without it nothing is accepted.
 */
export function vaelgProfil(
  snapshot: WorkbookSnapshot,
  godkendt: (noegle: string) => boolean = () => false,
): ProfilValg {
  const r = profilFraSnapshot(snapshot);
  if (r === null) return STANDARD_VALG;
  const synlighed = findSheet(snapshot, TAKSTPROFIL_ARK)?.visibility ?? "visible";
  if (!r.ok) return { ...STANDARD_VALG, ark: { ok: false, fejl: r.fejl, synlighed } };
  const base = basisProfil(r.kaede);
  const noegle = profilNoegle(r.profil);
  const ark: ArkProfil = {
    ...r,
    base,
    lempelser: profilLempelser(r.profil, base, standardAlvor),
    efterlignet: efterlignetProfil(r.profil),
    noegle,
    synlighed,
    godkendt: godkendt(noegle),
  };
  if (!ark.godkendt) return { ...STANDARD_VALG, ark };
  return { profil: r.profil, kilder: r.kilder, kaede: r.kaede, aftale: r.aftale, fraArbejdsbog: true, ark };
}
