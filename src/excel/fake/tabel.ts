/** Tables: the collection, a table, its parts as ranges, and rows added at the bottom. */
import { type Omraade, parseOmraade } from "../../core";
import { FakeWorksheet } from "./ark";
import { genberegn } from "./beregning";
import { skrivIndtastning, tjekIkkeBeskyttet, type Placering } from "./celler";
import { findesAllerede, findesIkke, ugyldigHandling, ugyldigSti, ugyldigtArgument } from "./fejl";
import { FakeOpslagsObjekt, FakeSamling, hentEgenskab, type Egenskaber, type FakeKlientObjekt } from "./klientobjekt";
import type { FakeKontekst } from "./kontekst-flade";
import { MAKS_KOLONNER, type FakeArk, type FakeCelle, type FakeTabel } from "./model";
import { FakeRange } from "./omraade";
import { beregnedeKolonner } from "./raekker";

const FLYTTER_TABEL =
  "This operation isn't permitted. The operation is attempting to shift cells in a table on your worksheet.";

/** The sheet's cells in columns `left`..`right`, as [row, column, cell]. */
function cellerIKolonner(ark: FakeArk, { left, right }: Omraade): [number, number, FakeCelle][] {
  const ud: [number, number, FakeCelle][] = [];
  for (const [k, celle] of ark.celler) {
    const col = (k % MAKS_KOLONNER) + 1;
    if (col >= left && col <= right) ud.push([Math.floor(k / MAKS_KOLONNER) + 1, col, celle]);
  }
  return ud;
}

/** Moves cells `n` rows (down when positive), the far end first so none lands on one not yet moved. */
function flytCeller(ark: FakeArk, celler: [number, number, FakeCelle][], n: number): void {
  celler.sort((x, y) => (n > 0 ? y[0] - x[0] : x[0] - y[0]));
  for (const [row, col, celle] of celler) {
    ark.saetCelle(row, col, { v: null, f: null, nf: null });
    ark.saetCelle(row + n, col, celle);
  }
}

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

export class FakeTableCollection extends FakeSamling<FakeTable> {
  constructor(context: FakeKontekst) {
    super(context, "TableCollection", "tabellernes");
  }

  protected _elementer(): FakeTable[] {
    return this.context.model.tabeller.map((t) => new FakeTable(this.context, () => t, `Table(${t.name})`));
  }

  getItem(navn: string): FakeTable {
    return new FakeTable(this.context, () => this.context.model.findTabel(navn), `TableCollection.getItem(${navn})`);
  }

  getItemOrNullObject(navn: string): FakeTable {
    this.context.kraev("TableCollection.getItemOrNullObject");
    return new FakeTable(
      this.context,
      () => this.context.model.findTabel(navn),
      `TableCollection.getItemOrNullObject(${navn})`,
    )._somNulObjekt();
  }

  /** `address` must name its sheet ("'Over- og underskud'!A1:G2"); hasHeaders must be true. */
  add(address: string, hasHeaders: boolean): FakeTable {
    const sted = `TableCollection.add(${address})`;
    return this._tilfoej(
      sted,
      (find) => new FakeTable(this.context, find, sted),
      () => {
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
        // As Excel: a table's header cells are text constants with unique names (compared
        // without regard to case). An empty header becomes "ColumnN", a number or a formula's
        // result its text, and a repeated name gets a number ("Takst2").
        const brugte = new Set<string>();
        for (let c = omr.left; c <= omr.right; c++) {
          const h = ark.celle(omr.top, c);
          const v = h?.v;
          let tekst =
            v === null || v === undefined || v === ""
              ? `Column${c - omr.left + 1}`
              : typeof v === "object"
                ? v.fejl
                : String(v);
          if (brugte.has(tekst.toLowerCase())) {
            let n = 2;
            while (brugte.has(`${tekst}${n}`.toLowerCase())) n++;
            tekst = `${tekst}${n}`;
          }
          brugte.add(tekst.toLowerCase());
          if (h?.f || h?.v !== tekst) ark.saetCelle(omr.top, c, { v: tekst, f: null, nf: h?.nf ?? null });
        }
        const oprettet: FakeTabel = {
          name: model.nytTabelnavn(),
          ark,
          omraade: omr,
          showHeaders: true,
          showTotals: false,
          slettet: false,
        };
        model.tabeller.push(oprettet);
        model.noterAendring(ark, omr);
        return oprettet;
      },
    );
  }
}

const TABELLENS_EGENSKABER: Egenskaber<FakeTabel> = {
  name: (t) => t.name,
  showHeaders: (t) => t.showHeaders,
  showTotals: (t) => t.showTotals,
};

export class FakeTable extends FakeOpslagsObjekt<FakeTabel> {
  private _raekker: FakeTableRowCollection | undefined;
  private _ark: FakeWorksheet | undefined;

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
    return hentEgenskab(TABELLENS_EGENSKABER, this._loes(), "Table", navn);
  }

  protected override _navigation(navn: string): FakeKlientObjekt | null {
    return navn === "worksheet" ? this.worksheet : null;
  }

  /** Turns the table back into plain cells (ExcelApi 1.2): every cell stays as it is. */
  convertToRange(): FakeRange {
    this.context.kraev("Table.convertToRange");
    const sted = `${this._sted}.convertToRange()`;
    let omraade: Placering | undefined;
    this.context.koeOp(() => {
      const t = this._loes();
      tjekIkkeBeskyttet(t.ark, sted);
      omraade = { ark: t.ark, omr: { ...t.omraade } };
      const model = this.context.model;
      t.slettet = true;
      model.tabeller = model.tabeller.filter((x) => x !== t);
    }, true);
    return new FakeRange(
      this.context,
      () => {
        if (!omraade) throw ugyldigSti(sted);
        return omraade;
      },
      sted,
    );
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

export class FakeTableRowCollection {
  constructor(
    readonly context: FakeKontekst,
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
        raekker.some((r) => !Array.isArray(r) || r.length !== bredde) ||
        // null ("leave the cell as it is") is documented for Range values, not for rows.add:
        // the fake refuses it, so the adapter adds an empty row and writes it through a range.
        (values !== undefined && raekker.some((r) => r.some((v) => v === null || v === undefined)))
      ) {
        throw ugyldigtArgument(sted);
      }
      tjekIkkeBeskyttet(t.ark, sted);
      const n = raekker.length;
      const indsaetVed = t.showTotals ? o.bottom : o.bottom + 1;
      const andre = model.tabeller.filter((x) => x !== t && x.ark === t.ark && x.omraade.bottom >= indsaetVed);
      const flyttes = andre.filter((x) => !(x.omraade.right < o.left || x.omraade.left > o.right));
      if (flyttes.some((x) => x.omraade.left < o.left || x.omraade.right > o.right || x.omraade.top < indsaetVed)) {
        throw ugyldigHandling(sted, FLYTTER_TABEL);
      }
      // Shift the cells below (in the table's columns) down by n.
      flytCeller(
        t.ark,
        cellerIKolonner(t.ark, o).filter(([row]) => row >= indsaetVed),
        n,
      );
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
      genberegn(model, t.ark, { top: indsaetVed, left: o.left, bottom: indsaetVed + n - 1, right: o.right });
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
            throw ugyldigHandling(sted, FLYTTER_TABEL);
          }
          // Delete the row's cells in the table's columns and shift the cells below up.
          const kolonner = cellerIKolonner(t.ark, o);
          for (const [row, col] of kolonner)
            if (row === raekke) t.ark.saetCelle(row, col, { v: null, f: null, nf: null });
          const under = kolonner.filter(([row]) => row > raekke);
          flytCeller(t.ark, under, -1);
          for (const x of andre) x.omraade = { ...x.omraade, top: x.omraade.top - 1, bottom: x.omraade.bottom - 1 };
          t.omraade = { ...o, bottom: o.bottom - 1 };
          const bund = under.length ? under[under.length - 1][0] : raekke;
          model.noterAendring(t.ark, { top: raekke, left: o.left, bottom: bund, right: o.right });
          genberegn(model, t.ark, { top: raekke, left: o.left, bottom: bund, right: o.right });
        }, true),
    };
  }
}
