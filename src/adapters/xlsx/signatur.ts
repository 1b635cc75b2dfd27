/**
 * Recognises what a file is from its first bytes, before ExcelJS sees it, so the user gets
 * a clear Danish reason instead of a zip library's error.
 */

/** A file that cannot be read as an .xlsx workbook; the message is for the user. */
export class XlsxLaesefejl extends Error {
  constructor(
    message: string,
    public readonly aarsag?: unknown,
  ) {
    super(message);
    this.name = "XlsxLaesefejl";
  }
}

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function starterMed(buf: Uint8Array, bytes: readonly number[]): boolean {
  if (buf.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (buf[i] !== bytes[i]) return false;
  return true;
}

function bytes(tekst: string, utf16 = false): Uint8Array {
  const ud = new Uint8Array(utf16 ? tekst.length * 2 : tekst.length);
  for (let i = 0; i < tekst.length; i++) {
    if (utf16) {
      ud[2 * i] = tekst.charCodeAt(i) & 0xff;
      ud[2 * i + 1] = tekst.charCodeAt(i) >> 8;
    } else ud[i] = tekst.charCodeAt(i) & 0xff;
  }
  return ud;
}

/** Whether `moenster` occurs in `buf` (Node's native search when there is a Buffer; also runs in a browser). */
function indeholder(buf: Uint8Array, moenster: Uint8Array): boolean {
  const B = (globalThis as { Buffer?: typeof Buffer }).Buffer;
  if (B) return B.from(buf.buffer, buf.byteOffset, buf.byteLength).lastIndexOf(moenster) >= 0;
  const foerste = moenster[0];
  outer: for (let i = buf.length - moenster.length; i >= 0; i--) {
    if (buf[i] !== foerste) continue;
    for (let j = 1; j < moenster.length; j++) if (buf[i + j] !== moenster[j]) continue outer;
    return true;
  }
  return false;
}

/** Stream names in an OLE directory are UTF-16LE. */
function harOleStroem(buf: Uint8Array, navn: string): boolean {
  return indeholder(buf, bytes(navn, true));
}

/** Zip entry names stand in plain bytes in the local headers and the central directory. */
function harZipPost(buf: Uint8Array, navn: string): boolean {
  return indeholder(buf, bytes(navn));
}

/** A complete zip ends with its end-of-central-directory record (within the last 64 kB). */
function harZipSlutpost(buf: Uint8Array): boolean {
  for (let i = buf.length - 22; i >= 0 && i >= buf.length - 22 - 0xffff; i--) {
    if (buf[i] === 0x50 && buf[i + 1] === 0x4b && buf[i + 2] === 0x05 && buf[i + 3] === 0x06) return true;
  }
  return false;
}

function latin1(buf: Uint8Array, n: number): string {
  let s = "";
  for (let i = 0; i < Math.min(n, buf.length); i++) s += String.fromCharCode(buf[i]);
  return s;
}

function lignerTekst(buf: Uint8Array): boolean {
  const n = Math.min(buf.length, 4096);
  let styretegn = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b === 0) return false;
    if (b < 9 || (b > 13 && b < 32)) styretegn++;
  }
  return styretegn <= n / 100;
}

/** Throws an XlsxLaesefejl unless the bytes look like an .xlsx (or .xlsm) workbook. */
export function tjekXlsxSignatur(buf: Uint8Array): void {
  if (buf.length === 0) throw new XlsxLaesefejl("Filen er tom (0 bytes) og er ikke en .xlsx-projektmappe.");

  if (starterMed(buf, OLE)) {
    if (harOleStroem(buf, "EncryptedPackage") || harOleStroem(buf, "EncryptionInfo")) {
      throw new XlsxLaesefejl(
        "Filen er krypteret med adgangskode og kan ikke læses. Fjern adgangskoden i Excel (Filer > Oplysninger > Beskyt projektmappe > Krypter med adgangskode) og gem filen igen.",
      );
    }
    throw new XlsxLaesefejl(
      "Filen er ikke en .xlsx-projektmappe (det ligner en gammel .xls-fil). Åbn den i Excel og gem den som Excel-projektmappe (.xlsx).",
    );
  }

  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b) {
    if (buf[2] === 0x05 && buf[3] === 0x06)
      throw new XlsxLaesefejl("Filen er en tom zip-fil, ikke en .xlsx-projektmappe.");
    if (harZipPost(buf, "xl/workbook.xml")) return;
    if (harZipPost(buf, "xl/workbook.bin")) {
      throw new XlsxLaesefejl(
        "Filen er en binær Excel-projektmappe (.xlsb), som ikke kan læses. Gem den som Excel-projektmappe (.xlsx).",
      );
    }
    if (indeholder(buf, bytes("application/vnd.oasis.opendocument"))) {
      throw new XlsxLaesefejl(
        "Filen er et OpenDocument-dokument (fx .ods fra LibreOffice), ikke en .xlsx-projektmappe. Gem den i formatet Excel 2007-365 (.xlsx).",
      );
    }
    if (harZipPost(buf, "word/document.xml")) {
      throw new XlsxLaesefejl("Filen er et Word-dokument, ikke en .xlsx-projektmappe.");
    }
    if (harZipPost(buf, "ppt/presentation.xml")) {
      throw new XlsxLaesefejl("Filen er en PowerPoint-præsentation, ikke en .xlsx-projektmappe.");
    }
    if (!harZipSlutpost(buf)) {
      // A truncated copy: the names near the end (xl/workbook.xml …) are gone with the rest.
      throw new XlsxLaesefejl(
        "Filen er ufuldstændig: zip-filen er afskåret før sin indholdsfortegnelse (måske en afbrudt kopiering eller download). Hent eller gem filen igen.",
      );
    }
    throw new XlsxLaesefejl("Filen er en zip-fil, men ikke en .xlsx-projektmappe (den mangler xl/workbook.xml).");
  }

  const start = latin1(buf, 2048)
    .replace(/^\xEF\xBB\xBF/, "")
    .trimStart()
    .toLowerCase();
  if (start.startsWith("<")) {
    if (start.includes("urn:schemas-microsoft-com:office:spreadsheet") || start.includes('progid="excel.sheet"')) {
      throw new XlsxLaesefejl(
        "Filen er et gammelt XML-regneark (Excel 2003), ikke en .xlsx-projektmappe. Åbn den i Excel og gem den som Excel-projektmappe (.xlsx).",
      );
    }
    if (start.includes("<html") || start.includes("<!doctype html")) {
      throw new XlsxLaesefejl(
        "Filen er en HTML-side med en forkert filendelse, ikke en .xlsx-projektmappe. Åbn den i Excel og gem den som Excel-projektmappe (.xlsx).",
      );
    }
  }
  if (latin1(buf, 5) === "%PDF-") {
    throw new XlsxLaesefejl("Filen er en PDF-fil, ikke en .xlsx-projektmappe.");
  }
  if (lignerTekst(buf)) {
    throw new XlsxLaesefejl(
      "Filen er ikke en .xlsx-projektmappe (det ligner en tekstfil, fx CSV). Åbn den i Excel og gem den som Excel-projektmappe (.xlsx).",
    );
  }
  throw new XlsxLaesefejl("Filen er ikke en .xlsx-projektmappe (ukendt filformat).");
}
