/**
 * A clearly fictitious second region (Testregion Opdigtet): its own thresholds, its own
 * agreement with other sections and words, one rule off. It never ships: tests register it
 * through the register's hook, and the browser tests hand it to the preview
 * (window.takstskemaTestprofiler, src/preview/index.tsx).
 */
import { erKendtProfil, registrerProfil } from "../../../src/core/profil/register";
import type { Profilindgang } from "../../../src/core/profil/typer";
import { AFTALE } from "./aftale";
import { PROFIL } from "./profil";

export const TESTREGION: Profilindgang = { profil: PROFIL, aftale: AFTALE };

/** Registers the test region (once per module registry, i.e. per test file). */
export function registrerTestregion(): Profilindgang {
  if (!erKendtProfil(PROFIL.id)) registrerProfil(TESTREGION);
  return TESTREGION;
}
