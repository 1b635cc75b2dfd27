/**
 * stroem.ts's StroemBog for the browser, where ExcelJS has no stream writer (its browser
 * build exports only Workbook) and there is no node:stream. webpack resolves `./stroem` to
 * this file in the task pane and the preview (webpack.config.js), so skriv-bilag.ts writes
 * the same takstbilag in the Sekretariat section as `takstskema bilag` does.
 *
 * The same members as StroemBog: `wb` (here ExcelJS's in-memory Workbook, whose worksheets
 * get the stream writer's `commit()` as a no-op), `tabel`, `diagram` and `faerdig`. Tables and
 * charts are added to the written zip afterwards with JSZip, with the XML of dele-xml.ts and
 * diagram.ts that the stream writer uses. The bilag of one sekretariat's submissions is held
 * in memory here; the pane reads every file into memory anyway.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { xmlSikkerTekst } from "../../core";
import { diagramXml, tegningXml, type SoejleDiagram } from "./diagram";
import { CT, REL_DIAGRAM, REL_TABEL, REL_TEGNING, tabelXml, type StroemTabel } from "./dele-xml";

export type { StroemTabel } from "./dele-xml";

interface Tilfoejelse {
  arkId: number;
  tabel?: StroemTabel;
  diagram?: SoejleDiagram;
}

const arkId = (ws: ExcelJS.Worksheet): number => (ws as unknown as { id: number }).id;

/** A text made XML-safe, as the stream writer's shared-string table does (core/xml-tegn.ts). */
function sikkerVaerdi(v: ExcelJS.CellValue): ExcelJS.CellValue {
  if (typeof v === "string") return xmlSikkerTekst(v);
  if (v && typeof v === "object" && "richText" in v)
    return { richText: v.richText.map((r) => ({ ...r, text: xmlSikkerTekst(r.text) })) };
  return v;
}

/** Inserts `tekst` before the first of `foer` found in the sheet XML (CT_Worksheet's element order). */
function indsaetFoer(xml: string, foer: readonly string[], tekst: string): string {
  let pos = xml.lastIndexOf("</worksheet>");
  for (const f of foer) {
    const i = xml.indexOf(f);
    if (i >= 0 && i < pos) pos = i;
  }
  return xml.slice(0, pos) + tekst + xml.slice(pos);
}

const EFTER_TEGNING = [
  "<legacyDrawing ",
  "<legacyDrawing>",
  "<legacyDrawingHF",
  "<picture",
  "<oleObjects",
  "<controls",
  "<webPublishItems",
  "<tableParts",
  "<extLst",
];

export class StroemBog {
  readonly wb: ExcelJS.Workbook;
  private readonly tilfoejelser: Tilfoejelse[] = [];

  constructor() {
    this.wb = new ExcelJS.Workbook();
    const tilfoej = this.wb.addWorksheet.bind(this.wb);
    // The stream writer's sheets and rows are committed; in memory there is nothing to commit.
    this.wb.addWorksheet = ((navn?: string, opts?: Partial<ExcelJS.AddWorksheetOptions>) => {
      const ws = tilfoej(navn, opts);
      (ws as unknown as { commit(): void }).commit = () => undefined;
      return ws;
    }) as typeof this.wb.addWorksheet;
  }

  /** Makes `ref` on `ws` an Excel table (with autofilter). Once per sheet. */
  tabel(ws: ExcelJS.Worksheet, t: StroemTabel): void {
    this.tilfoejelser.push({ arkId: arkId(ws), tabel: t });
  }

  /** Puts a bar chart on `ws`. Once per sheet. */
  diagram(ws: ExcelJS.Worksheet, d: SoejleDiagram): void {
    this.tilfoejelser.push({ arkId: arkId(ws), diagram: d });
  }

  /** Writes the workbook and returns the .xlsx bytes. */
  async faerdig(): Promise<Uint8Array> {
    for (const ws of this.wb.worksheets)
      ws.eachRow({ includeEmpty: false }, (row) =>
        row.eachCell({ includeEmpty: false }, (c) => {
          if (c.type !== ExcelJS.ValueType.Formula) c.value = sikkerVaerdi(c.value);
        }),
      );
    const zip = await JSZip.loadAsync(await this.wb.xlsx.writeBuffer());
    const typer: string[] = [];
    let tabeller = 0;
    let diagrammer = 0;
    for (const t of this.tilfoejelser) {
      const arkSti = `xl/worksheets/sheet${t.arkId}.xml`;
      const relSti = `xl/worksheets/_rels/sheet${t.arkId}.xml.rels`;
      const ark = zip.file(arkSti);
      if (!ark) throw new Error(`Arket ${arkSti} mangler i projektmappen.`);
      let xml = await ark.async("string");
      let rels =
        (await zip.file(relSti)?.async("string")) ??
        `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
      const rid = `rIdTakstskema${tabeller + diagrammer + 1}`;
      if (t.tabel) {
        const n = ++tabeller;
        const sti = `xl/tables/table${n}.xml`;
        zip.file(sti, tabelXml(n, t.tabel));
        typer.push(`<Override PartName="/${sti}" ContentType="${CT}.spreadsheetml.table+xml"/>`);
        rels = rels.replace(
          "</Relationships>",
          `<Relationship Id="${rid}" Type="${REL_TABEL}" Target="../tables/table${n}.xml"/></Relationships>`,
        );
        xml = indsaetFoer(xml, ["<extLst"], `<tableParts count="1"><tablePart r:id="${rid}"/></tableParts>`);
      }
      if (t.diagram) {
        const n = ++diagrammer;
        const diagram = `xl/charts/chart${n}.xml`;
        const tegning = `xl/drawings/drawing${n}.xml`;
        zip.file(diagram, diagramXml(t.diagram));
        zip.file(tegning, tegningXml(t.diagram, "rId1"));
        zip.file(
          `xl/drawings/_rels/drawing${n}.xml.rels`,
          `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Type="${REL_DIAGRAM}" Target="../charts/chart${n}.xml"/></Relationships>`,
        );
        typer.push(
          `<Override PartName="/${tegning}" ContentType="${CT}.drawing+xml"/>`,
          `<Override PartName="/${diagram}" ContentType="${CT}.drawingml.chart+xml"/>`,
        );
        rels = rels.replace(
          "</Relationships>",
          `<Relationship Id="${rid}" Type="${REL_TEGNING}" Target="../drawings/drawing${n}.xml"/></Relationships>`,
        );
        xml = indsaetFoer(xml, EFTER_TEGNING, `<drawing r:id="${rid}"/>`);
      }
      zip.file(arkSti, xml);
      zip.file(relSti, rels);
    }
    const ct = zip.file("[Content_Types].xml");
    if (ct && typer.length > 0)
      zip.file("[Content_Types].xml", (await ct.async("string")).replace("</Types>", `${typer.join("")}</Types>`));
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}
