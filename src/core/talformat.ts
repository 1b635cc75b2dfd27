/**
 * Excel number formats, as far as more than one part of the core reads them: the sections
 * (positive;negative;zero;text). The rule talformat-skjuler-vaerdi and the CPR check (a text
 * shown through a format's text section) split a format the same way.
 */

/** The sections, split at ";" outside quotes, brackets and escapes. */
export function formatSektioner(format: string): string[] {
  const ud: string[] = [];
  let del = "";
  let citat = false;
  let klamme = false;
  for (let i = 0; i < format.length; i++) {
    const ch = format[i];
    if (citat) {
      del += ch;
      if (ch === '"') citat = false;
    } else if (ch === "\\" && i + 1 < format.length) {
      del += ch + format[++i];
    } else if (ch === '"') {
      citat = true;
      del += ch;
    } else if (ch === "[") {
      klamme = true;
      del += ch;
    } else if (ch === "]") {
      klamme = false;
      del += ch;
    } else if (ch === ";" && !klamme) {
      ud.push(del);
      del = "";
    } else del += ch;
  }
  ud.push(del);
  return ud;
}
