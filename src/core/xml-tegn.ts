/**
 * Text that may go into an .xlsx (issue 9 item 5). XML 1.0 forbids the C0 controls except
 * tab, LF and CR, U+FFFE, U+FFFF and lone surrogates; one such character in
 * sharedStrings.xml or a chart makes LibreOffice drop every later string of the file.
 * Office also decodes `_xHHHH_` in text to the character HHHH, so a literal `_x0001_` would
 * come back as a control character.
 * One place for both directions: the .xlsx reader strips (fjernXmlForbudteTegn), and every
 * writer passes each string it writes through xmlSikkerTekst.
 */

// Linear: single-character classes, and the surrogate checks look one character around.
const FORBUDT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const FORBUDT_EN = new RegExp(FORBUDT.source);

/** The text without the characters XML 1.0 forbids. */
export function fjernXmlForbudteTegn(tekst: string): string {
  return FORBUDT_EN.test(tekst) ? tekst.replace(FORBUDT, "") : tekst;
}

const ESCAPE = /_(x[0-9A-Fa-f]{4}_)/g;

/**
 * A string as it may be written into any XML part of an .xlsx (cell, chart, name): the
 * forbidden characters removed, and `_xHHHH_` written as `_x005F_xHHHH_` (Office's own
 * escape for a literal underscore), so Excel, LibreOffice and ExcelJS read the same text back.
 */
export function xmlSikkerTekst(tekst: string): string {
  const ren = fjernXmlForbudteTegn(tekst);
  return ren.includes("_x") ? ren.replace(ESCAPE, "_x005F_$1") : ren;
}

/** Excel's limit on the characters in one cell; the reader cuts longer text there. */
export const MAKS_CELLE_TEGN = 32_767;
