/**
 * "Om Takstskema": what support needs to know, as Danish lines the user can copy into a mail:
 * the version, the Excel it runs in, the highest ExcelApi set that Excel has, the workbook's
 * date system and the profile in use.
 */

/** The Excel the pane runs in, as index.tsx reads it from Office (null outside Excel: the preview). */
export interface Miljoe {
  /** Office.context.platform: "PC", "Mac", "OfficeOnline", "iOS" … */
  platform: string | null;
  /** The highest ExcelApi requirement set isSetSupported says yes to, e.g. "1.17". */
  excelApi: string | null;
}

/** The ExcelApi sets asked about, lowest first (1.1–1.20). */
export const EXCELAPI_SAET = Array.from({ length: 20 }, (_, i) => `1.${i + 1}`);

/** The highest set `understoetter` says yes to, or null. */
export function hoejesteExcelApi(understoetter: (saet: string, version: string) => boolean): string | null {
  let hoejeste: string | null = null;
  for (const v of EXCELAPI_SAET) if (understoetter("ExcelApi", v)) hoejeste = v;
  return hoejeste;
}

const PLATFORME: Record<string, string> = {
  PC: "Excel til Windows",
  Mac: "Excel til Mac",
  OfficeOnline: "Excel på nettet",
  iOS: "Excel til iPad",
  Android: "Excel til Android",
  Universal: "Excel (Universal)",
};

export function omLinjer(a: {
  version: string;
  miljoe: Miljoe | null;
  /** The last read workbook's date system; undefined when nothing is read yet. */
  date1904: boolean | undefined;
  laest: boolean;
  profil: { id: string; fraArbejdsbog: boolean };
}): string[] {
  const { version, miljoe, profil } = a;
  const vaert = miljoe?.platform ? (PLATFORME[miljoe.platform] ?? `Excel (${miljoe.platform})`) : "uden for Excel";
  return [
    `Takstskema ${version}`,
    `Vært: ${vaert}`,
    `API-sæt: ${miljoe?.excelApi ? `ExcelApi ${miljoe.excelApi}` : "ukendt"}`,
    `Datosystem: ${!a.laest ? "ikke læst endnu" : a.date1904 ? "1904" : "1900"}`,
    `Profil: ${profil.id} (${profil.fraArbejdsbog ? "projektmappens egen, godkendt" : "indbygget"})`,
  ];
}
