/** Test workbooks for the CLI, written as real .xlsx files into tests/.tmp/ (git-ignored). */
import { mkdirSync, mkdtempSync, writeFileSync } from "fs";
import * as path from "path";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { bygSnapshot, type SkemaSpec } from "../hjaelp/snapshot-bygger";
import { main, type CliIo } from "../../src/cli/main";
import ExcelJS from "exceljs";
import type { ByggeRaekke } from "../hjaelp/snapshot-bygger";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

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

/**
 * A valid skema of another tilbud: its own Driftsherre (null: the fixture's), Tilbud and
 * Tilbudsportal-ID, and Ydelses-IDs prefixed with `praefiks` (null: the fixture's own).
 */
export function tilbud(
  driftsherre: string | null,
  navn: string,
  portalId: string,
  praefiks: string | null,
  aendr: (s: SkemaSpec) => void = () => undefined,
): SkemaSpec {
  const s = okSkema();
  s.stamdata = {
    ...s.stamdata,
    ...(driftsherre === null ? {} : { driftsherre }),
    tilbud: navn,
    tilbudsportalId: portalId,
  };
  if (praefiks) {
    s.ydelser = gyldigeYdelser().map((y) => ({ ...y, ydelsesId: `${praefiks}-${String(y.ydelsesId)}` }));
    s.omkostninger = gyldigeOmkostninger().map((o) => ({ ...o, ydelsesId: `${praefiks}-${String(o.ydelsesId)}` }));
  }
  aendr(s);
  return s;
}

/** A skema for the given Takstår. */
export const iTakstaar =
  (takstaar: number) =>
  (s: SkemaSpec): void =>
    void (s.stamdata = { ...s.stamdata, takstaar });

/** Last year's skema: this year's "sidste år" is what was approved then. */
const fjor = (s: SkemaSpec): void => {
  iTakstaar(2025)(s);
  s.ydelser = (s.ydelser as ByggeRaekke[]).map((y) => ({ ...y, takst: y.takstSidsteAar, pladser: y.pladserSidsteAar }));
};

/**
 * The `--sidste-aar` set in `mappe`: fjor.xlsx, last year's takstbilag as `bilag` writes it (Solbakken
 * and Kysthuset); iaar/solbakken.xlsx, stating last year's takst of SB-A1-108 as 1.900 kr. (approved:
 * 1.950), Kysthuset not submitted; and uden-pladser.xlsx, a workbook that is no takstbilag.
 */
export async function lavSidsteAarSaet(mappe: string): Promise<void> {
  await skrivSkema(
    path.join(mappe, "fjor", "solbakken.xlsx"),
    tilbud("Aalborg Kommune", "Solbakken", "111", "SB", fjor),
  );
  await skrivSkema(
    path.join(mappe, "fjor", "kysthuset.xlsx"),
    tilbud("Hjørring Kommune", "Kysthuset", "222", "KH", fjor),
  );
  await koer(["bilag", "fjor", "--ud", "fjor.xlsx"], { cwd: mappe });
  await skrivSkema(
    path.join(mappe, "iaar", "solbakken.xlsx"),
    tilbud("Aalborg Kommune", "Solbakken", "111", "SB", (s) => {
      (s.ydelser as ByggeRaekke[])[0].takstSidsteAar = 1900;
    }),
  );
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Takster").addRows([
    ["Tilbudsportal-ID", "Ydelses-ID", "Takst"],
    ["111", "SB-A1-108", 1950],
  ]);
  writeFileSync(path.join(mappe, "uden-pladser.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
}
