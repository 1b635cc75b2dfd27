/**
 * The parts ExcelJS cannot write itself (an Excel table's XML, the relationship and content
 * types of tables and charts), shared by the stream writer (stroem.ts, Node) and its browser
 * twin (stroem-browser.ts), so both write the same bytes for them.
 */
export const REL_TABEL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/table";
export const REL_TEGNING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
export const REL_DIAGRAM = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart";
export const CT = "application/vnd.openxmlformats-officedocument";

export interface StroemTabel {
  navn: string;
  /** A1 range of header and data rows. */
  ref: string;
  kolonner: readonly string[];
}

function xml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

export function tabelXml(id: number, t: StroemTabel): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<table xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" id="${id}" name="${xml(t.navn)}" displayName="${xml(t.navn)}" ref="${t.ref}" totalsRowShown="0">` +
    `<autoFilter ref="${t.ref}"/>` +
    `<tableColumns count="${t.kolonner.length}">` +
    t.kolonner.map((k, i) => `<tableColumn id="${i + 1}" name="${xml(k)}"/>`).join("") +
    `</tableColumns>` +
    `<tableStyleInfo name="TableStyleMedium2" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/>` +
    `</table>`
  );
}
