/**
 * Every file in a rule folder (src/core/regler/<område>/, apart from index.ts and hjaelp/)
 * is a rule: its default export is registered in the area's index.ts and in ALLE_REGLER
 * under the file's name as ID, and it has its test, tests/regler/<id>.test.ts. A rule
 * written but never registered would otherwise never run, and no test would notice.
 */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../../src/core/regler";
import type { Regel } from "../../src/core/regler/typer";

const REGLER = join(__dirname, "..", "..", "src", "core", "regler");

const omraader = readdirSync(REGLER, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const regelfiler = omraader.flatMap((omraade) =>
  readdirSync(join(REGLER, omraade), { withFileTypes: true })
    .filter((f) => f.isFile() && f.name.endsWith(".ts") && f.name !== "index.ts")
    .map((f) => ({ omraade, id: f.name.slice(0, -".ts".length) })),
);

it("finder regelmapperne og deres regler", () => {
  expect(omraader).toEqual(
    expect.arrayContaining(["skema", "stamdata", "ydelser", "omkostninger", "resultater", "tillaeg", "takstbilag"]),
  );
  expect(regelfiler.length).toBeGreaterThanOrEqual(ALLE_REGLER.length);
});

describe.each(regelfiler.map((f) => [`${f.omraade}/${f.id}.ts`, f] as const))("%s", (_fil, { omraade, id }) => {
  it("er en regel med filnavnet som ID, registreret i områdets index.ts og i ALLE_REGLER", async () => {
    const modul = (await import(join(REGLER, omraade, id))) as { default?: Regel };
    const regel = modul.default;
    expect(regel?.meta?.id).toBe(id);
    expect(typeof regel?.tjek).toBe("function");
    const indeks = (await import(join(REGLER, omraade, "index"))) as Record<string, unknown>;
    const lister = Object.values(indeks).filter((v): v is readonly Regel[] => Array.isArray(v));
    const registreret = lister.flat();
    expect(registreret.map((r) => r.meta.id)).toContain(id);
    expect(registreret).toContain(regel);
    expect(ALLE_REGLER).toContain(regel);
  });

  it(`har sin test i tests/regler/${id}.test.ts`, () => {
    expect(existsSync(join(__dirname, `${id}.test.ts`))).toBe(true);
  });
});

it("hver regel i ALLE_REGLER har sin egen fil i en regelmappe", () => {
  const ider = new Set(regelfiler.map((f) => f.id));
  expect(ALLE_REGLER.map((r) => r.meta.id).filter((id) => !ider.has(id))).toEqual([]);
});
