/**
 * The validation engine as the pane uses it: the reader, the profile choice and every rule.
 * It is most of the pane's code, and the pane loads it with import() as soon as it starts,
 * beside the first render, so the pane's first JavaScript stays small (issue 20 § 4).
 */
import { kontroller, type Valideringsresultat, type WorkbookSnapshot } from "../core";
import type { ProfilValg } from "./profil";
import { vaelgProfil } from "./profilvalg";
import type { Indlaest } from "./tilstand";

export interface Laest extends Indlaest {
  valg: ProfilValg;
  resultat: Valideringsresultat;
}

/** Reads the snapshot as a takstskema and validates it with the profile `erGodkendt` allows. */
export function laesOgValider(snapshot: WorkbookSnapshot, erGodkendt: (noegle: string) => boolean): Laest {
  // A workbook profile counts only once the user has accepted exactly it (godkendelser.ts).
  const valg = vaelgProfil(snapshot, erGodkendt);
  const { skema, resultat } = kontroller(snapshot, { profil: valg.profil, aftale: valg.aftale });
  return { snapshot, skema, valg, resultat };
}

export { vaelgProfil };
