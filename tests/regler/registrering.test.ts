/**
 * The registry is one typed map (src/core/regler/index.ts): a rule left out, one too many or one
 * under another rule's ID does not compile (tests/regler/register-typer.ts shows it). What the
 * compiler cannot see is the file system: every file in a rule folder
 * (src/core/regler/<område>/, apart from hjaelp/) is a rule, registered under the file's name,
 * and its test is tests/regler/<område>/<id>.test.ts. A rule written but never registered would
 * otherwise never run, and no test would notice.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER, REGLER } from "../../src/core/regler";
import { REGEL_IDER } from "../../src/core/regler/id";
import type { Regel } from "../../src/core/regler/typer";

const REGLER_MAPPE = join(__dirname, "..", "..", "src", "core", "regler");

const omraader = readdirSync(REGLER_MAPPE, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const regelfiler = omraader.flatMap((omraade) =>
  readdirSync(join(REGLER_MAPPE, omraade), { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith(".ts"))
    .map((f) => ({ omraade, id: f.name.slice(0, -".ts".length) })),
);

it("finder regelmapperne, og hver regel har sin egen fil", () => {
  expect(omraader.sort()).toEqual(
    ["omkostninger", "resultater", "skema", "stamdata", "takstbilag", "tillaeg", "ydelser"].sort(),
  );
  expect(regelfiler.map((f) => f.id).sort()).toEqual([...REGEL_IDER].sort());
  expect(ALLE_REGLER.map((r) => r.meta.id)).toEqual([...REGEL_IDER]);
});

describe.each(regelfiler.map((f) => [`${f.omraade}/${f.id}.ts`, f] as const))("%s", (_fil, { omraade, id }) => {
  it("er reglen, registret har under filens navn", async () => {
    const modul = (await import(join(REGLER_MAPPE, omraade, id))) as { default?: Regel };
    expect(modul.default?.meta.id).toBe(id);
    expect(REGLER[id as keyof typeof REGLER]).toBe(modul.default);
  });

  it(`har sin test i tests/regler/${omraade}/${id}.test.ts`, () => {
    expect(existsSync(join(__dirname, omraade, `${id}.test.ts`))).toBe(true);
  });
});
