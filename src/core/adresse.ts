/** A1 addresses: column letters ⇄ numbers, ranges. */

const bogstaverCache: string[] = [];

export function kolonneBogstaver(col: number): string {
  const cached = bogstaverCache[col];
  if (cached !== undefined) return cached;
  const s = beregnBogstaver(col);
  if (col > 0 && col <= 16384) bogstaverCache[col] = s;
  return s;
}

function beregnBogstaver(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function kolonneNummer(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function a1(row: number, col: number): string {
  return `${kolonneBogstaver(col)}${row}`;
}

export interface CelleRef {
  row: number;
  col: number;
}

export function parseA1(address: string): CelleRef | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  return { col: kolonneNummer(m[1]), row: Number(m[2]) };
}

export interface Omraade {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A3:P40" (or a single cell "B2", optionally prefixed "Ark!") → numeric bounds. */
export function parseOmraade(ref: string): Omraade | null {
  const uden = ref.includes("!") ? ref.slice(ref.lastIndexOf("!") + 1) : ref;
  const [a, b] = uden.split(":");
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

export function omraadeA1(o: Omraade): string {
  const start = a1(o.top, o.left);
  const slut = a1(o.bottom, o.right);
  return start === slut ? start : `${start}:${slut}`;
}

/** Sheet-qualified address for Excel's Range API: 'Over- og underskud'!C4. */
export function arkAdresse(ark: string, celle: string): string {
  const citeret = /^[A-Za-z_][A-Za-z0-9_]*$/.test(ark) ? ark : `'${ark.replace(/'/g, "''")}'`;
  return `${citeret}!${celle}`;
}
