/**
 * The syntax level of what Excel loads (issue 8 §1): every script taskpane.html loads from
 * dist/ parses as ES2020 (what the README's host table promises: WebView2, Safari 14+, the
 * browsers behind Excel on the web), and the refusal script for older Excel parses as ES5 and
 * shows its Danish message where ES2020 is missing. Needs the build (npm test builds first);
 * without dist/ the test fails and says so.
 */
import * as acorn from "acorn";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as vm from "node:vm";
import { DIST } from "../hjaelp/browser";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { NIVEAU } = require("../../scripts/es-niveau-loader.js") as { NIVEAU: number };
const ROD = join(__dirname, "..", "..");
const VAGT = "assets/kraever-nyere-excel.js";
const NIVEAUER = [5, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024] as const;

function parser(kode: string, ecmaVersion: (typeof NIVEAUER)[number]): boolean {
  for (const sourceType of ["script", "module"] as const) {
    if (ecmaVersion === 5 && sourceType === "module") continue;
    try {
      acorn.parse(kode, { ecmaVersion, sourceType });
      return true;
    } catch {
      // the other form
    }
  }
  return false;
}

/** The lowest ECMAScript version the code parses as (null: not even the newest). */
function laveste(kode: string): number | null {
  return NIVEAUER.find((v) => parser(kode, v)) ?? null;
}

function scripts(html: string): string[] {
  return [...html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)/gi)].map((m) => m[1]);
}

describe("syntaksniveau", () => {
  it("parseren kan skelne niveauerne (så testen kan fejle)", () => {
    expect(laveste("var a = 1;")).toBe(5);
    expect(laveste("const f = (a) => a;")).toBe(2015);
    expect(laveste("const x = a?.b ?? c;")).toBe(2020);
    expect(laveste("a ??= 1;")).toBe(2021);
    expect(laveste("class A { static { init(); } }")).toBe(2022);
    expect(laveste("f(a, b,);")).toBe(2017);
  });

  const html = join(DIST, "taskpane.html");
  if (!existsSync(html)) {
    it("kræver en bygning i dist/", () => {
      throw new Error(`${html} mangler: kør npm run build:test (npm test gør det først).`);
    });
    return;
  }

  const egne = scripts(readFileSync(html, "utf8")).filter((s) => !/^(?:[a-z]+:)?\/\//i.test(s));

  it(`opgavérudens egne scripts kan parses som ES${NIVEAU}; vagten før dem som ES5`, () => {
    expect(egne[0]).toBe(VAGT);
    expect(egne.length).toBeGreaterThan(2);
    const maalt: Record<string, number | null> = {};
    for (const s of egne) maalt[s] = laveste(readFileSync(join(DIST, s), "utf8"));
    expect(maalt[VAGT]).toBe(5);
    for (const [fil, v] of Object.entries(maalt)) {
      expect({ fil, niveau: v !== null && v <= NIVEAU }).toEqual({ fil, niveau: true });
    }
    // The bundles need ES2020 (optional chaining and ??), so a webview below it is refused by the guard.
    expect(Math.max(...Object.values(maalt).map((v) => v ?? Infinity))).toBe(NIVEAU);
  });

  it("vagten i dist/ (minimeret) har stadig beskeden", () => {
    expect(readFileSync(join(DIST, VAGT), "utf8")).toContain("Takstskema kræver en nyere udgave af Excel");
  });
});

describe("vagten mod ældre Excel", () => {
  const kode = readFileSync(join(ROD, VAGT), "utf8");

  const EGEN = "https://takstskema.example/taskpane.3f2a1b.js";
  const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

  /**
   * Runs the guard in a bare context with a minimal DOM; `moderne` adds the ES2020 built-ins
   * (and WeakRef unless `udenWeakRef`). Office.onReady's callbacks run when `klar()` is called.
   */
  function koer(moderne: boolean, udenWeakRef = false) {
    const rod = { boern: [] as { tekst: string; rolle: string | null }[] };
    const lyttere: Record<string, ((e: unknown) => void)[]> = {};
    const element = () => {
      const e = { tekst: "", rolle: null as string | null };
      return {
        setAttribute: (_n: string, v: string) => (e.rolle = v),
        set textContent(t: string) {
          e.tekst = t;
        },
        e,
      };
    };
    const document = {
      readyState: "complete",
      getElementById: () => ({
        get firstChild() {
          return rod.boern[0] ?? null;
        },
        removeChild: () => rod.boern.shift(),
        appendChild: (x: { e: { tekst: string; rolle: string | null } }) => rod.boern.push(x.e),
      }),
      createElement: element,
      addEventListener: () => undefined,
    };
    const g: Record<string, unknown> = {
      document,
      Object,
      String: moderne ? String : { prototype: {} },
      Promise: moderne ? Promise : function () {},
      BigInt: moderne ? BigInt : undefined,
      WeakRef: moderne && !udenWeakRef ? (globalThis as Record<string, unknown>).WeakRef : undefined,
      location: { protocol: "https:", host: "takstskema.example" },
    };
    const klarKald: (() => void)[] = [];
    g.Office = { onReady: (fn: () => void) => klarKald.push(fn) };
    g.window = g;
    g.addEventListener = (navn: string, fn: (e: unknown) => void) => (lyttere[navn] ??= []).push(fn);
    g.removeEventListener = (navn: string, fn: (e: unknown) => void) =>
      (lyttere[navn] = (lyttere[navn] ?? []).filter((x) => x !== fn));
    rod.boern.push({ tekst: "Indlæser Takstskema …", rolle: null });
    vm.runInNewContext(kode, g);
    const fejl = (filename: string) => {
      for (const fn of lyttere.error ?? []) fn({ message: "SyntaxError: Unexpected token '?'", filename });
    };
    return { rod, lyttere, fejl, klar: () => klarKald.forEach((fn) => fn()) };
  }

  it("viser den danske besked, hvor ES2020 mangler (IE11, EdgeHTML)", () => {
    const { rod } = koer(false);
    expect(rod.boern).toHaveLength(1);
    expect(rod.boern[0].rolle).toBe("alert");
    expect(rod.boern[0].tekst).toMatch(/^Takstskema kræver en nyere udgave af Excel: Microsoft 365/);
  });

  it("lader ruden være i en moderne webview, men afviser, hvis en bundle ikke kan parses", () => {
    const { rod, lyttere } = koer(true);
    expect(rod.boern).toEqual([{ tekst: "Indlæser Takstskema …", rolle: null }]);
    for (const fn of lyttere.error ?? []) fn({ message: "SyntaxError: Unexpected token '?'", filename: EGEN });
    expect(rod.boern[0].tekst).toMatch(/^Takstskema kræver/);
  });

  it("afviser en webview uden WeakRef (Safari 14.0, iPadOS før 14.5), som Fluent UI bruger", () => {
    const { rod } = koer(true, true);
    expect(rod.boern[0].tekst).toMatch(/^Takstskema kræver en nyere udgave af Excel/);
  });

  it("tæller kun syntaksfejl fra tilføjelsesprogrammets egne filer, og kun indtil Office.onReady har kørt", () => {
    const fremmed = koer(true);
    fremmed.fejl(OFFICE_CDN);
    fremmed.fejl("");
    expect(fremmed.rod.boern).toEqual([{ tekst: "Indlæser Takstskema …", rolle: null }]);

    const efter = koer(true);
    efter.klar();
    expect(efter.lyttere.error ?? []).toHaveLength(0);
    efter.fejl(EGEN);
    expect(efter.rod.boern).toEqual([{ tekst: "Indlæser Takstskema …", rolle: null }]);
  });
});
