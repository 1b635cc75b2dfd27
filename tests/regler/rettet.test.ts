/**
 * Issue 7 § 2: every rule whose default is fejl has a test file that runs it through
 * testRegel (which then requires a "rettet" case: the failing skema with the fix applied,
 * valid for the rule). A new fejl rule without one fails here.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../../src/core/regler";

const fejlregler = ALLE_REGLER.filter((r) => r.meta.standardAlvor === "fejl").map((r) => r.meta.id);

describe("hver fejl-regel har et rettet tilfælde", () => {
  it("der er fejl-regler at tjekke", () => {
    expect(fejlregler.length).toBeGreaterThan(30);
  });

  it.each(fejlregler)("%s: tests/regler/<id>.test.ts bruger testRegel med et rettet tilfælde", (id) => {
    const fil = join(__dirname, `${id}.test.ts`);
    expect(existsSync(fil)).toBe(true);
    const tekst = readFileSync(fil, "utf8");
    expect(tekst).toMatch(/\btestRegel\(/);
    expect(tekst).toMatch(/\brettet:/);
  });
});
