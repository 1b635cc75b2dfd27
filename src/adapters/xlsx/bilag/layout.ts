/** Layout shared by the takstbilag's sheets: fonts, fills, the status colours and legend, header and title rows. */
import type ExcelJS from "exceljs";
import type { TabelDef } from "../../../core";
import { hoejde, overskriftHoejde, skrift } from "../tekstmaal";

export const HVID_FED: Partial<ExcelJS.Font> = skrift({ bold: true, color: { argb: "FFFFFFFF" } });
export const MOERKEBLAA: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
export const TOP_OMBRYD: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
export const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };
export const PCT_FORTEGN = "+0.0%;-0.0%;0.0%";

export function saetBredder(ws: ExcelJS.Worksheet, bredder: readonly number[]): void {
  ws.columns = bredder.map((width) => ({ width }));
}

export function udfyld(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}

export const STATUS_FARVE: Record<string, string> = { OK: "FFC6EFCE", Advarsel: "FFFFEB9C", Fejl: "FFFFC7CE" };
/** A pladsændring or væsentlig takstændring: DAS decides; not an error, so not the Fejl colour. */
export const KRAEVER_GODKENDELSE = "FFBDD7EE";
/** The legend on Oversigt and Takstbilag: label, colour, explanation. */
export const FORKLARING: readonly [string, string, string][] = [
  ["Fejl", STATUS_FARVE.Fejl, "Taksten har en fejl, som skal rettes, før den kan godkendes."],
  [
    "Advarsel",
    STATUS_FARVE.Advarsel,
    "Der er noget ved taksten, som bør ses efter, men det hindrer ikke en godkendelse.",
  ],
  ["OK", STATUS_FARVE.OK, "Ingen bemærkninger til taksten."],
  [
    "Kræver godkendelse",
    KRAEVER_GODKENDELSE,
    "En pladsændring eller en væsentlig takstændring, som skal godkendes (ikke en fejl).",
  ],
];

/** A table's header row: labels, white on dark blue, wrapped, with notes; height to fit. */
export function skrivOverskrift(
  hoved: ExcelJS.Row,
  def: TabelDef,
  bredder: readonly number[],
  noter: Record<string, string> = {},
): void {
  def.kolonner.forEach((c, i) => {
    const celle = hoved.getCell(i + 1);
    celle.value = c.label;
    // Also in the cells, for programs that do not draw Excel's table styles (LibreOffice).
    celle.font = HVID_FED;
    celle.fill = MOERKEBLAA;
    celle.alignment = TOP_OMBRYD;
    if (noter[c.key]) celle.note = noter[c.key];
  });
  hoved.height = overskriftHoejde(def.kolonner.map((c, i) => [c.label, bredder[i]]));
  hoved.commit();
}

/** A sheet's title row: the title, and under it the Takstår note when there is one, across the table's width. */
export function titelCelle(
  ws: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  titel: string,
  note: string | undefined,
  bredder: readonly number[],
): void {
  const c = row.getCell(1);
  if (note) {
    c.value = {
      richText: [
        { text: titel, font: skrift({ bold: true, size: 13 }) },
        { text: `\n${note}`, font: skrift({ bold: true, color: { argb: "FF9C0006" } }) },
      ],
    };
    c.alignment = TOP_OMBRYD;
    ws.mergeCells(row.number, 1, row.number, bredder.length);
    row.height = 20 + hoejde([[note, bredder.reduce((s, b) => s + b, 0)]]);
  } else {
    c.value = titel;
    c.font = skrift({ bold: true, size: 13 });
    row.height = 20;
  }
  row.commit();
}
