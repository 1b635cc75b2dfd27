/**
 * The texts the tests check the code against, found by paths relative to the repo; a missing one throws:
 *  - the agreement, kept in the repo (docs/kilder/), so a clean clone has it;
 *  - the specification (regler.md, skabelon.md, produkt.md 2026.2), also copied into
 *    docs/kilder/spec/, because CI's clean clone has no shared folder beside it.
 * A missing text throws with the paths tried: a test that needs it fails, it never skips.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";

export const ROD = resolve(__dirname, "..", "..");

export const AFTALE_STI = join(ROD, "docs", "kilder", "styringsaftale-nordjylland-2025-2026.txt");

const cache = new Map<string, string>();

function laes(sti: string, hvad: string): string {
  const gemt = cache.get(sti);
  if (gemt !== undefined) return gemt;
  if (!existsSync(sti)) throw new Error(`${hvad} findes ikke: ${sti}`);
  const tekst = readFileSync(sti, "utf8");
  cache.set(sti, tekst);
  return tekst;
}

/** Styringsaftalen for Nordjysk Socialaftale 2025-2026, as text. */
export function aftalen(): string {
  return laes(AFTALE_STI, "Aftaleteksten (docs/kilder/)");
}

/** A file of the specification (version 2026.2), kept in the repo (docs/kilder/spec/), e.g. specFil("regler.md"). */
export function specFil(navn: string): string {
  return laes(join(ROD, "docs", "kilder", "spec", navn), `Specifikationen ${navn} (docs/kilder/spec/)`);
}

/** Whitespace collapsed, so a quote may join the agreement's paragraphs with one space. */
export function normaliser(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}
