/** A profile: thresholds and severities, separate from the rules (like an ESLint config). */
import type { Alvor, RegelId } from "../regler/id";

export interface Profil {
  id: string;
  navn: string;
  /** Id of a profile this one extends; resolved away by `loesProfil`. */
  udvider?: string;
  dagePrAar: number;
  /** The takstår the agreement covers (§ 1); absent: not stated. */
  takstaar?: number[];
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

/** A rule's footing in one agreement: its section (null for pure input checks) and the passage it quotes verbatim. */
export interface RegelKilde {
  paragraf: string | null;
  citat: string;
}

/**
 * The agreement's sections that the rules' messages name in passing ("kategorierne i § 5.5.1"):
 * each agreement gives its own number, so a region's messages cite its own sections.
 */
export type AfsnitNoegle =
  | "kategorier"
  | "begrundelse"
  | "beregning"
  | "belaegning"
  | "overUnderskud"
  | "hensaettelse"
  | "overskud"
  | "underskud"
  | "omkostningskategorier"
  | "vagtlag"
  | "stoettetimer"
  | "sundhedsydelser"
  | "tillaeg"
  | "tillaegTidsbegraenset"
  | "nytTilbudDriftstab";

/** Every rule's footing in one agreement. */
export type RegelKilder = Readonly<Record<RegelId, RegelKilde>>;

/**
 * An agreement the rules check against: how it is named, where its text is, and each rule's
 * § and quote in it. One per profile folder (src/core/profil/<id>/aftale.ts).
 */
export interface Aftale {
  id: string;
  /** The full name, as in "Kontrol mod Styringsaftalen for Nordjysk Socialaftale". */
  navn: string;
  /** The short name before a section: "Styringsaftalen, § 5.3.1". */
  kortnavn: string;
  /** The body that approves takster and pladsændringer, as messages and the takstbilag name it: "DAS". */
  godkender: string;
  /** The agreement's text, relative to the repo root (docs/kilder/…): the citation test reads it. */
  tekst: string;
  /** Per rule: its § and quote in this agreement (regler.ts in the profile folder). */
  regler: RegelKilder;
  /**
   * The sections the messages and the template's help name in passing, e.g.
   * { omkostningskategorier: "5.5.1" }; a list "2.2.3, 3.1" is named "§ 2.2.3, § 3.1".
   */
  afsnit: Readonly<Record<AfsnitNoegle, string>>;
}

/** A registered profile and the agreement it checks against (src/core/profil/register.ts). */
export interface Profilindgang {
  profil: Profil;
  aftale: Aftale;
}
