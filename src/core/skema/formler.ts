/**
 * The formulas the program writes into a takstskema or a takstbilag, as en-US formula text
 * with a leading "=" (Office.js `formulas`; the ExcelJS writer strips the "="). The .xlsx
 * template and the add-in both build their formulas here, so they write the same ones.
 *
 * Only plain arithmetic, SUMPRODUCT, MAX, MIN, ROW, INDEX, ROUND, IF, IFERROR and text functions (docs/skabelon.md,
 * "Formler"), so Excel 2016+ and LibreOffice Calc calculate the same. Every formula gives "" while its row's key input is
 * empty, so a blank row reads as an empty row and not as a row of zeros.
 */
import { kolonneBogstaver } from "../adresse";
import {
  GRUNDLAG_LED,
  TBL_OMKOSTNINGER,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEGSBEREGNING,
  type KolonneKey,
  type TabelDef,
} from "./tabeller";

/** Column letters by column key, for a table laid out in contract order from column `venstre` (1 = A). */
export function kolonneBogstaverFor<T extends TabelDef>(def: T, venstre = 1): Record<KolonneKey<T>, string> {
  const ud = {} as Record<string, string>;
  def.kolonner.forEach((k, i) => {
    ud[k.key] = kolonneBogstaver(venstre + i);
  });
  return ud as Record<KolonneKey<T>, string>;
}

type Kolonner<T extends TabelDef> = Record<KolonneKey<T>, string>;

/**
 * tblOmkostninger's Takstberegningsgrundlag (§ 5.5.1): the cost categories with their sign
 * from GRUNDLAG_LED; Heraf fagpersonale i vagtlag is part of Personaleomkostninger and is
 * not added again.
 */
export function grundlagFormel(raekke: number, k: Kolonner<typeof TBL_OMKOSTNINGER>): string {
  let sum = "";
  for (const led of GRUNDLAG_LED) {
    const celle = `${k[led.key]}${raekke}`;
    sum += sum === "" ? (led.fortegn < 0 ? `-${celle}` : celle) : `${led.fortegn < 0 ? "-" : "+"}${celle}`;
  }
  return `=IF(${k.ydelsesId}${raekke}="","",${sum})`;
}

/**
 * tblTillaeg's ATA-timetakst (bilag 2): Timeomkostning × (1 + Fraværskorrektion +
 * Døgnkoefficient + Variable følgeomkostninger), rounded to øre. The percent cells hold
 * fractions (33 % = 0,33). 206 × (1 + 0,33 + 0,25 + 0,05) = 335,78.
 */
export function ataTimetakstFormel(raekke: number, k: Kolonner<typeof TBL_TILLAEG>): string {
  const c = (key: KolonneKey<typeof TBL_TILLAEG>) => `${k[key]}${raekke}`;
  return `=IF(${c("timeomkostning")}="","",ROUND(${c("timeomkostning")}*(1+${c("fravaer")}+${c("doegnkoefficient")}+${c("vfo")}),2))`;
}

/** Where tblTillaegsberegning looks up its ATA-timetakst: three equally long ranges of tblTillaeg. */
export interface TillaegOpslag {
  /** e.g. "tblTillaeg[[Personalekategori]]" (tillaegOpslagTabel) or "$A:$A" */
  personalekategori: string;
  tidsrum: string;
  ataTimetakst: string;
}

/**
 * The lookup ranges as structured references to the table tblTillaeg by its column headers
 * (`tblTillaeg[[ATA-timetakst]]`; the double brackets because of the "-"): they grow with the
 * table, follow moved columns and keep the lookup's array to the table's rows (whole columns made
 * LibreOffice spend seconds on each formula). `'` escapes `[ ] # '` in a header.
 */
export function tillaegOpslagTabel(
  overskrifter: Readonly<Record<"personalekategori" | "tidsrum" | "ataTimetakst", string>> = {
    personalekategori: kolonneLabel("personalekategori"),
    tidsrum: kolonneLabel("tidsrum"),
    ataTimetakst: kolonneLabel("ataTimetakst"),
  },
): TillaegOpslag {
  const kol = (navn: string) => `${TBL_TILLAEG.navn}[[${navn.replace(/['#[\]]/g, "'$&")}]]`;
  return {
    personalekategori: kol(overskrifter.personalekategori),
    tidsrum: kol(overskrifter.tidsrum),
    ataTimetakst: kol(overskrifter.ataTimetakst),
  };
}

function kolonneLabel(key: KolonneKey<typeof TBL_TILLAEG>): string {
  return TBL_TILLAEG.kolonner.find((k) => k.key === key)!.label;
}

/** The lookup ranges for tblTillaeg laid out in contract order from column `venstre`, as whole columns. */
export function tillaegOpslagHeleKolonner(venstre = 1, ark?: string): TillaegOpslag {
  const k = kolonneBogstaverFor(TBL_TILLAEG, venstre);
  const pre = ark ? `'${ark.replace(/'/g, "''")}'!` : "";
  const kol = (b: string) => `${pre}$${b}:$${b}`;
  return { personalekategori: kol(k.personalekategori), tidsrum: kol(k.tidsrum), ataTimetakst: kol(k.ataTimetakst) };
}

export interface TillaegsberegningFormler {
  ataTimetakst: string;
  ugepris: string;
  uger: string;
  samletPris: string;
}

/**
 * A text as the rate lookup matches it (regler.md 2026.3 item 11; timetakstNoegle in
 * src/core/beregning/tillaeg.ts does the same): U+00A0 to a space (Excel's TRIM leaves it, and
 * CHAR(160) is another character on a Mac, so the character itself is in the formula), TRIM
 * (trims and collapses inner spaces), LOWER.
 */
function timetakstTekst(x: string): string {
  return `LOWER(TRIM(SUBSTITUTE(${x},"\u00a0"," ")))`;
}

/** Above any sheet row (Excel 1.048.576, LibreOffice up to 16.777.216): "no row" in the lookup. */
const UDEN_FOR_ARKET = 16_777_217;

/**
 * The ATA-timetakst of the first tblTillaeg row whose pair matches (0 when none: the rule
 * tillaeg-ukendt-timetakst reports that), the same row timetakstRaekker gives the rules and the
 * task pane. No SUMIFS or MATCH: they sum duplicates or read `* ? ~` (and `<`, `=`) as patterns.
 * SUMPRODUCT makes Excel (without Ctrl+Shift+Enter) and LibreOffice evaluate the comparisons over
 * the ranges; MAX of (UDEN_FOR_ARKET − row) over the matches is the first match.
 */
function ataOpslag(kategori: string, tidsrum: string, opslag: TillaegOpslag): string {
  const traef =
    `(${timetakstTekst(opslag.personalekategori)}=${timetakstTekst(kategori)})` +
    `*(${timetakstTekst(opslag.tidsrum)}=${timetakstTekst(tidsrum)})`;
  const p = opslag.personalekategori;
  // UDEN_FOR_ARKET − (the match's place in the range − 1), largest for the first match.
  const foerste = `SUMPRODUCT(MAX(${traef}*(${UDEN_FOR_ARKET}-ROW(${p})+MIN(ROW(${p})))))`;
  // The place in the range; no match points past the sheet, an error IFERROR turns to 0.
  return `IFERROR(INDEX(${opslag.ataTimetakst},${UDEN_FOR_ARKET + 1}-${foerste}),0)`;
}

/**
 * tblTillaegsberegning's formula columns.
 *
 * - ATA-timetakst: the rate of the first tblTillaeg row with the same Personalekategori and
 *   Tidsrum, matched as timetakstNoegle matches them (ataOpslag).
 * - Ugepris = ROUND(Timer pr. uge × ATA-timetakst, 2): bilag 2's 2,5 timer (5 × ½ time)
 *   × 335,78 = 839,45 kr.
 * - Uger = ROUND((Slutdato − Startdato + 1) / 7, 2): both dates count (a Monday to the
 *   Sunday six days later is 1 week). Rounded to 2 decimals so that the shown Ugepris ×
 *   the shown Uger is the shown Samlet pris.
 * - Samlet pris = ROUND(Ugepris × Uger, 2).
 */
export function tillaegsberegningFormler(
  raekke: number,
  k: Kolonner<typeof TBL_TILLAEGSBEREGNING>,
  opslag: TillaegOpslag,
): TillaegsberegningFormler {
  const c = (key: KolonneKey<typeof TBL_TILLAEGSBEREGNING>) => `${k[key]}${raekke}`;
  return {
    ataTimetakst: `=IF(${c("personalekategori")}="","",${ataOpslag(c("personalekategori"), c("tidsrum"), opslag)})`,
    ugepris: `=IF(${c("ataTimetakst")}="","",ROUND(${c("timerPrUge")}*${c("ataTimetakst")},2))`,
    uger: `=IF(${c("startdato")}="","",IF(${c("slutdato")}="","",ROUND((${c("slutdato")}-${c("startdato")}+1)/7,2)))`,
    samletPris: `=IF(${c("ugepris")}="","",IF(${c("uger")}="","",ROUND(${c("ugepris")}*${c("uger")},2)))`,
  };
}

/** tblTakstbilag's Ændring kr. = Takst − Takst sidste år ("" when either is missing). */
export function aendringKrFormel(raekke: number, k: Kolonner<typeof TBL_TAKSTBILAG>): string {
  const gl = `${k.takstSidsteAar}${raekke}`;
  const ny = `${k.takst}${raekke}`;
  return `=IF(${gl}="","",IF(${ny}="","",${ny}-${gl}))`;
}

/** tblTakstbilag's Ændring pct. = Takst / Takst sidste år − 1, as a fraction for a % format ("" without a base). */
export function aendringPctFormel(raekke: number, k: Kolonner<typeof TBL_TAKSTBILAG>): string {
  const gl = `${k.takstSidsteAar}${raekke}`;
  const ny = `${k.takst}${raekke}`;
  return `=IF(${gl}="","",IF(${ny}="","",IF(${gl}=0,"",${ny}/${gl}-1)))`;
}

/**
 * The columns the program fills with its own formulas above, by table name, each with the
 * input columns whose emptiness makes the formula give "" (the IF guards above). Every other
 * contract column holds a typed value (formel-i-inputkolonne); a formula here that gives ""
 * while its inputs are filled in has not been calculated (formel-ikke-beregnet).
 */
export const FORMLERNES_NOEGLER: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  [TBL_OMKOSTNINGER.navn]: { grundlag: ["ydelsesId"] },
  [TBL_TILLAEG.navn]: { ataTimetakst: ["timeomkostning"] },
  [TBL_TILLAEGSBEREGNING.navn]: {
    ataTimetakst: ["personalekategori"],
    ugepris: ["personalekategori"],
    uger: ["startdato", "slutdato"],
    samletPris: ["personalekategori", "startdato", "slutdato"],
  },
  [TBL_TAKSTBILAG.navn]: { aendringKr: ["takst", "takstSidsteAar"], aendringPct: ["takst", "takstSidsteAar"] },
};

/** The column is one the program computes with a formula (a formula there is expected). */
export function erBeregnetKolonne(def: TabelDef, key: string): boolean {
  return def.kolonner.some((k) => k.key === key && k.formel === true) || key in (FORMLERNES_NOEGLER[def.navn] ?? {});
}
