/**
 * How the template lays the contract out, shared by the .xlsx writer (ExcelJS) and the
 * add-in (Office.js) so both insert the same workbook: number formats per column type,
 * where each table starts with its title and formulas, and which sheets and tables the
 * template owns.
 */
import {
  ataTimetakstFormel,
  grundlagFormel,
  kolonneBogstaverFor,
  tillaegOpslagTabel,
  tillaegsberegningFormler,
} from "./formler";
import {
  TBL_OMKOSTNINGER,
  TBL_RESULTATER,
  TBL_STAMDATA,
  TBL_TILLAEG,
  TBL_TILLAEG_FAST_PRIS,
  TBL_TILLAEGSBEREGNING,
  TBL_YDELSER,
  type KolonneDef,
  type TabelDef,
} from "./tabeller";

export const KR_FORMAT = '#,##0.00 "kr."';
export const PCT_FORMAT = "0.0%";
export const DATO_FORMAT = "dd-mm-yyyy";
export const DECIMAL_FORMAT = "#,##0.00";

/** The number format of a column type (null: Excel's General). */
export function standardFormat(k: Pick<KolonneDef, "type">): string | null {
  switch (k.type) {
    case "penge":
      return KR_FORMAT;
    case "pct":
      return PCT_FORMAT;
    case "dato":
      return DATO_FORMAT;
    default:
      return null;
  }
}

/** Title on row 1, headers on row 2; the three Tillægsydelser tables side by side (safe whole-column lookups). */
export const SKABELON_LAYOUT = {
  overskriftRaekke: 2,
  tommeRaekker: 5,
  tillaegVenstre: 1,
  tillaegFastPrisVenstre: 1 + TBL_TILLAEG.kolonner.length + 1,
  tillaegsberegningVenstre: 1 + TBL_TILLAEG.kolonner.length + 1 + TBL_TILLAEG_FAST_PRIS.kolonner.length + 1,
} as const;

/** One table of the template: its title, where it starts, its blank rows' formulas and formats. */
export interface SkabelonTabel {
  def: TabelDef;
  titel: string;
  /** The table's first column (1 = A), on the header row SKABELON_LAYOUT.overskriftRaekke. */
  venstre: number;
  /** The formulas of a blank row on sheet row `raekke`, by column key. */
  formler?: (raekke: number) => Record<string, string>;
  /** Number formats instead of the column type's (null: General). */
  formater?: Readonly<Record<string, string | null>>;
}

const kO = kolonneBogstaverFor(TBL_OMKOSTNINGER);
const kT = kolonneBogstaverFor(TBL_TILLAEG, SKABELON_LAYOUT.tillaegVenstre);
const kB = kolonneBogstaverFor(TBL_TILLAEGSBEREGNING, SKABELON_LAYOUT.tillaegsberegningVenstre);
const opslag = tillaegOpslagTabel();

/**
 * The template's tables in order, each on its sheet (def.ark), written alike by the .xlsx
 * writer and the add-in. Stamdata's rows are its fields (STAMDATA_FELTER), not blank rows.
 */
export const SKABELON_PLAN: readonly SkabelonTabel[] = [
  { def: TBL_STAMDATA, titel: "Stamdata", venstre: 1 },
  { def: TBL_YDELSER, titel: "Ydelser", venstre: 1 },
  {
    def: TBL_OMKOSTNINGER,
    titel: "Omkostninger (budget for takståret)",
    venstre: 1,
    formler: (r) => ({ grundlag: grundlagFormel(r, kO) }),
  },
  {
    def: TBL_RESULTATER,
    titel: "Over- og underskud",
    venstre: 1,
    formater: { resultat: '#,##0.00 "kr.";-#,##0.00 "kr."', regnskabsaar: null, indregnetITakstaar: null },
  },
  {
    def: TBL_TILLAEG,
    titel: "ATA-timetakster (bilag 2)",
    venstre: SKABELON_LAYOUT.tillaegVenstre,
    formler: (r) => ({ ataTimetakst: ataTimetakstFormel(r, kT) }),
  },
  {
    def: TBL_TILLAEG_FAST_PRIS,
    titel: "Tillægsydelser til fast pris",
    venstre: SKABELON_LAYOUT.tillaegFastPrisVenstre,
  },
  {
    def: TBL_TILLAEGSBEREGNING,
    titel: "Aftalte tillægsydelser",
    venstre: SKABELON_LAYOUT.tillaegsberegningVenstre,
    formler: (r) => {
      const f = tillaegsberegningFormler(r, kB, opslag);
      return { ataTimetakst: f.ataTimetakst, ugepris: f.ugepris, uger: f.uger, samletPris: f.samletPris };
    },
    formater: { timerPrUge: DECIMAL_FORMAT, uger: DECIMAL_FORMAT },
  },
];

/** The takstskema's own tables, which the template inserts: all but the takstbilag (a workbook of its own). */
export const SKABELON_TABELLER: readonly TabelDef[] = SKABELON_PLAN.map((p) => p.def);

/** The sheets the template adds, in order. */
export const SKABELON_ARK: readonly string[] = [...new Set(SKABELON_TABELLER.map((t) => t.ark))];

/** The number format of a template table's column: its own, else the column type's (null: General). */
export function skabelonFormat(p: SkabelonTabel, k: KolonneDef): string | null {
  return p.formater && k.key in p.formater ? (p.formater[k.key] ?? null) : standardFormat(k);
}
