/**
 * The texts the tests check the code against, found by paths relative to the repo; a missing one throws:
 *  - each registered agreement, at its own `tekst` path (Nordjylland's in docs/kilder/, the
 *    fictitious test region's in tests/profil/testregion/), so a clean clone has them;
 *  - the specification (regler.md, skabelon.md, produkt.md 2026.2), also copied into
 *    docs/kilder/spec/, because CI's clean clone has no shared folder beside it.
 * A missing text throws with the paths tried: a test that needs it fails, it never skips.
 */
import { existsSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { aftaleFor, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import type { Aftale } from "../../src/core/profil/typer";

export const ROD = resolve(__dirname, "..", "..");

const cache = new Map<string, string>();

function laes(sti: string, hvad: string): string {
  const gemt = cache.get(sti);
  if (gemt !== undefined) return gemt;
  if (!existsSync(sti)) throw new Error(`${hvad} findes ikke: ${sti}`);
  const tekst = readFileSync(sti, "utf8");
  cache.set(sti, tekst);
  return tekst;
}

/** An agreement's text, read from its `tekst` path; by default the default profile's (Styringsaftalen for Nordjysk Socialaftale 2025-2026). */
export function aftalen(aftale: Aftale = aftaleFor(STANDARD_PROFIL_ID)): string {
  return laes(join(ROD, aftale.tekst), `Aftaleteksten til ${aftale.navn} (${aftale.tekst})`);
}

/** A file of the specification (version 2026.3), kept in the repo (docs/kilder/spec/), e.g. specFil("regler.md"). */
export function specFil(navn: string): string {
  return laes(join(ROD, "docs", "kilder", "spec", navn), `Specifikationen ${navn} (docs/kilder/spec/)`);
}

/** Whitespace collapsed, so a quote may join the agreement's paragraphs with one space. */
export function normaliser(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}
