/**
 * ExcelJS's streaming writer (WorkbookWriter) with the two parts it cannot write: Excel
 * tables and charts. Rows go to the zip as they are committed, so a takstbilag of 100.000
 * takster is never held as a workbook model. The table and chart parts, their relationships
 * and content types are added through the writer's own zip and relationship streams; this
 * reaches into ExcelJS 4.4's stream writer (the members in `Interne`), which the bilag's
 * tests read back with ExcelJS, the project's reader and LibreOffice.
 * In the browser (the task pane's Sekretariat section), webpack puts stroem-browser.ts in
 * its place: the same class over ExcelJS's in-memory workbook (no stream writer there).
 */
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import { xmlSikkerTekst } from "../../core";
import { diagramXml, tegningXml, type SoejleDiagram } from "./diagram";
import { CT, REL_DIAGRAM, REL_TABEL, REL_TEGNING, tabelXml, type StroemTabel } from "./dele-xml";

export type { StroemTabel } from "./dele-xml";

/** The parts of ExcelJS 4.4's stream writer used here (not in its typings). */
interface InterntArk {
  id: number;
  _sheetRelsWriter: { addRelationship(rel: { Type: string; Target: string }): string };
  _writeLegacyData(): void;
  stream: { write(tekst: string): void };
  committed?: boolean;
}
interface InternBog {
  zip: { append(data: string, opts: { name: string }): void };
  _worksheets: (InterntArk | undefined)[];
  sharedStrings: { count: number; add(tekst: unknown): number };
  commentRefs: { commentName: string }[];
  addContentTypes(): Promise<void>;
}

/** A streaming workbook whose bytes `faerdig()` returns. */
export class StroemBog {
  readonly wb: ExcelJS.stream.xlsx.WorkbookWriter;
  private readonly ud = new PassThrough();
  private readonly stykker: Buffer[] = [];
  private readonly ekstraTyper: string[] = [];
  private tabeller = 0;
  private diagrammer = 0;

  constructor() {
    this.ud.on("data", (b: Buffer) => this.stykker.push(b));
    this.wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: this.ud, useStyles: true, useSharedStrings: true });
    const intern = this.intern;
    // Every text cell passes the shared-string table: the one place it is made XML-safe (core/xml-tegn.ts).
    const ss = intern.sharedStrings;
    const tilfoej = ss.add.bind(ss);
    ss.add = (tekst) => tilfoej(typeof tekst === "string" ? xmlSikkerTekst(tekst) : tekst);
    const typer = intern.addContentTypes.bind(intern);
    intern.addContentTypes = () => {
      // ExcelJS writes [Content_Types].xml through zip.append; the extra parts are added to it.
      const append = intern.zip.append.bind(intern.zip);
      intern.zip.append = (data, opts) => {
        intern.zip.append = append;
        append(
          opts.name === "[Content_Types].xml" ? data.replace("</Types>", `${this.ekstraTyper.join("")}</Types>`) : data,
          opts,
        );
      };
      return typer();
    };
  }

  private get intern(): InternBog {
    return this.wb as unknown as InternBog;
  }

  private static arkIntern(ws: ExcelJS.Worksheet): InterntArk {
    return ws as unknown as InterntArk;
  }

  /** Elements written after the sheet's rows, in CT_Worksheet's order (drawing before tableParts). */
  private efterRaekker(ws: ExcelJS.Worksheet, element: { drawing?: string; tabel?: string }): void {
    const a = StroemBog.arkIntern(ws);
    const foer = a._writeLegacyData.bind(a);
    a._writeLegacyData = () => {
      if (element.drawing) a.stream.write(`<drawing r:id="${element.drawing}"/>`);
      foer();
      if (element.tabel) a.stream.write(`<tableParts count="1"><tablePart r:id="${element.tabel}"/></tableParts>`);
    };
  }

  /** Makes `ref` on `ws` an Excel table (with autofilter). Call before the sheet is committed; once per sheet. */
  tabel(ws: ExcelJS.Worksheet, t: StroemTabel): void {
    const n = ++this.tabeller;
    const sti = `xl/tables/table${n}.xml`;
    this.intern.zip.append(tabelXml(n, t), { name: sti });
    this.ekstraTyper.push(`<Override PartName="/${sti}" ContentType="${CT}.spreadsheetml.table+xml"/>`);
    const rid = StroemBog.arkIntern(ws)._sheetRelsWriter.addRelationship({
      Type: REL_TABEL,
      Target: `../tables/table${n}.xml`,
    });
    this.efterRaekker(ws, { tabel: rid });
  }

  /** Puts a bar chart on `ws`. Call before the sheet is committed; once per sheet. */
  diagram(ws: ExcelJS.Worksheet, d: SoejleDiagram): void {
    const n = ++this.diagrammer;
    const diagram = `xl/charts/chart${n}.xml`;
    const tegning = `xl/drawings/drawing${n}.xml`;
    this.intern.zip.append(diagramXml(d), { name: diagram });
    this.intern.zip.append(tegningXml(d, "rId1"), { name: tegning });
    this.intern.zip.append(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL_DIAGRAM}" Target="../charts/chart${n}.xml"/></Relationships>`,
      { name: `xl/drawings/_rels/drawing${n}.xml.rels` },
    );
    this.ekstraTyper.push(
      `<Override PartName="/${tegning}" ContentType="${CT}.drawing+xml"/>`,
      `<Override PartName="/${diagram}" ContentType="${CT}.drawingml.chart+xml"/>`,
    );
    const rid = StroemBog.arkIntern(ws)._sheetRelsWriter.addRelationship({
      Type: REL_TEGNING,
      Target: `../drawings/drawing${n}.xml`,
    });
    this.efterRaekker(ws, { drawing: rid });
  }

  /** Commits everything and returns the .xlsx bytes. */
  async faerdig(): Promise<Buffer> {
    const slut = new Promise<void>((ok, fejl) => {
      this.ud.on("end", ok);
      this.ud.on("error", fejl);
    });
    // The zip is piped into `ud` and ends it.
    await this.wb.commit();
    await slut;
    return Buffer.concat(this.stykker);
  }
}
