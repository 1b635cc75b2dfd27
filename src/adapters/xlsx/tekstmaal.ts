/**
 * Row heights for wrapped text and the fonts they assume. Neither ExcelJS nor Excel fits a
 * row to wrapped text on opening, so the writers set heights from an estimate of the lines.
 */
import type ExcelJS from "exceljs";

/** Calibri 11 (Excel's default, Carlito in LibreOffice): one line of text is 15 pt. */
export const LINJE_PT = 15;
/**
 * Characters of Danish text per unit of column width (the width of a digit): about 1,2 in
 * Calibri 11 and 1,1 in bold 11 pt headers, taken lower so a line is never cut.
 */
const TEGN_PR_BREDDE = 1.1;
const TEGN_PR_BREDDE_OVERSKRIFT = 1.0;

/** Lines `tekst` wraps to in a column `bredde` characters wide (word wrap, long words broken). */
export function linjer(tekst: string | null | undefined, bredde: number, tegnPrBredde = TEGN_PR_BREDDE): number {
  if (!tekst) return 1;
  const pr = Math.max(1, Math.floor(bredde * tegnPrBredde));
  let n = 0;
  for (const afsnit of tekst.split(/\r?\n/)) {
    let linje = 0;
    n++;
    for (const ord of afsnit.split(/\s+/).filter((o) => o !== "")) {
      const l = ord.length;
      if (linje === 0) {
        n += Math.floor((l - 1) / pr);
        linje = ((l - 1) % pr) + 1;
      } else if (linje + 1 + l <= pr) linje += 1 + l;
      else {
        n += 1 + Math.floor((l - 1) / pr);
        linje = ((l - 1) % pr) + 1;
      }
    }
  }
  return n;
}

/** Row height (pt) that shows every wrapped text of a row: [text, column width] pairs. */
export function hoejde(tekster: [string | null | undefined, number][]): number {
  return LINJE_PT * Math.max(1, ...tekster.map(([t, b]) => linjer(t, b)));
}

/** Header rows: bold 11 pt lines, as body text (printed text stays at least 9 pt, udskrift.ts). */
export function overskriftHoejde(tekster: [string, number][]): number {
  return LINJE_PT * Math.max(1, ...tekster.map(([t, b]) => linjer(t, b, TEGN_PR_BREDDE_OVERSKRIFT))) + 2;
}

/** Every font names Calibri: a font without a name is drawn in LibreOffice's default (a serif). */
const SKRIFT = { name: "Calibri", family: 2 } as const;
export function skrift(f: Partial<ExcelJS.Font> = {}): Partial<ExcelJS.Font> {
  return { ...SKRIFT, size: 11, ...f };
}
