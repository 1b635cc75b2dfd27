/** Whether a formula reads from another workbook (formel-ekstern-reference). */
const STI_START = /https?:|[A-Za-z]:\\|\\\\/;

/**
 * '[Budget2026.xlsx]Ark1'!B4, [1]Ark1!B4 (Excel's index form for external links), or a path
 * ending in .xls… outside quotes. Linear scans, not one regex: the regex this replaces,
 * /\[[^\]]+\][^!]*!|…/, is quadratic on a long formula of "[a]" without "!".
 */
export function harEksternReference(f: string): boolean {
  // [x] (a non-empty bracket) with a "!" somewhere after it.
  const sidsteUdraab = f.lastIndexOf("!");
  for (let i = f.indexOf("["); i >= 0 && i < sidsteUdraab;) {
    const j = f.indexOf("]", i + 1);
    if (j < 0 || j >= sidsteUdraab) break;
    if (j > i + 1) return true;
    i = f.indexOf("[", j + 1); // "[]": the next bracket starts after it
  }
  // A URL or a drive/UNC path followed by ".xls" before the next quote.
  for (const del of f.split("'")) {
    const m = STI_START.exec(del);
    if (m && del.indexOf(".xls", m.index + m[0].length) >= 0) return true;
  }
  return false;
}
