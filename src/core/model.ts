/**
 * The model the reader builds from a snapshot: every table row with every value parsed,
 * each value keeping its sheet and A1 address so a finding can point at the cell.
 */
import type { CellValue } from "./snapshot";
import type { Dec } from "./penge";
import type {
  TBL_OMKOSTNINGER,
  TBL_RESULTATER,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEG_FAST_PRIS,
  TBL_TILLAEGSBEREGNING,
  TBL_YDELSER,
  StamdataKey,
  TabelDef,
  Kolonnetype,
} from "./skema/tabeller";

/** The parsed value type of each column type. */
export interface VaerdiForType {
  tekst: string;
  id: string;
  heltal: number;
  antal: Dec;
  tal: Dec;
  penge: Dec;
  pct: Dec; // fraction: 96 % → 0.96
  dato: number; // Excel serial day
  enum: string; // the canonical enum spelling
}

export interface Celle<T> {
  ark: string;
  /** A1 address within `ark`. */
  adresse: string;
  /** The raw cell value as the snapshot holds it. */
  raa: CellValue;
  /** The parsed value; null when the cell is empty or could not be read. */
  vaerdi: T | null;
  /** The cell is empty (null, "" or only spaces). */
  tom: boolean;
  /** The reader could not read the value (type, enum or Excel error); an ulaeselig-vaerdi problem was recorded. */
  ulaeselig?: boolean;
  /** The value was text that the reader read as a number (tal-som-tekst). */
  somTekst?: boolean;
  formel?: string | null;
  /** 'kolonne': the table has no such column (adresse is then the row's first cell); 'raekke': a Stamdata field has no row. */
  mangler?: "kolonne" | "raekke";
}

type Kolonner<T extends TabelDef> = T["kolonner"][number];
type CelleFor<C> = C extends { type: infer Ty } ? (Ty extends Kolonnetype ? Celle<VaerdiForType[Ty]> : never) : never;

/** One table row: a Celle per contract column, plus where the row sits. */
export type Raekke<T extends TabelDef> = {
  [C in Kolonner<T> as C["key"]]: CelleFor<C>;
} & {
  ark: string;
  /** 1-based sheet row. */
  raekke: number;
};

export type YdelseRaekke = Raekke<typeof TBL_YDELSER>;
export type OmkostningRaekke = Raekke<typeof TBL_OMKOSTNINGER>;
export type ResultatRaekke = Raekke<typeof TBL_RESULTATER>;
export type TillaegRaekke = Raekke<typeof TBL_TILLAEG>;
export type TillaegFastPrisRaekke = Raekke<typeof TBL_TILLAEG_FAST_PRIS>;
export type TillaegsberegningRaekke = Raekke<typeof TBL_TILLAEGSBEREGNING>;
export type TakstbilagRaekke = Raekke<typeof TBL_TAKSTBILAG>;

export interface FundetKolonne {
  key: string;
  /** 1-based sheet column. */
  kolonne: number;
  /** The header text as found. */
  overskrift: string;
  /** A1 address of the header cell. */
  adresse: string;
}

/** Where a table was found and how. */
export interface FundetTabel<R> {
  navn: string;
  ark: string;
  kilde: "tabel" | "overskrifter";
  /** 1-based sheet row of the header row. */
  overskriftRaekke: number;
  /** A1 range of the header row. */
  overskriftOmraade: string;
  kolonner: Record<string, FundetKolonne | undefined>;
  /** Keys of contract columns the table lacks. */
  manglendeKolonner: string[];
  raekker: R[];
}

export type StamdataTypes = {
  driftsherre: string;
  tilbud: string;
  tilbudsportalId: string;
  kategori: number;
  takstaar: number;
  kontaktperson: string;
  email: string;
  nytTilbud: string;
  foersteDriftsaar: number;
};

export interface Stamdata {
  tabel: FundetTabel<unknown> | null;
  /** One Celle per required Felt: the Værdi cell, or (mangler: 'raekke') the table's header when the row is missing. */
  felter: { [K in StamdataKey]: Celle<StamdataTypes[K]> };
}

/**
 * Why a value could not be read, as facts (felt-ugyldig-vaerdi words them): the reader
 * never writes a message.
 */
export type VaerdiFejl =
  | { art: "excel-fejl"; /** e.g. "#REF!" */ fejl: string }
  | { art: "ulaeseligt-indhold" }
  | { art: "ikke-i-listen"; tilladte: readonly string[] }
  /** A number outside Excel's dates. */
  | { art: "ugyldig-dato" }
  | { art: "ikke-en-dato" }
  | { art: "ikke-endeligt-tal" }
  | { art: "ikke-et-tal"; forventet: Kolonnetype }
  /** "96 %" in a column of amounts or counts. */
  | { art: "procent-i-talkolonne"; forventet: Kolonnetype }
  | { art: "ikke-helt-tal" }
  | { art: "for-stort" };

interface ProblemSted {
  ark: string;
  /** A1 address (a header range for a missing column; "A1" for a missing table). */
  celle: string;
  ydelsesId?: string;
}

/**
 * A problem the reader met while reading, as facts: what (`art`), where, and the values
 * involved. The input rules turn them into findings and word the message themselves.
 */
export type Indlaesningsproblem = ProblemSted &
  (
    | {
        art: "tabel-mangler";
        tabel: string;
        /** The sheet it belongs on exists (`ark` is then its name). */ arkFindes: boolean;
      }
    | { art: "kolonne-mangler"; tabel: string; /** The column's key in the table's contract. */ kolonne: string }
    | {
        art: "dobbelt-overskrift";
        tabel: string;
        overskrift: string;
        /** The header cell of the column that is read (the first one). */
        laest: string | undefined;
      }
    | {
        art: "ulaeselig-vaerdi";
        /** The column's or Stamdata field's label. */ felt: string;
        vaerdi: CellValue;
        fejl: VaerdiFejl;
      }
    | {
        art: "tal-som-tekst";
        felt: string;
        vaerdi: CellValue;
        /** What the text was read as. */ laestSom: "tal" | "dato";
      }
  );

export interface Takstskema {
  /** A workbook with tblTakstbilag and no tblYdelser is a takstbilag (docs/regler.md). */
  type: "takstskema" | "takstbilag";
  stamdata: Stamdata | null;
  ydelser: FundetTabel<YdelseRaekke> | null;
  omkostninger: FundetTabel<OmkostningRaekke> | null;
  resultater: FundetTabel<ResultatRaekke> | null;
  tillaeg: FundetTabel<TillaegRaekke> | null;
  tillaegFastPris: FundetTabel<TillaegFastPrisRaekke> | null;
  tillaegsberegning: FundetTabel<TillaegsberegningRaekke> | null;
  takstbilag: FundetTabel<TakstbilagRaekke> | null;
  problemer: Indlaesningsproblem[];
}
