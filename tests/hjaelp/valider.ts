/**
 * The engine for tests that do not care which profile: `kontroller`'s result with the default
 * profile and its agreement unless a test gives its own (a test is a shell: it may pick the
 * default; the core may not).
 */
import { aftaleFor, kontroller, profilOgAftale, STANDARD_PROFIL_ID } from "../../src/core";
import type { Profil, ValiderIndstillinger, Valideringsresultat, WorkbookSnapshot } from "../../src/core";

/** The default profile with its agreement. */
export const standardValg = (): ValiderIndstillinger => profilOgAftale(STANDARD_PROFIL_ID);

/** Reads and validates `snapshot`; the agreement defaults to the given profile's registered one. */
export function valider(snapshot: WorkbookSnapshot, valg: Partial<ValiderIndstillinger> = {}): Valideringsresultat {
  const profil = valg.profil ?? standardValg().profil;
  return kontroller(snapshot, { ...valg, profil, aftale: valg.aftale ?? aftaleFor(profil.id) }).resultat;
}

/** What the takstbilag writer takes from the default profile and its agreement (`bilagInput` gives it from the chosen one). */
export function standardBilag(): { godkender: string; dagePrAar: number; takstaendring: Profil["takstaendring"] } {
  const { profil, aftale } = standardValg();
  return { godkender: aftale.godkender, dagePrAar: profil.dagePrAar, takstaendring: profil.takstaendring };
}
