/**
 * Bounds on what an .xlsx may cost before ExcelJS sees it. ExcelJS inflates every zip part
 * into memory and builds an object per cell and row (≈ 40 MB of memory per MB of dense
 * `<c/>` cells), so a few MB of zip can take the machine down. Checked here, from the zip's
 * central directory and one streamed pass over the compressed parts:
 * - the declared uncompressed sizes (all parts together, and each XML part);
 * - each part really inflates to no more than its declared size (the headers can lie);
 * - the worksheets hold no more than a budget of cells and rows (counted in the XML).
 * A part's name is taken as JSZip and ExcelJS take it (ejsNavn): the LOCAL header's name
 * (or the Info-ZIP Unicode path), `.`/empty/`..` segments resolved, a leading `/` dropped;
 * and a part is a worksheet when ExcelJS's own unanchored pattern finds it one, so
 * `xl/worksheets/sheet9.xml.bak` or `xl/./worksheets/sheet1.xml` are counted too.
 * Runs in a browser too (DecompressionStream, no Node modules).
 */
import { formaterTal } from "../../core/format";
import { XlsxLaesefejl } from "./signatur";

export interface XlsxGraenser {
  /** All parts of the zip together, uncompressed. */
  maksUdpakketBytes: number;
  /** One XML part (a worksheet, sharedStrings …), uncompressed. */
  maksXmlBytes: number;
  /** `<c>` and `<row>` elements in all worksheets together. */
  maksCeller: number;
}

/** The largest file read at all (MB), before its zip is looked at: `takstskema` (TAKSTSKEMA_MAKS_MB) and the pane. */
export const STANDARD_MAKS_MB = 200;

export const STANDARD_XLSX_GRAENSER: Readonly<XlsxGraenser> = {
  maksUdpakketBytes: 500 * 1024 * 1024,
  maksXmlBytes: 100 * 1024 * 1024,
  maksCeller: 2_000_000,
};

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

function findSlutpost(b: Uint8Array): number {
  for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
    if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) return i;
  }
  return -1;
}

/** The entries of the zip's central directory (with ZIP64 sizes); throws when it is damaged. */
export function zipPoster(b: Uint8Array): ZipPost[] {
  const eocd = findSlutpost(b);
  if (eocd < 0)
    throw new XlsxLaesefejl(`${BESKADIGET} (zip-filens indholdsfortegnelse mangler; filen er måske afskåret).`);
  let antal = u16(b, eocd + 10);
  let cd = u32(b, eocd + 16);
  // ZIP64: the locator sits just before the record.
  const loc = eocd - 20;
  if ((antal === 0xffff || cd === 0xffffffff) && loc >= 0 && u32(b, loc) === 0x07064b50) {
    const z = u64(b, loc + 8);
    if (z + 56 <= b.length && u32(b, z) === 0x06064b50) {
      antal = u64(b, z + 32);
      cd = u64(b, z + 48);
    }
  }
  const poster: ZipPost[] = [];
  let p = cd;
  for (let n = 0; n < antal; n++) {
    if (p + 46 > b.length || u32(b, p) !== 0x02014b50)
      throw new XlsxLaesefejl(`${BESKADIGET} (zip-filens indholdsfortegnelse er ødelagt).`);
    const navnLgd = u16(b, p + 28);
    const ekstraLgd = u16(b, p + 30);
    const kommentarLgd = u16(b, p + 32);
    let komprimeret = u32(b, p + 20);
    let udpakket = u32(b, p + 24);
    let lokal = u32(b, p + 42);
    let unicodeSti: Uint8Array | null = null;
    // ZIP64 extra field (id 1): the fields that are 0xFFFFFFFF above, in this order.
    for (let e = p + 46 + navnLgd; e + 4 <= p + 46 + navnLgd + ekstraLgd;) {
      const id = u16(b, e);
      const lgd = u16(b, e + 2);
      // Info-ZIP Unicode path (0x7075): JSZip uses it when its CRC matches the name; we take both names.
      if (id === 0x7075 && lgd > 5 && b[e + 4] === 1) unicodeSti = b.subarray(e + 9, e + 4 + lgd);
      if (id === 1) {
        let f = e + 4;
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
      e += 4 + lgd;
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

/**
 * Counts `<c …>` and `<row …>` start tags (with or without a namespace prefix), across
 * chunk boundaries: the state is the tag name read so far.
 */
class CelleTaeller {
  antal = 0;
  private navn: number[] | null = null;
  laes(b: Uint8Array): void {
    for (let i = 0; i < b.length; i++) {
      const x = b[i];
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
      this.slut();
      if (x === 0x3c) this.navn = [];
    }
  }
  private slut(): void {
    const n = this.navn!;
    this.navn = null;
    const k = n.lastIndexOf(0x3a) + 1; // after a prefix "x:"
    const l = n.length - k;
    if (l === 1 && n[k] === 0x63) this.antal++;
    else if (l === 3 && n[k] === 0x72 && n[k + 1] === 0x6f && n[k + 2] === 0x77) this.antal++;
  }
}

const STYKKE = 4 * 1024 * 1024;
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
      const { done, value } = await laeser.read();
      if (done) break;
      i += value.length;
      if (i > maks || !hver(value)) break;
    }
  } catch {
    throw new XlsxLaesefejl(`${BESKADIGET} (delen ${p.navn} kan ikke pakkes ud).`);
  } finally {
    void laeser.cancel().catch(() => undefined);
  }
  return i;
}

/**
 * Throws an XlsxGraenseFejl (Danish message) when the zip would cost more than the limits,
 * or an XlsxLaesefejl when its parts are damaged or lie about their size.
 */
export async function tjekZipGraenser(b: Uint8Array, graenser: XlsxGraenser = STANDARD_XLSX_GRAENSER): Promise<void> {
  const poster = zipPoster(b);
  let iAlt = 0;
  for (const p of poster) {
    iAlt += p.udpakket;
    if (erXml(p) && p.udpakket > graenser.maksXmlBytes) {
      throw new XlsxGraenseFejl(
        `Projektmappen er for stor til at blive kontrolleret: delen ${p.navn} fylder ${mb(p.udpakket)} MB udpakket; grænsen er ${mb(graenser.maksXmlBytes)} MB pr. del.`,
        "maksXmlBytes",
      );
    }
  }
  if (iAlt > graenser.maksUdpakketBytes) {
    throw new XlsxGraenseFejl(
      `Projektmappen er for stor til at blive kontrolleret: den fylder ${mb(iAlt)} MB udpakket; grænsen er ${mb(graenser.maksUdpakketBytes)} MB.`,
      "maksUdpakketBytes",
    );
  }

  // Deflate expands at most ≈ 1032 times, so a small part cannot hurt even if its header lies.
  // Inflate the largest parts first (counting cells in worksheets) until the ones left could
  // not pass a bound even in the worst case; a normal takstskema inflates only its sheets.
  const taeller = new CelleTaeller();
  let sikker = 0; // bytes known (stored parts, inflated parts)
  for (const p of poster) {
    if (p.metode === 0) {
      sikker += p.komprimeret;
      if (erArk(p)) taeller.laes(b.subarray(p.data, p.data + p.komprimeret));
    }
  }
  const deflate = poster.filter((p) => p.metode === 8).sort((a, b) => b.komprimeret - a.komprimeret);
  const vaerst = (p: ZipPost): number => p.komprimeret * MAKS_FORHOLD;
  let rest = deflate.reduce((n, p) => n + vaerst(p), 0);
  let restCeller = deflate.reduce((n, p) => n + (erArk(p) ? vaerst(p) / 4 : 0), 0); // "<c/>" is 4 bytes
  const restXml = new Array<number>(deflate.length + 1).fill(0);
  for (let i = deflate.length - 1; i >= 0; i--)
    restXml[i] = Math.max(restXml[i + 1], erXml(deflate[i]) ? vaerst(deflate[i]) : 0);

  for (let i = 0; i < deflate.length; i++) {
    if (
      sikker + rest <= graenser.maksUdpakketBytes &&
      taeller.antal + restCeller <= graenser.maksCeller &&
      restXml[i] <= graenser.maksXmlBytes
    )
      break;
    const p = deflate[i];
    const ark = erArk(p);
    const udpakket = await udpakStroemmet(b, p, p.udpakket, (s) => {
      if (ark) taeller.laes(s);
      return taeller.antal <= graenser.maksCeller;
    });
    if (taeller.antal > graenser.maksCeller) {
      throw new XlsxGraenseFejl(
        `Projektmappen er for stor til at blive kontrolleret: arkene indeholder over ${formaterTal(graenser.maksCeller)} celler og rækker (grænsen er nået i ${p.navn}). Slet overflødige rækker og kolonner, og gem filen igen.`,
        "maksCeller",
      );
    }
    if (udpakket > p.udpakket) {
      throw new XlsxLaesefejl(`${BESKADIGET} (delen ${p.navn} fylder mere udpakket, end zip-filen angiver).`);
    }
    sikker += udpakket;
    rest -= vaerst(p);
    if (ark) restCeller -= vaerst(p) / 4;
  }
}
