/**
 * Migration aid (issue 21 § 2): with REGELTESTER_OPTAG=<file>, testRegel appends each invalid
 * case's actual messages to <file> (JSON lines), after its old word checks have passed, so
 * scripts/eksakte-beskeder.ts can write them into the test as exact messages.
 */
import { appendFileSync } from "node:fs";
import type { Fund } from "../../src/core/regler/typer";

export function optag(navn: string, fund: readonly Fund[]): void {
  const fil = process.env.REGELTESTER_OPTAG;
  if (!fil) return;
  const testfil = expect.getState().testPath ?? "";
  appendFileSync(fil, JSON.stringify({ testfil, navn, beskeder: fund.map((f) => f.besked) }) + "\n");
}
