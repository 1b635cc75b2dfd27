/**
 * The validation engine as the pane uses it: the reader, the profile choice and every rule.
 * It is most of the pane's code, and the pane loads it with import() as soon as it starts,
 * beside the first render, so the pane's first JavaScript stays small (issue 20 § 4).
 */
import { laesTakstskema } from "../core/reader/laes";
import type { Valideringsresultat } from "../core/regler/typer";
import type { WorkbookSnapshot } from "../core/snapshot";
import { validerSkema } from "../core/valider";
import type { ProfilValg } from "./profil";
import { vaelgProfil } from "./profilvalg";
import type { Indlaest } from "./tilstand";

export interface Laest extends Indlaest {
  valg: ProfilValg;
  resultat: Valideringsresultat;
}

/** Reads the snapshot as a takstskema and validates it with the profile `erGodkendt` allows. */
export function laesOgValider(snapshot: WorkbookSnapshot, erGodkendt: (noegle: string) => boolean): Laest {
  const skema = laesTakstskema(snapshot);
  // A workbook profile counts only once the user has accepted exactly it (godkendelser.ts).
  const valg = vaelgProfil(snapshot, erGodkendt);
  const resultat = validerSkema(skema, snapshot, { profil: valg.profil, aftale: valg.aftale });
  return { snapshot, skema, valg, resultat };
}

export { vaelgProfil };
