/**
 * The columns of the three finding tables: `takstskema valider --rapport` (sheet Fund), the
 * add-in's sheet Valideringsrapport ("Skriv rapport") and the takstbilag's sheet Fund. One
 * header per column and one way to fill its cell; each table picks its columns, their order
 * and widths (Excel character widths) here, so the writers only lay out what they are given.
 */
import type { Alvor } from "../regler/id";
import { regelNavn } from "../regler/navn";
import { ALVOR_ETIKET } from "./alvor";
import { paragrafTekst } from "./paragraf";

/** One row of a finding table, before the writer masks CPR numbers or XML-forbidden characters. */
export interface FundRaekke {
  /** The file, as given (tables over several files). */
  fil?: string;
  regel: string;
  alvor: Alvor;
  /** "" for a row that is not in one cell (left-out findings, a file that could not be read). */
  ark: string;
  celle: string;
  ydelsesId?: string | null;
  paragraf: string | null;
  besked: string;
}

export type FundKolonne =
  "fil" | "regel" | "regelNavn" | "alvor" | "ark" | "celle" | "ydelsesId" | "paragraf" | "besked";

/** Each column's header. The rule's name goes under Regel as the ID does (the takstbilag's readers meet no IDs). */
export const FUND_OVERSKRIFT: Readonly<Record<FundKolonne, string>> = {
  fil: "Fil",
  regel: "Regel",
  regelNavn: "Regel",
  alvor: "Alvor",
  ark: "Ark",
  celle: "Celle",
  ydelsesId: "Ydelses-ID",
  paragraf: "§",
  besked: "Besked",
};

/** The rule of a row for a file that could not be read (no rule ran). */
export const ULAESELIG_REGEL = "fejl-ved-laesning";
const ULAESELIG_NAVN = "Filen kan ikke læses";

const REGELNAVNE = new Map<string, string>();
/** A rule's Danish name as the tables show it: regelNavn, once per rule (100.000 rows name the same few rules). */
export function fundRegelNavn(regel: string): string {
  if (regel === ULAESELIG_REGEL) return ULAESELIG_NAVN;
  let n = REGELNAVNE.get(regel);
  if (n === undefined) REGELNAVNE.set(regel, (n = regelNavn(regel)));
  return n;
}

/** A cell of a finding table; null where the row has nothing (an empty cell, not an empty text). */
export function fundCelle(kolonne: FundKolonne, f: FundRaekke): string | null {
  switch (kolonne) {
    case "fil":
      return f.fil ?? null;
    case "regel":
      return f.regel;
    case "regelNavn":
      return fundRegelNavn(f.regel);
    case "alvor":
      return ALVOR_ETIKET[f.alvor].etiket;
    case "ark":
      return f.ark || null;
    case "celle":
      return f.celle || null;
    case "ydelsesId":
      return f.ydelsesId || null;
    case "paragraf":
      return paragrafTekst(f.paragraf) || null;
    case "besked":
      return f.besked;
  }
}

/** The row for a file that could not be read, with the reason. */
export function ulaeseligRaekke(fil: string, aarsag: string): FundRaekke {
  return { fil, regel: ULAESELIG_REGEL, alvor: "fejl", ark: "", celle: "", paragraf: null, besked: aarsag };
}

export interface Kolonne {
  kolonne: FundKolonne;
  /** Excel column width in characters. */
  bredde: number;
  /** Wraps its text (long file names, rule IDs, messages) within the width instead of widening the page. */
  ombryd?: boolean;
}

/** `takstskema valider --rapport`, sheet Fund: one row per finding of every file, A4 landscape, one page wide. */
export const RAPPORT_KOLONNER: readonly Kolonne[] = [
  { kolonne: "fil", bredde: 26, ombryd: true },
  { kolonne: "regel", bredde: 24, ombryd: true },
  { kolonne: "alvor", bredde: 10 },
  { kolonne: "ark", bredde: 14 },
  { kolonne: "celle", bredde: 7 },
  { kolonne: "ydelsesId", bredde: 11 },
  { kolonne: "paragraf", bredde: 11, ombryd: true },
  { kolonne: "besked", bredde: 68, ombryd: true },
];

/** The add-in's sheet Valideringsrapport: the open workbook's findings (no file column). */
export const VALIDERINGSRAPPORT_KOLONNER: readonly Kolonne[] = [
  { kolonne: "alvor", bredde: 9 },
  { kolonne: "regel", bredde: 30 },
  { kolonne: "ark", bredde: 18 },
  { kolonne: "celle", bredde: 8 },
  { kolonne: "ydelsesId", bredde: 12 },
  { kolonne: "paragraf", bredde: 9 },
  { kolonne: "besked", bredde: 100 },
];

/** The takstbilag's sheet Fund (the sekretariat's, not DAS'): rule names, not IDs. */
export const BILAG_FUND_KOLONNER: readonly Kolonne[] = [
  { kolonne: "fil", bredde: 26 },
  { kolonne: "ark", bredde: 13 },
  { kolonne: "celle", bredde: 7 },
  { kolonne: "ydelsesId", bredde: 10 },
  { kolonne: "regelNavn", bredde: 24 },
  { kolonne: "alvor", bredde: 9.5 },
  { kolonne: "paragraf", bredde: 9.5 },
  { kolonne: "besked", bredde: 70 },
];

/** A table's header row. */
export function overskrifter(kolonner: readonly Kolonne[]): string[] {
  return kolonner.map((k) => FUND_OVERSKRIFT[k.kolonne]);
}

/** A table's row for one finding. */
export function fundCeller(kolonner: readonly Kolonne[], f: FundRaekke): (string | null)[] {
  return kolonner.map((k) => fundCelle(k.kolonne, f));
}
