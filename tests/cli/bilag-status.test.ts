/** A takst's status on DAS' paper comes from its own findings (issue 17 § 3). */
import { readFileSync, rmSync } from "fs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { laesTakstskema } from "../../src/core/reader/laes";
import { findSheet } from "../../src/core/snapshot";
import { koer, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

let mappe: string;

beforeAll(async () => {
  mappe = tmpMappe("cli-bilag-status");
  // A Stamdata field left empty: a fejl of the whole skema, not of any takst.
  const s = okSkema();
  s.stamdata = { ...s.stamdata, kontaktperson: null };
  await skrivSkema(path.join(mappe, "ind", "solbakken.xlsx"), s);
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("en fejl i Stamdata gør ikke hver takst til Fejl; den står én gang for tilbuddet på Oversigt", async () => {
  const r = await koer(["bilag", "ind", "--ud", "b.xlsx"], { cwd: mappe });
  expect(r.kode).toBe(1);
  const snap = await laesXlsx(readFileSync(path.join(mappe, "b.xlsx")));
  const raekker = laesTakstskema(snap).takstbilag!.raekker;
  expect(raekker.map((x) => x.status.vaerdi)).toEqual(["OK", "OK"]);
  const oversigt = findSheet(snap, "Oversigt")!;
  const start = oversigt.values.findIndex((x) => x[0] === "Fejl og advarsler i skemaet uden for taksterne (1)");
  expect(start).toBeGreaterThan(0);
  const linje = oversigt.values[start + 3].filter((x) => x !== null);
  expect(linje).toEqual(["Aalborg Kommune", "Bostedet Solbakken", "1 fejl", "Fejl"]);
});
