/**
 * The pane's first JavaScript (issue 20 § 4): what taskpane.html loads before the first
 * render is at most 200 KB gzipped, and it holds neither the sections the user has not
 * opened (their Fluent components: the combobox, the dialogs) nor the rule engine, which
 * loads beside the first render. Reads the built dist/ (npm run build:test); not a timing.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

const DIST = process.env.TAKSTSKEMA_DIST ?? join(__dirname, "..", "..", "dist");

/** The scripts taskpane.html loads itself (not Office.js from the CDN), in order. */
function foersteScripts(): string[] {
  const html = readFileSync(join(DIST, "taskpane.html"), "utf8");
  // Minified HTML may leave attribute values unquoted (src=react.1234.js).
  return [...html.matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !/^https?:/.test(s));
}

describe("opgaverudens første JavaScript", () => {
  beforeAll(() => {
    if (!existsSync(join(DIST, "taskpane.html"))) throw new Error("dist/taskpane.html mangler: kør npm run build:test");
  });

  it("er højst 200 KB gzip", () => {
    const gz = foersteScripts().reduce((n, s) => n + gzipSync(readFileSync(join(DIST, s)), { level: 9 }).length, 0);
    expect(gz / 1024).toBeLessThanOrEqual(200);
  });

  it("har ikke de afsnit, brugeren ikke har åbnet, eller regelmotoren", () => {
    const kode = foersteScripts()
      .map((s) => readFileSync(join(DIST, s), "utf8"))
      .join("\n");
    // Validering's own components are there; the other sections' are not, nor the rules.
    expect(kode.includes("fui-Accordion")).toBe(true);
    const ikke = [
      "fui-Combobox", // Tillægsydelse
      "fui-DialogSurface", // Indsæt, Marker status
      // A rule's description: the rules load with the engine (motor.ts), after the first render.
      "Den budgetterede belægningsprocent må ikke være over 100 %.",
    ];
    expect(ikke.filter((s) => kode.includes(s))).toEqual([]);
  });
});
