/**
 * The task pane's shared state, handed by `Opgaverude.tsx` to every section. It lives apart
 * from the pane so the sections (and their components) never import their parent.
 */
import type { Arbejdsbog, Takstskema, Valideringsresultat, WorkbookSnapshot } from "../core";
import type { ProfilGodkendelser } from "./godkendelser";
import type { ProfilValg } from "./profil";

/** What the last read of the workbook gave: shared by every section. */
export interface Indlaest {
  snapshot: WorkbookSnapshot;
  skema: Takstskema;
}

export interface Valideret extends Indlaest {
  resultat: Valideringsresultat;
}

export interface FaellesTilstand {
  arbejdsbog: Arbejdsbog;
  indlaest: Indlaest | null;
  profilValg: ProfilValg;
  resultat: Valideringsresultat | null;
  /** Reads the workbook and validates it; throws (Danish) when it cannot. */
  valider(): Promise<Valideret>;
  /** The user's acceptances of workbook profiles (never stored in the workbook). */
  godkendelser: ProfilGodkendelser;
  /** Says something to screen readers (aria-live). */
  annoncer(tekst: string): void;
}
