/**
 * How the CLI knows a file is its own output, so it may overwrite it without --overskriv
 * (README, "Sikkerhed"): docProps/core.xml says creator and lastModifiedBy "takstskema"
 * and created = modified, and docProps/app.xml names the application ExcelJS writes
 * ("Microsoft Excel"). Excel changes lastModifiedBy and modified when it saves, LibreOffice
 * the application (even in a headless conversion), so a bilag or skabelon someone has
 * since opened and saved (a filled-in skema) no longer counts as the tool's.
 */
export const VAERKTOEJ = "takstskema";

interface Egenskaber {
  creator: string;
  lastModifiedBy: string;
  created: Date;
  modified: Date;
}

/** Marks a workbook (ExcelJS Workbook or streaming WorkbookWriter) as written by the tool. */
export function maerkSomSkrevetAfTakstskema(wb: Egenskaber): void {
  // Whole seconds: core.xml keeps no more, and created must equal modified there.
  const nu = new Date(Math.floor(Date.now() / 1000) * 1000);
  wb.creator = VAERKTOEJ;
  wb.lastModifiedBy = VAERKTOEJ;
  wb.created = nu;
  wb.modified = nu;
}

function felt(xml: string, tag: string): string | undefined {
  const start = xml.indexOf(`<${tag}`);
  if (start < 0) return undefined;
  const aaben = xml.indexOf(">", start);
  const slut = xml.indexOf(`</${tag}>`, aaben);
  if (aaben < 0 || slut < 0) return undefined;
  return xml.slice(aaben + 1, slut).trim();
}

/** What ExcelJS (both its writers) puts in docProps/app.xml. */
const EXCELJS_PROGRAM = "Microsoft Excel";

/** True when docProps/core.xml and app.xml carry the mark of maerkSomSkrevetAfTakstskema, unchanged. */
export function egenskaberErSkrevetAfTakstskema(coreXml: string, appXml: string): boolean {
  const oprettet = felt(coreXml, "dcterms:created");
  return (
    felt(appXml, "Application") === EXCELJS_PROGRAM &&
    felt(coreXml, "dc:creator") === VAERKTOEJ &&
    felt(coreXml, "cp:lastModifiedBy") === VAERKTOEJ &&
    oprettet !== undefined &&
    oprettet !== "" &&
    oprettet === felt(coreXml, "dcterms:modified")
  );
}
