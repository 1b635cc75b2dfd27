/**
 * Bounds on what an .xlsx may cost before ExcelJS sees it. ExcelJS inflates every zip part
 * into memory and builds an object per cell and row (≈ 40 MB of memory per MB of dense
 * `<c/>` cells), so a few MB of zip can take the machine down. Checked here, from the zip's
 * central directory and one streamed pass over the compressed parts:
 * - the declared uncompressed sizes (all parts together, and each XML part);
 * - each part really inflates to no more than its declared size (the headers can lie);
 * - the worksheets hold no more than a budget of cells and rows (counted in the XML);
 * - no row, column, cell or merge lies outside Excel's grid (a `<row r="2000000000">` or a
 *   `<col max="20000000"/>` makes ExcelJS loop or allocate that far), merged areas count
 *   as cells, twice (ExcelJS makes every cell of a merge), and the number of merges is bounded
 *   (ExcelJS checks each merge against all earlier ones: quadratic);
 * - xl/sharedStrings.xml and xl/styles.xml hold no more than a budget of entries;
 * - the ranges of the defined names in xl/workbook.xml count as cells (ExcelJS makes an
 *   object for every cell a name covers: `Ark!$A$1:$XFD$1048576` is 17 billion).
 * The zip is read exactly as JSZip reads it (the last end record, the central directory by
 * signature), and an archive whose counts and offsets disagree is refused: otherwise a
 * decoy zip in front, or an end record saying 0 entries, hides the parts JSZip reads.
 * A part's name is taken as JSZip and ExcelJS take it (ejsNavn): the LOCAL header's name
 * (or the Info-ZIP Unicode path), `.`/empty/`..` segments resolved, a leading `/` dropped;
 * and a part is a worksheet when ExcelJS's own unanchored pattern finds it one, so
 * `xl/worksheets/sheet9.xml.bak` or `xl/./worksheets/sheet1.xml` are counted too.
 * Runs in a browser too (DecompressionStream, no Node modules).
 */
import { formaterTal, MAKS_CELLER } from "../../core";
import { XlsxLaesefejl } from "./signatur";

export interface XlsxGraenser {
  /** All parts of the zip together, uncompressed. */
  maksUdpakketBytes: number;
  /** One XML part (a worksheet, sharedStrings …), uncompressed. */
  maksXmlBytes: number;
  /**
   * `<c>` and `<row>` elements (and merged cells) in all worksheets together; also bounds
   * the entries of xl/sharedStrings.xml (as many) and xl/styles.xml (a quarter).
   */
  maksCeller: number;
  /** `<mergeCell>` elements in all worksheets together. */
  maksFletninger: number;
}

/** The largest file read at all (MB), before its zip is looked at: `takstskema` (TAKSTSKEMA_MAKS_MB) and the pane. */
export const STANDARD_MAKS_MB = 200;

export const STANDARD_XLSX_GRAENSER: Readonly<XlsxGraenser> = {
  maksUdpakketBytes: 500 * 1024 * 1024,
  maksXmlBytes: 100 * 1024 * 1024,
  maksCeller: MAKS_CELLER,
  // ExcelJS's overlap check costs n²/2 range tests: 5.000 merges ≈ 1 s, 30.000 minutes.
  maksFletninger: 5_000,
};

/** Excel's grid. */
export const MAKS_RAEKKER = 1_048_576;
export const MAKS_KOLONNER = 16_384;

/** A limit was exceeded; `graense` says which, so the CLI can name its environment variable. */
export class XlsxGraenseFejl extends XlsxLaesefejl {
  constructor(
    message: string,
    public readonly graense: keyof XlsxGraenser,
  ) {
    super(message);
    this.name = "XlsxGraenseFejl";
  }
}

interface ZipPost {
  /** The name as ExcelJS sees it (see ejsNavn); an entry with two candidate names has both. */
  navn: string;
  andreNavne?: string[];
  metode: number;
  komprimeret: number;
  udpakket: number;
  /** Start of the compressed data. */
  data: number;
}

function u16(b: Uint8Array, i: number): number {
  return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number): number {
  return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}
function u64(b: Uint8Array, i: number): number {
  return u32(b, i) + u32(b, i + 4) * 0x100000000;
}

const BESKADIGET = "Filen kunne ikke læses som .xlsx-projektmappe; den er beskadiget eller ufuldstændig";

/** JSZip's choice: the last end-record signature anywhere in the file. */
function findSlutpost(b: Uint8Array): number {
  for (let i = b.length - 4; i >= 0; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

function sidsteSignatur(b: Uint8Array, sig: number): number {
  for (let i = b.length - 4; i >= 0; i--) if (u32(b, i) === sig) return i;
  return -1;
}

const UOVERENS = `${BESKADIGET} (zip-filens indholdsfortegnelse passer ikke med filen: antal poster eller placeringer er forkerte).`;

/**
 * The entries of the zip's central directory (with ZIP64 sizes), the ones JSZip reads:
 * the last end record in the file, the central directory read entry by entry while the
 * signature holds (JSZip ignores the record's count). Throws when the zip is damaged, and
 * when the end record's counts, sizes or offsets disagree with the entries (JSZip would
 * shift every offset by the bytes in front of the zip, or read entries the count denies).
 */
export function zipPoster(b: Uint8Array): ZipPost[] {
  const eocd = findSlutpost(b);
  if (eocd < 0)
    throw new XlsxLaesefejl(`${BESKADIGET} (zip-filens indholdsfortegnelse mangler; filen er måske afskåret).`);
  if (eocd + 22 > b.length || eocd + 22 + u16(b, eocd + 20) > b.length)
    throw new XlsxLaesefejl(`${BESKADIGET} (zip-filens indholdsfortegnelse er ødelagt).`);
  const disk = u16(b, eocd + 4);
  const cdDisk = u16(b, eocd + 6);
  let antalHer = u16(b, eocd + 8);
  let antal = u16(b, eocd + 10);
  let cdStoerrelse = u32(b, eocd + 12);
  let cd = u32(b, eocd + 16);
  let forventetSlut = 0;
  // ZIP64 exactly when JSZip takes it: any field at its maximum.
  if (
    disk === 0xffff ||
    cdDisk === 0xffff ||
    antalHer === 0xffff ||
    antal === 0xffff ||
    cdStoerrelse === 0xffffffff ||
    cd === 0xffffffff
  ) {
    // JSZip takes the last locator in the file, and its record where it points; both must be where they belong.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50 || sidsteSignatur(b, 0x07064b50) !== loc)
      throw new XlsxLaesefejl(UOVERENS);
    const z = u64(b, loc + 8);
    if (z + 56 > loc || u32(b, z) !== 0x06064b50) throw new XlsxLaesefejl(UOVERENS);
    antalHer = u64(b, z + 24);
    antal = u64(b, z + 32);
    cdStoerrelse = u64(b, z + 40);
    cd = u64(b, z + 48);
    forventetSlut = 20 + 12 + u64(b, z + 4);
  }
  // JSZip shifts every offset by the bytes between the directory's end and the end record.
  if (cd + cdStoerrelse + forventetSlut !== eocd || antalHer !== antal) throw new XlsxLaesefejl(UOVERENS);
  const poster: ZipPost[] = [];
  let p = cd;
  // As JSZip: entries while the signature holds, whatever the count says.
  while (p + 4 <= b.length && u32(b, p) === 0x02014b50) {
    if (p + 46 > b.length) throw new XlsxLaesefejl(`${BESKADIGET} (zip-filens indholdsfortegnelse er ødelagt).`);
    const navnLgd = u16(b, p + 28);
    const ekstraLgd = u16(b, p + 30);
    const kommentarLgd = u16(b, p + 32);
    let komprimeret = u32(b, p + 20);
    let udpakket = u32(b, p + 24);
    let lokal = u32(b, p + 42);
    let unicodeSti: Uint8Array | null = null;
    // Extra fields as JSZip reads them: while 4 bytes remain before the end (strictly), the last of each id wins.
    let zip64Felt = -1;
    const ekstraSlut = p + 46 + navnLgd + ekstraLgd;
    for (let e = p + 46 + navnLgd; e + 4 < ekstraSlut;) {
      const id = u16(b, e);
      const lgd = u16(b, e + 2);
      // Info-ZIP Unicode path (0x7075): JSZip uses it when its CRC matches the name; we take both names.
      if (id === 0x7075 && lgd > 5 && b[e + 4] === 1) unicodeSti = b.subarray(e + 9, e + 4 + lgd);
      if (id === 1) zip64Felt = e + 4;
      e += 4 + lgd;
    }
    // ZIP64 extra field (id 1): the fields that are 0xFFFFFFFF above, in this order.
    if (zip64Felt >= 0) {
      let f = zip64Felt;
      if (udpakket === 0xffffffff) {
        udpakket = u64(b, f);
        f += 8;
      }
      if (komprimeret === 0xffffffff) {
        komprimeret = u64(b, f);
        f += 8;
      }
      if (lokal === 0xffffffff) lokal = u64(b, f);
    }
    if (lokal + 30 > b.length || u32(b, lokal) !== 0x04034b50)
      throw new XlsxLaesefejl(`${BESKADIGET} (en del af zip-filen mangler).`);
    const lokalNavnLgd = u16(b, lokal + 26);
    const data = lokal + 30 + lokalNavnLgd + u16(b, lokal + 28);
    if (data + komprimeret > b.length) throw new XlsxLaesefejl(`${BESKADIGET} (en del af zip-filen mangler).`);
    // JSZip reads the name from the local header, not the central directory.
    const navne = [ejsNavn(b.subarray(lokal + 30, lokal + 30 + lokalNavnLgd))];
    if (unicodeSti) navne.push(ejsNavn(unicodeSti));
    const post: ZipPost = { navn: navne[0], metode: u16(b, p + 10), komprimeret, udpakket, data };
    if (navne.length > 1 && navne[1] !== navne[0]) post.andreNavne = navne.slice(1);
    poster.push(post);
    p += 46 + navnLgd + ekstraLgd + kommentarLgd;
  }
  if (poster.length !== antal || p !== cd + cdStoerrelse) throw new XlsxLaesefejl(UOVERENS);
  return poster;
}

function mb(n: number): string {
  return String(Math.round((n / 1024 / 1024) * 10) / 10).replace(".", ",");
}

const UTF8 = new TextDecoder("utf-8");

/**
 * A part name as ExcelJS ends up matching it: UTF-8 decoded (JSZip's default), resolved as
 * JSZip's utils.resolve does (drop `.` and empty inner segments, `..` pops), and without a
 * leading `/` (exceljs/lib/xlsx/xlsx.js).
 */
export function ejsNavn(bytes: Uint8Array): string {
  const dele = UTF8.decode(bytes).split("/");
  const ud: string[] = [];
  dele.forEach((d, i) => {
    if (d === "." || (d === "" && i !== 0 && i !== dele.length - 1)) return;
    if (d === "..") ud.pop();
    else ud.push(d);
  });
  const navn = ud.join("/");
  return navn.startsWith("/") ? navn.slice(1) : navn;
}

const navneAf = (p: ZipPost): string[] => [p.navn, ...(p.andreNavne ?? [])];

/**
 * ExcelJS turns every part into one string and parses it, except the media it keeps as
 * bytes: the per-part bound applies to all of them.
 */
function erXml(p: ZipPost): boolean {
  return navneAf(p).some((n) => !/xl\/media\//.test(n));
}

/** ExcelJS's own, unanchored test for a worksheet (exceljs/lib/xlsx/xlsx.js). */
function erArk(p: ZipPost): boolean {
  return navneAf(p).some((n) => /xl\/worksheets\/sheet(\d+)[.]xml/.test(n));
}

/** ExcelJS's exact names for these two parts (exceljs/lib/xlsx/xlsx.js, a leading `/` dropped). */
function erDelteTekster(p: ZipPost): boolean {
  return navneAf(p).includes("xl/sharedStrings.xml");
}
function erTypografier(p: ZipPost): boolean {
  return navneAf(p).includes("xl/styles.xml");
}
function erArbejdsbog(p: ZipPost): boolean {
  return navneAf(p).includes("xl/workbook.xml");
}

/** What the parts hold, counted over all of them (see DelTaeller). */
export interface Optaelling {
  /**
   * `<c>` and `<row>` in worksheets, plus every cell of every merged area twice and every
   * cell of every range a defined name covers (ExcelJS's DefinedNames makes an object per cell).
   */
  celler: number;
  /** Cells in merged areas (part of `celler`). */
  flettedeCeller: number;
  fletninger: number;
  /** `<si>` and `<r>` in xl/sharedStrings.xml. */
  tekster: number;
  /** Start tags in xl/styles.xml. */
  typografier: number;
}

type DelArt = "ark" | "delteTekster" | "typografier" | "arbejdsbog";

/** The text of one <definedName> longer than this: a hostile file (Excel allows 8.192 characters in a formula). */
const MAKS_NAVNETEKST = 65_536;

/**
 * The cells ExcelJS's DefinedNames expands for a defined name's text (CellMatrix.addCellEx:
 * one object per cell of each range). Counted generously: every "A1:B2" with or without `$`,
 * after comments and markup are dropped and references decoded, as the parser joins the text.
 */
function navnetsCeller(raa: string): number {
  const tekst = afkodVaerdi(
    raa
      .replace(/<!--[\s\S]*?-->/g, "")
      .replace(/<!\[CDATA\[|\]\]>/g, "")
      .replace(/<[^>]*>/g, ""),
  ).toUpperCase();
  let n = 0;
  for (const m of tekst.matchAll(/\$?([A-Z]{1,3})\$?(\d{1,10}):\$?([A-Z]{1,3})\$?(\d{1,10})/g)) {
    const a = afkodAdresse(`${m[1]}${m[2]}`);
    const z = afkodAdresse(`${m[3]}${m[4]}`);
    n += (Math.abs(z.raekke! - a.raekke!) + 1) * (Math.abs(z.kolonne! - a.kolonne!) + 1);
  }
  return n;
}

/** Attributes of one interesting tag longer than this: a hostile file (Excel writes < 300 bytes). */
const MAKS_EGENSKABER = 2048;

/**
 * ExcelJS's colCache.decodeAddress: letters (column) then digits (row), `$` skipped; stops at
 * another character once both are seen. null parts when absent.
 */
function afkodAdresse(v: string): { kolonne: number | null; raekke: number | null } {
  let kolonne = 0;
  let raekke = 0;
  let harKolonne = false;
  let harRaekke = false;
  for (let i = 0; i < v.length; i++) {
    const x = v.charCodeAt(i);
    if (!harRaekke && x >= 65 && x <= 90) {
      harKolonne = true;
      kolonne = kolonne * 26 + x - 64;
    } else if (x >= 48 && x <= 57) {
      harRaekke = true;
      raekke = raekke * 10 + x - 48;
    } else if (harRaekke && harKolonne && x !== 36) break;
  }
  return { kolonne: harKolonne ? kolonne : null, raekke: harRaekke ? raekke : null };
}

/** An attribute value as the XML parser hands it on: character references and the five entities decoded. */
function afkodVaerdi(v: string): string {
  if (!v.includes("&")) return v;
  return v.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos);/g, (_, e: string) => {
    if (e[0] === "#") {
      const n = e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return n <= 0x10ffff ? String.fromCodePoint(n) : "";
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[e as "amp"];
  });
}

/** name="value" pairs (either quote); the names as written (ExcelJS reads unprefixed `r`, `ref`, `min`, `max`). */
function egenskaber(tekst: string): Map<string, string> {
  const ud = new Map<string, string>();
  const re = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(tekst); m; m = re.exec(tekst)) ud.set(m[1], afkodVaerdi(m[2] ?? m[3]));
  return ud;
}

/** A place outside Excel's grid, or another sign of a hand-made part: the reason, in Danish. */
class UdenforGitter extends Error {}

function tjekRaekke(r: number): void {
  if (r > MAKS_RAEKKER || r < 1)
    throw new UdenforGitter(
      `rækkenummer ${formaterTal(r)}; et regneark har rækkerne 1 til ${formaterTal(MAKS_RAEKKER)}`,
    );
}
function tjekKolonne(k: number): void {
  if (k > MAKS_KOLONNER || k < 1)
    throw new UdenforGitter(
      `kolonne nummer ${formaterTal(k)}; et regneark har kolonnerne 1 til ${formaterTal(MAKS_KOLONNER)} (A til XFD)`,
    );
}

/**
 * One pass over a part's XML, across chunk boundaries. Counts start tags (with or without a
 * namespace prefix): `<c>`/`<row>` in a worksheet, `<si>`/`<r>` in the shared strings,
 * every element in the styles. In a worksheet it reads the attributes ExcelJS expands from:
 * `<row r>`, `<c r>`, `<col min max>` and `<mergeCell ref>` (quotes tracked, so a `>` in a
 * value does not end the tag), and throws UdenforGitter for a place outside the grid.
 */
class DelTaeller {
  private navn: number[] | null = null;
  /** The attributes of an interesting tag being read; null outside one. */
  private egenskaber: number[] | null = null;
  private tag = "";
  private citat = 0;
  /** The raw text of a <definedName> being read (arbejdsbog); null outside one. */
  private navnetekst: number[] | null = null;
  /** The name being read is a print area or print titles. */
  private udskrift = false;

  constructor(
    readonly art: DelArt,
    readonly t: Optaelling,
  ) {}

  laes(b: Uint8Array): void {
    for (let i = 0; i < b.length; i++) {
      const x = b[i];
      if (this.navnetekst !== null) {
        if (this.navnetekst.length >= MAKS_NAVNETEKST)
          throw new UdenforGitter(`et navn (<definedName>) på over ${formaterTal(MAKS_NAVNETEKST)} tegn`);
        this.navnetekst.push(x);
        if (x === 0x3e) this.navnSlutTjek();
        continue;
      }
      if (this.egenskaber !== null) {
        if (this.citat !== 0) {
          if (x === this.citat) this.citat = 0;
        } else if (x === 0x22 || x === 0x27) this.citat = x;
        else if (x === 0x3e) {
          this.tagSlut();
          continue;
        }
        if (this.egenskaber.length >= MAKS_EGENSKABER)
          throw new UdenforGitter(`et <${this.tag}>-element med over ${formaterTal(MAKS_EGENSKABER)} tegns egenskaber`);
        this.egenskaber.push(x);
        continue;
      }
      if (this.navn === null) {
        if (x === 0x3c) this.navn = [];
        continue;
      }
      // Name characters: letters, digits, ':', '_', '-', '.'.
      if (
        (x >= 0x61 && x <= 0x7a) ||
        (x >= 0x41 && x <= 0x5a) ||
        (x >= 0x30 && x <= 0x3a) ||
        x === 0x5f ||
        x === 0x2d ||
        x === 0x2e
      ) {
        if (this.navn.length < 24) this.navn.push(x);
        continue;
      }
      this.navnSlut(x);
      if (x === 0x3c) this.navn = [];
    }
  }

  private navnSlut(x: number): void {
    const n = this.navn!;
    this.navn = null;
    if (n.length === 0) return;
    const k = n.lastIndexOf(0x3a) + 1; // after a prefix "x:"
    const lokal = String.fromCharCode(...n.slice(k));
    if (this.art === "typografier") {
      this.t.typografier++;
      return;
    }
    if (this.art === "delteTekster") {
      if (lokal === "si" || lokal === "r") this.t.tekster++;
      return;
    }
    if (this.art === "arbejdsbog") {
      if (lokal === "definedName" && x !== 0x2f) {
        // Read to the end of the start tag (quotes tracked), then the text up to </definedName>.
        this.tag = lokal;
        this.egenskaber = x === 0x3e ? null : [];
        this.citat = 0;
        if (x === 0x3e) this.navnetekst = [];
      }
      return;
    }
    if (lokal === "c" || lokal === "row") this.t.celler++;
    // The attributes follow after white space; "/" or ">" means there are none.
    if ((lokal === "c" || lokal === "row" || lokal === "col" || lokal === "mergeCell") && x !== 0x3e && x !== 0x2f) {
      this.tag = lokal;
      this.egenskaber = [];
      this.citat = 0;
    }
  }

  /** At each ">" inside a name's text: is this its end tag? Then count the cells its ranges cover. */
  private navnSlutTjek(): void {
    const t = this.navnetekst!;
    const hale = String.fromCharCode(...t.slice(-48));
    const slut = /<\/(?:[\w.-]+:)?definedName\s*>$/.exec(hale);
    if (!slut) return;
    this.navnetekst = null;
    if (this.udskrift) return;
    const tekst = new TextDecoder("utf-8").decode(new Uint8Array(t.slice(0, t.length - slut[0].length)));
    this.t.celler += navnetsCeller(tekst);
  }

  private tagSlut(): void {
    if (this.tag === "definedName") {
      // A self-closing <definedName … /> has no text. ExcelJS turns print areas and titles into
      // page setup, not cells: their text is read past but not counted.
      const selvlukket = this.egenskaber![this.egenskaber!.length - 1] === 0x2f;
      const navn = egenskaber(String.fromCharCode(...this.egenskaber!)).get("name");
      this.udskrift = navn === "_xlnm.Print_Area" || navn === "_xlnm.Print_Titles";
      this.egenskaber = null;
      if (!selvlukket) this.navnetekst = [];
      return;
    }
    const e = egenskaber(String.fromCharCode(...this.egenskaber!));
    this.egenskaber = null;
    switch (this.tag) {
      case "row": {
        // ExcelJS: parseInt(r, 10); a row without r is numbered by ExcelJS itself.
        const r = e.get("r");
        if (r !== undefined) {
          const n = parseInt(r, 10);
          if (!Number.isNaN(n)) tjekRaekke(n);
        }
        break;
      }
      case "c": {
        const r = e.get("r");
        if (r !== undefined) {
          const a = afkodAdresse(r);
          if (a.kolonne !== null) tjekKolonne(a.kolonne);
          if (a.raekke !== null) tjekRaekke(a.raekke);
        }
        break;
      }
      case "col": {
        // ExcelJS's Column.fromModel makes one object per column up to the largest max.
        for (const navn of ["min", "max"]) {
          const n = parseInt(e.get(navn) ?? "0", 10);
          if (!Number.isNaN(n) && n !== 0) tjekKolonne(n);
        }
        break;
      }
      case "mergeCell": {
        // ExcelJS's Range: "A1:B2" or one address; it makes every cell of the area.
        const dele = (e.get("ref") ?? "").split(":");
        const a = afkodAdresse(dele[0]);
        const z = dele.length === 2 ? afkodAdresse(dele[1]) : a;
        for (const k of [a.kolonne, z.kolonne]) if (k !== null) tjekKolonne(k);
        for (const r of [a.raekke, z.raekke]) if (r !== null) tjekRaekke(r);
        this.t.fletninger++;
        if (a.kolonne !== null && z.kolonne !== null && a.raekke !== null && z.raekke !== null) {
          // A merged cell costs ExcelJS about twice a plain one (1 mio. merged: 380 MB; 2 mio. plain: 300 MB).
          const celler = (Math.abs(z.raekke - a.raekke) + 1) * (Math.abs(z.kolonne - a.kolonne) + 1);
          this.t.celler += 2 * celler;
          this.t.flettedeCeller += celler;
        }
        break;
      }
    }
  }
}

const STYKKE = 4 * 1024 * 1024;
/** Parts declared at most this big are inflated in one go where Node's zlib is at hand. */
const SMAA_DEL = 1024 * 1024;

interface SynkronZlib {
  inflateRawSync(data: Uint8Array, valg: { maxOutputLength: number }): Uint8Array;
}

/** Node's zlib without importing it (this module also runs in a browser, where there is none). */
function nodeZlib(): SynkronZlib | undefined {
  const proces = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return proces?.getBuiltinModule?.("zlib") as SynkronZlib | undefined;
}
/** Deflate's largest expansion (a run of 258 bytes per 2 bits, plus block overhead). */
const MAKS_FORHOLD = 1032;

/**
 * Inflates one part in pieces and calls `hver` per piece; stops as soon as more than `maks`
 * bytes come out or `hver` returns false. Returns the bytes seen.
 */
async function udpakStroemmet(
  b: Uint8Array,
  p: ZipPost,
  maks: number,
  hver: (stykke: Uint8Array) => boolean,
): Promise<number> {
  // A small part in Node: one synchronous inflate, bounded by its declared size (a web
  // stream costs ≈ 0,3 ms of setup per part, more than the check of a whole takstskema).
  const zlib = nodeZlib();
  if (zlib && maks <= SMAA_DEL) {
    let ud: Uint8Array | null = null;
    try {
      ud = zlib.inflateRawSync(b.subarray(p.data, p.data + p.komprimeret), { maxOutputLength: maks + 1 });
    } catch {
      // Larger than declared, or damaged: the stream below reads it piece by piece and says which.
    }
    if (ud) {
      if (ud.length > 0) hver(ud);
      return ud.length;
    }
  }
  let pos = p.data;
  const slut = p.data + p.komprimeret;
  const ind = new ReadableStream<Uint8Array>({
    pull(c) {
      if (pos >= slut) return c.close();
      const n = Math.min(STYKKE, slut - pos);
      c.enqueue(b.slice(pos, pos + n));
      pos += n;
    },
  });
  const laeser = ind
    .pipeThrough(new DecompressionStream("deflate-raw") as unknown as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  let i = 0;
  try {
    for (;;) {
      let stykke: ReadableStreamReadResult<Uint8Array>;
      try {
        stykke = await laeser.read();
      } catch {
        throw new XlsxLaesefejl(`${BESKADIGET} (delen ${p.navn} kan ikke pakkes ud).`);
      }
      if (stykke.done) break;
      i += stykke.value.length;
      // `hver` may throw its own reason (a place outside the grid): not an inflate error.
      if (i > maks || !hver(stykke.value)) break;
    }
  } finally {
    void laeser.cancel().catch(() => undefined);
  }
  return i;
}

/** The first budget the counts exceed, as an XlsxGraenseFejl naming the part where it was reached. */
function overBudget(t: Optaelling, g: XlsxGraenser, del: string, art: DelArt): XlsxGraenseFejl | null {
  const stor = "Projektmappen er for stor til at blive kontrolleret:";
  if (t.fletninger > g.maksFletninger)
    return new XlsxGraenseFejl(
      `${stor} arkene har over ${formaterTal(g.maksFletninger)} flettede områder (grænsen er nået i ${del}). Ophæv overflødige fletninger, og gem filen igen.`,
      "maksFletninger",
    );
  if (t.celler > g.maksCeller && art === "arbejdsbog")
    return new XlsxGraenseFejl(
      `${stor} projektmappens navngivne områder dækker sammen med arkenes celler over ${formaterTal(g.maksCeller)} celler (grænsen er nået i ${del}). Slet navne, der dækker hele ark eller kolonner (Formler > Navnestyring), og gem filen igen.`,
      "maksCeller",
    );
  if (t.celler > g.maksCeller)
    return new XlsxGraenseFejl(
      t.flettedeCeller > 0
        ? `${stor} arkene indeholder over ${formaterTal(g.maksCeller)} celler og rækker, når hver flettet celle regnes som to (grænsen er nået i ${del}). Ophæv store fletninger, slet overflødige rækker og kolonner, og gem filen igen.`
        : `${stor} arkene indeholder over ${formaterTal(g.maksCeller)} celler og rækker (grænsen er nået i ${del}). Slet overflødige rækker og kolonner, og gem filen igen.`,
      "maksCeller",
    );
  if (t.tekster > g.maksCeller)
    return new XlsxGraenseFejl(
      `${stor} delen ${del} indeholder over ${formaterTal(g.maksCeller)} tekster og tekststykker. Gem filen igen i Excel.`,
      "maksCeller",
    );
  const maksTypografier = Math.floor(g.maksCeller / 4);
  if (t.typografier > maksTypografier)
    return new XlsxGraenseFejl(
      `${stor} delen ${del} indeholder over ${formaterTal(maksTypografier)} formater og formatdele. Gem filen igen i Excel.`,
      "maksCeller",
    );
  return null;
}

/**
 * Throws an XlsxGraenseFejl (Danish message) when the zip would cost more than the limits,
 * or an XlsxLaesefejl when its parts are damaged, lie about their size, or place something
 * outside Excel's grid.
 */
export async function tjekZipGraenser(b: Uint8Array, graenser: Partial<XlsxGraenser> = {}): Promise<void> {
  const g: XlsxGraenser = { ...STANDARD_XLSX_GRAENSER, ...graenser };
  const poster = zipPoster(b);
  let iAlt = 0;
  for (const p of poster) {
    iAlt += p.udpakket;
    if (erXml(p) && p.udpakket > g.maksXmlBytes) {
      throw new XlsxGraenseFejl(
        `Projektmappen er for stor til at blive kontrolleret: delen ${p.navn} fylder ${mb(p.udpakket)} MB udpakket; grænsen er ${mb(g.maksXmlBytes)} MB pr. del.`,
        "maksXmlBytes",
      );
    }
  }
  if (iAlt > g.maksUdpakketBytes) {
    throw new XlsxGraenseFejl(
      `Projektmappen er for stor til at blive kontrolleret: den fylder ${mb(iAlt)} MB udpakket; grænsen er ${mb(g.maksUdpakketBytes)} MB.`,
      "maksUdpakketBytes",
    );
  }

  const t: Optaelling = { celler: 0, flettedeCeller: 0, fletninger: 0, tekster: 0, typografier: 0 };
  const artAf = (p: ZipPost): DelArt | null =>
    erArk(p)
      ? "ark"
      : erDelteTekster(p)
        ? "delteTekster"
        : erTypografier(p)
          ? "typografier"
          : erArbejdsbog(p)
            ? "arbejdsbog"
            : null;
  /** Scans a chunk; false (stop inflating) once the part is outside the grid or a budget is exceeded. */
  const scan = (p: ZipPost, taeller: DelTaeller, s: Uint8Array): boolean => {
    try {
      taeller.laes(s);
    } catch (e) {
      if (e instanceof UdenforGitter) throw new XlsxLaesefejl(`${BESKADIGET} (delen ${p.navn} har ${e.message}).`);
      throw e;
    }
    return overBudget(t, g, p.navn, taeller.art) === null;
  };

  // Every worksheet, the shared strings and the styles are read in full (sheets first): one
  // 35-byte <mergeCell> or <row> can cost minutes, so no size makes a sheet harmless.
  // Deflate expands at most ≈ 1032 times, so the other parts are inflated (largest first)
  // only until the ones left could not pass a size bound even in the worst case.
  const orden: Record<DelArt, number> = { ark: 0, delteTekster: 1, typografier: 2, arbejdsbog: 3 };
  const skalLaeses = poster.filter((p) => artAf(p) !== null).sort((x, y) => orden[artAf(x)!] - orden[artAf(y)!]);
  let sikker = 0; // bytes known (stored parts, inflated parts)
  for (const p of skalLaeses) {
    const taeller = new DelTaeller(artAf(p)!, t);
    if (p.metode === 0) {
      sikker += p.komprimeret;
      scan(p, taeller, b.subarray(p.data, p.data + p.komprimeret));
    } else if (p.metode === 8) {
      const udpakket = await udpakStroemmet(b, p, p.udpakket, (s) => scan(p, taeller, s));
      const over = overBudget(t, g, p.navn, taeller.art);
      if (over) throw over;
      if (udpakket > p.udpakket) {
        throw new XlsxLaesefejl(`${BESKADIGET} (delen ${p.navn} fylder mere udpakket, end zip-filen angiver).`);
      }
      sikker += udpakket;
    }
    const over = overBudget(t, g, p.navn, taeller.art);
    if (over) throw over;
  }

  const resten = poster.filter((p) => artAf(p) === null);
  for (const p of resten) if (p.metode === 0) sikker += p.komprimeret;
  const deflate = resten.filter((p) => p.metode === 8).sort((a, b) => b.komprimeret - a.komprimeret);
  const vaerst = (p: ZipPost): number => p.komprimeret * MAKS_FORHOLD;
  let rest = deflate.reduce((n, p) => n + vaerst(p), 0);
  const restXml = new Array<number>(deflate.length + 1).fill(0);
  for (let i = deflate.length - 1; i >= 0; i--)
    restXml[i] = Math.max(restXml[i + 1], erXml(deflate[i]) ? vaerst(deflate[i]) : 0);

  for (let i = 0; i < deflate.length; i++) {
    if (sikker + rest <= g.maksUdpakketBytes && restXml[i] <= g.maksXmlBytes) break;
    const p = deflate[i];
    const udpakket = await udpakStroemmet(b, p, p.udpakket, () => true);
    if (udpakket > p.udpakket) {
      throw new XlsxLaesefejl(`${BESKADIGET} (delen ${p.navn} fylder mere udpakket, end zip-filen angiver).`);
    }
    sikker += udpakket;
    rest -= vaerst(p);
  }
}
