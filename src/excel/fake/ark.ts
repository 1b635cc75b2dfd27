/** Worksheets: the collection, a sheet, its protection and frozen panes. */
import { parseOmraade } from "../../core";
import { adgangNaegtet, findesAllerede, ugyldigHandling, ugyldigtArgument } from "./fejl";
import { FakeEventHandlers } from "./haendelser";
import { FakeKlientObjekt, FakeOpslagsObjekt, FakeSamling, hentEgenskab, type Egenskaber } from "./klientobjekt";
import type { FakeKontekst } from "./kontekst-flade";
import { MAKS_KOLONNER, type FakeArk } from "./model";
import { FakeRange } from "./omraade";
import { FakeNamedItemCollection, FakePageLayout } from "./egenskaber";

export class FakeWorksheetCollection extends FakeSamling<FakeWorksheet> {
  private _onChanged: FakeEventHandlers | undefined;

  constructor(context: FakeKontekst) {
    super(context, "WorksheetCollection", "arkenes");
  }

  get onChanged(): FakeEventHandlers {
    this.context.kraev("WorksheetCollection.onChanged");
    this._onChanged ??= new FakeEventHandlers(this.context);
    return this._onChanged;
  }

  protected _elementer(): FakeWorksheet[] {
    return this.context.model.ark.map((ark) => new FakeWorksheet(this.context, () => ark, `Worksheet(${ark.name})`));
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
    return new FakeWorksheet(
      this.context,
      () => this.context.model.findArkMedNoegle(noegle),
      `WorksheetCollection.getItemOrNullObject(${noegle})`,
    )._somNulObjekt();
  }

  add(navn: string): FakeWorksheet {
    const sted = `WorksheetCollection.add(${navn})`;
    return this._tilfoej(
      sted,
      (find) => new FakeWorksheet(this.context, find, sted),
      () => {
        if (
          typeof navn !== "string" ||
          navn.length === 0 ||
          navn.length > 31 ||
          /[[\]:*?/\\]/.test(navn) ||
          /^'|'$/.test(navn)
        ) {
          throw ugyldigtArgument(sted);
        }
        if (this.context.model.strukturBeskyttet) throw adgangNaegtet(sted);
        if (this.context.model.findArk(navn)) throw findesAllerede(sted);
        return this.context.model.nytArk(navn);
      },
    );
  }
}

const ARKETS_EGENSKABER: Egenskaber<FakeArk> = {
  name: (ark) => ark.name,
  id: (ark) => ark.id,
  visibility: (ark) => ark.visibility,
};

export class FakeWorksheet extends FakeOpslagsObjekt<FakeArk> {
  private _beskyttelse: FakeWorksheetProtection | undefined;
  private _frys: FakeFreezePanes | undefined;
  private _navne: FakeNamedItemCollection | undefined;
  private _sidelayout: FakePageLayout | undefined;

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
  get pageLayout(): FakePageLayout {
    this.context.kraev("Worksheet.pageLayout");
    this._sidelayout ??= new FakePageLayout(this.context, () => this._loes());
    return this._sidelayout;
  }
  /** The names scoped to this sheet. */
  get names(): FakeNamedItemCollection {
    this.context.kraev("Worksheet.names");
    this._navne ??= new FakeNamedItemCollection(this.context, () => this._loes().id);
    return this._navne;
  }
  get freezePanes(): FakeFreezePanes {
    this.context.kraev("Worksheet.freezePanes");
    this._frys ??= new FakeFreezePanes(this.context, this);
    return this._frys;
  }

  protected _hentSkalar(navn: string): unknown {
    return hentEgenskab(ARKETS_EGENSKABER, this._loes(), "Worksheet", navn);
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
    return new FakeRange(
      this.context,
      () => {
        const ark = this._loes();
        const omr = ark.brugtOmraade(valuesOnly);
        return omr ? { ark, omr } : null;
      },
      sted,
    )._somNulObjekt();
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
      if (model.strukturBeskyttet) throw adgangNaegtet(`${this._sted}.delete()`);
      if (!model.ark.some((a) => a !== ark && a.visibility === "Visible")) {
        throw ugyldigHandling(`${this._sted}.delete()`, "A workbook must contain at least one visible worksheet.");
      }
      model.sletArk(ark);
    }, true);
  }
}

export class FakeWorksheetProtection extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
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
    readonly context: FakeKontekst,
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
