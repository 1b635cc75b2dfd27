/**
 * docs/regler.md shows, for each rule, its first invalid test case as a verified example (as
 * ESLint's rule docs do): the case is read from the rule's own test file, run through the engine
 * as the test runs it, and must give exactly the findings the test expects.
 */
import { join } from "node:path";
import type { Fund } from "../../src/core/regler/typer";
import { koerRegel, REGISTREREDE_TILFAELDE } from "./regeltester";

export interface RegelEksempel {
  /** The test case's name. */
  navn: string;
  fund: Fund[];
}

const ingenting = (): void => {};
/** Jest's describe and it with their variants (each, skip, only), doing nothing: only testRegel's registration runs. */
function tomGruppe(): unknown {
  const f = (): void => {};
  return Object.assign(f, { each: () => ingenting, skip: ingenting, only: ingenting, todo: ingenting });
}
const JEST_GLOBALE = ["describe", "it", "test", "beforeAll", "beforeEach", "afterAll", "afterEach"] as const;

/**
 * Loads the test file without running a test (inside Jest or not) and returns its first invalid
 * case with the findings it gives. Throws when they are not the ones the test expects.
 */
export async function foersteUgyldige(rod: string, testfil: string, id: string): Promise<RegelEksempel> {
  const g = globalThis as unknown as Record<string, unknown>;
  const gemt = JEST_GLOBALE.map((n) => [n, g[n]] as const);
  for (const n of JEST_GLOBALE) g[n] = tomGruppe();
  try {
    await import(join(rod, testfil));
  } finally {
    for (const [n, v] of gemt) {
      if (v === undefined) delete g[n];
      else g[n] = v;
    }
  }
  const t = REGISTREREDE_TILFAELDE.get(id);
  const c = t?.cases.ugyldige[0];
  if (!t || !c) throw new Error(`${testfil} har intet ugyldigt tilfælde for ${id}`);
  const fund = koerRegel(t.regel, c);
  const vist = fund.map((f) => `${f.ark}!${f.celle} ${f.besked}`);
  const forventet = c.fund.map((f) => `${f.ark}!${f.celle} ${f.besked}`);
  if (JSON.stringify(vist) !== JSON.stringify(forventet))
    throw new Error(`${testfil}, »${c.navn}«: fundene er ikke dem, testen forventer`);
  return { navn: c.navn, fund };
}
