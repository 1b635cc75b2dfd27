/** A profile: thresholds and severities, separate from the rules (like an ESLint config). */
import type { Alvor, RegelId } from "../regler/id";

export interface Profil {
  id: string;
  navn: string;
  /** Id of a profile this one extends; resolved away by `loesProfil`. */
  udvider?: string;
  dagePrAar: number;
  belaegning: { forventetMin: number; anbefaletMax: number; max: number; minKortForloeb: number };
  overUnderskud: {
    graensePct: number;
    indregnesSenestEfterAar: number;
    nytTilbudEfterAar: number;
    hensaettelseAar: number;
  };
  takstaendring: {
    vaesentligPct: number;
    maalestok: "nominel" | "ud_over_pl";
    plFremskrivningPct: number | null;
  };
  takstloft: null | { reduktionPct: number };
  begrundelse: { minTegn: number; intetsigende: string[] };
  tillaeg: { vfoMaxPct: number; normaltid: string; fravaerMinPct: number; fravaerMaxPct: number };
  tolerance: {
    takstKr: number;
    takstPct: number;
    ataKr: number;
    /** ATA-timetakster rounded to whole kroner: accepted within this many kr. (regler.md 2026.2 item 8). */
    ataHeleKr: number;
  };
  alvor: Partial<Record<RegelId, Alvor | "fra">>;
}
