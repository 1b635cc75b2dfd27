/** Which profile the task pane validates with: the workbook's Takstprofil sheet, else the shipped default. */
import { NORDJYLLAND_2025_2026 } from "../core/profil/nordjylland-2025-2026";
import { profilFraSnapshot, TAKSTPROFIL_ARK, type ProfilKilde } from "../core/profil/laes-profil";
import type { Profil } from "../core/profil/typer";
import type { WorkbookSnapshot } from "../core/snapshot";

export type ProfilValg =
  | {
      ok: true;
      profil: Profil;
      /** Per threshold path: where the value comes from (absent for the shipped default used as is). */
      kilder?: Record<string, ProfilKilde>;
      fraArbejdsbog: boolean;
      /** From this profile to the one it finally extends. */
      kaede: string[];
    }
  | { ok: false; fejl: string[] };

export const STANDARD_VALG: ProfilValg = {
  ok: true,
  profil: NORDJYLLAND_2025_2026,
  fraArbejdsbog: false,
  kaede: [NORDJYLLAND_2025_2026.id],
};

export function vaelgProfil(snapshot: WorkbookSnapshot): ProfilValg {
  const r = profilFraSnapshot(snapshot);
  if (r === null) return STANDARD_VALG;
  if (!r.ok) return { ok: false, fejl: r.fejl };
  return { ok: true, profil: r.profil, kilder: r.kilder, fraArbejdsbog: true, kaede: r.kaede };
}

/** Danish: where the profile in use comes from. */
export function profilKildeTekst(valg: ProfilValg): string {
  if (!valg.ok) return `Arket ${TAKSTPROFIL_ARK} i projektmappen indeholder en ugyldig profil.`;
  if (!valg.fraArbejdsbog) return `Standardprofilen ${valg.profil.id}, som følger med tilføjelsesprogrammet.`;
  const udvider = valg.kaede.length > 1 ? `; den udvider ${valg.kaede.slice(1).join(" → ")}` : "";
  return `Projektmappens egen profil "${valg.profil.id}" fra arket ${TAKSTPROFIL_ARK} (celle A1)${udvider}.`;
}

/** A profile that cannot be used: validation is refused rather than run with other thresholds. */
export class ProfilUgyldig extends Error {
  constructor(public readonly detaljer: string[]) {
    super(
      `Projektmappens profil i arket ${TAKSTPROFIL_ARK} kan ikke bruges, så der er ikke valideret. Ret profilen i celle A1, eller slet arket for at bruge standardprofilen.`,
    );
    this.name = "ProfilUgyldig";
  }
}
