/**
 * What the task pane needs from a workbook. The Office.js adapter implements it (inside
 * Excel, and in the preview against the in-memory Excel fake); the React code sees only this.
 */
import type { Fund } from "./regler/typer";
import type { WorkbookSnapshot } from "./snapshot";

export interface NyTillaegsberegning {
  beskrivelse: string;
  personalekategori: string;
  tidsrum: string;
  timerPrUge: number;
  /** Excel serial day numbers. */
  startdato: number;
  slutdato: number;
}

export interface TakstbilagStatus {
  /** 1-based index of the data row within tblTakstbilag's body, when the workbook was read. */
  raekkeIndex: number;
  /** The row's Ydelses-ID as read: the row is found by it if the table was sorted since. */
  ydelsesId?: string;
  status: "OK" | "Advarsel" | "Fejl";
  fund: string;
}

/** A cell's content as Office's `formulas` gives it: a constant, or formula text starting with "=". */
export type CelleIndhold = string | number | boolean;

/**
 * What a write changed, so "Fortryd" can put exactly those cells back: per written range
 * what to write back into each cell the pane wrote (null: a cell it did not write, left
 * alone), their number formats before, and their content after (undo refuses when the user
 * has changed those cells since, rather than overwrite that work).
 */
export interface Fortrydelse {
  ark: string;
  omraader: {
    /** The range's sheet, where it is not `ark` (a write across several sheets). */
    ark?: string;
    adresse: string;
    /** Per cell, what to write through `formulas` so the cell is as it was; null where the pane did not write. */
    foer: (CelleIndhold | null)[][];
    /** Number formats before, where the write set them (null elsewhere). */
    talformatFoer?: (string | null)[][];
    /** The written cells' `formulas` after the write; null where the pane did not write. */
    efter: (CelleIndhold | null)[][];
  }[];
  /** A row the write appended to a table (the cells below moved down): deleted again. */
  tilfoejetRaekke?: {
    tabel: string;
    adresse: string;
    efter: CelleIndhold[][];
    /** A whole sheet row was inserted (another table stood below): the whole row is deleted again. */
    helArkRaekke?: boolean;
  };
  /** Tables the write created on sheets that were there: turned back into plain cells (data kept). */
  tabeller?: { navn: string; ark: string }[];
  /**
   * Sheets the write added: deleted again, unless the user has written in them since (the
   * sheet's used range, values only, and its formulas as the write left them; null: empty).
   */
  tilfoejedeArk?: { navn: string; adresse: string | null; efter: CelleIndhold[][] }[];
  /** Ranges on sheets that were there, given a list (data validation) by the write: cleared again. */
  datavalideringer?: { ark: string; adresse: string }[];
  /** Column widths (points) the write changed, by a cell of the column, as they were (null: not uniform, left). */
  kolonnebredder?: { ark: string; adresse: string; bredde: number | null }[];
}

/** A rate the user typed for a Personalekategori/Tidsrum pair the table over ATA-timetakster lacks. */
export interface NyTimetakst {
  personalekategori: string;
  tidsrum: string;
  timeomkostning: number;
  /** Fractions (0.33 for 33 %). */
  fravaer: number;
  doegnkoefficient: number;
  vfo: number;
}

/** What "Tilføj manglende tabeller" did. */
export interface TilfoejedeTabeller {
  /** Every table made, in the template's order. */
  tabeller: string[];
  /** Of those, the ones made from cells that already held the table's header row and data. */
  omdannet: string[];
  fortrydelse: Fortrydelse;
}

export interface Arbejdsbog {
  /** Reads everything a validation needs, in a constant number of round trips. */
  laesSnapshot(): Promise<WorkbookSnapshot>;
  /** Selects (and scrolls to) a cell. */
  vaelgCelle(ark: string, celle: string): Promise<void>;
  /** Writes the findings to the sheet `Valideringsrapport`, which the add-in owns (replaced each time). */
  skrivRapport(fund: Fund[], overskrift: string): Promise<void>;
  /** Fills the first empty row of tblTillaegsberegning (or appends one) with the values and native formulas; refuses when the template is missing. */
  indsaetTillaegsberegning(
    raekke: NyTillaegsberegning,
  ): Promise<{ ark: string; celle: string; fortrydelse: Fortrydelse }>;
  /** Fills Status and Fund of tblTakstbilag (nothing else). */
  markerStatus(statusser: TakstbilagStatus[]): Promise<Fortrydelse>;
  /** Puts back what a write changed; refuses (and changes nothing) when the user has changed those cells since. */
  fortryd(fortrydelse: Fortrydelse): Promise<void>;
  /** Writes a profile (JSON) to Takstprofil!A1, adding the sheet when missing; nothing else is touched. */
  skrivProfil(json: string): Promise<Fortrydelse>;
  /** Inserts the template's sheets and tables; refuses when a sheet of the same name exists. */
  indsaetSkabelon(takstaar: number): Promise<void>;
  /**
   * Adds only the template's tables that are missing (a copy of last year's skema whose
   * sheets exist): where a sheet already has a table's header row and data, that range
   * becomes the table (data kept); elsewhere the template's table is inserted in its place.
   * Refuses, naming the difference or the cells in the way, and changes nothing otherwise.
   */
  tilfoejManglendeTabeller(takstaar: number): Promise<TilfoejedeTabeller>;
  /**
   * Adds a Personalekategori/Tidsrum pair with its numbers to the table over ATA-timetakster
   * (its first empty row, or a new row), with the template's ATA-timetakst formula.
   */
  tilfoejTimetakst(raekke: NyTimetakst): Promise<{ ark: string; celle: string; fortrydelse: Fortrydelse }>;
  /**
   * Opens an .xlsx (the Sekretariat section's takstbilag) as a new workbook with
   * Excel.createWorkbook (ExcelApi 1.8). Returns false, having done nothing, where the host
   * lacks it: the caller then offers the file as a download.
   */
  aabnNyProjektmappe(xlsx: Uint8Array): Promise<boolean>;
  /** Calls back (debounced by the caller) when the user edits a cell. Returns an unsubscribe function. */
  naarAendret(callback: () => void): Promise<() => Promise<void>>;
  /**
   * Calls back with true when a call has waited on Excel for a few seconds (Excel holds every
   * call while the user edits a cell), and with false when none waits any more. Returns an
   * unsubscribe function. Optional: an Arbejdsbog that never waits leaves it out.
   */
  foelgVentetid?(lytter: (venter: boolean) => void): () => void;
}

/** A Danish error for the user, from any Office or adapter failure. Never swallowed. */
export class ArbejdsbogFejl extends Error {
  constructor(
    message: string,
    public readonly aarsag?: unknown,
  ) {
    super(message);
    this.name = "ArbejdsbogFejl";
  }
}
