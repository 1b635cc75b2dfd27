/**
 * The base of the fake's proxy objects, with Office.js semantics:
 * - methods and property writes are queued and take effect on `context.sync()`;
 * - a property can be read only after `load` + `sync` (else PropertyNotLoaded, as Office);
 * - `getItem` of something missing fails at sync with ItemNotFound;
 * - `…OrNullObject` gives an object whose `isNullObject` is known after the next sync.
 *
 * Only the part of the API the adapter uses exists; anything else is missing on purpose,
 * so a new call in the adapter fails in the tests until the fake learns it.
 */
import { egenskabIkkeIndlaest, findesIkke, ugyldigSti, ugyldigtArgument, type FakeOfficeFejl } from "./fejl";
import type { Placering } from "./celler";
import type { FakeKontekst } from "./kontekst-flade";

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

export abstract class FakeKlientObjekt {
  protected readonly _data = new Map<string, unknown>();
  /** For …OrNullObject: undefined until the sync that resolves it. */
  protected _erNull: boolean | undefined;
  protected _nullbar = false;

  constructor(readonly context: FakeKontekst) {}

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
 * A proxy for a model object found lazily at sync (a sheet, a table, a range): a missing one
 * fails there, and …OrNullObject variants answer isNullObject.
 */
export abstract class FakeOpslagsObjekt<M extends { slettet: boolean } | Placering> extends FakeKlientObjekt {
  private _model: M | undefined;

  constructor(
    context: FakeKontekst,
    private readonly _find: () => M | null | undefined,
    protected readonly _sted: string,
  ) {
    super(context);
  }

  /** Makes this an …OrNullObject proxy: isNullObject is known after the next sync. */
  _somNulObjekt(): this {
    this._koeNulOpslag(() => {
      const m = this._find();
      if (m) this._model = m;
      return m;
    });
    return this;
  }

  /** Bound on first use, as Office binds an object path. */
  _loes(): M {
    if (this._erNull) throw ugyldigSti(this._sted);
    if (!this._model) {
      const m = this._find();
      if (!m) throw this._mangler();
      this._model = m;
    }
    if (this._erSlettet(this._model)) throw ugyldigSti(this._sted);
    return this._model;
  }

  /** The error when nothing is found at first use: ItemNotFound (getItem); a range overrides it. */
  protected _mangler(): FakeOfficeFejl {
    return findesIkke(this._sted);
  }

  /** Whether the model object is gone: deleted, or (a range) its sheet deleted. */
  private _erSlettet(m: M): boolean {
    const x: { slettet: boolean } | Placering = m;
    return "slettet" in x ? x.slettet : x.ark.slettet;
  }
}

/** The scalar properties a proxy can load: name → how to read it from the model object. */
export type Egenskaber<M> = Readonly<Record<string, (m: M) => unknown>>;

/** Reads `navn` through the map; a name it lacks (also "constructor" and the like) is InvalidArgument. */
export function hentEgenskab<M>(egenskaber: Egenskaber<M>, m: M, type: string, navn: string): unknown {
  if (!Object.prototype.hasOwnProperty.call(egenskaber, navn)) throw ugyldigtArgument(`${type}.${navn}`);
  return egenskaber[navn](m);
}

/** A collection proxy (worksheets, tables): only `items/…` loads, each item with the given paths. */
export abstract class FakeSamling<T extends FakeKlientObjekt> extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _type: string,
    /** Whose properties, for the message when items is loaded without any ("arkenes"). */
    private readonly _hvis: string,
  ) {
    super(context);
  }

  get items(): T[] {
    return this._egenskab<T[]>("items");
  }

  protected abstract _elementer(): T[];

  /**
   * The proxy for an item a queued operation creates (`add`): usable in the same batch, and
   * InvalidObjectPath when used before the operation has run.
   */
  protected _tilfoej<M>(sted: string, proxy: (find: () => M) => T, opret: () => M): T {
    let oprettet: M | undefined;
    const t = proxy(() => {
      if (!oprettet) throw ugyldigSti(sted);
      return oprettet;
    });
    this.context.koeOp(() => {
      oprettet = opret();
    }, true);
    return t;
  }

  override _indlaes(stier: string[][]): void {
    for (const [forste] of stier) if (forste !== "items") throw ugyldigtArgument(`${this._type}.${forste}`);
    const under = stier.map((s) => s.slice(1)).filter((s) => s.length > 0);
    if (under.length === 0) throw new Error(`Fake Excel: hent ${this._hvis} egenskaber med "items/…".`);
    const items = this._elementer();
    for (const it of items) it._indlaes(under);
    this._data.set("items", items);
  }

  protected _hentSkalar(navn: string): unknown {
    throw ugyldigtArgument(`${this._type}.${navn}`);
  }
}
