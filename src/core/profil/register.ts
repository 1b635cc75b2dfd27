/**
 * The one place that knows the profile folders (src/core/profil/<id>/): each shipped profile
 * with the agreement it checks against. The engine, the pane, the CLI, the template writer,
 * the scripts and the tests ask here; ESLint forbids importing a profile folder anywhere else.
 *
 * A profile read from JSON is not registered: it checks against the agreement of the
 * registered profile it finally extends (`udvider`), and a profile that extends none
 * against the default's (`aftaleFor`, `ProfilResultat.aftale` in laes-profil.ts).
 */
import type { RegelId } from "../regler/id";
import { NORDJYLLAND_2025_2026 } from "./nordjylland-2025-2026";
import type { Aftale, Profil, Profilindgang, RegelKilde } from "./typer";

let indgange: readonly Profilindgang[] = [NORDJYLLAND_2025_2026];

function profilerAf(liste: readonly Profilindgang[]): Readonly<Record<string, Profil>> {
  const ud = Object.create(null) as Record<string, Profil>;
  for (const { profil } of liste) ud[profil.id] = profil;
  return Object.freeze(ud);
}

/** The registered profiles, by id: frozen, without prototype keys; replaced (never changed) by `registrerProfil`. */
export let PROFILER: Readonly<Record<string, Profil>> = profilerAf(indgange);

/** The profile used when none is given. */
export const STANDARD_PROFIL_ID = NORDJYLLAND_2025_2026.profil.id;

export function erKendtProfil(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(PROFILER, id);
}

/** A registered profile; an unknown id is a programming error. */
export function hentProfil(id: string): Profil {
  if (!erKendtProfil(id))
    throw new Error(`Ukendt profil "${id}" (kendte profiler: ${Object.keys(PROFILER).join(", ")}).`);
  return PROFILER[id];
}

/**
 * The registered profile a resolved `udvider` chain (`ProfilResultat.kaede`) ends in: the base
 * a workbook's or file's profile is compared with. A chain that ends elsewhere gets the default.
 */
export function basisProfil(kaede: readonly string[]): Profil {
  return PROFILER[kaede[kaede.length - 1]] ?? PROFILER[STANDARD_PROFIL_ID];
}

/** The agreement of a registered profile; any other id (a profile that extends none) gets the default's. */
export function aftaleFor(profilId: string): Aftale {
  const indgang =
    indgange.find((i) => i.profil.id === profilId) ?? indgange.find((i) => i.profil.id === STANDARD_PROFIL_ID)!;
  return indgang.aftale;
}

/** A registered profile with its agreement, as `kontroller` takes them; an unknown id is a programming error. */
export function profilOgAftale(id: string): Profilindgang {
  return { profil: hentProfil(id), aftale: aftaleFor(id) };
}

/** Every registered agreement, once each. */
export function registreredeAftaler(): Aftale[] {
  return [...new Map(indgange.map((i) => [i.aftale.id, i.aftale])).values()];
}

/** A rule's § (null for pure input checks) and the passage it quotes, in `aftale`. */
export function regelKilde(aftale: Aftale, id: RegelId): RegelKilde {
  return aftale.regler[id];
}

/** A section as a message names it: "§ 5.5.1", but "bilag 2" as is; a list "2.2.3, 3.1" as "§ 2.2.3, § 3.1". */
export function afsnitTekst(afsnit: string): string {
  return afsnit
    .split(/,\s*/)
    .map((a) => (/^\d/.test(a) ? `§ ${a}` : a))
    .join(", ");
}

/**
 * Adds a profile folder that does not ship: the hook through which the tests (and the
 * preview, when a browser test asks for it) register the fictitious test region
 * (tests/profil/testregion/). A real region is added to the list above instead.
 */
export function registrerProfil(indgang: Profilindgang): void {
  if (erKendtProfil(indgang.profil.id)) throw new Error(`Profilen "${indgang.profil.id}" er allerede registreret.`);
  indgange = [...indgange, indgang];
  PROFILER = profilerAf(indgange);
}
