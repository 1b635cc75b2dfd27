/**
 * Reads an .xlsx file with ExcelJS into a WorkbookSnapshot (src/core/snapshot.ts).
 *
 * Speed matters: the CLI may take at most 1,5 × ExcelJS's own load time, so the cells are
 * walked twice (bounds, then fill) straight over ExcelJS's row/cell models, and the
 * formula and number-format grids are only allocated when the sheet has any.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import {
  type CellValue,
  fjernXmlForbudteTegn,
  formaterTal,
  fraSerial1900,
  MAKS_CELLE_TEGN,
  omraadeA1,
  parseOmraade,
  serialFraUtcMs,
  type SnapshotSheet,
  type SnapshotTable,
  type WorkbookSnapshot,
} from "../../core";
import { tjekXlsxSignatur, XlsxLaesefejl } from "./signatur";
import { laesBetingedeTalformater } from "./betinget-format";
import { laesTekster, tjekArkDele } from "./tekster";
import { STANDARD_XLSX_GRAENSER, tjekZipGraenser, XlsxGraenseFejl, type XlsxGraenser } from "./zip-graenser";

export { XlsxLaesefejl } from "./signatur";
export { STANDARD_XLSX_GRAENSER, XlsxGraenseFejl, type XlsxGraenser } from "./zip-graenser";

// ExcelJS's ValueType enum (exceljs/lib/doc/enums.js).
const T_NULL = 0;
const T_MERGE = 1;
const T_NUMBER = 2;
const T_STRING = 3;
const T_DATE = 4;
const T_HYPERLINK = 5;
const T_FORMULA = 6;
const T_SHAREDSTRING = 7;
const T_RICHTEXT = 8;
const T_BOOLEAN = 9;
const T_ERROR = 10;

/** The parts of ExcelJS's internal cell model we read (Cell.model of exceljs 4.4). */
interface CelleModel {
  type: number;
  value?: unknown;
  text?: unknown;
  formula?: string;
  sharedFormula?: string;
  result?: unknown;
}

/**
 * A JS Date from ExcelJS → Excel serial (1900 date system). ExcelJS builds its Dates in UTC
 * from the serial (also for 1904 workbooks, where it adds the offset), so the inverse is
 * plain UTC arithmetic; the local time zone never enters.
 */
export function datoTilSerial(d: Date): number {
  return serialFraUtcMs(d.getTime());
}

function richTextTilTekst(v: unknown): string {
  const dele = (v as { richText?: { text?: string }[] }).richText;
  if (!Array.isArray(dele)) return "";
  let s = "";
  for (const del of dele) s += del.text ?? "";
  return s;
}

/**
 * A plain value (a cached formula result or a cell's value) → CellValue. ExcelJS turns a
 * date-formatted cell into a Date using the workbook's date system; the snapshot keeps the
 * serial as the cell holds it (WorkbookSnapshot.date1904), so a 1904 workbook's Date goes back
 * to its 1904 serial, like the cells ExcelJS leaves as numbers.
 */
function somCelleVaerdi(v: unknown, date1904: boolean): CellValue {
  if (v === undefined || v === null) return null;
  switch (typeof v) {
    case "number":
    case "string":
    case "boolean":
      return v;
    case "object":
      if (v instanceof Date) return fraSerial1900(datoTilSerial(v), date1904);
      if (typeof (v as { error?: unknown }).error === "string") return { fejl: (v as { error: string }).error };
      if ("richText" in (v as object)) return richTextTilTekst(v);
      if ("text" in (v as object)) return tekstDel((v as { text: unknown }).text);
      return null;
    default:
      return null;
  }
}

function tekstDel(t: unknown): string {
  if (typeof t === "string") return t;
  if (t && typeof t === "object") return richTextTilTekst(t);
  return t === undefined || t === null ? "" : String(t);
}

function cellensVaerdi(m: CelleModel, date1904: boolean): CellValue {
  switch (m.type) {
    case T_NUMBER:
    case T_STRING:
    case T_BOOLEAN:
    case T_SHAREDSTRING:
      return somCelleVaerdi(m.value, date1904);
    case T_DATE:
      return somCelleVaerdi(m.value, date1904);
    case T_HYPERLINK:
      return tekstDel(m.text);
    case T_RICHTEXT:
      return richTextTilTekst(m.value);
    case T_ERROR:
      return somCelleVaerdi(m.value, date1904);
    case T_FORMULA:
      // Read the model, not cell.value: ExcelJS's value copy drops falsy results (0, "", false).
      return somCelleVaerdi(m.result, date1904);
    default:
      return null;
  }
}

type ExcelJSCelle = ExcelJS.Cell & { _value?: { model: CelleModel } };
type ExcelJSRaekke = ExcelJS.Row & { _cells?: (ExcelJSCelle | undefined)[] };
type ExcelJSArk = ExcelJS.Worksheet & {
  _rows?: (ExcelJSRaekke | undefined)[];
  _merges?: Record<string, { range: string }>;
  tables?: Record<string, { table?: TabelModel; model?: TabelModel }>;
};

interface TabelModel {
  name: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns?: { name?: string }[];
}

function celleModel(c: ExcelJSCelle): CelleModel {
  // The internal value model avoids the allocation and the style merge of `cell.model`.
  return c._value ? c._value.model : (c.model as unknown as CelleModel);
}

function raekkerAf(ark: ExcelJSArk): (ExcelJSRaekke | undefined)[] {
  if (Array.isArray(ark._rows)) return ark._rows;
  const r: ExcelJSRaekke[] = [];
  ark.eachRow({ includeEmpty: false }, (row) => {
    r[row.number - 1] = row as ExcelJSRaekke;
  });
  return r;
}

function cellerAf(raekke: ExcelJSRaekke): (ExcelJSCelle | undefined)[] {
  if (Array.isArray(raekke._cells)) return raekke._cells;
  const c: ExcelJSCelle[] = [];
  raekke.eachCell({ includeEmpty: false }, (cell, col) => {
    c[col - 1] = cell as ExcelJSCelle;
  });
  return c;
}

/** Above this many grid places a sheet is stored with ragged rows (see laesArk). */
const MAKS_TAET_GITTER = 2_000_000;
const TOM_RAEKKE = Object.freeze([]) as unknown as never[];

/**
 * Text as the core gets it: at most Excel's 32.767 characters (a longer string can only be
 * hand-made, and every rule's work on it is then bounded), without XML-forbidden characters
 * (ExcelJS decodes `_x0001_` into them).
 */
export function renTekst(s: string): string {
  return fjernXmlForbudteTegn(s.length > MAKS_CELLE_TEGN ? s.slice(0, MAKS_CELLE_TEGN) : s);
}

function laesArk(ark: ExcelJSArk, maksPladser: number, date1904: boolean): SnapshotSheet {
  const raekker = raekkerAf(ark);

  // Pass 1: the bounds of the cells that hold a value or a formula (formatting alone does
  // not widen the grid: a sheet formatted down to row 1.048.576 stays small).
  let top = Infinity;
  let bund = 0;
  let venstre = Infinity;
  let hoejre = 0;
  let harFormler = false;
  let harFormater = false;
  for (let r = 0; r < raekker.length; r++) {
    const raekke = raekker[r];
    if (!raekke) continue;
    const celler = cellerAf(raekke);
    for (let c = 0; c < celler.length; c++) {
      const celle = celler[c];
      if (!celle) continue;
      const m = celleModel(celle);
      if (m.type === T_NULL) continue;
      if (r < top) top = r;
      if (r > bund) bund = r;
      if (c < venstre) venstre = c;
      if (c > hoejre) hoejre = c;
      if (m.type === T_FORMULA) harFormler = true;
      if (!harFormater) {
        const nf = celle.style?.numFmt;
        if (nf && nf !== "General") harFormater = true;
      }
    }
  }

  const synlighed = ark.state === "hidden" || ark.state === "veryHidden" ? ark.state : "visible";
  const beskyttet = Boolean((ark as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet);
  const merges = Object.values(ark._merges ?? {}).map((m) => m.range);

  const ud: SnapshotSheet = {
    name: renTekst(ark.name),
    visibility: synlighed,
    protected: beskyttet,
    top: 1,
    left: 1,
    values: [],
  };
  if (merges.length > 0) ud.merges = merges;
  if (top === Infinity) return ud;

  const hoejde = bund - top + 1;
  const bredde = hoejre - venstre + 1;
  const values: CellValue[][] = new Array(hoejde);
  const formulas: (string | null)[][] | undefined = harFormler ? new Array(hoejde) : undefined;
  const formater: (string | null)[][] | undefined = harFormater ? new Array(hoejde) : undefined;
  // A dense grid as the contract describes, unless it would be large: a title in A1 and data
  // at row 1.048.576 would cost 1M rows × the width. Then each row is only as long as its
  // last cell, and an empty row is one shared (frozen) empty array: the core reads rows
  // through cellValue/length, so it sees the same cells.
  const taet = hoejde * bredde <= MAKS_TAET_GITTER;
  let pladser = 0;

  // Pass 2: fill the grid.
  for (let i = 0; i < hoejde; i++) {
    const raekke = raekker[top + i];
    const celler = raekke ? cellerAf(raekke) : undefined;
    let laengde = bredde;
    if (!taet) {
      let sidste = celler ? Math.min(celler.length - 1, hoejre) : -1;
      while (sidste >= venstre && (!celler![sidste] || celleModel(celler![sidste]!).type === T_NULL)) sidste--;
      laengde = sidste - venstre + 1;
      if (laengde <= 0) {
        values[i] = TOM_RAEKKE;
        if (formulas) formulas[i] = TOM_RAEKKE;
        if (formater) formater[i] = TOM_RAEKKE;
        continue;
      }
      pladser += laengde;
      if (pladser > maksPladser) {
        throw new XlsxGraenseFejl(
          `Arket "${ark.name}" er for stort til at blive kontrolleret: dets celler spænder over ${omraadeA1({ top: top + 1, left: venstre + 1, bottom: bund + 1, right: hoejre + 1 })}, over ${formaterTal(maksPladser)} pladser. Slet indhold langt fra tabellerne, og gem filen igen.`,
          "maksCeller",
        );
      }
    }
    const vr: CellValue[] = new Array(laengde).fill(null);
    values[i] = vr;
    const fr = formulas ? (formulas[i] = new Array(laengde).fill(null)) : undefined;
    const nr = formater ? (formater[i] = new Array(laengde).fill(null)) : undefined;
    if (!celler) continue;
    const slut = Math.min(celler.length, venstre + laengde);
    for (let c = venstre; c < slut; c++) {
      const celle = celler[c];
      if (!celle) continue;
      const m = celleModel(celle);
      const j = c - venstre;
      if (nr) {
        const nf = celle.style?.numFmt;
        if (nf && nf !== "General") nr[j] = renTekst(nf);
      }
      // A merged slave cell is empty in Excel; ExcelJS would hand back the master's value.
      if (m.type === T_NULL || m.type === T_MERGE) continue;
      const v = cellensVaerdi(m, date1904);
      vr[j] = typeof v === "string" ? renTekst(v) : v;
      if (fr && m.type === T_FORMULA) {
        // For a shared-formula slave, cell.formula is ExcelJS's translation of the master's.
        const f = m.formula ?? (m.sharedFormula ? celle.formula : undefined);
        if (f) fr[j] = renTekst(f.startsWith("=") ? f : "=" + f);
      }
    }
  }

  ud.top = top + 1;
  ud.left = venstre + 1;
  ud.values = values;
  // Hidden rows and columns inside the grid (a table's rows DAS gets but nobody sees in Excel).
  const skjulteRaekker: number[] = [];
  for (let r = top; r <= bund; r++) if (raekker[r]?.hidden) skjulteRaekker.push(r + 1);
  if (skjulteRaekker.length > 0) ud.hiddenRows = skjulteRaekker;
  const skjulteKolonner: number[] = [];
  // _columns holds at most the sheet's 16.384 columns (the reader's <col> bound).
  const kolonner = (ark as unknown as { _columns?: ({ hidden?: boolean } | undefined)[] | null })._columns ?? [];
  for (let c = venstre; c <= Math.min(hoejre, kolonner.length - 1); c++)
    if (kolonner[c]?.hidden) skjulteKolonner.push(c + 1);
  if (skjulteKolonner.length > 0) ud.hiddenColumns = skjulteKolonner;
  if (formulas) ud.formulas = formulas;
  if (formater) ud.numberFormats = formater;
  return ud;
}

function normaliserOverskrift(v: CellValue): string {
  return typeof v === "string" ? v.trim() : v === null ? "" : String(v);
}

/**
 * ExcelJS 4.4 reads `headerRowCount` as "present and equal to 1", but Excel leaves the
 * attribute out when it is 1 (the default). So "no header row" from ExcelJS is checked
 * against the sheet: a header row holds the table's column names.
 */
function harOverskriftRaekke(
  model: TabelModel,
  ark: SnapshotSheet | undefined,
  omr: ReturnType<typeof parseOmraade>,
): boolean {
  if (model.headerRow) return true;
  const navne = (model.columns ?? []).map((k) => renTekst(k.name ?? "").trim());
  if (!ark || !omr || navne.length === 0) return false;
  for (let i = 0; i < navne.length; i++) {
    const r = ark.values[omr.top - ark.top];
    const v = r ? r[omr.left + i - ark.left] : undefined;
    if (normaliserOverskrift(v ?? null) !== navne[i]) return false;
  }
  return true;
}

function laesTabeller(ark: ExcelJSArk, snapshotArk: SnapshotSheet | undefined): SnapshotTable[] {
  const ud: SnapshotTable[] = [];
  for (const t of Object.values(ark.tables ?? {})) {
    const model = t.table ?? t.model;
    if (!model?.name) continue;
    const ref = model.tableRef ?? model.ref;
    const omr = ref ? parseOmraade(ref) : null;
    if (!omr) continue;
    const tabel: SnapshotTable = { name: renTekst(model.name), sheet: renTekst(ark.name), ref: omraadeA1(omr) };
    tabel.headerRowCount = harOverskriftRaekke(model, snapshotArk, omr) ? 1 : 0;
    tabel.totalsRowCount = model.totalsRow ? 1 : 0;
    ud.push(tabel);
  }
  return ud;
}

/**
 * Whether xl/workbook.xml asks for a full recalculation on opening (`<calcPr fullCalcOnLoad="1"/>`):
 * then Excel shows what the formulas give, not the results stored with them. ExcelJS parses
 * calcPr but keeps none of its attributes, so the part is read here (the zip was budgeted
 * by tjekZipGraenser, and ExcelJS has just read the same part, so it is there and small).
 */
async function beregnesVedAabning(buf: Uint8Array): Promise<boolean> {
  const zip = await JSZip.loadAsync(buf);
  // ExcelJS matches the part name with a leading "/" removed.
  const del = zip.file("xl/workbook.xml") ?? zip.file("/xl/workbook.xml");
  if (!del) return false;
  const xml = await del.async("string");
  const m = /<(?:[A-Za-z_][\w.-]*:)?calcPr\b([^>]*)>/.exec(xml);
  return !!m && /\bfullCalcOnLoad\s*=\s*["'](?:1|true)["']/.test(m[1]);
}

/** XML parts nothing in the snapshot needs; skipping them makes the load faster. */
const UDELADTE_NODER = ["dataValidations", "conditionalFormatting", "hyperlinks", "extLst", "picture", "drawing"];

/**
 * Reads an .xlsx workbook into a snapshot. Rejects with an XlsxLaesefejl (Danish message)
 * for anything that is not an .xlsx workbook: an old .xls, a password-protected file,
 * another kind of zip, text, an empty or damaged file; and with an XlsxGraenseFejl for a
 * workbook beyond `graenser` (zip-graenser.ts), so time and memory stay bounded.
 */
export async function laesXlsx(
  data: Buffer | ArrayBuffer | Uint8Array,
  graenser: Partial<XlsxGraenser> = {},
): Promise<WorkbookSnapshot> {
  const buf = data instanceof Uint8Array ? data : new Uint8Array(data);
  tjekXlsxSignatur(buf);
  // Before ExcelJS: it inflates every part into memory and makes an object per cell.
  const g: XlsxGraenser = { ...STANDARD_XLSX_GRAENSER, ...graenser };
  await tjekZipGraenser(buf, g);
  try {
    await tjekArkDele(buf);
  } catch (e) {
    // JSZip's own message can quote a part's name (a CPR number): only ours is shown.
    if (e instanceof XlsxLaesefejl) throw e;
    throw new XlsxLaesefejl(
      "Filen kunne ikke læses som .xlsx-projektmappe; den er måske beskadiget eller ufuldstændig.",
      e,
    );
  }

  const wb = new ExcelJS.Workbook();
  const advarsler: string[] = [];
  try {
    // ExcelJS's typings lack the documented ignoreNodes option.
    await udenBibliotekstekst(
      () =>
        wb.xlsx.load(
          buf as unknown as ExcelJS.Buffer,
          { ignoreNodes: UDELADTE_NODER } as unknown as Partial<ExcelJS.XlsxReadOptions>,
        ),
      advarsler,
    );
  } catch (e) {
    // ExcelJS warns about a sheet name over 31 characters (quoting it), then fails on it.
    if (advarsler.some((a) => /^Worksheet name .* exceeds 31 chars/s.test(a)))
      throw new XlsxLaesefejl(
        "Filen har et ark, hvis navn er længere end de 31 tegn, Excel tillader; den er ikke gemt af Excel. Åbn den i Excel, giv arket et kortere navn, og gem den igen.",
        e,
      );
    // Not the library's message: it can quote the file's own text (a CPR number, control characters).
    throw new XlsxLaesefejl(
      "Filen kunne ikke læses som .xlsx-projektmappe; den er måske beskadiget eller ufuldstændig.",
      e,
    );
  }
  if (wb.worksheets.length === 0) {
    throw new XlsxLaesefejl("Filen er ikke en .xlsx-projektmappe: den indeholder ingen regneark.");
  }

  const date1904 = wb.properties.date1904 === true;
  const sheets: SnapshotSheet[] = [];
  const tables: SnapshotTable[] = [];
  for (const ark of wb.worksheets as ExcelJSArk[]) {
    // The grid may hold a few times the cell budget (rows with gaps), never an unbounded area.
    const s = laesArk(ark, 4 * g.maksCeller, date1904);
    sheets.push(s);
    for (const t of laesTabeller(ark, s)) tables.push(t);
  }
  let tekster;
  try {
    tekster = await laesTekster(buf, arkNavnSomExcelJs);
  } catch (e) {
    throw new XlsxLaesefejl(
      "Filen kunne ikke læses som .xlsx-projektmappe; den er måske beskadiget eller ufuldstændig.",
      e,
    );
  }
  try {
    const betingede = await laesBetingedeTalformater(buf, arkNavnSomExcelJs);
    for (const s of sheets) {
      const f = betingede.get(s.name);
      if (f) s.conditionalNumberFormats = f;
    }
  } catch (e) {
    throw new XlsxLaesefejl(
      "Filen kunne ikke læses som .xlsx-projektmappe; den er måske beskadiget eller ufuldstændig.",
      e,
    );
  }
  const snapshot: WorkbookSnapshot = { sheets, tables };
  if (tekster.length > 0) snapshot.tekster = tekster;
  if (await beregnesVedAabning(buf)) snapshot.recalcOnLoad = true;
  if (date1904) snapshot.date1904 = true;
  return snapshot;
}

/** A sheet's name as stored → as the snapshot has it: ExcelJS cuts it at Excel's 31 characters. */
function arkNavnSomExcelJs(navn: string): string {
  return renTekst(navn.length > 31 ? navn.substring(0, 31) : navn);
}

const KONSOL = ["log", "info", "warn", "error", "debug", "trace"] as const;

/**
 * Runs `f` with the console silenced: ExcelJS prints its own warnings (a sheet name over 31
 * characters, quoted whole, CPR number and all) straight to the console. No library text
 * reaches the user unfiltered: the texts are collected in `advarsler` for the caller to
 * recognise and say in Danish, never shown.
 */
export async function udenBibliotekstekst<T>(f: () => Promise<T>, advarsler: string[] = []): Promise<T> {
  const k = console as unknown as Record<(typeof KONSOL)[number], (...a: unknown[]) => void>;
  const gemt = KONSOL.map((n) => k[n]);
  for (const n of KONSOL) k[n] = (...a: unknown[]) => void advarsler.push(a.map(String).join(" "));
  try {
    return await f();
  } finally {
    KONSOL.forEach((n, i) => (k[n] = gemt[i]));
  }
}
