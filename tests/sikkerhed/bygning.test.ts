/**
 * Security of the build (README; the product spec: "the task pane loads no remote code but office.js; a
 * Content Security Policy; no eval"). The dist/ checks need `npm run build` first (npm test
 * builds in CI); without dist/ they fail with a message saying so. TAKSTSKEMA_DIST points
 * at another build folder.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { DIST as STANDARD_DIST } from "../hjaelp/browser";
import { ROD } from "./hjaelp";

const DIST = process.env.TAKSTSKEMA_DIST ?? STANDARD_DIST;
const OFFICE_JS = "https://appsforoffice.microsoft.com";
/** Office.js' newer CDN origin (Microsoft's unified domain); the pages allow both and load office.js from it. */
const OFFICE_CDN_NY = "https://officeapis.public.onecdn.static.microsoft";
/** office.js as Microsoft's docs now give it ("Referencing the Office JavaScript API library"). */
const OFFICE_JS_URL = `${OFFICE_CDN_NY}/1/office.js`;
const SIDER = ["taskpane", "preview"] as const;
type Side = (typeof SIDER)[number];

function alleFiler(mappe: string, filter: (navn: string) => boolean): string[] {
  const ud: string[] = [];
  for (const navn of readdirSync(mappe)) {
    const sti = join(mappe, navn);
    if (statSync(sti).isDirectory()) ud.push(...alleFiler(sti, filter));
    else if (filter(navn)) ud.push(sti);
  }
  return ud;
}

// ------------------------------------------------------------------ code built from text

/**
 * Every way the minified code could turn text into code. The look-behind keeps out
 * `isFunction(`, `x.eval(` (a method of that name) and `typeof Function`-style words.
 */
const FARLIGT: { navn: string; re: RegExp }[] = [
  { navn: "eval", re: /(?<![\w$.])eval\s*\(/g },
  {
    navn: "indirekte eval",
    re: /\(\s*0\s*,\s*eval\s*\)|(?<![\w$.])eval\s*\)\s*\(|window\.eval\b|globalThis\.eval\b|self\.eval\b/g,
  },
  { navn: "new Function", re: /(?<![\w$.])new\s+Function\b/g },
  { navn: "Function(…)", re: /(?<![\w$.])Function\s*\(/g },
  { navn: "Function.call/apply/bind", re: /(?<![\w$.])Function\.(?:call|apply|bind)\s*\(/g },
  { navn: '.constructor("…")', re: /\.constructor\s*\(\s*["'`]/g },
  { navn: "setTimeout/setInterval med tekst", re: /(?<![\w$.])set(?:Timeout|Interval|Immediate)\s*\(\s*["'`]/g },
];

function farligeSteder(kode: string): string[] {
  const ud: string[] = [];
  for (const { navn, re } of FARLIGT) {
    re.lastIndex = 0;
    for (let m = re.exec(kode); m; m = re.exec(kode)) {
      ud.push(`${navn}: …${kode.slice(Math.max(0, m.index - 50), m.index + 50)}…`);
    }
  }
  return ud;
}

describe("mønstrene for kode af tekst", () => {
  it.each([
    'var g=Function("return this")();',
    'e=new Function(""+e)',
    'Function("r","regeneratorRuntime = r")(n)',
    "return this||new Function('return this')()",
    "x=eval(y)",
    "(0,eval)('1')",
    "n=(0, eval)",
    'setTimeout("alert(1)",0)',
    '(function(){}).constructor("return this")()',
    "Function.apply(null,['a','return a'])",
  ])("finder %s", (kode) => {
    expect(farligeSteder(kode)).not.toEqual([]);
  });

  it.each([
    "if(isFunction(e))return",
    "t.eval(x)",
    'typeof e=="function"',
    "e instanceof Function",
    "var evaluate=function(){};evaluate(1)",
    "setTimeout(function(){},0)",
    'throw new TypeError("Function expected")',
  ])("lader %s være", (kode) => {
    expect(farligeSteder(kode)).toEqual([]);
  });
});

// ------------------------------------------------------------------ the pages' policy

/** Directive → its sources, from the page's <meta http-equiv="Content-Security-Policy">. */
function csp(html: string): { regler: Map<string, string[]>; position: number } | null {
  // The template quotes attributes; the minified build may not.
  const m = /<meta\s+http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')\s*\/?>/i.exec(html);
  if (!m) return null;
  // Exactly one policy: a second meta would be combined with the first and is easy to miss.
  if (html.match(/http-equiv=["']?Content-Security-Policy/gi)!.length !== 1) return null;
  const regler = new Map<string, string[]>();
  for (const del of (m[1] ?? m[2]).split(";")) {
    const [navn, ...kilder] = del.trim().split(/\s+/);
    if (navn) regler.set(navn.toLowerCase(), kilder);
  }
  return { regler, position: m.index };
}

/** An attribute's value, quoted or not. */
const ATTRIBUT = (navn: string) => new RegExp(`\\b${navn}=(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, "gi");

function scripts(html: string): { src: string | null; position: number; tag: string }[] {
  const ud: { src: string | null; position: number; tag: string }[] = [];
  const re = /<script\b([^>]*)>/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const src = ATTRIBUT("src").exec(m[1]);
    ud.push({ src: src ? (src[1] ?? src[2] ?? src[3]) : null, position: m.index, tag: m[0] });
  }
  return ud;
}

const TILLADT_SCRIPT: Record<Side, string[]> = {
  taskpane: ["'self'", OFFICE_JS, OFFICE_CDN_NY],
  preview: ["'self'"],
};

function tjekSide(side: Side, html: string, bygget: boolean): void {
  const p = csp(html);
  expect(p).not.toBeNull();
  const { regler, position } = p!;
  // Only 'self' and the Office CDN (preview: 'self') may supply scripts; nothing else runs.
  expect([...(regler.get("script-src") ?? [])].sort()).toEqual([...TILLADT_SCRIPT[side]].sort());
  expect(regler.get("object-src")).toEqual(["'none'"]);
  expect(regler.get("default-src")).toEqual(["'self'"]);
  expect(regler.get("base-uri")).toEqual(["'self'"]);
  for (const [navn, kilder] of regler) {
    expect(`${navn} ${kilder.join(" ")}`).not.toMatch(/'unsafe-eval'|'wasm-unsafe-eval'|(^|\s)\*(\s|$)/);
    // A bare scheme (https:, data:, blob:) would let any such source run; images and fonts may be data:.
    if (navn !== "img-src" && navn !== "font-src")
      expect(`${navn} ${kilder.join(" ")}`).not.toMatch(/(^|\s)(https?|data|blob):(\s|$)/);
  }
  expect(regler.get("script-src")).not.toContain("'unsafe-inline'");
  expect(regler.get("connect-src") ?? ["'self'"]).toEqual(["'self'"]);

  // The policy must come before any script, or that script is not covered.
  const alle = scripts(html);
  for (const s of alle) expect(s.position).toBeGreaterThan(position);
  // No inline script (the policy forbids it anyway): every script has a src, on our origin or Office's CDN.
  for (const s of alle) {
    expect(s.src).not.toBeNull();
    const fremmed = /^(?:[a-z]+:)?\/\//i.test(s.src!);
    if (fremmed) expect(s.src).toBe(OFFICE_JS_URL);
    else expect(s.src).toMatch(/^[\w./-]+\.js$/);
  }
  const office = alle.filter((s) => s.src?.includes("office.js") || s.src?.includes("appsforoffice"));
  if (side === "preview") expect(office).toEqual([]);
  else expect(office).toHaveLength(1);
  if (bygget) expect(alle.filter((s) => s.src && !s.src.startsWith("http")).length).toBeGreaterThan(0);
  // Nothing else is pulled in from elsewhere (stylesheets, icons, frames).
  const andre = [...html.matchAll(ATTRIBUT("(?:href|src)"))].map((m) => m[1] ?? m[2] ?? m[3]);
  for (const a of andre) {
    if (/^(?:[a-z]+:)?\/\//i.test(a)) expect(a).toBe(OFFICE_JS_URL);
  }
  expect(html).not.toMatch(/<(?:iframe|object|embed)\b/i);
}

describe("Content-Security-Policy i sidernes skabeloner (src/)", () => {
  it.each(SIDER)("%s.html", (side) => {
    const html = readFileSync(join(ROD, "src", side, `${side}.html`), "utf8");
    tjekSide(side, html, false);
  });
});

// ------------------------------------------------------------------ source

describe("kilden", () => {
  const kilde = alleFiler(join(ROD, "src"), (n) => /\.(tsx?|jsx?|html)$/.test(n));

  it("har ingen dangerouslySetInnerHTML, innerHTML/outerHTML-tildeling, insertAdjacentHTML eller document.write", () => {
    expect(kilde.length).toBeGreaterThan(50);
    const fund: string[] = [];
    for (const fil of kilde) {
      const tekst = readFileSync(fil, "utf8");
      const re = /dangerouslySetInnerHTML|\.(?:innerHTML|outerHTML)\s*\+?=|insertAdjacentHTML|document\.write/g;
      for (let m = re.exec(tekst); m; m = re.exec(tekst)) fund.push(`${relative(ROD, fil)}: ${m[0]}`);
    }
    expect(fund).toEqual([]);
  });

  it("har ingen eval eller Function-konstruktør (kommentarer fraregnet)", () => {
    const fund: string[] = [];
    for (const fil of kilde) {
      // Strip comments so "no ajv: it uses `new Function`" in a doc comment does not count.
      const tekst = readFileSync(fil, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
      for (const f of farligeSteder(tekst)) fund.push(`${relative(ROD, fil)}: ${f}`);
    }
    expect(fund).toEqual([]);
  });

  it("webpack bruger kildekort uden eval i både produktion og udvikling", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const lav = require(join(ROD, "webpack.config.js")) as (
      env: object,
      argv: { mode: string },
    ) => { devtool: unknown };
    for (const mode of ["production", "development"]) {
      const devtool = lav({ url: "https://takst.example.dk/" }, { mode }).devtool;
      expect(devtool === false || (typeof devtool === "string" && !/eval/.test(devtool))).toBe(true);
    }
  });
});

// ------------------------------------------------------------------ dist/

function describeBygning(navn: string, fn: () => void): void {
  if (existsSync(join(DIST, "taskpane.html")) && existsSync(join(DIST, "preview.html"))) describe(navn, fn);
  else {
    describe(navn, () => {
      it("kræver en bygning i dist/", () => {
        throw new Error(`${DIST} mangler eller er ufuldstændig: kør npm run build først (npm test gør det i CI).`);
      });
    });
  }
}

describeBygning("den byggede dist/", () => {
  const js = () => alleFiler(DIST, (n) => /\.(?:m?js|cjs)$/.test(n));

  it("hver .js er uden eval, Function-konstruktør og timere med tekst", () => {
    const filer = js();
    for (const side of SIDER) expect(filer.some((f) => relative(DIST, f).startsWith(`${side}.`))).toBe(true);
    // ExcelJS's chunk is the one that had them (regenerator, lodash, setImmediate); it must be scanned too.
    expect(filer.some((f) => /exceljs/.test(f))).toBe(true);
    const fund: string[] = [];
    for (const fil of filer)
      for (const f of farligeSteder(readFileSync(fil, "utf8"))) fund.push(`${relative(DIST, fil)}: ${f}`);
    expect(fund).toEqual([]);
  });

  it("kildekortene er filer (.js.map), ikke eval-baserede", () => {
    for (const fil of js()) {
      const kode = readFileSync(fil, "utf8");
      expect(kode).not.toMatch(/\/\/# sourceURL=webpack:|sourceMappingURL=data:/);
      const kort = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(kode);
      if (kort) expect(existsSync(join(fil, "..", kort[1]))).toBe(true);
    }
  });

  it.each(SIDER)("%s.html har sin politik, og kun sine egne scripts (preview: ingen office.js)", (side) => {
    const html = readFileSync(join(DIST, `${side}.html`), "utf8");
    tjekSide(side, html, true);
    for (const s of scripts(html)) {
      if (s.src && !/^https?:/.test(s.src)) expect(existsSync(join(DIST, s.src))).toBe(true);
    }
  });

  it("preview'ens JavaScript nævner ikke office.js", () => {
    const html = readFileSync(join(DIST, "preview.html"), "utf8");
    for (const s of scripts(html)) {
      if (!s.src || /^https?:/.test(s.src)) continue;
      expect(readFileSync(join(DIST, s.src), "utf8")).not.toMatch(
        /appsforoffice\.microsoft\.com|officeapis\.public\.onecdn\.static\.microsoft/,
      );
    }
  });
});
