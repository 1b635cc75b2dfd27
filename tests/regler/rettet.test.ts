/**
 * Issue 7 § 2: every rule whose default is fejl has a test file that runs it through
 * testRegel (which then requires a "rettet" case: the failing skema with the fix applied,
 * valid for the rule). A new fejl rule without one fails here.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../../src/core/regler";

/** tests/regler/<område>/<id>.test.ts by ID. */
const testfiler = new Map(
  readdirSync(__dirname, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .flatMap((d) =>
      readdirSync(join(__dirname, d.name))
        .filter((f) => f.endsWith(".test.ts"))
        .map((f) => [f.slice(0, -".test.ts".length), join(__dirname, d.name, f)] as const),
    ),
);

const fejlregler = ALLE_REGLER.filter((r) => r.meta.standardAlvor === "fejl").map((r) => r.meta.id);

describe("hver fejl-regel har et rettet tilfælde", () => {
  it("der er fejl-regler at tjekke", () => {
    expect(fejlregler.length).toBeGreaterThan(30);
  });

  it.each(fejlregler)("%s: tests/regler/<område>/<id>.test.ts bruger testRegel med et rettet tilfælde", (id) => {
    const fil = testfiler.get(id);
    expect(fil && existsSync(fil)).toBe(true);
    const tekst = readFileSync(fil!, "utf8");
    expect(tekst).toMatch(/\btestRegel\(/);
    expect(tekst).toMatch(/\brettet:/);
  });
});
