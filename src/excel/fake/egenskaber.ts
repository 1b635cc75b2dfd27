/**
 * The workbook's document properties (and custom properties) and defined names, for the
 * adapter's persondata check (issue 16 item 2). Values come from the model at sync, as in
 * Office: a property is readable only after `load` + `sync`.
 */
import { ugyldigtArgument } from "./fejl";
import { FakeKlientObjekt, FakeSamling, hentEgenskab, type Egenskaber } from "./klientobjekt";
import type { FakeKontekst } from "./kontekst-flade";
import { parseA1 } from "../../core";
import type { FakeArk, FakeEgenEgenskab, FakeKommentar, FakeNavn } from "./model";
import { FakeRange } from "./omraade";

import { DOKUMENTEGENSKABER, type Dokumentegenskab } from "../dokumentegenskaber";

export { DOKUMENTEGENSKABER, type Dokumentegenskab };

export class FakeDocumentProperties extends FakeKlientObjekt {
  private _egne: FakeCustomPropertyCollection | undefined;

  get custom(): FakeCustomPropertyCollection {
    this.context.kraev("DocumentProperties.custom");
    this._egne ??= new FakeCustomPropertyCollection(this.context);
    return this._egne;
  }
  get title(): string {
    return this._egenskab("title");
  }
  get subject(): string {
    return this._egenskab("subject");
  }
  get author(): string {
    return this._egenskab("author");
  }
  get keywords(): string {
    return this._egenskab("keywords");
  }
  get comments(): string {
    return this._egenskab("comments");
  }
  get lastAuthor(): string {
    return this._egenskab("lastAuthor");
  }
  get category(): string {
    return this._egenskab("category");
  }
  get manager(): string {
    return this._egenskab("manager");
  }
  get company(): string {
    return this._egenskab("company");
  }

  protected _hentSkalar(navn: string): unknown {
    if (!(DOKUMENTEGENSKABER as readonly string[]).includes(navn)) throw ugyldigtArgument(`DocumentProperties.${navn}`);
    return this.context.model.egenskaber.get(navn as Dokumentegenskab) ?? "";
  }

  protected override _navigation(navn: string): FakeKlientObjekt | null {
    return navn === "custom" ? this.custom : null;
  }
}

const EGEN_EGENSKAB: Egenskaber<FakeEgenEgenskab> = { key: (p) => p.key, value: (p) => p.value };

export class FakeCustomProperty extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _p: FakeEgenEgenskab,
  ) {
    super(context);
  }
  get key(): string {
    return this._egenskab("key");
  }
  get value(): unknown {
    return this._egenskab("value");
  }
  protected _hentSkalar(navn: string): unknown {
    return hentEgenskab(EGEN_EGENSKAB, this._p, "CustomProperty", navn);
  }
}

export class FakeCustomPropertyCollection extends FakeSamling<FakeCustomProperty> {
  constructor(context: FakeKontekst) {
    super(context, "CustomPropertyCollection", "de brugerdefinerede egenskabers");
  }
  protected _elementer(): FakeCustomProperty[] {
    return this.context.model.egneEgenskaber.map((p) => new FakeCustomProperty(this.context, p));
  }
}

const NAVNETS_EGENSKABER: Egenskaber<FakeNavn> = {
  name: (n) => n.name,
  formula: (n) => n.formula,
  // The fake does not calculate defined names (only cells, beregning.ts): a name's value is its formula's text.
  value: (n) => n.formula.replace(/^=/, ""),
};

export class FakeNamedItem extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _n: FakeNavn,
  ) {
    super(context);
  }
  get name(): string {
    return this._egenskab("name");
  }
  get formula(): string {
    this.context.kraev("NamedItem.formula");
    return this._egenskab("formula");
  }
  get value(): unknown {
    return this._egenskab("value");
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "formula") this.context.kraev("NamedItem.formula");
    return hentEgenskab(NAVNETS_EGENSKABER, this._n, "NamedItem", navn);
  }
}

/** The names of the workbook (`arkId` null) or of one sheet. */
export class FakeNamedItemCollection extends FakeSamling<FakeNamedItem> {
  constructor(
    context: FakeKontekst,
    private readonly _arkId: () => string | null,
  ) {
    super(context, "NamedItemCollection", "navnenes");
  }
  protected _elementer(): FakeNamedItem[] {
    const id = this._arkId();
    return this.context.model.navne.filter((n) => n.arkId === id).map((n) => new FakeNamedItem(this.context, n));
  }
}

/** HeaderFooterGroup's page sets and HeaderFooter's parts, in the order of FakeArk.sidehoveder. */
export const SIDESAET = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"] as const;
export const SIDEDELE = [
  "leftHeader",
  "centerHeader",
  "rightHeader",
  "leftFooter",
  "centerFooter",
  "rightFooter",
] as const;

export class FakePageLayout {
  private _gruppe: FakeHeaderFooterGroup | undefined;
  constructor(
    readonly context: FakeKontekst,
    private readonly _ark: () => FakeArk,
  ) {}
  get headersFooters(): FakeHeaderFooterGroup {
    this.context.kraev("PageLayout.headersFooters");
    this._gruppe ??= new FakeHeaderFooterGroup(this.context, this._ark);
    return this._gruppe;
  }
}

export class FakeHeaderFooterGroup extends FakeKlientObjekt {
  private readonly _saet = new Map<string, FakeHeaderFooter>();
  constructor(
    context: FakeKontekst,
    private readonly _ark: () => FakeArk,
  ) {
    super(context);
  }
  private _side(navn: (typeof SIDESAET)[number]): FakeHeaderFooter {
    this.context.kraev(`HeaderFooterGroup.${navn}`);
    let s = this._saet.get(navn);
    if (!s) this._saet.set(navn, (s = new FakeHeaderFooter(this.context, this._ark, SIDESAET.indexOf(navn))));
    return s;
  }
  get defaultForAllPages(): FakeHeaderFooter {
    return this._side("defaultForAllPages");
  }
  get firstPage(): FakeHeaderFooter {
    return this._side("firstPage");
  }
  get evenPages(): FakeHeaderFooter {
    return this._side("evenPages");
  }
  get oddPages(): FakeHeaderFooter {
    return this._side("oddPages");
  }
  protected _hentSkalar(navn: string): unknown {
    throw ugyldigtArgument(`HeaderFooterGroup.${navn}`);
  }
  protected override _navigation(navn: string): FakeKlientObjekt | null {
    return (SIDESAET as readonly string[]).includes(navn) ? this._side(navn as (typeof SIDESAET)[number]) : null;
  }
}

export class FakeHeaderFooter extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _ark: () => FakeArk,
    private readonly _saetNr: number,
  ) {
    super(context);
  }
  private _del(navn: (typeof SIDEDELE)[number]): string {
    this.context.kraev(`HeaderFooter.${navn}`);
    return this._egenskab(navn);
  }
  get leftHeader(): string {
    return this._del("leftHeader");
  }
  get centerHeader(): string {
    return this._del("centerHeader");
  }
  get rightHeader(): string {
    return this._del("rightHeader");
  }
  get leftFooter(): string {
    return this._del("leftFooter");
  }
  get centerFooter(): string {
    return this._del("centerFooter");
  }
  get rightFooter(): string {
    return this._del("rightFooter");
  }
  protected _hentSkalar(navn: string): unknown {
    const i = (SIDEDELE as readonly string[]).indexOf(navn);
    if (i < 0) throw ugyldigtArgument(`HeaderFooter.${navn}`);
    return this._ark().sidehoveder[this._saetNr * SIDEDELE.length + i] ?? "";
  }
}

/** Workbook.comments (ExcelApi 1.10): each comment's text, its cell (getLocation) and its replies. */
export class FakeCommentCollection extends FakeSamling<FakeComment> {
  constructor(context: FakeKontekst) {
    super(context, "CommentCollection", "kommentarernes");
  }
  protected _elementer(): FakeComment[] {
    return this.context.model.kommentarer.filter((k) => !k.ark.slettet).map((k) => new FakeComment(this.context, k));
  }
}

export class FakeComment extends FakeKlientObjekt {
  private _svar: FakeCommentReplyCollection | undefined;
  constructor(
    context: FakeKontekst,
    private readonly _k: FakeKommentar,
  ) {
    super(context);
  }
  get content(): string {
    this.context.kraev("Comment.content");
    return this._egenskab("content");
  }
  get replies(): FakeCommentReplyCollection {
    this.context.kraev("Comment.replies");
    this._svar ??= new FakeCommentReplyCollection(this.context, this._k);
    return this._svar;
  }
  getLocation(): FakeRange {
    this.context.kraev("Comment.getLocation");
    const ref = parseA1(this._k.celle);
    return new FakeRange(
      this.context,
      () => (ref ? { ark: this._k.ark, omr: { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col } } : null),
      `Comment.getLocation(${this._k.celle})`,
    );
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "content") return this._k.content;
    throw ugyldigtArgument(`Comment.${navn}`);
  }
}

export class FakeCommentReply extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _tekst: string,
  ) {
    super(context);
  }
  get content(): string {
    this.context.kraev("CommentReply.content");
    return this._egenskab("content");
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "content") return this._tekst;
    throw ugyldigtArgument(`CommentReply.${navn}`);
  }
}

export class FakeCommentReplyCollection extends FakeSamling<FakeCommentReply> {
  constructor(
    context: FakeKontekst,
    private readonly _k: FakeKommentar,
  ) {
    super(context, "CommentReplyCollection", "svarenes");
  }
  protected _elementer(): FakeCommentReply[] {
    return this._k.svar.map((t) => new FakeCommentReply(this.context, t));
  }
}

/** Workbook.notes (ExcelApi 1.18): each note's text, author and cell (getLocation). */
export class FakeNoteCollection extends FakeSamling<FakeNote> {
  constructor(context: FakeKontekst) {
    super(context, "NoteCollection", "notaternes");
  }
  protected _elementer(): FakeNote[] {
    return this.context.model.noter.filter((k) => !k.ark.slettet).map((k) => new FakeNote(this.context, k));
  }
}

export class FakeNote extends FakeKlientObjekt {
  constructor(
    context: FakeKontekst,
    private readonly _k: FakeKommentar,
  ) {
    super(context);
  }
  get content(): string {
    this.context.kraev("Note.content");
    return this._egenskab("content");
  }
  get authorName(): string {
    this.context.kraev("Note.authorName");
    return this._egenskab("authorName");
  }
  getLocation(): FakeRange {
    this.context.kraev("Note.getLocation");
    const ref = parseA1(this._k.celle);
    return new FakeRange(
      this.context,
      () => (ref ? { ark: this._k.ark, omr: { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col } } : null),
      `Note.getLocation(${this._k.celle})`,
    );
  }
  protected _hentSkalar(navn: string): unknown {
    if (navn === "content") return this._k.content;
    if (navn === "authorName") return this._k.svar.join(" ");
    throw ugyldigtArgument(`Note.${navn}`);
  }
}
