/**
 * The texts the tests check the code against, found by paths relative to the repo:
 *  - the agreement, kept in the repo (docs/kilder/), so a clean clone has it;
 *  - the specification, in the shared folder beside the checkout (../shared, or ../../shared
 *    from a worktree under wt/), or where TAKSTSKEMA_DELT points.
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

/** A file of the shared specification folder, e.g. specFil("regler.md"). */
export function specFil(navn: string): string {
  const mapper = [process.env.TAKSTSKEMA_DELT, join(ROD, "..", "shared"), join(ROD, "..", "..", "shared")].filter(
    (m): m is string => !!m,
  );
  for (const m of mapper) {
    const sti = join(m, "spec", navn);
    if (existsSync(sti)) return laes(sti, `Specifikationen ${navn}`);
  }
  throw new Error(
    `Specifikationen ${navn} findes ikke; prøvede ${mapper.map((m) => join(m, "spec", navn)).join(", ")} ` +
      "(sæt TAKSTSKEMA_DELT til den delte mappe).",
  );
}

/** Whitespace collapsed, so a quote may join the agreement's paragraphs with one space. */
export function normaliser(tekst: string): string {
  return tekst.replace(/\s+/g, " ").trim();
}
