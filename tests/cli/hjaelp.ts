/** Test workbooks for the CLI, written as real .xlsx files into tests/.tmp/ (git-ignored). */
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import * as path from "path";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { bygSnapshot, type SkemaSpec } from "../../src/core/snapshot-bygger";
import { main, type CliIo } from "../../src/cli/main";
import { gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

export function tmpMappe(navn: string): string {
  const rod = path.join(__dirname, "..", ".tmp");
  mkdirSync(rod, { recursive: true });
  return mkdtempSync(path.join(rod, `${navn}-`));
}

export async function skrivSkema(sti: string, spec: SkemaSpec): Promise<string> {
  mkdirSync(path.dirname(sti), { recursive: true });
  writeFileSync(sti, await skrivSnapshotXlsx(bygSnapshot(spec)));
  return sti;
}

/** Passes every rule. */
export const okSkema = (): SkemaSpec => gyldigtSkema();

/** A pladsændring from 10 to 12 with "ok" as its justification: fejl (and the takst no longer matches). */
export function fejlSkema(): SkemaSpec {
  const s = gyldigtSkema();
  const y = gyldigeYdelser();
  y[0].pladser = 12;
  y[0].bemaerkninger = "ok";
  s.ydelser = y;
  return s;
}

/** A1-108's takst (2.100 kr.) no longer follows from its grundlag: a fejl only the check of the skema sees, not of the takstbilag. */
export function takstAfvigerSkema(): SkemaSpec {
  const s = gyldigtSkema();
  const y = gyldigeYdelser();
  y[0].takst = 2100;
  y[0].bemaerkninger = "Løn- og prisfremskrivning samt ny nattevagt.";
  s.ydelser = y;
  return s;
}

export interface Koersel {
  kode: number;
  stdout: string;
  stderr: string;
}

export async function koer(argv: string[], io: Partial<CliIo> = {}): Promise<Koersel> {
  let stdout = "";
  let stderr = "";
  const kode = await main(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    stderrErTerminal: false,
    env: {},
    ...io,
  });
  return { kode, stdout, stderr };
}
