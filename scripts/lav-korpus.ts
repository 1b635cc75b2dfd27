/**
 * Builds the hostile-workbook corpus (issue 4) into tests/.tmp/korpus/v<N>/ (git-ignored):
 * workbooks that are readable but awkward (protected, merged, hidden, error values, a
 * million rows, a 50 MB picture, a CPR number everywhere …) and files that are not
 * workbooks at all (.xls, another zip, empty, text, truncated, encrypted, a zip bomb).
 *
 * The corpus is made at test time, never committed. A file that exists is kept (the big
 * ones take seconds to make); bump KORPUS_VERSION when a recipe changes.
 * Run by hand: node -r ts-node/register/transpile-only scripts/lav-korpus.ts [mappe]
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as zlib from "node:zlib";
import ExcelJS from "exceljs";
import { skrivSnapshotXlsx } from "../src/adapters/xlsx/skriv-snapshot";
import { bygSnapshot } from "../tests/hjaelp/snapshot-bygger";
import type { CellValue, SnapshotSheet, WorkbookSnapshot } from "../src/core/snapshot";
import { REGEL_IDER } from "../src/core/regler/id";
import { eksempelSnapshot, lavEksempel } from "./lav-eksempler";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../tests/hjaelp/fixtur";

export const KORPUS_VERSION = 2;
export const KORPUS_MAPPE = join(__dirname, "..", "tests", ".tmp", "korpus", `v${KORPUS_VERSION}`);

const EKSEMPEL = "takstskema-eksempel.xlsx";
const MB = 1024 * 1024;

// ------------------------------------------------------------------ snapshot helpers

function ark(s: WorkbookSnapshot, navn: string): SnapshotSheet {
  const a = s.sheets.find((x) => x.name === navn);
  if (!a) throw new Error(`Arket ${navn} findes ikke i eksemplet`);
  return a;
}

function kol(bogstaver: string): number {
  return bogstaver.split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

/** Sets a cell (1-based, A1) with optional formula and number format, growing the grids. */
function saet(a: SnapshotSheet, adresse: string, v: CellValue, f?: string | null, nf?: string | null): void {
  const m = /^([A-Z]+)(\d+)$/.exec(adresse)!;
  const r = Number(m[2]) - a.top;
  const c = kol(m[1]) - a.left;
  a.formulas ??= a.values.map(() => []);
  a.numberFormats ??= a.values.map(() => []);
  while (a.values.length <= r) {
    a.values.push([]);
    a.formulas.push([]);
    a.numberFormats.push([]);
  }
  a.formulas[r] ??= [];
  a.numberFormats[r] ??= [];
  a.values[r][c] = v;
  a.formulas[r][c] = f ?? null;
  if (nf !== undefined) a.numberFormats[r][c] = nf;
}

function kolonneMedOverskrift(a: SnapshotSheet, raekke: number, overskrift: string): number {
  const r = a.values[raekke - a.top];
  const i = r.findIndex((v) => v === overskrift);
  if (i < 0) throw new Error(`Overskriften ${overskrift} findes ikke i ${a.name}!${raekke}`);
  return a.left + i;
}

function bogstav(kolonne: number): string {
  let s = "";
  for (let n = kolonne; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function udenTabel(s: WorkbookSnapshot, navn: string): void {
  s.tables = s.tables.filter((t) => t.name !== navn);
}

async function viaExcelJs(data: Buffer, aendr: (wb: ExcelJS.Workbook) => Promise<void> | void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  await aendr(wb);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

// ------------------------------------------------------------------ a minimal zip reader and writer

export interface ZipPost {
  navn: string;
  /** A different name in the central directory than in the local header (JSZip reads the local one). */
  centralNavn?: string;
  metode: number;
  crc: number;
  data: Buffer;
  stoerrelse: number;
}

export function laesZip(buf: Buffer): ZipPost[] {
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error("ingen zip");
  const antal = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const ud: ZipPost[] = [];
  for (let n = 0; n < antal; n++) {
    const metode = buf.readUInt16LE(p + 10);
    const crc = buf.readUInt32LE(p + 16);
    const komprimeret = buf.readUInt32LE(p + 20);
    const stoerrelse = buf.readUInt32LE(p + 24);
    const navnLgd = buf.readUInt16LE(p + 28);
    const ekstra = buf.readUInt16LE(p + 30);
    const kommentar = buf.readUInt16LE(p + 32);
    const lokal = buf.readUInt32LE(p + 42);
    const navn = buf.toString("utf8", p + 46, p + 46 + navnLgd);
    const start = lokal + 30 + buf.readUInt16LE(lokal + 26) + buf.readUInt16LE(lokal + 28);
    ud.push({ navn, metode, crc, data: buf.subarray(start, start + komprimeret), stoerrelse });
    p += 46 + navnLgd + ekstra + kommentar;
  }
  return ud;
}

export function udpak(p: ZipPost): Buffer {
  return p.metode === 8 ? zlib.inflateRawSync(p.data) : p.data;
}

export function postAf(navn: string, indhold: Buffer): ZipPost {
  return { navn, metode: 8, crc: zlib.crc32(indhold), data: zlib.deflateRawSync(indhold), stoerrelse: indhold.length };
}

/** `angivetStoerrelse` (per name) writes a false uncompressed size into both headers. */
export function skrivZip(poster: ZipPost[], angivetStoerrelse: Record<string, number> = {}): Buffer {
  const dele: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of poster) {
    const navn = Buffer.from(p.navn, "utf8");
    const cNavn = Buffer.from(p.centralNavn ?? p.navn, "utf8");
    const stoerrelse = angivetStoerrelse[p.navn] ?? p.stoerrelse;
    const lokal = Buffer.alloc(30);
    lokal.writeUInt32LE(0x04034b50, 0);
    lokal.writeUInt16LE(20, 4);
    lokal.writeUInt16LE(0, 6);
    lokal.writeUInt16LE(p.metode, 8);
    lokal.writeUInt16LE(0, 10);
    lokal.writeUInt16LE(0x5c21, 12); // 2026-01-01
    lokal.writeUInt32LE(p.crc >>> 0, 14);
    lokal.writeUInt32LE(p.data.length, 18);
    lokal.writeUInt32LE(stoerrelse, 22);
    lokal.writeUInt16LE(navn.length, 26);
    lokal.writeUInt16LE(0, 28);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0, 8);
    c.writeUInt16LE(p.metode, 10);
    c.writeUInt16LE(0, 12);
    c.writeUInt16LE(0x5c21, 14);
    c.writeUInt32LE(p.crc >>> 0, 16);
    c.writeUInt32LE(p.data.length, 20);
    c.writeUInt32LE(stoerrelse, 24);
    c.writeUInt16LE(cNavn.length, 28);
    c.writeUInt32LE(offset, 42);
    dele.push(lokal, navn, p.data);
    central.push(c, cNavn);
    offset += 30 + navn.length + p.data.length;
  }
  const cd = Buffer.concat(central);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(poster.length, 8);
  eocd.writeUInt16LE(poster.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...dele, cd, eocd]);
}

/** Deflates prefix + many generated chunks + suffix without holding the whole text in memory. */
async function deflateStroem(foer: string, stykker: Iterable<string>, efter: string): Promise<ZipPost & { navn: "" }> {
  const d = zlib.createDeflateRaw({ level: 6 });
  const ud: Buffer[] = [];
  d.on("data", (b: Buffer) => ud.push(b));
  const faerdig = new Promise<void>((ok, fejl) => {
    d.on("end", ok);
    d.on("error", fejl);
  });
  let crc = 0;
  let stoerrelse = 0;
  const skriv = async (s: string): Promise<void> => {
    const b = Buffer.from(s, "utf8");
    crc = zlib.crc32(b, crc);
    stoerrelse += b.length;
    if (!d.write(b)) await new Promise((ok) => d.once("drain", ok));
  };
  await skriv(foer);
  for (const s of stykker) await skriv(s);
  await skriv(efter);
  d.end();
  await faerdig;
  return { navn: "", metode: 8, crc, data: Buffer.concat(ud), stoerrelse };
}

// ------------------------------------------------------------------ a minimal OLE/CFB container

/**
 * An "encrypted" OOXML file is a Compound File (CFB v3, 512-byte sectors) with the streams
 * EncryptionInfo and EncryptedPackage. Both are made ≥ 4096 bytes so they live in normal
 * sectors (no mini stream): sector 0 FAT, 1 directory, 2–9 EncryptionInfo, 10–25 the package.
 */
function krypteretOoxml(): Buffer {
  const SEKTOR = 512;
  const info = Buffer.alloc(4096);
  info.writeUInt16LE(4, 0); // version 4.4: agile encryption
  info.writeUInt16LE(4, 2);
  info.writeUInt32LE(0x40, 4);
  info.write(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"/>',
    8,
    "latin1",
  );
  const pakke = randomBytes(8192);
  pakke.writeUInt32LE(6000, 0);
  const sektorer = 2 + info.length / SEKTOR + pakke.length / SEKTOR;
  const fil = Buffer.alloc(SEKTOR * (1 + sektorer));

  const h = fil.subarray(0, SEKTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(h, 0);
  h.writeUInt16LE(0x3e, 24); // minor version
  h.writeUInt16LE(3, 26); // major version 3
  h.writeUInt16LE(0xfffe, 28); // little-endian
  h.writeUInt16LE(9, 30); // 512-byte sectors
  h.writeUInt16LE(6, 32); // 64-byte mini sectors
  h.writeUInt32LE(1, 44); // one FAT sector
  h.writeUInt32LE(1, 48); // directory in sector 1
  h.writeUInt32LE(4096, 56); // mini stream cutoff
  h.writeUInt32LE(0xfffffffe, 60); // no mini FAT
  h.writeUInt32LE(0, 64);
  h.writeUInt32LE(0xfffffffe, 68); // no DIFAT sectors
  h.writeUInt32LE(0, 72);
  for (let i = 0; i < 109; i++) h.writeUInt32LE(i === 0 ? 0 : 0xffffffff, 76 + 4 * i);

  const fat = fil.subarray(SEKTOR, 2 * SEKTOR);
  for (let i = 0; i < SEKTOR / 4; i++) fat.writeUInt32LE(0xffffffff, 4 * i);
  fat.writeUInt32LE(0xfffffffd, 0); // FAT sector
  fat.writeUInt32LE(0xfffffffe, 4); // directory: one sector
  const kaede = (start: number, antal: number): void => {
    for (let i = 0; i < antal; i++) fat.writeUInt32LE(i === antal - 1 ? 0xfffffffe : start + i + 1, 4 * (start + i));
  };
  kaede(2, info.length / SEKTOR);
  kaede(2 + info.length / SEKTOR, pakke.length / SEKTOR);

  const dir = fil.subarray(2 * SEKTOR, 3 * SEKTOR);
  const post = (
    i: number,
    navn: string,
    type: number,
    hoejre: number,
    barn: number,
    start: number,
    stoerrelse: number,
  ): void => {
    const p = dir.subarray(128 * i, 128 * (i + 1));
    Buffer.from(navn + "\0", "utf16le").copy(p, 0);
    p.writeUInt16LE((navn.length + 1) * 2, 64);
    p.writeUInt8(type, 66);
    p.writeUInt8(1, 67); // black
    p.writeUInt32LE(0xffffffff, 68); // left sibling
    p.writeUInt32LE(hoejre, 72);
    p.writeUInt32LE(barn, 76);
    p.writeUInt32LE(start, 116);
    p.writeUInt32LE(stoerrelse, 120);
  };
  const INGEN = 0xffffffff;
  post(0, "Root Entry", 5, INGEN, 1, 0xfffffffe, 0);
  // Red-black tree order: shorter names first, so EncryptionInfo < EncryptedPackage.
  post(1, "EncryptionInfo", 2, 2, INGEN, 2, info.length);
  post(2, "EncryptedPackage", 2, INGEN, INGEN, 2 + info.length / SEKTOR, pakke.length);
  info.copy(fil, 3 * SEKTOR);
  pakke.copy(fil, 3 * SEKTOR + info.length);
  return fil;
}

// ------------------------------------------------------------------ issue 16 item 3: few kB, minutes of work

/** The example with the cell bomb as its Ydelser sheet (xl/worksheets/sheet2.xml): the cell budget refuses it. */
async function eksempelMedCellebombe(): Promise<ZipPost[]> {
  const bombe = await cellebombe();
  return (await eksempelPoster()).map((p) => (p.navn === "xl/worksheets/sheet2.xml" ? { ...bombe, navn: p.navn } : p));
}

/** The end record's entry counts (this disk, total) set to 0; JSZip reads the entries anyway. */
async function zipNulPoster(): Promise<Buffer> {
  const b = skrivZip(await eksempelMedCellebombe());
  const eocd = b.length - 22;
  b.writeUInt16LE(0, eocd + 8);
  b.writeUInt16LE(0, eocd + 10);
  return b;
}

/**
 * A harmless zip (the example) in front of the bomb zip, laid out so that its central
 * directory starts at the bomb zip's own central-directory offset. A reader that takes the
 * offsets as absolute sees the harmless entries; JSZip shifts every offset by the bytes in
 * front (as for a self-extracting archive) and reads the bomb.
 */
async function zipLokkedue(): Promise<Buffer> {
  const rigtig = skrivZip(await eksempelMedCellebombe());
  const cdOffset = rigtig.readUInt32LE(rigtig.length - 22 + 16);
  const due = skrivZip(await eksempelPoster());
  const dueCd = due.readUInt32LE(due.length - 22 + 16);
  if (dueCd > cdOffset) throw new Error("lokkeduen er større end bomben");
  const fyld = Buffer.alloc(cdOffset - dueCd);
  const dueSlut = Buffer.from(due.subarray(dueCd));
  dueSlut.writeUInt32LE(cdOffset, dueSlut.length - 22 + 16);
  return Buffer.concat([due.subarray(0, dueCd), fyld, dueSlut, rigtig]);
}

/** Over- og underskud (sheet4.xml) with `xml` inserted right after </sheetData> (merges) or replacing <cols>. */
async function medIArk(aendr: (xml: string) => string): Promise<Buffer> {
  return skrivZip(erstatDel(await eksempelPoster(), "xl/worksheets/sheet4.xml", aendr));
}

const efterArkdata = (indsaet: string) => (xml: string) => xml.replace("</sheetData>", `</sheetData>${indsaet}`);

/** 30.000 two-cell merges below the sheet: ExcelJS checks each against all earlier ones. */
export const MANGE_FLETNINGER = 30_000;

function mangeFletninger(): Promise<Buffer> {
  let m = "";
  for (let r = 100; r < 100 + MANGE_FLETNINGER; r++) m += `<mergeCell ref="A${r}:B${r}"/>`;
  return medIArk(efterArkdata(`<mergeCells count="${MANGE_FLETNINGER}">${m}</mergeCells>`));
}

/** A part replaced by prefix + `antal` × `enhed` + suffix, deflated as a stream. */
async function storDel(poster: ZipPost[], navn: string, foer: string, enhed: string, antal: number, efter: string) {
  function* stykker(): Generator<string> {
    const blok = enhed.repeat(10_000);
    for (let i = 0; i < antal; i += 10_000) yield i + 10_000 <= antal ? blok : enhed.repeat(antal - i);
  }
  const del = await deflateStroem(foer, stykker(), efter);
  return poster.map((p) => (p.navn === navn ? { ...del, navn } : p));
}

export const MANGE_DELTE_TEKSTER = 5_000_000;

async function mangeDelteTekster(): Promise<Buffer> {
  const poster = await eksempelPoster();
  const xml = udpak(poster.find((p) => p.navn === "xl/sharedStrings.xml")!).toString("utf8");
  const unik = Number(/uniqueCount="(\d+)"/.exec(xml)![1]);
  const slut = xml.lastIndexOf("</sst>");
  const foer = xml
    .slice(0, slut)
    .replace(/uniqueCount="\d+"/, `uniqueCount="${unik + MANGE_DELTE_TEKSTER}"`)
    .replace(/ count="\d+"/, ` count="${unik + MANGE_DELTE_TEKSTER}"`);
  return skrivZip(
    await storDel(poster, "xl/sharedStrings.xml", foer, "<si><t>x</t></si>", MANGE_DELTE_TEKSTER, "</sst>"),
  );
}

export const MANGE_TYPOGRAFIER = 5_000_000;

async function mangeTypografier(): Promise<Buffer> {
  const poster = await eksempelPoster();
  const xml = udpak(poster.find((p) => p.navn === "xl/styles.xml")!).toString("utf8");
  const slut = xml.indexOf("</cellXfs>");
  const foer = xml
    .slice(0, slut)
    .replace(/<cellXfs count="(\d+)"/, (_, n) => `<cellXfs count="${Number(n) + MANGE_TYPOGRAFIER}"`);
  return skrivZip(await storDel(poster, "xl/styles.xml", foer, "<xf/>", MANGE_TYPOGRAFIER, xml.slice(slut)));
}

/** Characters in the header of sidehoved-12-mio.xlsx: Arabic-Indic nines, a decimal digit each. */
export const LANGT_SIDEHOVED = 12_000_000;

/** Over- og underskud with a header of 12 million U+0669 (42 kB zipped): capped at Excel's 255 per section. */
async function langtSidehoved(): Promise<Buffer> {
  const poster = await eksempelPoster();
  const navn = "xl/worksheets/sheet4.xml";
  const xml = udpak(poster.find((p) => p.navn === navn)!).toString("utf8");
  const i = xml.indexOf("</sheetData>") + "</sheetData>".length;
  const foer = `${xml.slice(0, i)}<headerFooter><oddHeader>`;
  const efter = `</oddHeader></headerFooter>${xml.slice(i)}`;
  return skrivZip(await storDel(poster, navn, foer, "\u0669", LANGT_SIDEHOVED, efter));
}

/**
 * The attacker's CPR channels of issue 16 round three, in one workbook (Ydelser, column R
 * outside the table): R2 101801234 shown as 01.01.80-1234 by 00"."00"."00"-"0000 (c1), R3
 * 1501801234 as ######-#### (c1b), R4 a text with 0;0;0;@" (cpr …)" (c11), R5 a "formula"
 * that is the number (c9), S2 digits each followed by U+0332 (c6), S3 a four-digit year (c7); a hyperlink's screen tip on B2 (c3), a text box in a drawing
 * (c2), and Omkostninger's header with a namespace prefix (c4).
 */
async function cprFormatOgKanaler(): Promise<Buffer> {
  let poster = await eksempelPoster();
  const formater = ['00"."00"."00"-"0000', "######-####", '0;0;0;@" (cpr 030303-4321)"'];
  let xf0 = 0;
  poster = erstatDel(poster, "xl/styles.xml", (xml) => {
    const m = /<cellXfs count="(\d+)">/.exec(xml)!;
    xf0 = Number(m[1]);
    const fmt = formater.map((f, i) => `<numFmt numFmtId="${201 + i}" formatCode="${f.replace(/"/g, "&quot;")}"/>`);
    const xf = formater.map(
      (_, i) => `<xf numFmtId="${201 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`,
    );
    return xml
      .replace(/<numFmts count="(\d+)">/, (_, n) => `<numFmts count="${Number(n) + formater.length}">${fmt.join("")}`)
      .replace(m[0], `<cellXfs count="${xf0 + formater.length}">`)
      .replace("</cellXfs>", `${xf.join("")}</cellXfs>`);
  });
  const kombineret = [..."070707-1212"].map((c) => c + "\u0332").join("");
  const i = tilfoejDelteTekster(poster, ["Jens Hansen", `cpr ${kombineret}`, "født 08-08-1988-1313"]);
  poster = i.poster;
  const celler: Record<number, string> = {
    2: `<c r="R2" s="${xf0}"><v>101801234</v></c><c r="S2" t="s"><v>${i.idx[1]}</v></c>`,
    3: `<c r="R3" s="${xf0 + 1}"><v>1501801234</v></c><c r="S3" t="s"><v>${i.idx[2]}</v></c>`,
    4: `<c r="R4" s="${xf0 + 2}" t="s"><v>${i.idx[0]}</v></c>`,
    5: `<c r="R5"><f>1201801234</f><v>1201801234</v></c>`,
  };
  poster = erstatDel(poster, "xl/worksheets/sheet2.xml", (xml) => {
    let ud = xml;
    for (const [r, c] of Object.entries(celler))
      ud = ud.replace(new RegExp(`(<row r="${r}"[^>]*>.*?)(</row>)`), `$1${c}$2`);
    return ud.replace(
      "<tableParts",
      '<hyperlinks><hyperlink ref="B2" location="Stamdata!A1" tooltip="Jens Hansen 040404-5656"/></hyperlinks><drawing r:id="rId9"/><tableParts',
    );
  });
  poster = erstatDel(poster, "xl/worksheets/_rels/sheet2.xml.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/></Relationships>',
    ),
  );
  poster = erstatDel(poster, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/></Types>',
    ),
  );
  poster = erstatDel(poster, "xl/worksheets/sheet3.xml", (xml) =>
    xml.replace(
      "</worksheet>",
      '<s:headerFooter xmlns:s="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><s:oddHeader>&amp;CBorger 050505-6767</s:oddHeader></s:headerFooter></worksheet>',
    ),
  );
  const tegning = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><xdr:twoCellAnchor><xdr:from><xdr:col>1</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>12</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>4</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:sp macro="" textlink=""><xdr:nvSpPr><xdr:cNvPr id="2" name="Tekstboks 1"/><xdr:cNvSpPr txBox="1"/></xdr:nvSpPr><xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3000000" cy="600000"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr><xdr:txBody><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>Kontakt: cpr 0606</a:t></a:r><a:r><a:t>06-7878</a:t></a:r></a:p></xdr:txBody></xdr:sp><xdr:clientData/></xdr:twoCellAnchor></xdr:wsDr>`;
  return skrivZip([...poster, postAf("xl/drawings/drawing1.xml", Buffer.from(tegning))]);
}

/**
 * `antal` extra `<sheet>` entries in workbook.xml, all pointing at Ydelser's part (rId5), which
 * has 20 MB of spaces after its cells: a reader going by the entries reads 20 MB per entry.
 */
async function arkSammeDel(antal: number): Promise<Buffer> {
  let poster = await eksempelPoster();
  let ekstra = "";
  for (let i = 0; i < antal; i++) ekstra += `<sheet sheetId="${100 + i}" name="K${i}" state="visible" r:id="rId5"/>`;
  poster = erstatDel(poster, "xl/workbook.xml", (xml) => xml.replace("</sheets>", `${ekstra}</sheets>`));
  const navn = "xl/worksheets/sheet2.xml";
  const xml = udpak(poster.find((p) => p.navn === navn)!).toString("utf8");
  const i = xml.indexOf("</sheetData>") + "</sheetData>".length;
  return skrivZip(await storDel(poster, navn, xml.slice(0, i), " ", 20 * MB, xml.slice(i)));
}

/**
 * 400 takst rows whose Paragraf is 32.765 characters: "sel §1 " 4.680 times (a law and a §
 * each), then "§ 108" (a botilbud, found only at the end); Sundhedsydelser empty.
 */
export const LANG_PARAGRAF = "sel §1 ".repeat(4680) + "§ 108";

function langParagraf(): Promise<Buffer> {
  const spec = gyldigtSkema();
  const [y] = gyldigeYdelser();
  const [o] = gyldigeOmkostninger();
  spec.ydelser = Array.from({ length: 400 }, (_, i) => ({
    ...y,
    ydelsesId: `P${String(i + 1).padStart(3, "0")}`,
    paragraf: LANG_PARAGRAF,
    sundhedsydelser: null,
  }));
  spec.omkostninger = spec.ydelser.map((r, i) => ({
    ...o,
    ydelsesId: r.ydelsesId,
    grundlag: {
      v: 7008000,
      f: `=B${i + 2}+D${i + 2}+E${i + 2}+F${i + 2}+G${i + 2}+H${i + 2}-I${i + 2}+J${i + 2}+K${i + 2}-L${i + 2}`,
    },
  }));
  return skrivSnapshotXlsx(bygSnapshot(spec));
}

// ------------------------------------------------------------------ the recipes

/** A tblYdelser copy as plain cells with its header on `top` (nothing else moves). */
function ydelserSomCellerFra(s: WorkbookSnapshot, top: number): void {
  udenTabel(s, "tblYdelser");
  const y = ark(s, "Ydelser");
  y.top = top;
}

/** ≈ 300 MB of rows of empty <c/> cells after the sheet's own rows. */
async function bombeArk(xml: string, udpakketMb: number): Promise<ZipPost> {
  const slut = xml.lastIndexOf("</sheetData>");
  const foer = xml.slice(0, slut);
  const efter = xml.slice(slut);
  const celler = "<c/>".repeat(100);
  function* raekker(): Generator<string> {
    let skrevet = 0;
    let r = 1000;
    while (skrevet < udpakketMb * MB) {
      let stykke = "";
      for (let i = 0; i < 2000; i++) stykke += `<row r="${r++}">${celler}</row>`;
      skrevet += stykke.length;
      yield stykke;
    }
  }
  return deflateStroem(foer, raekker(), efter);
}

let bombeCache: Promise<{ poster: ZipPost[]; ark: string }> | null = null;
function bombe(): Promise<{ poster: ZipPost[]; ark: string }> {
  bombeCache ??= (async () => {
    const poster = laesZip(await lavEksempel(EKSEMPEL));
    // The example's sheets in order: Stamdata, Ydelser, …; Ydelser is sheet2.xml.
    const navn = "xl/worksheets/sheet2.xml";
    const i = poster.findIndex((p) => p.navn === navn);
    const stor = await bombeArk(udpak(poster[i]).toString("utf8"), 300);
    poster[i] = { ...stor, navn };
    return { poster, ark: navn };
  })();
  return bombeCache;
}

// ------------------------------------------------------------------ issue 9: hostile round two

async function eksempelPoster(): Promise<ZipPost[]> {
  return laesZip(await lavEksempel(EKSEMPEL));
}

/** The part `navn` rewritten by `aendr` (text in, text out). */
function erstatDel(poster: ZipPost[], navn: string, aendr: (xml: string) => string): ZipPost[] {
  return poster.map((p) => (p.navn === navn ? postAf(navn, Buffer.from(aendr(udpak(p).toString("utf8")), "utf8")) : p));
}

/** One shared-string entry, XML-escaped for <t>. */
const siTekst = (t: string): string =>
  `<si><t xml:space="preserve">${t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</t></si>`;

/** Appends strings to xl/sharedStrings.xml; returns their indexes. */
function tilfoejDelteTekster(poster: ZipPost[], tekster: string[]): { poster: ZipPost[]; idx: number[] } {
  let idx: number[] = [];
  const ud = erstatDel(poster, "xl/sharedStrings.xml", (xml) => {
    const unik = Number(/uniqueCount="(\d+)"/.exec(xml)![1]);
    idx = tekster.map((_, i) => unik + i);
    return xml
      .replace(/uniqueCount="\d+"/, `uniqueCount="${unik + tekster.length}"`)
      .replace(/count="\d+"/, `count="${unik + tekster.length + 100_000}"`)
      .replace("</sst>", tekster.map(siTekst).join("") + "</sst>");
  });
  return { poster: ud, idx };
}

/** Rows of cells appended at the end of a sheet's <sheetData>. */
function tilfoejRaekker(poster: ZipPost[], ark: string, raekkerXml: string): ZipPost[] {
  return erstatDel(poster, ark, (xml) =>
    xml.replace("</sheetData>", `${raekkerXml}</sheetData>`).replace(/<dimension ref="[^"]*"\/>/, ""),
  );
}

/** A worksheet part of ≈ 60 MB empty cells (≈ 15 M cells: 7,5 × the cell budget, under the 100 MB part limit). */
let cellebombeCache: Promise<ZipPost> | null = null;
function cellebombe(): Promise<ZipPost> {
  cellebombeCache ??= (async () => {
    const poster = await eksempelPoster();
    return bombeArk(udpak(poster.find((p) => p.navn === "xl/worksheets/sheet2.xml")!).toString("utf8"), 60);
  })();
  return cellebombeCache;
}

/** The example plus a cell bomb under a part name the old check did not count as a worksheet (issue 9 item 2). */
async function delnavnBombe(navn: string, centralNavn?: string): Promise<Buffer> {
  const bombe = await cellebombe();
  return skrivZip([...(await eksempelPoster()), { ...bombe, navn, ...(centralNavn ? { centralNavn } : {}) }]);
}

/** Ydelses-IDs X000001 … : 100.000 takst rows, each breaking rules (issue 9 item 4). */
export const MANGE_RAEKKER = 100_000;

async function mangeRaekker(): Promise<Buffer> {
  const poster = await eksempelPoster();
  const ark = udpak(poster.find((p) => p.navn === "xl/worksheets/sheet2.xml")!).toString("utf8");
  const start = ark.indexOf("<sheetData>") + "<sheetData>".length;
  const foersteRaekke = ark.slice(start, ark.indexOf("</row>", start) + "</row>".length);
  const foer = ark.slice(0, start).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:P${MANGE_RAEKKER + 1}"/>`);
  const efter = ark.slice(ark.indexOf("</sheetData>"));
  const is = (r: number, k: string, t: string): string => `<c r="${k}${r}" t="inlineStr"><is><t>${t}</t></is></c>`;
  const n = (r: number, k: string, v: number): string => `<c r="${k}${r}"><v>${v}</v></c>`;
  function* raekker(): Generator<string> {
    yield foersteRaekke;
    for (let r = 2; r <= MANGE_RAEKKER + 1; r += 1000) {
      let stykke = "";
      for (let i = r; i < Math.min(r + 1000, MANGE_RAEKKER + 2); i++) {
        // No Omkostninger row, belægning over 100 %, takst up 50 % without a reason.
        stykke +=
          `<row r="${i}">` +
          is(i, "A", `X${String(i - 1).padStart(6, "0")}`) +
          is(i, "B", "Længerevarende botilbud") +
          is(i, "C", "SEL § 108") +
          is(i, "D", "Voksne med udviklingshæmning") +
          is(i, "E", "Gennemsnitstakst") +
          is(i, "F", "Døgn") +
          is(i, "G", "Døgntilbud") +
          n(i, "H", 24) +
          n(i, "I", 24) +
          n(i, "J", 1.2) +
          n(i, "K", 28) +
          is(i, "L", "Ingen") +
          n(i, "M", 2000) +
          n(i, "N", 3000) +
          "</row>";
      }
      yield stykke;
    }
  }
  const stor = await deflateStroem(foer, raekker(), efter);
  let ud = poster.map((p) => (p.navn === "xl/worksheets/sheet2.xml" ? { ...stor, navn: p.navn } : p));
  for (const t of ud.filter((p) => p.navn.startsWith("xl/tables/"))) {
    if (udpak(t).toString("utf8").includes('name="tblYdelser"'))
      ud = erstatDel(ud, t.navn, (xml) => xml.replace(/ref="A1:P\d+"/g, `ref="A1:P${MANGE_RAEKKER + 1}"`));
  }
  return skrivZip(ud);
}

/** A CPR number at the start of an 11 MB text that 3.000 cells share (issue 9 item 3). */
export const LANG_TEKST_CPR = "141214-1313";

async function langDeltTekst(): Promise<Buffer> {
  const tekst = `Notat om borger ${LANG_TEKST_CPR}. ` + "Samtale 0101 80 12 med pårørende. ".repeat(330_000);
  const { poster, idx } = tilfoejDelteTekster(await eksempelPoster(), [tekst]);
  let raekker = "";
  for (let r = 100; r < 3100; r++) raekker += `<row r="${r}"><c r="D${r}" t="s"><v>${idx[0]}</v></c></row>`;
  return skrivZip(tilfoejRaekker(poster, "xl/worksheets/sheet1.xml", raekker));
}

/**
 * Text made for backtracking regexes, cut by the reader at 32.767 characters: a run of "."
 * not at the end (Bemærkninger), a run of spaces between words, a formula of "[a]" without "!".
 */
async function langeTekster(): Promise<Buffer> {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const k = (overskrift: string): string => bogstav(kolonneMedOverskrift(y, 1, overskrift));
  for (let r = 2; r <= 5; r++) {
    saet(y, `${k("Bemærkninger")}${r}`, "Begrundelse" + ".".repeat(32_000) + "x");
    saet(y, `${k("Årsag til ændring")}${r}`, "a" + " ".repeat(32_000) + "b");
    saet(y, `${k("Sundhedsydelser i taksten")}${r}`, "a" + "\t ".repeat(16_000) + "b");
  }
  saet(y, "T2", 1, "=" + "[a]".repeat(10_000) + "+1");
  return skrivSnapshotXlsx(s);
}

/** Characters XML 1.0 forbids, as the escapes ExcelJS decodes in shared strings (issue 9 item 5). */
export const FORBUDTE_TEGN = {
  tilbud: "Bostedet _x0001_Egebakken_xFFFE__xD800_ _x005F_x0007_",
  driftsherre: "Aalborg _x001B_Kommune_xFFFF_",
} as const;

async function xmlForbudteTegn(): Promise<Buffer> {
  return skrivZip(
    erstatDel(await eksempelPoster(), "xl/sharedStrings.xml", (xml) =>
      xml
        .replace("<t>Bostedet Egebakken</t>", `<t>${FORBUDTE_TEGN.tilbud}</t>`)
        .replace("<t>Aalborg Kommune</t>", `<t>${FORBUDTE_TEGN.driftsherre}</t>`),
    ),
  );
}

/** The CPR forms of issue 9 item 6, one per cell of Bemærkninger/Årsag, and one in a sheet name. */
export const CPR_FORMER = [
  "010180 - 1234",
  "01.01.80-1234",
  "010180\u20131234",
  "010180\u00a01234",
  "\uff10\uff11\uff10\uff11\uff18\uff10\uff0d\uff11\uff12\uff13\uff14",
  "010180/1234",
] as const;
export const CPR_ARKNAVN = "Borger 020280 - 5678";

/** The CPR forms of issue 16 item 2: invisible characters, other decimal digits, `.`, `_`, runs of spaces. */
export const CPR_FORMER_2 = [
  "0101\u00ad80-1234", // soft hyphen
  "010180\u200b-\u200b1234", // zero-width space
  "01\u200c01\u200d80\u20601234", // ZWNJ, ZWJ, word joiner
  "0101\ufeff80-1234", // BOM
  "\u0660\u0661\u0660\u0661\u0668\u0660-\u0661\u0662\u0663\u0664", // Arabic-Indic
  "\u0966\u0967\u0966\u0967\u096e\u0966\u0967\u0968\u0969\u096a", // Devanagari
  "010180.1234",
  "010180_1234",
  "01_01_80_1234",
  "010180      1234",
  "010180 \t \n 1234",
  "01  01  80  1234",
] as const;

function cprFormer(): Promise<Buffer> {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  CPR_FORMER.forEach((cpr, i) => saet(y, `T${2 + i}`, `Borger ${cpr} er flyttet`));
  s.sheets.push({ name: CPR_ARKNAVN, top: 1, left: 1, values: [["Noter"]] });
  return skrivSnapshotXlsx(s);
}

export const CPR_ARKNAVN_2 = "cpr.nr.030303_4321";

function cprFormer2(): Promise<Buffer> {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  CPR_FORMER_2.forEach((cpr, i) => saet(y, `T${2 + i}`, `cpr.nr.${cpr} er flyttet`));
  s.sheets.push({ name: CPR_ARKNAVN_2, top: 1, left: 1, values: [["Noter"]] });
  return skrivSnapshotXlsx(s);
}

/**
 * CPR numbers where no cell shows them (issue 16 item 2): a note (its text and its author), a
 * threaded comment, a header and a footer (one behind a font-size code), a data-validation
 * list, its input message and an x14 list, the title, company and a custom property, two
 * defined names (a constant, and one scoped to a sheet). And a sheet name over Excel's 31
 * characters with the number after the cut (ExcelJS prints a warning quoting it, then fails).
 */
export const CPR_SKJULT = {
  note: "010101-1111",
  noteForfatter: "020202-2222",
  traadNote: "030303-3333",
  sidehoved: "040404-4444",
  sidefod: "050505-5555",
  dvListe: "060606-6666",
  dvBesked: "070707-7777",
  dvX14: "080808-8888",
  titel: "090909-9999",
  firma: "101010-1010",
  egen: "111111-1212",
  navn: "121212-1313",
  navnLokalt: "130313-1414",
  arknavn: "140414-1515",
} as const;
export const LANGT_ARKNAVN = `Noter om borgerens forløb, nr. ${CPR_SKJULT.arknavn}`;

async function cprSkjulteSteder(): Promise<Buffer> {
  const c = CPR_SKJULT;
  const data = await viaExcelJs(await lavEksempel(EKSEMPEL), (wb) => {
    const y = wb.getWorksheet("Ydelser")!;
    y.getCell("T2").note = { texts: [{ text: `Ring til borger ${c.note}` }] } as ExcelJS.Comment;
    y.headerFooter = {
      oddHeader: `&L&12Borger &B${c.sidehoved.slice(0, 6)}&B-${c.sidehoved.slice(7)}&RSide &P`,
      oddFooter: `&CFortroligt: ${c.sidefod}`,
    } as ExcelJS.HeaderFooter;
    (y as unknown as { dataValidations: { add(ref: string, dv: ExcelJS.DataValidation): void } }).dataValidations.add(
      "U2:U5",
      {
        type: "list",
        allowBlank: true,
        formulae: [`"Ja,Nej,${c.dvListe}"`],
        showInputMessage: true,
        promptTitle: "Vælg",
        prompt: `Kun for borger ${c.dvBesked}`,
      },
    );
    wb.title = `Takster for borger ${c.titel}`;
    wb.company = `Firma ${c.firma}`;
  });
  let poster = laesZip(data);
  const arkSti = (navn: string): string => {
    const wbXml = udpak(poster.find((p) => p.navn === "xl/workbook.xml")!).toString("utf8");
    const rid = new RegExp(`<sheet [^>]*name="${navn}"[^>]*r:id="(rId\\d+)"`).exec(wbXml)![1];
    const rels = udpak(poster.find((p) => p.navn === "xl/_rels/workbook.xml.rels")!).toString("utf8");
    return "xl/" + new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)![1].replace(/^\/?xl\//, "");
  };
  const ydelser = arkSti("Ydelser");
  const ydelserNavn = ydelser.split("/").pop()!;
  // The note's author, an x14 list, a threaded comment.
  const kommentarer = poster.find((p) => /^xl\/comments\d*\.xml$/.test(p.navn))!.navn;
  poster = erstatDel(poster, kommentarer, (xml) =>
    xml.replace(/<author>[^<]*<\/author>/, `<author>Sagsbehandler ${c.noteForfatter}</author>`),
  );
  poster = erstatDel(poster, ydelser, (xml) =>
    xml.replace(
      "</worksheet>",
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
        '<x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">' +
        `<x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>"A,${c.dvX14}"</xm:f></x14:formula1><xm:sqref>V2:V5</xm:sqref></x14:dataValidation>` +
        "</x14:dataValidations></ext></extLst></worksheet>",
    ),
  );
  const relsNavn = `xl/worksheets/_rels/${ydelserNavn}.rels`;
  poster = erstatDel(poster, relsNavn, (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdTraad1" Type="http://schemas.microsoft.com/office/2017/10/relationships/threadedComment" Target="../threadedComments/threadedComment1.xml"/></Relationships>',
    ),
  );
  poster.push(
    postAf(
      "xl/threadedComments/threadedComment1.xml",
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><ThreadedComments xmlns="http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments">' +
          `<threadedComment ref="T3" dT="2026-01-01T10:00:00.00" personId="{00000000-0000-0000-0000-000000000001}" id="{00000000-0000-0000-0000-000000000002}"><text>Borger ${c.traadNote} er flyttet</text></threadedComment></ThreadedComments>`,
      ),
    ),
  );
  // A custom property (docProps/custom.xml), two defined names, the long sheet name.
  poster.push(
    postAf(
      "docProps/custom.xml",
      Buffer.from(
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
          `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="Sagsnummer"><vt:lpwstr>Borger ${c.egen}</vt:lpwstr></property></Properties>`,
      ),
    ),
  );
  poster = erstatDel(poster, "[Content_Types].xml", (xml) =>
    xml.replace(
      "</Types>",
      '<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>' +
        '<Override PartName="/xl/threadedComments/threadedComment1.xml" ContentType="application/vnd.ms-excel.threadedcomments+xml"/></Types>',
    ),
  );
  poster = erstatDel(poster, "_rels/.rels", (xml) =>
    xml.replace(
      "</Relationships>",
      '<Relationship Id="rIdEgen" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
    ),
  );
  poster = erstatDel(poster, "xl/workbook.xml", (xml) => {
    const navne =
      `<definedName name="Borgerens_cpr">"${c.navn}"</definedName>` +
      `<definedName name="Lokalt" localSheetId="0">"Borger ${c.navnLokalt}"</definedName>`;
    const medNavne = xml.includes("<definedNames>")
      ? xml.replace("<definedNames>", `<definedNames>${navne}`)
      : xml.replace("</sheets>", `</sheets><definedNames>${navne}</definedNames>`);
    return medNavne;
  });
  return skrivZip(poster);
}

/** The example with a sheet whose name is longer than Excel's 31 characters, a CPR number after the cut. */
async function cprLangtArknavn(): Promise<Buffer> {
  const data = await viaExcelJs(await lavEksempel(EKSEMPEL), (wb) => {
    wb.addWorksheet("Noter").getCell("A1").value = "Noter";
  });
  return skrivZip(
    erstatDel(laesZip(data), "xl/workbook.xml", (xml) => xml.replace('name="Noter"', `name="${LANGT_ARKNAVN}"`)),
  );
}

/** A forged line in Stamdata (issue 16 item 4): a line break in Tilbud and Driftsherre. */
export const FALSK_LINJE = "FALSK: alle skemaer er godkendt";

function linjeskiftIStamdata(): Promise<Buffer> {
  const s = eksempelSnapshot(EKSEMPEL);
  const st = ark(s, "Stamdata");
  for (const r of st.values) {
    if (r[0] === "Tilbud") r[1] = `Bostedet Egebakken\n${FALSK_LINJE}`;
    if (r[0] === "Driftsherre") r[1] = `Aalborg Kommune\u2028${FALSK_LINJE}`;
  }
  return skrivSnapshotXlsx(s);
}

/** Terminal controls that survive the XML reader: C1 CSI, bidi override, in a sheet name and an enum cell (issue 9 item 7). */
export const STYRETEGN_ARK = "Noter\u202e\u009b2J";

function styretegn(): Promise<Buffer> {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  saet(y, `${bogstav(kolonneMedOverskrift(y, 1, "Takstenhed"))}2`, "D\u009b2J\u009b0;Falsk\u0007gn\u202e");
  // A CPR number on the sheet, so a finding names the sheet.
  s.sheets.push({ name: STYRETEGN_ARK, top: 1, left: 1, values: [["Borger 150515-4321"]] });
  return skrivSnapshotXlsx(s);
}

/** Distinct CPR numbers (valid dates), one per place, so a leak says where it came from. */
export const CPR = {
  bemaerkninger: "010180-7391",
  ydelsesId: "020275-8462",
  talkolonne: "030390-5937",
  kontaktperson: "040485-6284",
  tilbud: "050570-4719",
  aarsag: "060660-3856",
  ydelse: "070707-9173",
  skjultArk: "080808-2648",
  udenforTabel: "0909091597",
  talcelle: 1010104826,
  afkortet: "111111-8135",
  omkostningsId: "121212-6937",
} as const;

export interface KorpusOpskrift {
  beskrivelse: string;
  lav: () => Promise<Buffer>;
}

export const KORPUS: Record<string, KorpusOpskrift> = {
  "eksempel-ok.xlsx": {
    beskrivelse: "Kontrol: det korrekte eksempel (0 fejl).",
    lav: () => lavEksempel(EKSEMPEL),
  },
  "beskyttede-ark.xlsx": {
    beskrivelse: "Alle ark beskyttet med adgangskode (sheetProtection med SHA-512-hash).",
    lav: async () =>
      viaExcelJs(await lavEksempel(EKSEMPEL), async (wb) => {
        for (const ws of wb.worksheets)
          await ws.protect("Hemmelig2026", { selectLockedCells: true, selectUnlockedCells: true });
      }),
  },
  "flettede-celler.xlsx": {
    beskrivelse: 'Ydelser som celler: en titel flettet hen over tabellen, "Takst" flettet over to kolonner.',
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      udenTabel(s, "tblYdelser");
      const y = ark(s, "Ydelser");
      const takst = kolonneMedOverskrift(y, 1, "Takst") - y.left;
      for (const g of [y.values, y.formulas, y.numberFormats]) {
        for (const r of g ?? []) (r as unknown[]).splice(takst + 1, 0, null);
        (g as unknown[][] | undefined)?.unshift([]);
      }
      y.values[0][0] = "Takster 2026 for Bostedet Egebakken";
      y.values[1][takst + 1] = null;
      y.merges = [`A1:${bogstav(y.values[1].length)}1`, `${bogstav(takst + 1)}2:${bogstav(takst + 2)}2`];
      return skrivSnapshotXlsx(s);
    },
  },
  "skjulte-ark-og-raekker.xlsx": {
    beskrivelse: "Et skjult arket 'Ydelser (2)' med gamle takster, og skjulte rækker i tblYdelser.",
    lav: async () => {
      const s = eksempelSnapshot(EKSEMPEL);
      const y = ark(s, "Ydelser");
      const kopi: SnapshotSheet = JSON.parse(JSON.stringify(y));
      kopi.name = "Ydelser (2)";
      kopi.visibility = "hidden";
      const t = kolonneMedOverskrift(kopi, 1, "Takst") - 1;
      for (let r = 1; r < kopi.values.length; r++) kopi.values[r][t] = 9999;
      s.sheets.splice(2, 0, kopi);
      return viaExcelJs(await skrivSnapshotXlsx(s), (wb) => {
        const ws = wb.getWorksheet("Ydelser")!;
        ws.getRow(3).hidden = true;
        ws.getRow(4).hidden = true;
      });
    },
  },
  "formelfejl.xlsx": {
    beskrivelse: "Takst og Takstberegningsgrundlag er formler med gemte resultater #REF!, #DIV/0! og #N/A.",
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      const y = ark(s, "Ydelser");
      const o = ark(s, "Omkostninger");
      const t = bogstav(kolonneMedOverskrift(y, 1, "Takst"));
      const g = bogstav(kolonneMedOverskrift(o, 1, "Takstberegningsgrundlag"));
      const PENGE = '#,##0.00 "kr."';
      saet(y, `${t}2`, { fejl: "#REF!" }, "=#REF!/(I2*J2*365)", PENGE);
      saet(y, `${t}3`, { fejl: "#DIV/0!" }, "=Omkostninger!M3/(I3*J3*0)", PENGE);
      saet(y, `${t}4`, { fejl: "#N/A" }, "=VLOOKUP(A4,Omkostninger!A:M,13,FALSE)/(I4*J4*365)", PENGE);
      saet(o, `${g}2`, { fejl: "#REF!" }, "=B2+#REF!", PENGE);
      saet(o, `${g}3`, { fejl: "#DIV/0!" }, "=B3/0", PENGE);
      saet(o, `${g}4`, { fejl: "#N/A" }, "=NA()", PENGE);
      return skrivSnapshotXlsx(s);
    },
  },
  "datoer-tekst-og-tal.xlsx": {
    beskrivelse: 'tblTillaegsberegning: Startdato "05-01-2026" som tekst i én række og 46027 som serietal i en anden.',
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      const a = ark(s, "Tillægsydelser");
      const tbl = s.tables.find((x) => x.name === "tblTillaegsberegning")!;
      const top = Number(/^[A-Z]+(\d+)/.exec(tbl.ref)![1]);
      const start = kolonneMedOverskrift(a, top, "Startdato");
      // Copy the data row once, with its formulas moved to the new row.
      const fra = top + 1 - a.top;
      const til = fra + 1;
      for (const g of [a.values, a.formulas, a.numberFormats] as unknown[][][]) {
        if (!g) continue;
        g[til] = JSON.parse(JSON.stringify(g[fra] ?? []));
      }
      a.formulas![til] = (a.formulas![til] ?? []).map((f) =>
        f
          ? f.replace(/([A-Z]+)(\d+)\b/g, (m, k: string, r: string) => (Number(r) === top + 1 ? `${k}${top + 2}` : m))
          : f,
      );
      tbl.ref = tbl.ref.replace(/\d+$/, String(top + 2));
      saet(a, `${bogstav(start)}${top + 1}`, "05-01-2026", null, "@");
      saet(a, `${bogstav(start)}${top + 2}`, 46027, null, "dd-mm-yyyy");
      return skrivSnapshotXlsx(s);
    },
  },
  "belaegning-tre-former.xlsx": {
    beskrivelse: 'Samme belægning som 0,96 (med %-format), som 96 og som teksten "96 %" i tre ydelser.',
    lav: () => {
      const spec = gyldigtSkema();
      const y = gyldigeYdelser();
      y.push({ ...y[1], ydelsesId: "A3-104", belaegningsprocent: "96 %" });
      const o = gyldigeOmkostninger();
      o.push({ ...o[1], ydelsesId: "A3-104", grundlag: { v: 3504000, f: "=B4+D4+E4+F4+G4+H4-I4+J4+K4-L4" } });
      spec.ydelser = y;
      spec.omkostninger = o;
      return skrivSnapshotXlsx(bygSnapshot(spec));
    },
  },
  "million-raekker-bund.xlsx": {
    beskrivelse: "Ydelser som celler i rækkerne 1.048.570–1.048.576 og intet ovenover.",
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      ydelserSomCellerFra(s, 1_048_570);
      saet(ark(s, "Ydelser"), "A1048576", "Sidste række i regnearket");
      return skrivSnapshotXlsx(s);
    },
  },
  "million-raekker-a1-og-bund.xlsx": {
    beskrivelse: "Som million-raekker-bund, men med en titel i A1: det brugte område er 1.048.576 rækker højt.",
    lav: async () => {
      const s = eksempelSnapshot(EKSEMPEL);
      ydelserSomCellerFra(s, 1_048_570);
      saet(ark(s, "Ydelser"), "A1048576", "Sidste række i regnearket");
      return viaExcelJs(await skrivSnapshotXlsx(s), (wb) => {
        wb.getWorksheet("Ydelser")!.getCell("A1").value = "Takster 2026 – se nederst i arket";
      });
    },
  },
  "spredte-celler.xlsx": {
    beskrivelse:
      "300 rækker under tabellen med en celle i kolonne A og én i XFD: et brugt område på 5 mio. pladser med 600 celler.",
    lav: async () =>
      viaExcelJs(await lavEksempel(EKSEMPEL), (wb) => {
        const ws = wb.getWorksheet("Ydelser")!;
        for (let r = 20; r < 320; r++) {
          ws.getCell(r, 1).value = "x";
          ws.getCell(r, 16384).value = "y";
        }
      }),
  },
  "stort-billede-50mb.xlsx": {
    beskrivelse: "Et normalt takstskema med et indlejret billede på 50 MB tilfældige bytes.",
    lav: async () =>
      viaExcelJs(await lavEksempel(EKSEMPEL), (wb) => {
        const id = wb.addImage({ buffer: randomBytes(50 * MB) as unknown as ExcelJS.Buffer, extension: "png" });
        wb.getWorksheet("Stamdata")!.addImage(id, "D2:J20");
      }),
  },
  "gammel-xls.xlsx": {
    beskrivelse: "En .xls (OLE-signatur D0 CF 11 E0 A1 B1 1A E1) med .xlsx-endelse.",
    lav: async () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(4088)]),
  },
  "zip-med-readme.xlsx": {
    beskrivelse: "En zip-fil med readme.txt.",
    lav: async () => skrivZip([postAf("readme.txt", Buffer.from("Takster 2026\r\nSe vedhæftede skema.\r\n", "utf8"))]),
  },
  "tom.xlsx": { beskrivelse: "En tom fil (0 bytes).", lav: async () => Buffer.alloc(0) },
  "tekstfil.xlsx": {
    beskrivelse: "En CSV-tekstfil med .xlsx-endelse.",
    lav: async () => Buffer.from("Ydelses-ID;Ydelse;Takst\r\nB108-1;Længerevarende botilbud;2.450,00\r\n", "utf8"),
  },
  "afkortet.xlsx": {
    beskrivelse: "Den første halvdel af et rigtigt takstskema.",
    lav: async () => {
      const b = await lavEksempel(EKSEMPEL);
      return b.subarray(0, Math.floor(b.length / 2));
    },
  },
  "krypteret.xlsx": {
    beskrivelse: "Krypteret med adgangskode: en OLE-beholder med EncryptionInfo og EncryptedPackage.",
    lav: async () => krypteretOoxml(),
  },
  "zip-bombe.xlsx": {
    beskrivelse: "Et gyldigt udseende takstskema, hvis Ydelser-ark fylder 300 MB udpakket (tomme <c/>-celler).",
    lav: async () => skrivZip((await bombe()).poster),
  },
  "zip-bombe-falsk-stoerrelse.xlsx": {
    beskrivelse: "Som zip-bombe, men zip-hovederne angiver arkets udpakkede størrelse til 40 kB.",
    lav: async () => {
      const b = await bombe();
      return skrivZip(b.poster, { [b.ark]: 40_000 });
    },
  },
  "ekstern-reference.xlsx": {
    beskrivelse: "Takst er formlen ='[Budget2026.xlsx]Ark1'!B4 med en gemt værdi.",
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      const y = ark(s, "Ydelser");
      const t = bogstav(kolonneMedOverskrift(y, 1, "Takst"));
      saet(y, `${t}2`, 2450, "='[Budget2026.xlsx]Ark1'!B4", '#,##0.00 "kr."');
      return skrivSnapshotXlsx(s);
    },
  },
  "ydelser-fremmed-layout.xlsx": {
    beskrivelse: 'Et ark "Ydelser" med fri tekst og uden tabellens overskrifter.',
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      udenTabel(s, "tblYdelser");
      const y = ark(s, "Ydelser");
      y.values = [
        ["Oversigt over vores ydelser"],
        [null],
        ["Vi tilbyder længerevarende botilbud efter § 108 og midlertidige ophold efter § 107."],
        ["Taksterne aftales med kommunen.", null, "Se også bilag 3"],
        [2026, "2.450 kr.", "ca. 24 pladser"],
      ];
      delete y.formulas;
      delete y.numberFormats;
      return skrivSnapshotXlsx(s);
    },
  },
  "ydelser-uden-raekker.xlsx": {
    beskrivelse: "tblYdelser findes, men har ingen datarækker.",
    lav: () => {
      const s = eksempelSnapshot(EKSEMPEL);
      const y = ark(s, "Ydelser");
      y.values = [y.values[0]];
      y.formulas = y.formulas ? [y.formulas[0]] : undefined;
      y.numberFormats = y.numberFormats ? [y.numberFormats[0]] : undefined;
      s.tables.find((t) => t.name === "tblYdelser")!.ref = `A1:${bogstav(y.values[0].length)}2`;
      return skrivSnapshotXlsx(s);
    },
  },
  "cpr-mange-steder.xlsx": {
    beskrivelse:
      "CPR-numre i Bemærkninger, Ydelses-ID, en talkolonne, Stamdata, et enum-felt, et skjult ark, uden for tabellerne og som tal.",
    lav: () => lavCprSkema(),
  },
  // Issue 9 item 1 (profilrude): the workbook tries to switch off its own checks.
  "takstprofil-meget-skjult-alt-fra.xlsx": {
    beskrivelse:
      "Et skema med 4 fejl (én et CPR-nummer) og et meget skjult ark Takstprofil med standardprofilens navn, der slår alle regler fra.",
    lav: () => skrivSnapshotXlsx(takstprofilAngreb()),
  },
  "delnavn-bak.xlsx": {
    beskrivelse:
      "Eksemplet plus et ark med 15 mio. tomme celler i delen xl/worksheets/sheet9.xml.bak (ExcelJS læser den som ark).",
    lav: () => delnavnBombe("xl/worksheets/sheet9.xml.bak"),
  },
  "delnavn-punktum.xlsx": {
    beskrivelse: "Som delnavn-bak, men delen hedder xl/./worksheets/sheet9.xml.",
    lav: () => delnavnBombe("xl/./worksheets/sheet9.xml"),
  },
  "delnavn-rod.xlsx": {
    beskrivelse: "Som delnavn-bak, men delen hedder /xl/worksheets/sheet9.xml (foranstillet /).",
    lav: () => delnavnBombe("/xl/worksheets/sheet9.xml"),
  },
  "delnavn-lokalt.xlsx": {
    beskrivelse:
      "Som delnavn-bak, men indholdsfortegnelsen kalder delen docProps/thumbnail.bin; det lokale hoved (som JSZip læser) xl/worksheets/sheet9.xml.",
    lav: () => delnavnBombe("xl/worksheets/sheet9.xml", "docProps/thumbnail.bin"),
  },
  "mange-raekker.xlsx": {
    beskrivelse:
      "100.000 takstrækker i tblYdelser (lovlig størrelse, 1,7 mio. celler), hver med fejl: intet Omkostninger, belægning 120 %.",
    lav: () => mangeRaekker(),
  },
  "lang-delt-tekst.xlsx": {
    beskrivelse: "Én delt tekst på 11 MB (med et CPR-nummer forrest) brugt af 3.000 celler i Stamdata.",
    lav: () => langDeltTekst(),
  },
  "lange-tekster.xlsx": {
    beskrivelse:
      'Tekster på 32.000 tegn, der får regulære udtryk til at backtracke: "."-rækker, mellemrum, en formel af "[a]".',
    lav: () => langeTekster(),
  },
  "xml-forbudte-tegn.xlsx": {
    beskrivelse:
      "Tilbud og Driftsherre med _x0001_, _xFFFE_, _xD800_, _x001B_ og en bogstavelig _x005F_x0007_ i sharedStrings.xml.",
    lav: () => xmlForbudteTegn(),
  },
  "cpr-former.xlsx": {
    beskrivelse:
      "CPR-numre skrevet som 010180 - 1234, 01.01.80-1234, med tankestreg, hårdt mellemrum, fuldbredde-cifre og /; ét i et arknavn.",
    lav: () => cprFormer(),
  },
  "cpr-former-2.xlsx": {
    beskrivelse:
      "CPR-numre efter cpr.nr. med usynlige tegn (blødt bindestreg, nulbreddemellemrum, ordsamler, BOM), arabisk-indiske og devanagari-cifre, ., _ og mange mellemrum; ét i et arknavn.",
    lav: () => cprFormer2(),
  },
  "cpr-skjulte-steder.xlsx": {
    beskrivelse:
      "CPR-numre i et notat og dets forfatter, en trådet kommentar, sidehoved og sidefod, datavalideringer (liste, inputmeddelelse, x14), titel, firma, en brugerdefineret egenskab, to definerede navne og og to definerede navne.",
    lav: () => cprSkjulteSteder(),
  },
  "cpr-langt-arknavn.xlsx": {
    beskrivelse:
      "Et ark, hvis navn er over 31 tegn med et CPR-nummer efter tegn 31 (ExcelJS skriver en advarsel med hele navnet og giver op).",
    lav: () => cprLangtArknavn(),
  },
  "linjeskift-i-stamdata.xlsx": {
    beskrivelse:
      'Tilbud og Driftsherre med et linjeskift (\\n, U+2028) og en falsk linje "FALSK: alle skemaer er godkendt"; bruges to gange i bilag.',
    lav: () => linjeskiftIStamdata(),
  },
  "styretegn.xlsx": {
    beskrivelse:
      "Terminalstyretegn, der overlever XML: C1-CSI og retningsombytning i et arknavn og i en celle, som en besked citerer.",
    lav: () => styretegn(),
  },
  "formel-gemt-resultat.xlsx": {
    beskrivelse:
      "Takst er formlen =M2*1.5 med den gamle takst som gemt resultat, og projektmappen beder Excel genberegne ved åbning (fullCalcOnLoad).",
    lav: async () =>
      viaExcelJs(await skrivSnapshotXlsx(formelGemtResultatSnapshot(false)), (wb) => {
        wb.calcProperties.fullCalcOnLoad = true;
      }),
  },
  "tabel-meget-skjult.xlsx": {
    beskrivelse:
      "Den synlige tblYdelser er omdøbt (takst +50 % uden begrundelse), og en ren tblYdelser står på et meget skjult ark.",
    lav: () => skrivSnapshotXlsx(tabelMegetSkjultSnapshot()),
  },
  "tabel-andet-ark-usynlige-overskrifter.xlsx": {
    beskrivelse:
      "Den synlige tabel på Ydelser er omdøbt (takst +50 %), og dens overskrifter ender på et nulbreddemellemrum (U+200B); en ren tblYdelser står på det synlige ark Ark6.",
    lav: () => skrivSnapshotXlsx(tabelAndetArkSnapshot()),
  },
  "formel-andet-ark.xlsx": {
    beskrivelse:
      "Takstberegningsgrundlag i Omkostninger!M2 lægger Ydelser!I2 × 0 og 1.000.000 til skabelonens sum, men er gemt med den gamle sum som resultat (ingen genberegning ved åbning).",
    lav: () => skrivSnapshotXlsx(formelAndetArkSnapshot()),
  },
  "talformat-betinget.xlsx": {
    beskrivelse:
      'En betinget formatering (formlen SAND) giver Takst i Ydelser!N2 talformatet "3.585,00"; ExcelJS får ikke <conditionalFormatting> at se.',
    lav: async () =>
      viaExcelJs(await skrivSnapshotXlsx(eksempelSnapshot(EKSEMPEL)), (wb) => {
        const ws = wb.getWorksheet("Ydelser")!;
        const n = bogstav(kolonneMedOverskrift(ark(eksempelSnapshot(EKSEMPEL), "Ydelser"), 1, "Takst"));
        ws.addConditionalFormatting({
          ref: `${n}2`,
          rules: [{ type: "expression", priority: 1, formulae: ["TRUE"], style: { numFmt: '"3.585,00"' } }],
        });
      }),
  },
  "tabel-skjult-raekke.xlsx": {
    beskrivelse:
      "Række 5 (og kolonnen Takst sidste år) i tblYdelser er skjult; rækken har en takst +50 % uden begrundelse.",
    lav: async () =>
      viaExcelJs(await skrivSnapshotXlsx(skjultRaekkeSnapshot()), (wb) => {
        const ws = wb.getWorksheet("Ydelser")!;
        ws.getRow(5).hidden = true;
        ws.getColumn(kolonneMedOverskrift(ark(eksempelSnapshot(EKSEMPEL), "Ydelser"), 1, "Takst sidste år")).hidden =
          true;
      }),
  },
  "talformat-fast-tal.xlsx": {
    beskrivelse: 'Takst vises som 3.037,78 af talformaterne "3.037,78" og 0;0;0;"3.037,78" (tekstsektionen).',
    lav: () => skrivSnapshotXlsx(talformatFastTalSnapshot()),
  },
  "talformat-skjuler-tal.xlsx": {
    beskrivelse:
      "Takst i Ydelser!N2:N5 med talformaterne ;;; (vises ikke), 0% (ganget med 100), #,##0.00, (divideret med 1.000) og 0*0 (nuller til cellen er fuld).",
    lav: () => skrivSnapshotXlsx(talformatSkjulerTalSnapshot()),
  },
  // Issue 16 item 3: a few kB that cost minutes before ExcelJS even finishes.
  "zip-nul-poster.xlsx": {
    beskrivelse:
      "Eksemplet med en cellebombe (15 mio. tomme celler) som Ydelser-ark, hvor zip-filens slutpost siger 0 poster (JSZip læser dem alligevel).",
    lav: () => zipNulPoster(),
  },
  "zip-lokkedue.xlsx": {
    beskrivelse:
      "Et harmløst takstskema foran en zip med cellebomben; lokkeduens indholdsfortegnelse ligger, hvor bombens offset peger hen, når man ikke forskyder som JSZip.",
    lav: () => zipLokkedue(),
  },
  "flet-hele-arket.xlsx": {
    beskrivelse: 'Én <mergeCell ref="A1:XFD1048576"/> i Over- og underskud (17 mia. celler for ExcelJS).',
    lav: () => medIArk(efterArkdata('<mergeCells count="1"><mergeCell ref="A1:XFD1048576"/></mergeCells>')),
  },
  "mange-fletninger.xlsx": {
    beskrivelse: "30.000 fletninger af to celler i Over- og underskud (ExcelJS tjekker hver mod alle tidligere).",
    lav: () => mangeFletninger(),
  },
  "kolonne-20-mio.xlsx": {
    beskrivelse: 'En <col min="1" max="20000000"/> i Over- og underskud (ExcelJS laver et objekt pr. kolonne).',
    lav: () =>
      medIArk((xml) =>
        xml.replace(/<cols>.*?<\/cols>/, '<cols><col min="1" max="20000000" width="12" customWidth="1"/></cols>'),
      ),
  },
  "raekke-2-mia.xlsx": {
    beskrivelse: 'En <row r="2000000000"> med én celle i Over- og underskud.',
    lav: () =>
      medIArk((xml) =>
        xml.replace("</sheetData>", '<row r="2000000000"><c r="A2000000000"><v>1</v></c></row></sheetData>'),
      ),
  },
  "delte-tekster-5-mio.xlsx": {
    beskrivelse: "5 mio. delte tekster (<si><t>x</t></si>) i xl/sharedStrings.xml, ingen celle bruger dem.",
    lav: () => mangeDelteTekster(),
  },
  "typografier-5-mio.xlsx": {
    beskrivelse: "5 mio. celleformater (<xf/>) i xl/styles.xml.",
    lav: () => mangeTypografier(),
  },
  "navn-hele-arket.xlsx": {
    beskrivelse:
      "Et navn (<definedName>) for Stamdata!$A$1:$XFD$1048576 i xl/workbook.xml (ExcelJS laver et objekt pr. celle, navnet dækker).",
    lav: async () =>
      skrivZip(
        erstatDel(await eksempelPoster(), "xl/workbook.xml", (xml) =>
          xml.replace(
            "</sheets>",
            '</sheets><definedNames><definedName name="Alt">Stamdata!$A$1:$XFD$1048576</definedName></definedNames>',
          ),
        ),
      ),
  },
  "lang-paragraf.xlsx": {
    beskrivelse:
      'Et takstskema med 400 ydelser, hvis Paragraf er 32.765 tegn: 4.680 gange "sel §1 " og til sidst "§ 108" (et botilbud); Sundhedsydelser er tom.',
    lav: () => langParagraf(),
  },
  "sidehoved-12-mio.xlsx": {
    beskrivelse:
      "Et sidehoved på 12 mio. tegn (arabisk-indisk 9, U+0669) i Over- og underskud: læses kun til Excels 255 tegn pr. afsnit.",
    lav: () => langtSidehoved(),
  },
  "cpr-format-og-kanaler.xlsx": {
    beskrivelse:
      "CPR-numre vist af talformater (fast tekst, tal gennem pladsholdere), en formel, der er tallet, et links skærmtip, en tekstboks og et sidehoved med navnerumspræfiks.",
    lav: () => cprFormatOgKanaler(),
  },
  "ark-samme-del-200.xlsx": {
    beskrivelse: "200 ekstra <sheet>-poster i workbook.xml, der alle peger på Ydelsers del, som har 20 MB mellemrum.",
    lav: () => arkSammeDel(200),
  },
  "ark-samme-del-1000.xlsx": {
    beskrivelse: "1.000 ekstra <sheet>-poster i workbook.xml, der alle peger på Ydelsers del, som har 20 MB mellemrum.",
    lav: () => arkSammeDel(1000),
  },
};

// ------------------------------------------------------------------ issue 16 § 1: what the user sees

/**
 * Takst in Ydelser!N2 becomes =M2*1.5 (+50 %). `beregnet`: with the value Excel calculates
 * (what the pane reads); otherwise with the old takst left as its stored result, as in the file.
 */
export function formelGemtResultatSnapshot(beregnet: boolean): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const m = kolonneMedOverskrift(y, 1, "Takst sidste år");
  const n = kolonneMedOverskrift(y, 1, "Takst");
  const gammel = y.values[1][n - y.left];
  const foer = y.values[1][m - y.left] as number;
  saet(y, `${bogstav(n)}2`, beregnet ? Math.round(foer * 150) / 100 : gammel, `=${bogstav(m)}2*1.5`);
  return s;
}

/**
 * The real rows (A1-108's takst +50 % without a word) in the visible table, renamed; a clean
 * tblYdelser (the example's) on a very hidden sheet.
 */
export function tabelMegetSkjultSnapshot(): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const ren: SnapshotSheet = JSON.parse(JSON.stringify(y));
  ren.name = "Data";
  ren.visibility = "veryHidden";
  const n = kolonneMedOverskrift(y, 1, "Takst") - y.left;
  y.values[1][n] = Math.round((y.values[1][n] as number) * 150) / 100;
  const tabel = s.tables.find((t) => t.name === "tblYdelser")!;
  s.tables.push({ ...tabel, sheet: ren.name });
  tabel.name = "tblYdelserGammel";
  s.sheets.push(ren);
  return s;
}

/**
 * Issue 16 § 1 H4: as tabelMegetSkjultSnapshot, but the clean tblYdelser is on a visible sheet
 * Ark6, and the renamed table's headers on Ydelser end in a zero-width space.
 */
export function tabelAndetArkSnapshot(): WorkbookSnapshot {
  const s = tabelMegetSkjultSnapshot();
  const ren = ark(s, "Data");
  ren.name = "Ark6";
  ren.visibility = "visible";
  s.tables.find((t) => t.name === "tblYdelser")!.sheet = "Ark6";
  const y = ark(s, "Ydelser");
  y.values[0] = y.values[0].map((v) => (typeof v === "string" ? `${v}\u200b` : v));
  return s;
}

/** Issue 16 § 1 H5: Ydelser row 5's takst +50 % (the row is hidden by the recipe). */
export function skjultRaekkeSnapshot(): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const n = kolonneMedOverskrift(y, 1, "Takst") - y.left;
  y.values[4][n] = Math.round((y.values[4][n] as number) * 150) / 100;
  return s;
}

/** Takst in Ydelser!N2 is shown as 3.037,78 by its number format, whatever its value. */
export function talformatFastTalSnapshot(): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const n = kolonneMedOverskrift(y, 1, "Takst");
  const a = y.values[1][n - y.left];
  // As text, so the fourth (text) section applies.
  saet(y, `${bogstav(n)}2`, String(a), null, '0;0;0;"3.037,78"');
  saet(y, `${bogstav(n)}3`, y.values[2][n - y.left], null, '"3.037,78"');
  return s;
}

/** Issue 16 § 1 H1: M2's formula reaches another sheet; its stored result is the template's old sum. */
export function formelAndetArkSnapshot(): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const o = ark(s, "Omkostninger");
  const m = kolonneMedOverskrift(o, 1, "Takstberegningsgrundlag");
  const f = o.formulas?.[1]?.[m - o.left];
  if (typeof f !== "string") throw new Error("Omkostninger!M2 har ingen formel i eksemplet");
  saet(o, `${bogstav(m)}2`, o.values[1][m - o.left], `${f.replace(/\)$/, "")}+Ydelser!I2*0+1000000)`);
  return s;
}

/** Issue 16 § 1 H3: Takst in Ydelser!N2:N5 hidden, times 100, divided by 1.000 and filled with zeros by its number format. */
export function talformatSkjulerTalSnapshot(): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const n = kolonneMedOverskrift(y, 1, "Takst");
  [";;;", "0%", "#,##0.00,", "0*0"].forEach((nf, i) =>
    saet(y, `${bogstav(n)}${i + 2}`, y.values[i + 1][n - y.left], null, nf),
  );
  return s;
}

/**
 * The workbook of issue 9 item 1: takstskema-kopieret (4 fejl, one a CPR number) with a
 * veryHidden Takstprofil borrowing the default profile's name and turning every rule off.
 */
export function takstprofilAngreb(): WorkbookSnapshot {
  const s = eksempelSnapshot("takstskema-kopieret.xlsx");
  const profil = {
    id: "nordjylland-2025-2026-opdateret",
    navn: "Nordjysk Socialaftale – Styringsaftale 2025-2026",
    udvider: "nordjylland-2025-2026",
    alvor: Object.fromEntries(REGEL_IDER.map((id) => [id, "fra"])),
  };
  s.sheets.push({ name: "Takstprofil", visibility: "veryHidden", top: 1, left: 1, values: [[JSON.stringify(profil)]] });
  return s;
}

/** The workbook of the CPR guard (tests/korpus/cpr.test.ts). */
export function cprSnapshot(): WorkbookSnapshot {
  const s = eksempelSnapshot(EKSEMPEL);
  const y = ark(s, "Ydelser");
  const st = ark(s, "Stamdata");
  const o = ark(s, "Omkostninger");
  const k = (overskrift: string): string => bogstav(kolonneMedOverskrift(y, 1, overskrift));
  saet(y, `${k("Bemærkninger")}3`, `To nye pladser; borger ${CPR.bemaerkninger} flytter ind 1. marts.`);
  saet(y, `${k("Ydelses-ID")}4`, CPR.ydelsesId);
  saet(y, `${k("Pladser")}5`, CPR.talkolonne);
  saet(y, `${k("Årsag til ændring")}2`, `Ny borger ${CPR.aarsag}`);
  saet(y, `${k("Ydelse")}5`, `Aflastning for ${CPR.ydelse}`);
  // A CPR number straddling the 40-character cut of a quoted cell: only part of it survives the cut.
  saet(y, `${k("Takst sidste år")}3`, `Takst efter notat vedr. borger ${CPR.afkortet}`);
  saet(y, "T12", `Husk: ${CPR.udenforTabel} (slettes)`);
  saet(y, "T13", CPR.talcelle, null, "0000000000");
  saet(o, "A3", CPR.omkostningsId);
  for (let r = 0; r < st.values.length; r++) {
    const felt = st.values[r][0];
    if (felt === "Kontaktperson") st.values[r][1] = `Mette Kjær Jensen (${CPR.kontaktperson})`;
    if (felt === "Tilbud") st.values[r][1] = `Bostedet Egebakken, beboer ${CPR.tilbud}`;
  }
  s.sheets.push({
    name: "Noter",
    visibility: "hidden",
    top: 1,
    left: 1,
    values: [["Samtale"], [`Borger ${CPR.skjultArk} ringede`]],
  });
  return s;
}

function lavCprSkema(): Promise<Buffer> {
  return skrivSnapshotXlsx(cprSnapshot());
}

/** Writes every corpus file that does not exist yet; returns the paths by name. */
export async function lavKorpus(
  mappe: string = KORPUS_MAPPE,
  kun?: readonly string[],
): Promise<Record<string, string>> {
  mkdirSync(mappe, { recursive: true });
  const ud: Record<string, string> = {};
  for (const [navn, o] of Object.entries(KORPUS)) {
    if (kun && !kun.includes(navn)) continue;
    const sti = join(mappe, navn);
    ud[navn] = sti;
    if (existsSync(sti)) continue;
    const data = await o.lav();
    // Through a temporary name: an interrupted run must not leave half a file that is then cached.
    const tmp = `${sti}.${process.pid}.tmp`;
    writeFileSync(tmp, data);
    renameSync(tmp, sti);
  }
  bombeCache = null;
  cellebombeCache = null;
  return ud;
}

if (require.main === module) {
  const mappe = process.argv[2] ?? KORPUS_MAPPE;
  lavKorpus(mappe).then(
    (filer) => {
      for (const [navn, sti] of Object.entries(filer)) console.log(`${sti}: ${KORPUS[navn].beskrivelse}`);
    },
    (e) => {
      console.error(e);
      process.exit(1);
    },
  );
}
