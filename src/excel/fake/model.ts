/**
 * The workbook held by the in-memory Excel fake: sheets of cells (value, formula, number
 * format), tables, visibility and protection, plus the bits of state the adapter sets that
 * a snapshot does not carry (active sheet, selection, frozen rows, column widths, bold,
 * data validation), so tests can inspect them.
 *
 * A formula written into a cell is calculated as Excel does, with its dependants (beregning.ts);
 * a loaded workbook keeps its stored results. Browser-safe: no Node APIs.
 */
import {
  arkAdresse,
  type CellValue,
  erExcelFejl,
  type Omraade,
  omraadeA1,
  parseOmraade,
  type SnapshotSheet,
  type SnapshotTable,
  type SnapshotTekst,
  type WorkbookSnapshot,
} from "../../core";

export type Synlighed = "Visible" | "Hidden" | "VeryHidden";

export interface FakeCelle {
  v: CellValue;
  f: string | null;
  nf: string | null;
}

/** Excel's sheet limits (rows, columns). */
export const MAKS_RAEKKER = 1_048_576;
export const MAKS_KOLONNER = 16_384;

function noegle(row: number, col: number): number {
  return (row - 1) * MAKS_KOLONNER + (col - 1);
}

/** A custom document property. */
export interface FakeEgenEgenskab {
  key: string;
  value: string;
}

/** A threaded comment on a cell with its replies, or a note with its author (in `svar`). */
export interface FakeKommentar {
  ark: FakeArk;
  celle: string;
  content: string;
  svar: string[];
}

/** A defined name: of the workbook (arkId null) or of one sheet. */
export interface FakeNavn {
  name: string;
  formula: string;
  arkId: string | null;
}

/** The snapshot's XML property names → Excel.DocumentProperties' (the rest are not shown by Office.js). */
const EGENSKAB_FRA_XML: Record<string, string> = {
  "dc:title": "title",
  "dc:subject": "subject",
  "dc:creator": "author",
  "cp:keywords": "keywords",
  "dc:description": "comments",
  "cp:lastModifiedBy": "lastAuthor",
  "cp:category": "category",
  Manager: "manager",
  Company: "company",
};

export interface Datavalidering {
  omraade: Omraade;
  regel: unknown;
}

export class FakeArk {
  slettet = false;
  readonly celler = new Map<number, FakeCelle>();
  frosneRaekker = 0;
  readonly kolonnebredder = new Map<number, number>();
  /** Cells set bold, as "A1" addresses. */
  readonly fed = new Set<string>();
  readonly datavalideringer: Datavalidering[] = [];
  /**
   * Header and footer texts, as stored (with &-codes), in the order of the fake's slots:
   * each page set (defaultForAllPages, firstPage, evenPages, oddPages) has six
   * (leftHeader, centerHeader, rightHeader, leftFooter, centerFooter, rightFooter).
   */
  readonly sidehoveder: string[] = [];
  /** Rows and columns hidden by the user (Range.rowHidden / columnHidden), 1-based. */
  readonly skjulteRaekker = new Set<number>();
  readonly skjulteKolonner = new Set<number>();

  constructor(
    public readonly id: string,
    public name: string,
    public visibility: Synlighed = "Visible",
    public beskyttet = false,
  ) {}

  celle(row: number, col: number): FakeCelle | undefined {
    return this.celler.get(noegle(row, col));
  }

  saetCelle(row: number, col: number, c: FakeCelle): void {
    const k = noegle(row, col);
    if (c.v === null && c.f === null && c.nf === null) this.celler.delete(k);
    else this.celler.set(k, c);
  }

  /** Excel's used range: the bounding box of cells with a value or formula (and, unless kunVaerdier, a format). */
  brugtOmraade(kunVaerdier: boolean): Omraade | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [k, c] of this.celler) {
      if (kunVaerdier && c.v === null && c.f === null) continue;
      const row = Math.floor(k / MAKS_KOLONNER) + 1;
      const col = (k % MAKS_KOLONNER) + 1;
      if (row < top) top = row;
      if (row > bottom) bottom = row;
      if (col < left) left = col;
      if (col > right) right = col;
    }
    return bottom === 0 ? null : { top, left, bottom, right };
  }
}

export interface FakeTabel {
  name: string;
  ark: FakeArk;
  omraade: Omraade;
  showHeaders: boolean;
  showTotals: boolean;
  slettet: boolean;
}

export interface AendringsHaendelse {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited" | "RowInserted";
  source: "Local";
}

function tilSynlighed(v: SnapshotSheet["visibility"]): Synlighed {
  return v === "hidden" ? "Hidden" : v === "veryHidden" ? "VeryHidden" : "Visible";
}

function fraSynlighed(v: Synlighed): SnapshotSheet["visibility"] {
  return v === "Hidden" ? "hidden" : v === "VeryHidden" ? "veryHidden" : "visible";
}

export class FakeArbejdsbogModel {
  ark: FakeArk[] = [];
  tabeller: FakeTabel[] = [];
  aktivtArkId: string | null = null;
  markering: { arkId: string; adresse: string } | null = null;
  antalSyncs = 0;
  /** The workbook counts dates from 1904 (WorkbookSnapshot.date1904): DATE() answers 1462 less. */
  date1904 = false;
  /**
   * Opened read-only (Workbook.readOnly). Writes still go through, as in desktop Excel, where
   * a read-only workbook can be edited but never saved over: the adapter must ask first.
   */
  skrivebeskyttet = false;
  /** Document properties by Excel.DocumentProperties' name (title, author, company …). */
  readonly egenskaber = new Map<string, string>();
  readonly egneEgenskaber: FakeEgenEgenskab[] = [];
  readonly navne: FakeNavn[] = [];
  /** Comments by cell: a note's entries in the snapshot (its text, its author) are the comment and its replies. */
  readonly kommentarer: FakeKommentar[] = [];
  /** Notes (legacy comments): `svar` holds the author. */
  readonly noter: FakeKommentar[] = [];
  /** The snapshot's texts Office.js does not show through the members the fake has (notes, headers, validations). */
  oevrigeTekster: SnapshotTekst[] = [];
  /** The workbook's structure is protected (WorkbookProtection.protected): sheets cannot be added or deleted. */
  strukturBeskyttet = false;
  private naesteArkId = 1;
  private naesteTabelNr = 1;
  readonly lyttere = new Set<(a: AendringsHaendelse) => Promise<unknown>>();
  /** Errors thrown by event handlers (Excel only logs them; tests can look here). */
  readonly haendelsesfejl: unknown[] = [];
  private ventendeAendringer = new Map<FakeArk, Omraade>();
  /** The user is editing a cell (Excel refuses batches meanwhile); resolved when they leave it. */
  private redigering: { slut: Promise<void>; afslut: () => void } | null = null;

  get celleredigering(): boolean {
    return this.redigering !== null;
  }

  startCelleredigering(): void {
    if (this.redigering) return;
    let afslut!: () => void;
    const slut = new Promise<void>((r) => (afslut = r));
    this.redigering = { slut, afslut };
  }

  afslutCelleredigering(): void {
    const r = this.redigering;
    this.redigering = null;
    r?.afslut();
  }

  /** Resolves when the user leaves cell edit mode (at once when not editing). */
  celleredigeringSlut(): Promise<void> {
    return this.redigering?.slut ?? Promise.resolve();
  }

  static fraSnapshot(s: WorkbookSnapshot): FakeArbejdsbogModel {
    const m = new FakeArbejdsbogModel();
    if (s.date1904) m.date1904 = true;
    for (const sh of s.sheets) {
      const ark = m.nytArk(sh.name, tilSynlighed(sh.visibility), sh.protected === true);
      for (const r of sh.hiddenRows ?? []) ark.skjulteRaekker.add(r);
      for (const c of sh.hiddenColumns ?? []) ark.skjulteKolonner.add(c);
      sh.values.forEach((raekke, r) => {
        const bredde = Math.max(raekke.length, sh.formulas?.[r]?.length ?? 0, sh.numberFormats?.[r]?.length ?? 0);
        for (let c = 0; c < bredde; c++) {
          const v = raekke[c] ?? null;
          const f = sh.formulas?.[r]?.[c];
          const nf = sh.numberFormats?.[r]?.[c];
          ark.saetCelle(sh.top + r, sh.left + c, {
            v: erExcelFejl(v) ? { fejl: v.fejl } : v,
            f: typeof f === "string" && f.startsWith("=") ? f : null,
            nf: typeof nf === "string" && nf !== "" && nf !== "General" ? nf : null,
          });
        }
      });
    }
    for (const t of s.tables) {
      const ark = m.findArk(t.sheet);
      const omraade = parseOmraade(t.ref);
      if (!ark || !omraade)
        throw new Error(`Fake Excel: tabellen ${t.name} peger på ${t.sheet}!${t.ref}, som ikke findes`);
      m.tabeller.push({
        name: t.name,
        ark,
        omraade,
        showHeaders: (t.headerRowCount ?? 1) > 0,
        showTotals: (t.totalsRowCount ?? 0) > 0,
        slettet: false,
      });
    }
    for (const t of s.tekster ?? []) {
      const office = t.art === "egenskab" && t.navn ? EGENSKAB_FRA_XML[t.navn] : undefined;
      if (office) m.egenskaber.set(office, t.tekst);
      else if (t.art === "egenskab" && t.navn === "brugerdefineret")
        m.egneEgenskaber.push({ key: `Egenskab ${m.egneEgenskaber.length + 1}`, value: t.tekst });
      else if (t.art === "navn" && t.navn) {
        // A name's entries: the name itself, then its formula.
        const arkId = t.ark ? (m.findArk(t.ark)?.id ?? null) : null;
        if (t.tekst !== t.navn) m.navne.push({ name: t.navn, formula: "=" + t.tekst, arkId });
      } else if (t.art === "sidehoved" && t.ark && m.findArk(t.ark)) m.findArk(t.ark)!.sidehoveder.push(t.tekst);
      else if (t.art === "note" && t.ark && t.celle && m.findArk(t.ark)) {
        const ark = m.findArk(t.ark)!;
        const liste = t.kommentar ? m.kommentarer : m.noter;
        const k = liste.find((x) => x.ark === ark && x.celle === t.celle);
        if (k) k.svar.push(t.tekst);
        else liste.push({ ark, celle: t.celle, content: t.tekst, svar: [] });
      } else m.oevrigeTekster.push(t);
    }
    m.aktivtArkId = m.ark.find((a) => a.visibility === "Visible")?.id ?? null;
    return m;
  }

  /** The workbook as a snapshot: every sheet's bounding box of non-empty cells (formats included). */
  tilSnapshot(): WorkbookSnapshot {
    const sheets: SnapshotSheet[] = this.ark.map((ark) => {
      const o = ark.brugtOmraade(false);
      const top = o?.top ?? 1;
      const left = o?.left ?? 1;
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      const numberFormats: (string | null)[][] = [];
      if (o) {
        for (let r = o.top; r <= o.bottom; r++) {
          const vr: CellValue[] = [];
          const fr: (string | null)[] = [];
          const nr: (string | null)[] = [];
          for (let c = o.left; c <= o.right; c++) {
            const celle = ark.celle(r, c);
            const v = celle?.v ?? null;
            vr.push(erExcelFejl(v) ? { fejl: v.fejl } : v);
            fr.push(celle?.f ?? null);
            nr.push(celle?.nf ?? null);
          }
          values.push(vr);
          formulas.push(fr);
          numberFormats.push(nr);
        }
      }
      const s: SnapshotSheet = { name: ark.name, top, left, values, formulas, numberFormats };
      if (ark.visibility !== "Visible") s.visibility = fraSynlighed(ark.visibility);
      if (ark.beskyttet) s.protected = true;
      return s;
    });
    const tables: SnapshotTable[] = this.tabeller.map((t) => {
      const st: SnapshotTable = { name: t.name, sheet: t.ark.name, ref: omraadeA1(t.omraade) };
      if (!t.showHeaders) st.headerRowCount = 0;
      if (t.showTotals) st.totalsRowCount = 1;
      return st;
    });
    const fraXml = Object.fromEntries(Object.entries(EGENSKAB_FRA_XML).map(([x, o]) => [o, x]));
    const tekster: SnapshotTekst[] = [
      ...[...this.egenskaber].map(([o, tekst]): SnapshotTekst => ({ art: "egenskab", navn: fraXml[o], tekst })),
      ...this.egneEgenskaber.map((p): SnapshotTekst => ({ art: "egenskab", navn: "brugerdefineret", tekst: p.value })),
      ...this.navne.flatMap((n): SnapshotTekst[] => {
        const ark = n.arkId ? this.ark.find((a) => a.id === n.arkId)?.name : undefined;
        const sted = { art: "navn" as const, navn: n.name, ...(ark ? { ark } : {}) };
        return [
          { ...sted, tekst: n.name },
          { ...sted, tekst: n.formula.replace(/^=/, "") },
        ];
      }),
      ...this.ark.flatMap((a) =>
        a.sidehoveder.map((tekst): SnapshotTekst => ({ art: "sidehoved", ark: a.name, tekst })),
      ),
      // Notes and threaded comments (marked kommentar), each with its replies, on sheets still there.
      ...[...this.noter.map((k) => ({ k, kommentar: false })), ...this.kommentarer.map((k) => ({ k, kommentar: true }))]
        .filter(({ k }) => !k.ark.slettet)
        .flatMap(({ k, kommentar }) =>
          [k.content, ...k.svar].map((tekst): SnapshotTekst => ({
            art: "note",
            ark: k.ark.name,
            celle: k.celle,
            ...(kommentar ? { kommentar: true } : {}),
            tekst,
          })),
        ),
      ...this.oevrigeTekster,
    ];
    const snapshot: WorkbookSnapshot = { sheets, tables };
    if (tekster.length > 0) snapshot.tekster = tekster;
    if (this.date1904) snapshot.date1904 = true;
    return snapshot;
  }

  findArk(navn: string): FakeArk | undefined {
    const n = navn.trim().toLowerCase();
    return this.ark.find((a) => a.name.toLowerCase() === n);
  }

  findArkMedNoegle(noegle: string): FakeArk | undefined {
    return this.ark.find((a) => a.id === noegle) ?? this.findArk(noegle);
  }

  findTabel(navn: string): FakeTabel | undefined {
    const n = navn.trim().toLowerCase();
    return this.tabeller.find((t) => t.name.toLowerCase() === n);
  }

  nytArk(navn: string, synlighed: Synlighed = "Visible", beskyttet = false): FakeArk {
    const ark = new FakeArk(`{FAKE-ARK-${this.naesteArkId++}}`, navn, synlighed, beskyttet);
    this.ark.push(ark);
    return ark;
  }

  nytTabelnavn(): string {
    let navn: string;
    do navn = `Table${this.naesteTabelNr++}`;
    while (this.findTabel(navn));
    return navn;
  }

  sletArk(ark: FakeArk): void {
    ark.slettet = true;
    this.ark = this.ark.filter((a) => a !== ark);
    for (const t of this.tabeller) if (t.ark === ark) t.slettet = true;
    this.tabeller = this.tabeller.filter((t) => t.ark !== ark);
    if (this.aktivtArkId === ark.id) this.aktivtArkId = this.ark.find((a) => a.visibility === "Visible")?.id ?? null;
    this.ventendeAendringer.delete(ark);
  }

  /** Records a change for worksheets.onChanged, sent after the sync that made it. */
  noterAendring(ark: FakeArk, o: Omraade): void {
    const f = this.ventendeAendringer.get(ark);
    this.ventendeAendringer.set(
      ark,
      f
        ? {
            top: Math.min(f.top, o.top),
            left: Math.min(f.left, o.left),
            bottom: Math.max(f.bottom, o.bottom),
            right: Math.max(f.right, o.right),
          }
        : o,
    );
  }

  /** Like Excel, events arrive asynchronously after the sync that caused them. */
  udsendAendringer(): void {
    const aendringer = [...this.ventendeAendringer];
    this.ventendeAendringer.clear();
    if (this.lyttere.size === 0) return;
    for (const [ark, o] of aendringer) {
      const haendelse: AendringsHaendelse = {
        type: "WorksheetChanged",
        worksheetId: ark.id,
        address: omraadeA1(o),
        changeType: "RangeEdited",
        source: "Local",
      };
      for (const lytter of [...this.lyttere]) {
        void Promise.resolve()
          .then(() => lytter(haendelse))
          .catch((e: unknown) => this.haendelsesfejl.push(e));
      }
    }
  }

  /** Qualified address as Office returns it: "Ydelser!A1:P40", "'Over- og underskud'!B2". */
  static adresse(ark: FakeArk, o: Omraade): string {
    return arkAdresse(ark.name, omraadeA1(o));
  }
}
