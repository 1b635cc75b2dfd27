/** Ranges: values, formulas and number formats read and written, format, font, data validation. */
import { a1, omraadeA1 } from "../../core";
import { genberegn } from "./beregning";
import {
  antalCeller,
  officeVaerditype,
  skrivIndtastning,
  somOfficeVaerdi,
  tjekForm,
  tjekIkkeBeskyttet,
  type Placering,
} from "./celler";
import { FakeOfficeFejl, ugyldigHandling, ugyldigSti, ugyldigtArgument } from "./fejl";
import { FakeKlientObjekt, FakeOpslagsObjekt, hentEgenskab, type Egenskaber } from "./klientobjekt";
import type { FakeKontekst } from "./kontekst-flade";
import { FakeArbejdsbogModel, MAKS_KOLONNER, type FakeArk, type FakeCelle } from "./model";
import { indsaetRaekker, sletRaekker } from "./raekker";

/** Office refuses to read a range of more than five million cells. */
export const MAKS_CELLER_PR_LAESNING = 5_000_000;

/** A range's loadable properties; the cell grids go through `celler`, which counts the response. */
const OMRAADETS_EGENSKABER: Egenskaber<
  Placering & { celler: (fn: (c: FakeCelle | undefined) => unknown) => unknown[][] }
> = {
  address: ({ ark, omr }) => FakeArbejdsbogModel.adresse(ark, omr),
  rowCount: ({ omr }) => omr.bottom - omr.top + 1,
  columnCount: ({ omr }) => omr.right - omr.left + 1,
  values: ({ celler }) => celler(somOfficeVaerdi),
  formulas: ({ celler }) => celler((c) => c?.f ?? somOfficeVaerdi(c)),
  numberFormat: ({ celler }) => celler((c) => c?.nf ?? "General"),
  valueTypes: ({ celler }) => celler(officeVaerditype),
  rowHidden: ({ ark, omr }) => alleIngenEllerNull(ark.skjulteRaekker, omr.top, omr.bottom),
  columnHidden: ({ ark, omr }) => alleIngenEllerNull(ark.skjulteKolonner, omr.left, omr.right),
};

/** As Office: true when every row (column) from `fra` to `til` is hidden, false when none is, otherwise null. */
function alleIngenEllerNull(skjulte: ReadonlySet<number>, fra: number, til: number): boolean | null {
  if (skjulte.size === 0) return false;
  let antal = 0;
  for (const n of skjulte) if (n >= fra && n <= til) antal++;
  return antal === 0 ? false : antal === til - fra + 1 ? true : null;
}

export class FakeRange extends FakeOpslagsObjekt<Placering> {
  private _format: FakeRangeFormat | undefined;
  private _validering: FakeDataValidation | undefined;

  /** A range whose address cannot be resolved is an invalid object path, not a missing item. */
  protected override _mangler(): FakeOfficeFejl {
    return ugyldigSti(this._sted);
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
    this._skriv("values", data, skrivIndtastning, true);
  }
  get formulas(): (string | number | boolean)[][] {
    return this._egenskab("formulas");
  }
  set formulas(data: unknown[][]) {
    this._skriv("formulas", data, skrivIndtastning, true);
  }
  get rowHidden(): boolean | null {
    return this._egenskab("rowHidden");
  }
  get columnHidden(): boolean | null {
    return this._egenskab("columnHidden");
  }
  get valueTypes(): string[][] {
    return this._egenskab("valueTypes");
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
    beregn = false,
  ): void {
    const sted = `Range.${egenskab}`;
    if (this.context.valg.maksBytesPrAnmodning !== undefined)
      this.context.anmodningsBytes += JSON.stringify(data).length;
    this.context.koeOp(() => {
      const { ark, omr } = this._loes();
      const raekker = tjekForm(data, omr, sted);
      tjekIkkeBeskyttet(ark, sted);
      raekker.forEach((raekke, i) => raekke.forEach((v, j) => celle(ark, omr.top + i, omr.left + j, v, sted)));
      this.context.model.noterAendring(ark, omr);
      // Excel calculates what is written (a number format changes no value).
      if (beregn) genberegn(this.context.model, ark, omr);
    }, true);
  }

  protected _hentSkalar(navn: string): unknown {
    const p = this._loes();
    return hentEgenskab(OMRAADETS_EGENSKABER, { ...p, celler: (fn) => this._celler(p, fn) }, "Range", navn);
  }

  /** A grid of cell properties, counted against Excel's read and response limits. */
  private _celler({ ark, omr }: Placering, fn: (c: FakeCelle | undefined) => unknown): unknown[][] {
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
  }

  /** The whole sheet rows of the range (ExcelApi 1.1). */
  getEntireRow(): FakeRange {
    const sted = `${this._sted}.getEntireRow()`;
    return new FakeRange(
      this.context,
      () => {
        const { ark, omr } = this._loes();
        return { ark, omr: { top: omr.top, left: 1, bottom: omr.bottom, right: MAKS_KOLONNER } };
      },
      sted,
    );
  }

  /** Inserts cells, shifting the others down (ExcelApi 1.1); the fake knows whole rows only. */
  insert(shift: string): FakeRange {
    const sted = `${this._sted}.insert(${shift})`;
    this.context.koeOp(() => {
      const { ark, omr } = this._helRaekke(shift, "Down", sted);
      tjekIkkeBeskyttet(ark, sted);
      indsaetRaekker(this.context.model, ark, omr.top, omr.bottom - omr.top + 1);
    }, true);
    return this;
  }

  /** Deletes the cells, shifting the others up (ExcelApi 1.1); the fake knows whole rows only. */
  delete(shift: string): void {
    const sted = `${this._sted}.delete(${shift})`;
    this.context.koeOp(() => {
      const { ark, omr } = this._helRaekke(shift, "Up", sted);
      tjekIkkeBeskyttet(ark, sted);
      sletRaekker(this.context.model, ark, omr.top, omr.bottom - omr.top + 1, sted);
    }, true);
  }

  private _helRaekke(shift: string, retning: string, sted: string): Placering {
    const p = this._loes();
    if (shift !== retning) throw ugyldigtArgument(sted);
    if (p.omr.left !== 1 || p.omr.right !== MAKS_KOLONNER) {
      throw new Error(`Fake Excel: ${sted} kender kun hele rækker (getEntireRow()).`);
    }
    return p;
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

/** Excel's standard column width in points (8,43 characters of Calibri 11), for a column never set. */
export const STANDARD_KOLONNEBREDDE = 48;

export class FakeRangeFormat extends FakeKlientObjekt {
  readonly font: FakeRangeFont;
  constructor(
    context: FakeKontekst,
    private readonly _range: FakeRange,
  ) {
    super(context);
    this.font = new FakeRangeFont(context, _range);
  }
  /** As Office: the columns' width when they are all alike, else null. */
  get columnWidth(): number | null {
    return this._egenskab("columnWidth");
  }
  set columnWidth(bredde: number) {
    this.context.kraev("RangeFormat.columnWidth");
    this.context.koeOp(() => {
      const { ark, omr } = this._range._loes();
      if (typeof bredde !== "number" || !(bredde >= 0)) throw ugyldigtArgument("RangeFormat.columnWidth");
      for (let c = omr.left; c <= omr.right; c++) ark.kolonnebredder.set(c, bredde);
    }, true);
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn !== "columnWidth") throw ugyldigtArgument(`RangeFormat.${navn}`);
    const { ark, omr } = this._range._loes();
    const bredder = new Set<number>();
    for (let c = omr.left; c <= omr.right; c++) bredder.add(ark.kolonnebredder.get(c) ?? STANDARD_KOLONNEBREDDE);
    return bredder.size === 1 ? [...bredder][0] : null;
  }
}

export class FakeRangeFont {
  constructor(
    readonly context: FakeKontekst,
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
    readonly context: FakeKontekst,
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
  /** Removes the validation rules of the range (ExcelApi 1.8); the fake knows only rules wholly inside it. */
  clear(): void {
    this.context.kraev("DataValidation.clear");
    this.context.koeOp(() => {
      const { ark, omr } = this._range._loes();
      const inde = (o: typeof omr) =>
        o.top >= omr.top && o.bottom <= omr.bottom && o.left >= omr.left && o.right <= omr.right;
      const delvis = ark.datavalideringer.filter(
        (v) =>
          !inde(v.omraade) &&
          !(
            v.omraade.bottom < omr.top ||
            v.omraade.top > omr.bottom ||
            v.omraade.right < omr.left ||
            v.omraade.left > omr.right
          ),
      );
      if (delvis.length > 0)
        throw new Error("Fake Excel: DataValidation.clear over en del af en regel er ikke modelleret.");
      const tilbage = ark.datavalideringer.filter((v) => !inde(v.omraade));
      ark.datavalideringer.splice(0, ark.datavalideringer.length, ...tilbage);
    }, true);
  }
}
