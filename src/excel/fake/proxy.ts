/**
 * Proxy objects of the Excel fake, with Office.js semantics:
 * - methods and property writes are queued and take effect on `context.sync()`;
 * - a property can be read only after `load` + `sync` (else PropertyNotLoaded, as Office);
 * - `getItem` of something missing fails at sync with ItemNotFound;
 * - `…OrNullObject` gives an object whose `isNullObject` is known after the next sync.
 *
 * Only the part of the API the adapter uses exists; anything else is missing on purpose,
 * so a new call in the adapter fails in the tests until the fake learns it.
 */
import { a1, omraadeA1, parseOmraade, type Omraade } from "../../core/adresse";
import { EXCEL_FEJLVAERDIER, erExcelFejl } from "../../core/snapshot";
import {
  adgangNaegtet,
  egenskabIkkeIndlaest,
  FakeOfficeFejl,
  findesAllerede,
  findesIkke,
  ugyldigHandling,
  ugyldigSti,
  ugyldigtArgument,
} from "./fejl";
import {
  FakeArbejdsbogModel,
  MAKS_KOLONNER,
  type AendringsHaendelse,
  type FakeArk,
  type FakeCelle,
  type FakeTabel,
} from "./model";

/** Office refuses to read a range of more than five million cells. */
export const MAKS_CELLER_PR_LAESNING = 5_000_000;

export interface FakeValg {
  /**
   * Simulates Excel on the web's response size limit: a sync whose loaded cell properties
   * (values, formulas and numberFormat count one each per cell) exceed this fails with
   * ResponsePayloadSizeLimitExceeded. Default: no limit (desktop Excel).
   */
  maksCellerPrSvar?: number;
  /** Cells one range may be read with (default Excel's 5.000.000); lower it to prove an adapter chunks. */
  maksCellerPrLaesning?: number;
  /**
   * Excel on the web's response limit in bytes (about 5 MB): a sync whose loaded cell
   * properties, as JSON, exceed it fails with ResponsePayloadSizeLimitExceeded. Long texts
   * reach it long before any cell count does. Default: no limit (desktop Excel).
   */
  maksBytesPrSvar?: number;
  /**
   * The ExcelApi requirement set the fake host claims (default FAKE_EXCELAPI_STANDARD): a
   * member from a later set fails at sync with ApiNotFound, as on an older Excel, and
   * `understoetter` answers accordingly.
   */
  excelApi?: string;
}

/** What the fake implements when no older host is asked for. */
export const FAKE_EXCELAPI_STANDARD = "1.9";

/**
 * The requirement set of every member the fake implements above ExcelApi 1.1, as
 * @types/office-js tags it (tests/excel/api-saet.test.ts checks this table against the tags).
 */
export const FAKE_MEDLEMMER_KRAEVER: Readonly<Record<string, string>> = {
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.onChanged": "1.9",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.protection": "1.2",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetProtection.protected": "1.2",
  "TableCollection.getItemOrNullObject": "1.4",
  "Table.worksheet": "1.2",
  "Range.dataValidation": "1.8",
  "DataValidation.rule": "1.8",
  "RangeFormat.columnWidth": "1.2",
};

export function sammenlignVersion(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

type Operation = () => void;

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  private koe: { op: Operation; skriv: boolean }[] = [];
  /** Cell properties loaded in the current sync. */
  indlaesteCeller = 0;
  /** Bytes (as JSON) of the cell properties loaded in the current sync. */
  indlaesteBytes = 0;

  constructor(
    readonly model: FakeArbejdsbogModel,
    readonly valg: FakeValg,
    /** Excel.RunOptions.delayForCellEdit of the run that made this context. */
    readonly ventPaaCelleredigering = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** A member from a later requirement set than the host claims fails at sync, as in an older Excel. */
  kraev(medlem: string): void {
    const kraevet = FAKE_MEDLEMMER_KRAEVER[medlem];
    if (kraevet === undefined) throw new Error(`Fake Excel: ${medlem} mangler i FAKE_MEDLEMMER_KRAEVER`);
    const vaert = this.valg.excelApi ?? FAKE_EXCELAPI_STANDARD;
    if (sammenlignVersion(kraevet, vaert) <= 0) return;
    this.koeOp(() => {
      throw new FakeOfficeFejl(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${medlem}, ExcelApi ${kraevet}; the host has ${vaert})`,
        medlem,
      );
    }, false);
  }

  koeOp(op: Operation, skriv: boolean): void {
    this.koe.push({ op, skriv });
  }

  get harVentendeSkrivninger(): boolean {
    return this.koe.some((o) => o.skriv);
  }

  async sync(): Promise<void> {
    this.model.antalSyncs++;
    const ops = this.koe;
    this.koe = [];
    this.indlaesteCeller = 0;
    this.indlaesteBytes = 0;
    // A round trip: the caller's code after `sync()` runs later, as with Office.
    await Promise.resolve();
    if (this.model.celleredigering) {
      // Excel refuses a batch while the user edits a cell, unless the run asked to wait.
      if (!this.ventPaaCelleredigering) {
        throw new FakeOfficeFejl(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      await this.model.celleredigeringSlut();
    }
    try {
      // Like Excel, the batch runs in order and stops at the first error; earlier steps stay done.
      for (const o of ops) o.op();
      const maks = this.valg.maksCellerPrSvar;
      const maksBytes = this.valg.maksBytesPrSvar;
      if (
        (maks !== undefined && this.indlaesteCeller > maks) ||
        (maksBytes !== undefined && this.indlaesteBytes > maksBytes)
      ) {
        throw new FakeOfficeFejl(
          "ResponsePayloadSizeLimitExceeded",
          'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        );
      }
    } finally {
      this.model.udsendAendringer();
    }
  }
}

function parseLoad(spec: string | string[] | undefined): string[][] {
  if (spec === undefined || (typeof spec !== "string" && !Array.isArray(spec))) {
    // Office would load everything; the adapter must name what it reads.
    throw new Error("Fake Excel: load() skal have en liste af egenskaber (hent kun det, der læses).");
  }
  const dele = Array.isArray(spec) ? spec : spec.split(",");
  return dele
    .map((s) => s.trim())
    .filter((s) => s !== "")
    .map((s) => s.split("/").map((x) => x.trim()));
}

abstract class FakeKlientObjekt {
  protected readonly _data = new Map<string, unknown>();
  /** For …OrNullObject: undefined until the sync that resolves it. */
  protected _erNull: boolean | undefined;
  protected _nullbar = false;

  constructor(readonly context: FakeRequestContext) {}

  get isNullObject(): boolean {
    if (!this._nullbar) return false;
    if (this._erNull === undefined) throw egenskabIkkeIndlaest("isNullObject");
    return this._erNull;
  }

  protected _egenskab<T>(navn: string): T {
    if (!this._data.has(navn)) throw egenskabIkkeIndlaest(navn);
    return this._data.get(navn) as T;
  }

  load(spec?: string | string[]): this {
    const stier = parseLoad(spec);
    this.context.koeOp(() => this._indlaes(stier), false);
    return this;
  }

  /** Runs at sync: copies the requested properties from the model into the proxy. */
  _indlaes(stier: string[][]): void {
    const grupper = new Map<string, string[][]>();
    for (const [forste, ...rest] of stier) {
      const g = grupper.get(forste) ?? [];
      g.push(rest);
      grupper.set(forste, g);
    }
    for (const [navn, rester] of grupper) {
      const under = rester.filter((r) => r.length > 0);
      if (under.length > 0) {
        const nav = this._navigation(navn);
        if (!nav) throw ugyldigtArgument(`${this.constructor.name}.${navn}`);
        if (this._erNull) continue;
        nav._indlaes(under);
        continue;
      }
      if (this._navigation(navn)) {
        throw new Error(`Fake Excel: "${navn}" er et objekt; hent dets egenskaber med "${navn}/…".`);
      }
      this._data.set(navn, this._erNull ? null : this._hentSkalar(navn));
    }
  }

  protected abstract _hentSkalar(navn: string): unknown;

  protected _navigation(_navn: string): FakeKlientObjekt | null {
    return null;
  }

  protected _koeNulOpslag(find: () => unknown): void {
    this._nullbar = true;
    this.context.koeOp(() => {
      this._erNull = find() == null;
    }, false);
  }
}

/**
 * A proxy for a model object found by name (a sheet, a table): resolved lazily at sync, so a
 * missing one fails there with ItemNotFound, and …OrNullObject variants answer isNullObject.
 */
abstract class FakeOpslagsObjekt<M extends { slettet: boolean }> extends FakeKlientObjekt {
  protected _model: M | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly _find: () => M | undefined,
    protected readonly _sted: string,
  ) {
    super(context);
  }

  _somNulObjekt(): void {
    this._koeNulOpslag(() => {
      const m = this._find();
      if (m) this._model = m;
      return m;
    });
  }

  _loes(): M {
    if (this._erNull) throw ugyldigSti(this._sted);
    if (!this._model) {
      const m = this._find();
      if (!m) throw findesIkke(this._sted);
      this._model = m;
    }
    if (this._model.slettet) throw ugyldigSti(this._sted);
    return this._model;
  }
}

// ------------------------------------------------------------------ cell writing

function somOfficeVaerdi(c: FakeCelle | undefined): string | number | boolean {
  const v = c?.v ?? null;
  if (v === null) return "";
  if (erExcelFejl(v)) return v.fejl;
  return v;
}

/** Office reads a written value as if typed: "=…" is a formula, "'…" is text. The fake does not parse numbers or dates. */
function skrivIndtastning(ark: FakeArk, row: number, col: number, input: unknown, sted: string): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is (Office)
  const gammel = ark.celle(row, col);
  const nf = gammel?.nf ?? null;
  if (typeof input === "string") {
    if (input === "") return ark.saetCelle(row, col, { v: null, f: null, nf });
    if (input.startsWith("=") && input.length > 1) {
      // No calculation: the value stays as it was (null for a new cell).
      return ark.saetCelle(row, col, { v: gammel?.v ?? null, f: input, nf });
    }
    if (input.startsWith("'")) return ark.saetCelle(row, col, { v: input.slice(1), f: null, nf });
    if ((EXCEL_FEJLVAERDIER as readonly string[]).includes(input)) {
      return ark.saetCelle(row, col, { v: { fejl: input }, f: null, nf });
    }
    return ark.saetCelle(row, col, { v: input, f: null, nf });
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw ugyldigtArgument(sted);
    return ark.saetCelle(row, col, { v: input, f: null, nf });
  }
  if (typeof input === "boolean") return ark.saetCelle(row, col, { v: input, f: null, nf });
  throw ugyldigtArgument(sted);
}

function tjekForm(data: unknown, o: Omraade, sted: string): unknown[][] {
  const rows = o.bottom - o.top + 1;
  const cols = o.right - o.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw ugyldigtArgument(sted);
  }
  return data as unknown[][];
}

function tjekIkkeBeskyttet(ark: FakeArk, sted: string): void {
  if (ark.beskyttet) throw adgangNaegtet(sted);
}

function antalCeller(o: Omraade): number {
  return (o.bottom - o.top + 1) * (o.right - o.left + 1);
}

// ------------------------------------------------------------------ Workbook

export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  constructor(readonly context: FakeRequestContext) {
    this.worksheets = new FakeWorksheetCollection(context);
    this.tables = new FakeTableCollection(context);
  }
}

// ------------------------------------------------------------------ Worksheets

export class FakeWorksheetCollection extends FakeKlientObjekt {
  private _onChanged: FakeEventHandlers | undefined;

  get onChanged(): FakeEventHandlers {
    this.context.kraev("WorksheetCollection.onChanged");
    this._onChanged ??= new FakeEventHandlers(this.context);
    return this._onChanged;
  }

  get items(): FakeWorksheet[] {
    return this._egenskab<FakeWorksheet[]>("items");
  }

  override _indlaes(stier: string[][]): void {
    for (const [forste] of stier) if (forste !== "items") throw ugyldigtArgument(`WorksheetCollection.${forste}`);
    const under = stier.map((s) => s.slice(1)).filter((s) => s.length > 0);
    if (under.length === 0) throw new Error('Fake Excel: hent arkenes egenskaber med "items/…".');
    const items = this.context.model.ark.map((ark) => FakeWorksheet.bundet(this.context, ark));
    for (const it of items) it._indlaes(under);
    this._data.set("items", items);
  }

  protected _hentSkalar(navn: string): unknown {
    throw ugyldigtArgument(`WorksheetCollection.${navn}`);
  }

  getItem(noegle: string): FakeWorksheet {
    return new FakeWorksheet(
      this.context,
      () => this.context.model.findArkMedNoegle(noegle),
      `WorksheetCollection.getItem(${noegle})`,
    );
  }

  getItemOrNullObject(noegle: string): FakeWorksheet {
    this.context.kraev("WorksheetCollection.getItemOrNullObject");
    const ws = new FakeWorksheet(
      this.context,
      () => this.context.model.findArkMedNoegle(noegle),
      `WorksheetCollection.getItemOrNullObject(${noegle})`,
    );
    ws._somNulObjekt();
    return ws;
  }

  add(navn: string): FakeWorksheet {
    let oprettet: FakeArk | undefined;
    const sted = `WorksheetCollection.add(${navn})`;
    const ws = new FakeWorksheet(
      this.context,
      () => {
        if (!oprettet) throw ugyldigSti(sted);
        return oprettet;
      },
      sted,
    );
    this.context.koeOp(() => {
      if (
        typeof navn !== "string" ||
        navn.length === 0 ||
        navn.length > 31 ||
        /[[\]:*?/\\]/.test(navn) ||
        /^'|'$/.test(navn)
      ) {
        throw ugyldigtArgument(sted);
      }
      if (this.context.model.findArk(navn)) throw findesAllerede(sted);
      oprettet = this.context.model.nytArk(navn);
    }, true);
    return ws;
  }
}

export class FakeWorksheet extends FakeOpslagsObjekt<FakeArk> {
  private _beskyttelse: FakeWorksheetProtection | undefined;
  private _frys: FakeFreezePanes | undefined;

  static bundet(context: FakeRequestContext, ark: FakeArk): FakeWorksheet {
    const ws = new FakeWorksheet(context, () => ark, `Worksheet(${ark.name})`);
    ws._model = ark;
    return ws;
  }

  get name(): string {
    return this._egenskab("name");
  }
  get id(): string {
    return this._egenskab("id");
  }
  get visibility(): string {
    return this._egenskab("visibility");
  }
  get protection(): FakeWorksheetProtection {
    this.context.kraev("Worksheet.protection");
    this._beskyttelse ??= new FakeWorksheetProtection(this.context, this);
    return this._beskyttelse;
  }
  get freezePanes(): FakeFreezePanes {
    this.context.kraev("Worksheet.freezePanes");
    this._frys ??= new FakeFreezePanes(this.context, this);
    return this._frys;
  }

  protected _hentSkalar(navn: string): unknown {
    const ark = this._loes();
    switch (navn) {
      case "name":
        return ark.name;
      case "id":
        return ark.id;
      case "visibility":
        return ark.visibility;
      default:
        throw ugyldigtArgument(`Worksheet.${navn}`);
    }
  }

  protected override _navigation(navn: string): FakeKlientObjekt | null {
    return navn === "protection" ? this.protection : null;
  }

  getRange(adresse?: string): FakeRange {
    const sted = `Worksheet.getRange(${adresse ?? ""})`;
    return new FakeRange(
      this.context,
      () => {
        const ark = this._loes();
        if (adresse === undefined) return { ark, omr: { top: 1, left: 1, bottom: 1_048_576, right: MAKS_KOLONNER } };
        const uden = adresse.includes("!") ? adresse.slice(adresse.lastIndexOf("!") + 1) : adresse;
        const omr = parseOmraade(uden);
        if (!omr || omr.bottom > 1_048_576 || omr.right > MAKS_KOLONNER) throw ugyldigtArgument(sted);
        return { ark, omr };
      },
      sted,
    );
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.kraev("Worksheet.getUsedRangeOrNullObject");
    const sted = "Worksheet.getUsedRangeOrNullObject()";
    const r = new FakeRange(
      this.context,
      () => {
        const ark = this._loes();
        const omr = ark.brugtOmraade(valuesOnly);
        return omr ? { ark, omr } : null;
      },
      sted,
    );
    r._somNulObjekt();
    return r;
  }

  activate(): void {
    this.context.koeOp(() => {
      const ark = this._loes();
      if (ark.visibility !== "Visible") throw ugyldigHandling(`${this._sted}.activate()`);
      this.context.model.aktivtArkId = ark.id;
    }, true);
  }

  delete(): void {
    this.context.koeOp(() => {
      const ark = this._loes();
      const model = this.context.model;
      if (!model.ark.some((a) => a !== ark && a.visibility === "Visible")) {
        throw ugyldigHandling(`${this._sted}.delete()`, "A workbook must contain at least one visible worksheet.");
      }
      model.sletArk(ark);
    }, true);
  }
}

export class FakeWorksheetProtection extends FakeKlientObjekt {
  constructor(
    context: FakeRequestContext,
    private readonly _ark: FakeWorksheet,
  ) {
    super(context);
  }
  get protected(): boolean {
    return this._egenskab("protected");
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "protected") return this._ark._loes().beskyttet;
    throw ugyldigtArgument(`WorksheetProtection.${navn}`);
  }
}

export class FakeFreezePanes {
  constructor(
    readonly context: FakeRequestContext,
    private readonly _ark: FakeWorksheet,
  ) {}
  freezeRows(antal = 1): void {
    this.context.koeOp(() => {
      const ark = this._ark._loes();
      if (!Number.isInteger(antal) || antal < 0) throw ugyldigtArgument("WorksheetFreezePanes.freezeRows");
      ark.frosneRaekker = antal;
    }, true);
  }
}

// ------------------------------------------------------------------ Range

interface Placering {
  ark: FakeArk;
  omr: Omraade;
}

export class FakeRange extends FakeKlientObjekt {
  private _plads: Placering | undefined;
  private _format: FakeRangeFormat | undefined;
  private _validering: FakeDataValidation | undefined;

  constructor(
    context: FakeRequestContext,
    private readonly _find: () => Placering | null,
    private readonly _sted: string,
  ) {
    super(context);
  }

  _somNulObjekt(): void {
    this._koeNulOpslag(() => {
      const p = this._find();
      if (p) this._plads = p;
      return p;
    });
  }

  /** Bound on first use, as Office binds an object path. */
  _loes(): Placering {
    if (this._erNull) throw ugyldigSti(this._sted);
    if (!this._plads) {
      const p = this._find();
      if (!p) throw ugyldigSti(this._sted);
      this._plads = p;
    }
    if (this._plads.ark.slettet) throw ugyldigSti(this._sted);
    return this._plads;
  }

  get address(): string {
    return this._egenskab("address");
  }
  get rowCount(): number {
    return this._egenskab("rowCount");
  }
  get columnCount(): number {
    return this._egenskab("columnCount");
  }
  get values(): (string | number | boolean)[][] {
    return this._egenskab("values");
  }
  set values(data: unknown[][]) {
    this._skriv("values", data, (ark, r, c, v, sted) => skrivIndtastning(ark, r, c, v, sted));
  }
  get formulas(): (string | number | boolean)[][] {
    return this._egenskab("formulas");
  }
  set formulas(data: unknown[][]) {
    this._skriv("formulas", data, (ark, r, c, v, sted) => skrivIndtastning(ark, r, c, v, sted));
  }
  get numberFormat(): string[][] {
    return this._egenskab("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this._skriv("numberFormat", data, (ark, r, c, v, sted) => {
      if (v === null || v === undefined) return;
      if (typeof v !== "string") throw ugyldigtArgument(sted);
      const gammel = ark.celle(r, c);
      ark.saetCelle(r, c, { v: gammel?.v ?? null, f: gammel?.f ?? null, nf: v === "" || v === "General" ? null : v });
    });
  }
  get format(): FakeRangeFormat {
    this._format ??= new FakeRangeFormat(this.context, this);
    return this._format;
  }
  get dataValidation(): FakeDataValidation {
    this.context.kraev("Range.dataValidation");
    this._validering ??= new FakeDataValidation(this.context, this);
    return this._validering;
  }

  private _skriv(
    egenskab: string,
    data: unknown[][],
    celle: (ark: FakeArk, row: number, col: number, v: unknown, sted: string) => void,
  ): void {
    const sted = `Range.${egenskab}`;
    this.context.koeOp(() => {
      const { ark, omr } = this._loes();
      const raekker = tjekForm(data, omr, sted);
      tjekIkkeBeskyttet(ark, sted);
      raekker.forEach((raekke, i) => raekke.forEach((v, j) => celle(ark, omr.top + i, omr.left + j, v, sted)));
      this.context.model.noterAendring(ark, omr);
    }, true);
  }

  protected _hentSkalar(navn: string): unknown {
    const { ark, omr } = this._loes();
    const celler = (fn: (c: FakeCelle | undefined) => unknown): unknown[][] => {
      if (antalCeller(omr) > (this.context.valg.maksCellerPrLaesning ?? MAKS_CELLER_PR_LAESNING)) {
        throw new FakeOfficeFejl(
          "RangeExceedsLimit",
          "The cell count in the range has exceeded the maximum supported number. See https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins for more information.",
        );
      }
      this.context.indlaesteCeller += antalCeller(omr);
      const ud: unknown[][] = [];
      for (let r = omr.top; r <= omr.bottom; r++) {
        const raekke: unknown[] = [];
        for (let c = omr.left; c <= omr.right; c++) raekke.push(fn(ark.celle(r, c)));
        ud.push(raekke);
      }
      if (this.context.valg.maksBytesPrSvar !== undefined) this.context.indlaesteBytes += JSON.stringify(ud).length;
      return ud;
    };
    switch (navn) {
      case "address":
        return FakeArbejdsbogModel.adresse(ark, omr);
      case "rowCount":
        return omr.bottom - omr.top + 1;
      case "columnCount":
        return omr.right - omr.left + 1;
      case "values":
        return celler(somOfficeVaerdi);
      case "formulas":
        return celler((c) => c?.f ?? somOfficeVaerdi(c));
      case "numberFormat":
        return celler((c) => c?.nf ?? "General");
      default:
        throw ugyldigtArgument(`Range.${navn}`);
    }
  }

  select(): void {
    this.context.koeOp(() => {
      const { ark, omr } = this._loes();
      const model = this.context.model;
      if (model.aktivtArkId !== ark.id)
        throw ugyldigHandling(`${this._sted}.select()`, "The range must be on the active worksheet.");
      model.markering = { arkId: ark.id, adresse: omraadeA1(omr) };
    }, true);
  }
}

export class FakeRangeFormat {
  readonly font: FakeRangeFont;
  constructor(
    readonly context: FakeRequestContext,
    private readonly _range: FakeRange,
  ) {
    this.font = new FakeRangeFont(context, _range);
  }
  set columnWidth(bredde: number) {
    this.context.kraev("RangeFormat.columnWidth");
    this.context.koeOp(() => {
      const { ark, omr } = this._range._loes();
      if (typeof bredde !== "number" || !(bredde >= 0)) throw ugyldigtArgument("RangeFormat.columnWidth");
      for (let c = omr.left; c <= omr.right; c++) ark.kolonnebredder.set(c, bredde);
    }, true);
  }
}

export class FakeRangeFont {
  constructor(
    readonly context: FakeRequestContext,
    private readonly _range: FakeRange,
  ) {}
  set bold(fed: boolean) {
    this.context.koeOp(() => {
      const { ark, omr } = this._range._loes();
      for (let r = omr.top; r <= omr.bottom; r++)
        for (let c = omr.left; c <= omr.right; c++) {
          if (fed) ark.fed.add(a1(r, c));
          else ark.fed.delete(a1(r, c));
        }
    }, true);
  }
}

export class FakeDataValidation {
  constructor(
    readonly context: FakeRequestContext,
    private readonly _range: FakeRange,
  ) {}
  set rule(regel: { list?: { inCellDropDown: boolean; source: string } }) {
    this.context.koeOp(() => {
      const { ark, omr } = this._range._loes();
      if (!regel?.list || typeof regel.list.source !== "string" || regel.list.source === "") {
        throw ugyldigtArgument("DataValidation.rule");
      }
      ark.datavalideringer.push({ omraade: omr, regel });
    }, true);
  }
}

// ------------------------------------------------------------------ Tables

function tabelDel(t: FakeTabel, del: "alt" | "overskrift" | "krop", sted: string): Placering {
  const o = t.omraade;
  if (del === "alt") return { ark: t.ark, omr: { ...o } };
  if (del === "overskrift") {
    if (!t.showHeaders) throw ugyldigHandling(sted);
    return { ark: t.ark, omr: { ...o, bottom: o.top } };
  }
  return {
    ark: t.ark,
    omr: { ...o, top: o.top + (t.showHeaders ? 1 : 0), bottom: o.bottom - (t.showTotals ? 1 : 0) },
  };
}

export class FakeTableCollection extends FakeKlientObjekt {
  get items(): FakeTable[] {
    return this._egenskab<FakeTable[]>("items");
  }

  override _indlaes(stier: string[][]): void {
    for (const [forste] of stier) if (forste !== "items") throw ugyldigtArgument(`TableCollection.${forste}`);
    const under = stier.map((s) => s.slice(1)).filter((s) => s.length > 0);
    if (under.length === 0) throw new Error('Fake Excel: hent tabellernes egenskaber med "items/…".');
    const items = this.context.model.tabeller.map((t) => FakeTable.bundet(this.context, t));
    for (const it of items) it._indlaes(under);
    this._data.set("items", items);
  }

  protected _hentSkalar(navn: string): unknown {
    throw ugyldigtArgument(`TableCollection.${navn}`);
  }

  getItem(navn: string): FakeTable {
    return new FakeTable(this.context, () => this.context.model.findTabel(navn), `TableCollection.getItem(${navn})`);
  }

  getItemOrNullObject(navn: string): FakeTable {
    this.context.kraev("TableCollection.getItemOrNullObject");
    const t = new FakeTable(
      this.context,
      () => this.context.model.findTabel(navn),
      `TableCollection.getItemOrNullObject(${navn})`,
    );
    t._somNulObjekt();
    return t;
  }

  /** `address` must name its sheet ("'Over- og underskud'!A1:G2"); hasHeaders must be true. */
  add(address: string, hasHeaders: boolean): FakeTable {
    const sted = `TableCollection.add(${address})`;
    let oprettet: FakeTabel | undefined;
    const t = new FakeTable(
      this.context,
      () => {
        if (!oprettet) throw ugyldigSti(sted);
        return oprettet;
      },
      sted,
    );
    this.context.koeOp(() => {
      const model = this.context.model;
      const i = address.lastIndexOf("!");
      if (i < 0 || hasHeaders !== true) throw ugyldigtArgument(sted);
      const arkNavn = address
        .slice(0, i)
        .replace(/^'(.*)'$/, "$1")
        .replace(/''/g, "'");
      const ark = model.findArk(arkNavn);
      if (!ark) throw findesIkke(sted);
      const omr = parseOmraade(address.slice(i + 1));
      if (!omr) throw ugyldigtArgument(sted);
      tjekIkkeBeskyttet(ark, sted);
      // A table has at least one body row.
      if (omr.bottom === omr.top) omr.bottom++;
      const overlapper = model.tabeller.some(
        (x) =>
          x.ark === ark &&
          !(
            x.omraade.bottom < omr.top ||
            x.omraade.top > omr.bottom ||
            x.omraade.right < omr.left ||
            x.omraade.left > omr.right
          ),
      );
      if (overlapper) throw ugyldigtArgument(sted);
      for (let c = omr.left; c <= omr.right; c++) {
        const h = ark.celle(omr.top, c);
        if (h?.v === null || h?.v === undefined || h.v === "") {
          skrivIndtastning(ark, omr.top, c, `Column${c - omr.left + 1}`, sted);
        }
      }
      oprettet = {
        name: model.nytTabelnavn(),
        ark,
        omraade: omr,
        showHeaders: true,
        showTotals: false,
        slettet: false,
      };
      model.tabeller.push(oprettet);
      model.noterAendring(ark, omr);
    }, true);
    return t;
  }
}

export class FakeTable extends FakeOpslagsObjekt<FakeTabel> {
  private _raekker: FakeTableRowCollection | undefined;
  private _ark: FakeWorksheet | undefined;

  static bundet(context: FakeRequestContext, t: FakeTabel): FakeTable {
    const p = new FakeTable(context, () => t, `Table(${t.name})`);
    p._model = t;
    return p;
  }

  get name(): string {
    return this._egenskab("name");
  }
  set name(navn: string) {
    const sted = `Table.name = ${navn}`;
    this.context.koeOp(() => {
      const t = this._loes();
      if (
        typeof navn !== "string" ||
        !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(navn) ||
        /^[A-Za-z]{1,3}\d+$/.test(navn)
      ) {
        throw ugyldigtArgument(sted);
      }
      const anden = this.context.model.findTabel(navn);
      if (anden && anden !== t) throw findesAllerede(sted);
      t.name = navn;
    }, true);
  }
  get showHeaders(): boolean {
    return this._egenskab("showHeaders");
  }
  get showTotals(): boolean {
    return this._egenskab("showTotals");
  }
  get worksheet(): FakeWorksheet {
    this.context.kraev("Table.worksheet");
    this._ark ??= new FakeWorksheet(this.context, () => this._loes().ark, `${this._sted}.worksheet`);
    return this._ark;
  }
  get rows(): FakeTableRowCollection {
    this._raekker ??= new FakeTableRowCollection(this.context, this);
    return this._raekker;
  }

  protected _hentSkalar(navn: string): unknown {
    const t = this._loes();
    switch (navn) {
      case "name":
        return t.name;
      case "showHeaders":
        return t.showHeaders;
      case "showTotals":
        return t.showTotals;
      default:
        throw ugyldigtArgument(`Table.${navn}`);
    }
  }

  protected override _navigation(navn: string): FakeKlientObjekt | null {
    return navn === "worksheet" ? this.worksheet : null;
  }

  getRange(): FakeRange {
    return new FakeRange(
      this.context,
      () => tabelDel(this._loes(), "alt", `${this._sted}.getRange()`),
      `${this._sted}.getRange()`,
    );
  }
  getHeaderRowRange(): FakeRange {
    const sted = `${this._sted}.getHeaderRowRange()`;
    return new FakeRange(this.context, () => tabelDel(this._loes(), "overskrift", sted), sted);
  }
  getDataBodyRange(): FakeRange {
    const sted = `${this._sted}.getDataBodyRange()`;
    return new FakeRange(this.context, () => tabelDel(this._loes(), "krop", sted), sted);
  }
}

/** "=D7*E7" in row 7 → "=D{r}*E{r}": relative row numbers as offsets, so rows can be compared and filled. */
function relativFormel(f: string, raekke: number): (r: number) => string {
  const dele: (string | number)[] = [];
  let sidst = 0;
  const ref = /(?<![A-Za-z0-9_.])(\$?[A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g;
  for (const m of f.matchAll(ref)) {
    dele.push(f.slice(sidst, m.index) + m[1] + m[2]);
    dele.push(m[2] === "$" ? m[3] : Number(m[3]) - raekke);
    sidst = (m.index ?? 0) + m[0].length;
  }
  dele.push(f.slice(sidst));
  return (r) => dele.map((d) => (typeof d === "number" ? String(r + d) : d)).join("");
}

/**
 * The table's calculated columns: every body cell of the column holds a formula, and the
 * same one relative to its row (structured references are the same text on every row).
 */
function beregnedeKolonner(t: FakeTabel): Map<number, (r: number) => string> {
  const krop = tabelDel(t, "krop", "Table.rows");
  const ud = new Map<number, (r: number) => string>();
  if (krop.omr.bottom < krop.omr.top) return ud;
  for (let c = krop.omr.left; c <= krop.omr.right; c++) {
    const foerste = t.ark.celle(krop.omr.top, c)?.f;
    if (!foerste) continue;
    const formel = relativFormel(foerste, krop.omr.top);
    let ens = true;
    for (let r = krop.omr.top + 1; r <= krop.omr.bottom && ens; r++) ens = t.ark.celle(r, c)?.f === formel(r);
    if (ens) ud.set(c, formel);
  }
  return ud;
}

export class FakeTableRowCollection {
  constructor(
    readonly context: FakeRequestContext,
    private readonly _tabel: FakeTable,
  ) {}

  /** Appends rows (index must be left out: the fake only appends). Cells below the table in its columns move down, as in Excel. */
  add(index?: number | null, values?: unknown[][]): void {
    if (index !== undefined && index !== null)
      throw new Error("Fake Excel: TableRowCollection.add understøtter kun tilføjelse nederst (index udeladt).");
    const sted = "TableRowCollection.add";
    this.context.koeOp(() => {
      const t = this._tabel._loes();
      const model = this.context.model;
      const o = t.omraade;
      const bredde = o.right - o.left + 1;
      const raekker = values ?? [new Array<unknown>(bredde).fill(null)];
      if (
        !Array.isArray(raekker) ||
        raekker.length === 0 ||
        raekker.some((r) => !Array.isArray(r) || r.length !== bredde)
      ) {
        throw ugyldigtArgument(sted);
      }
      tjekIkkeBeskyttet(t.ark, sted);
      const n = raekker.length;
      const indsaetVed = t.showTotals ? o.bottom : o.bottom + 1;
      const andre = model.tabeller.filter((x) => x !== t && x.ark === t.ark && x.omraade.bottom >= indsaetVed);
      const flyttes = andre.filter((x) => !(x.omraade.right < o.left || x.omraade.left > o.right));
      if (flyttes.some((x) => x.omraade.left < o.left || x.omraade.right > o.right || x.omraade.top < indsaetVed)) {
        throw ugyldigHandling(
          sted,
          "This operation isn't permitted. The operation is attempting to shift cells in a table on your worksheet.",
        );
      }
      // Shift the cells below (in the table's columns) down by n, bottom first.
      const under: [number, number, FakeCelle][] = [];
      for (const [k, celle] of t.ark.celler) {
        const row = Math.floor(k / MAKS_KOLONNER) + 1;
        const col = (k % MAKS_KOLONNER) + 1;
        if (col >= o.left && col <= o.right && row >= indsaetVed) under.push([row, col, celle]);
      }
      under.sort((x, y) => y[0] - x[0]);
      for (const [row, col, celle] of under) {
        t.ark.saetCelle(row, col, { v: null, f: null, nf: null });
        t.ark.saetCelle(row + n, col, celle);
      }
      for (const x of flyttes) {
        x.omraade = { ...x.omraade, top: x.omraade.top + n, bottom: x.omraade.bottom + n };
      }
      // Calculated columns (one formula down the whole body) as they were before the rows came.
      const beregnede = beregnedeKolonner(t);
      t.omraade = { ...o, bottom: o.bottom + n };
      raekker.forEach((raekke, i) =>
        raekke.forEach((v, j) => {
          const row = indsaetVed + i;
          const col = o.left + j;
          const formel = beregnede.get(col);
          // null leaves the cell to the table: a calculated column fills in its formula, as in Excel.
          if ((v === null || v === undefined) && formel) skrivIndtastning(t.ark, row, col, formel(row), sted);
          else skrivIndtastning(t.ark, row, col, v, sted);
        }),
      );
      model.noterAendring(t.ark, { top: indsaetVed, left: o.left, bottom: indsaetVed + n - 1, right: o.right });
    }, true);
  }

  /** The data row at `index` (0-based); only delete() is implemented. */
  getItemAt(index: number): { delete(): void } {
    const sted = `TableRowCollection.getItemAt(${index}).delete`;
    return {
      delete: () =>
        this.context.koeOp(() => {
          const t = this._tabel._loes();
          const o = t.omraade;
          const krop = o.top + (t.showHeaders ? 1 : 0);
          const slut = t.showTotals ? o.bottom - 1 : o.bottom;
          const raekke = krop + index;
          if (!Number.isInteger(index) || index < 0 || raekke > slut) throw ugyldigtArgument(sted);
          if (slut === krop) throw ugyldigHandling(sted, "A table must have at least one data row.");
          tjekIkkeBeskyttet(t.ark, sted);
          const model = this.context.model;
          const andre = model.tabeller.filter(
            (x) =>
              x !== t &&
              x.ark === t.ark &&
              x.omraade.bottom > raekke &&
              !(x.omraade.right < o.left || x.omraade.left > o.right),
          );
          if (andre.some((x) => x.omraade.left < o.left || x.omraade.right > o.right || x.omraade.top <= raekke)) {
            throw ugyldigHandling(
              sted,
              "This operation isn't permitted. The operation is attempting to shift cells in a table on your worksheet.",
            );
          }
          // Delete the row's cells in the table's columns and shift the cells below up, top first.
          const under: [number, number, FakeCelle][] = [];
          for (const [k, celle] of t.ark.celler) {
            const row = Math.floor(k / MAKS_KOLONNER) + 1;
            const col = (k % MAKS_KOLONNER) + 1;
            if (col < o.left || col > o.right) continue;
            if (row === raekke) t.ark.saetCelle(row, col, { v: null, f: null, nf: null });
            else if (row > raekke) under.push([row, col, celle]);
          }
          under.sort((x, y) => x[0] - y[0]);
          for (const [row, col, celle] of under) {
            t.ark.saetCelle(row, col, { v: null, f: null, nf: null });
            t.ark.saetCelle(row - 1, col, celle);
          }
          for (const x of andre) x.omraade = { ...x.omraade, top: x.omraade.top - 1, bottom: x.omraade.bottom - 1 };
          t.omraade = { ...o, bottom: o.bottom - 1 };
          const bund = under.length ? under[under.length - 1][0] : raekke;
          model.noterAendring(t.ark, { top: raekke, left: o.left, bottom: bund, right: o.right });
        }, true),
    };
  }
}

// ------------------------------------------------------------------ Events

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly _handler: (a: AendringsHaendelse) => Promise<unknown>,
  ) {}
  remove(): void {
    this.context.koeOp(() => {
      this.context.model.lyttere.delete(this._handler);
    }, true);
  }
}

export class FakeEventHandlers {
  constructor(readonly context: FakeRequestContext) {}
  add(handler: (a: AendringsHaendelse) => Promise<unknown>): FakeEventHandlerResult {
    this.context.koeOp(() => {
      this.context.model.lyttere.add(handler);
    }, true);
    return new FakeEventHandlerResult(this.context, handler);
  }
}
