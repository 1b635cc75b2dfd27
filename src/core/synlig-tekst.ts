/**
 * Text from a workbook or a path, made safe to show on one line: CPR numbers masked, and
 * control characters, line breaks and bidi controls shown as \xHH / \uHHHH, so a value can
 * neither drive a terminal nor start a line of its own. Pure: the CLI and the pane's
 * Sekretariat section both use it.
 */
import { skjulCpr } from "./cpr";

// C0, DEL, C1, lone surrogates, and the bidi and line-separator controls that can reorder or fake a line.
const STYRETEGN =
  /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Control characters made visible (\x1B, \u202E): the text can no longer move the cursor, retitle the window or fake a line. */
export function synligTekst(tekst: string): string {
  return tekst.replace(STYRETEGN, (c) => {
    const k = c.charCodeAt(0);
    return k <= 0xff
      ? `\\x${k.toString(16).toUpperCase().padStart(2, "0")}`
      : `\\u${k.toString(16).toUpperCase().padStart(4, "0")}`;
  });
}

/** Each line made visible on its own: for messages that are several lines on purpose. */
export function synligeLinjer(tekst: string): string {
  return tekst
    .split("\n")
    .map((l) => synligTekst(l))
    .join("\n");
}

/** A text from a workbook or a path, for the text output. */
export function vis(tekst: string): string {
  return synligTekst(skjulCpr(tekst));
}

/**
 * A message with every interpolated value shown through `vis` (CPR numbers masked,
 * controls and line breaks made visible): a path, a cell, an argument or an environment
 * variable can never start a line of its own ("x\nFALSK: alle skemaer er godkendt") or
 * drive the terminal. The message's own text and newlines stay. The one helper for every
 * message that quotes something: `vist\`Filen ${sti} kunne ikke skrives.\``.
 */
export function vist(dele: TemplateStringsArray, ...vaerdier: unknown[]): string {
  let ud = dele[0];
  for (let i = 0; i < vaerdier.length; i++) ud += vis(String(vaerdier[i])) + dele[i + 1];
  return ud;
}
