/**
 * laesSnapshot: the whole workbook in three `context.sync()` calls, whatever its size:
 *   1. sheets (name, visibility, protection) and tables (name, header/totals, sheet), the
 *      document properties (and custom ones) and the workbook's defined names;
 *   2. each sheet's used range (values only), its own defined names, and each table's
 *      range address and whether some of its rows or columns are hidden (one more sync asks
 *      those tables row by row and column by column, only when there are any);
 *   3. values, formulas and number formats of every used range.
 * The properties and names are read for persondata-cpr (the snapshot's `tekster`); all
 * are in ExcelApi 1.7, the manifest's minimum. Headers and footers (ExcelApi 1.9) are read
 * in the second sync when the host has that set, and comments with their replies and cells
 * (ExcelApi 1.10) and notes with their authors (Workbook.notes, ExcelApi 1.18) across the
 * first and second. Data validations (1.8) are not read here: Office.js gives one rule per
 * range, not the validated areas; the .xlsx reader has them.
 * (Sheets and tables must be known before their ranges can be asked for, hence 1 and 2.)
 *
 * A big used range is read in row chunks of at most `maksCellerPrOmraade` cells, all in the
 * same sync: that keeps every range under Excel's 5.000.000-cell read limit. Excel on the
 * web also limits one sync's response to ~5 MB; the limit covers the whole sync, so
 * chunks in one sync do not help there. Set `maksCellerPrSync` (on the web) to spread the
 * chunks over as few syncs as the limit needs, ceil(cells / maksCellerPrSync). Long texts
 * can still exceed it: then Excel answers ResponsePayloadSizeLimitExceeded, and the group is
 * halved and read again (laesGruppe), instead of failing the validation.
 *
 * Before any value is loaded, the used ranges' addresses (sync 2) are held against the cell
 * budget (core/graenser.ts, as the .xlsx reader): a sheet whose used range reaches
 * XFD1048576 would otherwise be read as 17 billion cells in 171.799 chunks.
 *
 * Error values: Office returns them as text ("#REF!") in `values`. valueTypes is not
 * loaded (it would add a fourth array to the payload); a text cell reading exactly "#REF!"
 * cannot be typed in Excel without an apostrophe, so the text is taken as the error.
 */
import { DOKUMENTEGENSKABER } from "./dokumentegenskaber";
import {
  ArbejdsbogFejl,
  type CellValue,
  formaterTal,
  kanIndeholdeCpr,
  MAKS_CELLER,
  type Omraade,
  omraadeA1,
  parseOmraade,
  type SnapshotSheet,
  type SnapshotTable,
  type SnapshotTekst,
  somExcelFejl,
  type WorkbookSnapshot,
} from "../core";
import { officeKode } from "./fejl";
import { laesDatosystem } from "./datosystem";

export interface LaeseValg {
  /** Cells per range read (default 100.000). */
  maksCellerPrOmraade: number;
  /** Cells per sync for the third step (default: no limit, everything in one sync). */
  maksCellerPrSync?: number;
  /** Cells of all used ranges together (default MAKS_CELLER); above it nothing is loaded. */
  maksCeller?: number;
}

interface Del {
  arkIndex: number;
  omr: Omraade;
  ws: Excel.Worksheet;
  range: Excel.Range;
}

function tilCelle(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "string") return somExcelFejl(v) ?? v;
  if (typeof v === "number" || typeof v === "boolean") return v;
  return String(v);
}

/**
 * A formula, or null. Text typed with a leading apostrophe ('=abc) is text: Office gives it
 * in `formulas` exactly as in `values` (or with the apostrophe), while a real formula's
 * text never equals its own result.
 */
function tilFormel(f: unknown, v: unknown): string | null {
  if (typeof f !== "string" || !f.startsWith("=")) return null;
  return f === v ? null : f;
}

function tilFormat(nf: unknown): string | null {
  return typeof nf === "string" && nf !== "" && nf !== "General" ? nf : null;
}

function tilSynlighed(v: string): SnapshotSheet["visibility"] | undefined {
  if (v === "Hidden") return "hidden";
  if (v === "VeryHidden") return "veryHidden";
  return undefined;
}

/** Row chunks of a range, each at most `maksCeller` cells (at least one row). */
export function delOmraade(omr: Omraade, maksCeller: number): Omraade[] {
  const bredde = omr.right - omr.left + 1;
  const raekkerPrDel = Math.max(1, Math.floor(maksCeller / bredde));
  const dele: Omraade[] = [];
  for (let top = omr.top; top <= omr.bottom; top += raekkerPrDel) {
    dele.push({ ...omr, top, bottom: Math.min(omr.bottom, top + raekkerPrDel - 1) });
  }
  return dele;
}

function celler(o: Omraade): number {
  return (o.bottom - o.top + 1) * (o.right - o.left + 1);
}

/**
 * Loads a group of chunks in one sync. When Excel on the web answers that the response is too
 * big (ResponsePayloadSizeLimitExceeded: ~5 MB, reached by long texts long before the cell
 * budget), the group is halved and each half read again: by chunks while there are several,
 * then by rows. A single row that is still too big is Excel's error to report.
 */
async function laesGruppe(context: Excel.RequestContext, gruppe: Del[]): Promise<Del[]> {
  for (const d of gruppe) d.range.load("values,formulas,numberFormat");
  try {
    await context.sync();
    return gruppe;
  } catch (e) {
    if (officeKode(e) !== "ResponsePayloadSizeLimitExceeded") throw e;
    const halvdele = halver(gruppe);
    if (!halvdele) throw e;
    const ud: Del[] = [];
    // Two halves, each read in its own sync.
    for (const h of halvdele) ud.push(...(await laesGruppe(context, h)));
    return ud;
  }
}

/** Two halves of a group (fresh range objects), or null when it is a single row. */
function halver(gruppe: Del[]): [Del[], Del[]] | null {
  const ny = (d: Del, omr: Omraade): Del => ({ ...d, omr, range: d.ws.getRange(omraadeA1(omr)) });
  if (gruppe.length > 1) {
    const midt = Math.ceil(gruppe.length / 2);
    return [gruppe.slice(0, midt).map((d) => ny(d, d.omr)), gruppe.slice(midt).map((d) => ny(d, d.omr))];
  }
  const d = gruppe[0];
  if (d.omr.bottom === d.omr.top) return null;
  const midt = d.omr.top + Math.floor((d.omr.bottom - d.omr.top + 1) / 2) - 1;
  return [[ny(d, { ...d.omr, bottom: midt })], [ny(d, { ...d.omr, top: midt + 1 })]];
}

function tjekCellebudget(omraader: (Omraade | null)[], ark: Excel.Worksheet[], maks: number): void {
  let iAlt = 0;
  let stoerst = -1;
  omraader.forEach((o, i) => {
    if (!o) return;
    iAlt += celler(o);
    if (stoerst < 0 || celler(o) > celler(omraader[stoerst]!)) stoerst = i;
  });
  if (iAlt <= maks) return;
  throw new ArbejdsbogFejl(
    `Projektmappen er for stor til at blive kontrolleret: arkenes brugte områder dækker ${formaterTal(iAlt)} celler; grænsen er ${formaterTal(maks)}. ` +
      `Arket "${ark[stoerst].name}" bruger ${omraadeA1(omraader[stoerst]!)}. Slet indhold langt fra tabellerne (fx en celle nederst eller længst til højre), og gem projektmappen.`,
  );
}

/**
 * Hidden rows and columns inside the tables (tabel-ikke-synlig): only a table whose range says
 * some are hidden (rowHidden/columnHidden not false) is asked row by row and column by column,
 * all in one more sync; a workbook without hidden rows in its tables costs no sync.
 */
async function laesSkjulte(
  context: Excel.RequestContext,
  ark: Excel.Worksheet[],
  sheets: SnapshotSheet[],
  tabeller: Excel.Table[],
  omraader: Excel.Range[],
): Promise<void> {
  const spoerg: { arkIndex: number; raekke?: number; kolonne?: number; range: Excel.Range }[] = [];
  tabeller.forEach((t, i) => {
    const o = omraader[i];
    if (o.rowHidden === false && o.columnHidden === false) return;
    const omr = parseOmraade(o.address);
    const arkIndex = ark.findIndex((w) => w.name === t.worksheet.name);
    if (!omr || arkIndex < 0) return;
    const ws = ark[arkIndex];
    if (o.rowHidden !== false)
      for (let r = omr.top; r <= omr.bottom; r++) {
        const range = ws.getRange(omraadeA1({ ...omr, top: r, bottom: r })).load("rowHidden");
        spoerg.push({ arkIndex, raekke: r, range });
      }
    if (o.columnHidden !== false)
      for (let c = omr.left; c <= omr.right; c++) {
        const range = ws.getRange(omraadeA1({ ...omr, left: c, right: c })).load("columnHidden");
        spoerg.push({ arkIndex, kolonne: c, range });
      }
  });
  if (spoerg.length === 0) return;
  await context.sync();
  const raekker = new Map<number, Set<number>>();
  const kolonner = new Map<number, Set<number>>();
  for (const q of spoerg) {
    const [nr, hvor, skjult] =
      q.raekke !== undefined ? [q.raekke, raekker, q.range.rowHidden] : [q.kolonne!, kolonner, q.range.columnHidden];
    if (skjult !== true) continue;
    if (!hvor.has(q.arkIndex)) hvor.set(q.arkIndex, new Set());
    hvor.get(q.arkIndex)!.add(nr);
  }
  for (const [i, r] of raekker) sheets[i].hiddenRows = [...r].sort((a, b) => a - b);
  for (const [i, k] of kolonner) sheets[i].hiddenColumns = [...k].sort((a, b) => a - b);
}

/**
 * `medSidehoveder`: the host has ExcelApi 1.9 (Worksheet.pageLayout): each sheet's headers
 * and footers are read in the second sync too.
 */
export async function laesArbejdsbog(
  context: Excel.RequestContext,
  valg: LaeseValg,
  medSidehoveder = false,
  medKommentarer = false,
  medNoter = false,
): Promise<WorkbookSnapshot> {
  const ark = context.workbook.worksheets;
  ark.load("items/name,items/visibility,items/protection/protected");
  const tabeller = context.workbook.tables;
  tabeller.load("items/name,items/showHeaders,items/showTotals,items/worksheet/name");
  const datosystem = laesDatosystem(context);
  const egenskaber = context.workbook.properties;
  egenskaber.load(DOKUMENTEGENSKABER.join(","));
  const egne = egenskaber.custom;
  egne.load("items/key,items/value");
  const navne = context.workbook.names;
  navne.load("items/name,items/formula");
  const kommentarer = medKommentarer ? context.workbook.comments.load("items/content") : null;
  const noter = medNoter ? context.workbook.notes.load("items/content,items/authorName") : null;
  await context.sync();

  const brugte = ark.items.map((w) => w.getUsedRangeOrNullObject(true).load("address"));
  const arkNavne = ark.items.map((w) => w.names.load("items/name,items/formula"));
  const sidehoveder: Excel.HeaderFooterGroup[] = [];
  if (medSidehoveder) {
    const dele = ["leftHeader", "centerHeader", "rightHeader", "leftFooter", "centerFooter", "rightFooter"];
    const stier = ["defaultForAllPages", "firstPage", "evenPages", "oddPages"].flatMap((s) =>
      dele.map((d) => `${s}/${d}`),
    );
    for (const w of ark.items) sidehoveder.push(w.pageLayout.headersFooters.load(stier));
  }
  const kommentarSteder: { sted: Excel.Range; svar: Excel.CommentReplyCollection }[] = [];
  if (medKommentarer && kommentarer)
    for (const k of kommentarer.items)
      kommentarSteder.push({ sted: k.getLocation().load("address"), svar: k.replies.load("items/content") });
  const noteSteder: Excel.Range[] = [];
  if (medNoter && noter) for (const n of noter.items) noteSteder.push(n.getLocation().load("address"));
  // rowHidden/columnHidden: false when none of the table's rows (columns) is hidden, the common case.
  const tabelOmraader = tabeller.items.map((t) => t.getRange().load("address,rowHidden,columnHidden"));
  await context.sync();

  const sheets: SnapshotSheet[] = ark.items.map((w) => {
    const s: SnapshotSheet = { name: w.name, top: 1, left: 1, values: [], formulas: [], numberFormats: [] };
    const synlighed = tilSynlighed(w.visibility);
    if (synlighed) s.visibility = synlighed;
    if (w.protection.protected) s.protected = true;
    return s;
  });

  // The cell budget, from the addresses alone: no value is loaded for a workbook above it.
  const omraader = brugte.map((r) => {
    if (r.isNullObject) return null;
    const omr = parseOmraade(r.address);
    if (!omr) throw new Error(`Uventet adresse fra Excel: ${r.address}`);
    return omr;
  });
  tjekCellebudget(omraader, ark.items, valg.maksCeller ?? MAKS_CELLER);
  // After the budget: a table lies inside its sheet's used range, so its rows are bounded too.
  await laesSkjulte(context, ark.items, sheets, tabeller.items, tabelOmraader);

  const dele: Del[] = [];
  omraader.forEach((omr, i) => {
    if (!omr) return;
    sheets[i].top = omr.top;
    sheets[i].left = omr.left;
    const ws = ark.items[i];
    for (const d of delOmraade(omr, valg.maksCellerPrOmraade)) {
      dele.push({ arkIndex: i, omr: d, ws, range: ws.getRange(omraadeA1(d)) });
    }
  });

  // One sync for all chunks, or as few as the per-sync limit allows; never one per chunk by itself.
  const grupper: Del[][] = [];
  let iSync = 0;
  for (const d of dele) {
    const n = celler(d.omr);
    if (
      grupper.length === 0 ||
      (valg.maksCellerPrSync !== undefined && iSync > 0 && iSync + n > valg.maksCellerPrSync)
    ) {
      grupper.push([]);
      iSync = 0;
    }
    grupper[grupper.length - 1].push(d);
    iSync += n;
  }
  const laest: Del[] = [];
  for (const g of grupper) {
    // One sync per group; more than one only under the web's payload limit.
    laest.push(...(await laesGruppe(context, g)));
  }

  for (const d of laest) {
    const s = sheets[d.arkIndex];
    const values = d.range.values;
    const formulas = d.range.formulas;
    const formater = d.range.numberFormat;
    for (let r = 0; r < values.length; r++) {
      s.values.push(values[r].map(tilCelle));
      s.formulas!.push(formulas[r].map((f, c) => tilFormel(f, values[r][c])));
      s.numberFormats!.push(formater[r].map(tilFormat));
    }
  }

  const tables: SnapshotTable[] = tabeller.items.map((t, i) => {
    const omr = parseOmraade(tabelOmraader[i].address);
    if (!omr) throw new Error(`Uventet adresse fra Excel: ${tabelOmraader[i].address}`);
    const st: SnapshotTable = { name: t.name, sheet: t.worksheet.name, ref: omraadeA1(omr) };
    if (!t.showHeaders) st.headerRowCount = 0;
    if (t.showTotals) st.totalsRowCount = 1;
    return st;
  });

  // Text outside the cells a person can read: document properties and defined names.
  const tekster: SnapshotTekst[] = [];
  const e = egenskaber;
  const vaerdier: [string, string][] = [
    ["dc:title", e.title],
    ["dc:subject", e.subject],
    ["dc:creator", e.author],
    ["cp:keywords", e.keywords],
    ["dc:description", e.comments],
    ["cp:lastModifiedBy", e.lastAuthor],
    ["cp:category", e.category],
    ["Manager", e.manager],
    ["Company", e.company],
  ];
  for (const [navn, v] of vaerdier) if (typeof v === "string") tekster.push({ art: "egenskab", navn, tekst: v });
  for (const p of egne.items) {
    tekster.push({ art: "egenskab", navn: "brugerdefineret", tekst: p.key });
    tekster.push({ art: "egenskab", navn: "brugerdefineret", tekst: String(p.value ?? "") });
  }
  const navnTekster = (items: Excel.NamedItem[], arkNavn?: string): void => {
    for (const n of items) {
      const sted = { art: "navn" as const, navn: n.name, ...(arkNavn ? { ark: arkNavn } : {}) };
      tekster.push({ ...sted, tekst: n.name });
      tekster.push({ ...sted, tekst: String(n.formula ?? "").replace(/^=/, "") });
    }
  };
  if (medSidehoveder)
    sidehoveder.forEach((g, i) => {
      for (const side of [g.defaultForAllPages, g.firstPage, g.evenPages, g.oddPages]) {
        const dele = [
          side.leftHeader,
          side.centerHeader,
          side.rightHeader,
          side.leftFooter,
          side.centerFooter,
          side.rightFooter,
        ];
        for (const tekst of dele) if (tekst) tekster.push({ art: "sidehoved", ark: ark.items[i].name, tekst });
      }
    });
  if (medKommentarer && kommentarer)
    kommentarer.items.forEach((k, i) => {
      const { sted, svar } = kommentarSteder[i];
      const { ark: arkNavn, celle } = stedAf(sted.address);
      for (const tekst of [k.content, ...svar.items.map((s) => s.content)])
        if (tekst) tekster.push({ art: "note", ark: arkNavn, celle, kommentar: true, tekst });
    });
  if (medNoter && noter)
    noter.items.forEach((n, i) => {
      const { ark: arkNavn, celle } = stedAf(noteSteder[i].address);
      for (const tekst of [n.content, n.authorName])
        if (tekst) tekster.push({ art: "note", ark: arkNavn, celle, tekst });
    });
  navnTekster(navne.items);
  arkNavne.forEach((c, i) => navnTekster(c.items, ark.items[i].name));
  const medCpr = tekster.filter((t) => kanIndeholdeCpr(t.tekst));

  const snapshot: WorkbookSnapshot = { sheets, tables };
  if (medCpr.length > 0) snapshot.tekster = medCpr;
  if (datosystem.date1904) snapshot.date1904 = true;
  return snapshot;
}

/** "'Mit ark'!T2" → the sheet's name and the (first) cell. */
function stedAf(adresse: string): { ark: string; celle: string } {
  const omr = parseOmraade(adresse);
  const udraab = adresse.lastIndexOf("!");
  const ark = adresse
    .slice(0, Math.max(0, udraab))
    .replace(/^'(.*)'$/, "$1")
    .replace(/''/g, "'");
  return { ark, celle: omr ? omraadeA1({ ...omr, bottom: omr.top, right: omr.left }) : "A1" };
}
