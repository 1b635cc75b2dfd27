/** The workbook proxy: its sheets and tables, `readOnly`, and the worksheet functions (DATE). */
import { datoTilSerial, fraSerial1900 } from "../../core";
import { FakeWorksheetCollection } from "./ark";
import { ugyldigtArgument } from "./fejl";
import { FakeKlientObjekt } from "./klientobjekt";
import type { FakeKontekst } from "./kontekst-flade";
import { FakeTableCollection } from "./tabel";
import {
  FakeCommentCollection,
  FakeDocumentProperties,
  FakeNamedItemCollection,
  FakeNoteCollection,
} from "./egenskaber";

export class FakeWorkbook extends FakeKlientObjekt {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly names: FakeNamedItemCollection;
  private _funktioner: FakeFunctions | undefined;
  private _egenskaber: FakeDocumentProperties | undefined;
  private _kommentarer: FakeCommentCollection | undefined;
  private _noter: FakeNoteCollection | undefined;
  private _beskyttelse: FakeWorkbookProtection | undefined;

  constructor(context: FakeKontekst) {
    super(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
    this.names = new FakeNamedItemCollection(context, () => null);
  }

  get notes(): FakeNoteCollection {
    this.context.kraev("Workbook.notes");
    this._noter ??= new FakeNoteCollection(this.context);
    return this._noter;
  }

  get comments(): FakeCommentCollection {
    this.context.kraev("Workbook.comments");
    this._kommentarer ??= new FakeCommentCollection(this.context);
    return this._kommentarer;
  }

  get properties(): FakeDocumentProperties {
    this.context.kraev("Workbook.properties");
    this._egenskaber ??= new FakeDocumentProperties(this.context);
    return this._egenskaber;
  }

  get readOnly(): boolean {
    return this._egenskab("readOnly");
  }

  get protection(): FakeWorkbookProtection {
    this.context.kraev("Workbook.protection");
    this._beskyttelse ??= new FakeWorkbookProtection(this.context);
    return this._beskyttelse;
  }

  protected override _navigation(navn: string): FakeKlientObjekt | null {
    return navn === "protection" ? this.protection : null;
  }

  get functions(): FakeFunctions {
    this.context.kraev("Workbook.functions");
    this._funktioner ??= new FakeFunctions(this.context);
    return this._funktioner;
  }

  override load(spec?: string | string[]): this {
    const navne = Array.isArray(spec) ? spec : typeof spec === "string" ? spec.split(",") : [];
    if (navne.some((n) => n.trim() === "readOnly")) this.context.kraev("Workbook.readOnly");
    return super.load(spec);
  }

  protected _hentSkalar(navn: string): unknown {
    if (navn === "readOnly") return this.context.model.skrivebeskyttet;
    throw ugyldigtArgument(`Workbook.${navn}`);
  }
}

export class FakeWorkbookProtection extends FakeKlientObjekt {
  get protected(): boolean {
    return this._egenskab("protected");
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "protected") return this.context.model.strukturBeskyttet;
    throw ugyldigtArgument(`WorkbookProtection.${navn}`);
  }
}

/** Excel.Functions: only DATE, which answers in the workbook's date system. */
export class FakeFunctions {
  constructor(readonly context: FakeKontekst) {}
  date(aar: number, maaned: number, dag: number): FakeFunctionResult {
    this.context.kraev("Functions.date");
    return new FakeFunctionResult(this.context, () => {
      const serial = datoTilSerial(aar, maaned, dag);
      return serial === null ? null : fraSerial1900(serial, this.context.model.date1904);
    });
  }
}

export class FakeFunctionResult extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _beregn: () => number | null,
  ) {
    super(context);
  }
  get value(): number {
    return this._egenskab("value");
  }
  get error(): string {
    return this._egenskab("error");
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "value") return this._beregn();
    if (navn === "error") return this._beregn() === null ? "#NUM!" : "";
    throw ugyldigtArgument(`FunctionResult.${navn}`);
  }
}
