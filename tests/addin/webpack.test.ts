import * as fs from "node:fs";
import * as path from "node:path";
import { validerManifestTekst } from "../../scripts/manifest-validering";

// webpack.config.js er CommonJS uden typer; kun det, testen bruger, beskrives her.
interface Konfiguration {
  mode: string;
  devtool: string | false;
  entry: Record<string, string>;
  plugins: Array<{ constructor: { name: string }; userOptions?: { filename: string; chunks: string[] } }>;
  devServer: { port: number; server: unknown };
  target: string[];
  resolve: { alias: Record<string, string> };
  module: { noParse: RegExp; rules: Array<{ test: RegExp; use?: unknown }> };
}
type KonfigurationsFunktion = ((env: Record<string, string | boolean>, argv: { mode: string }) => Konfiguration) & {
  SIDER: Record<string, { indgang: string; skabelon: string; officeJs: boolean }>;
  omskrivManifest(xml: string, adresse?: string): string;
  saetVersion(xml: string, version?: string): string;
  pilotManifest(xml: string): string;
  PILOT_NAVN: string;
  VERSION: string;
  produktionsadresse(adresse?: string): string;
  KUN_FORHAANDSVISNING: RegExp;
  EXCELJS_BROWSER: RegExp;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackKonfiguration = require("../../webpack.config.js") as KonfigurationsFunktion;

const ROD = path.resolve(__dirname, "../..");
/** Office.js from the CDN Microsoft's docs now give ("Referencing the Office JavaScript API library"). */
const OFFICE_JS = "https://officeapis.public.onecdn.static.microsoft/1/office.js";
const URL = "https://takst.example.dk/";
/** Office.js' CDN origins as Microsoft documents them (2026: the unified onecdn domain as well). */
const OFFICE_CDN = ["https://appsforoffice.microsoft.com", "https://officeapis.public.onecdn.static.microsoft"];

describe("webpack.config.js", () => {
  it("kender de to sider med deres indgange og skabeloner", () => {
    expect(webpackKonfiguration.SIDER).toEqual({
      taskpane: { indgang: "src/taskpane/index.tsx", skabelon: "src/taskpane/taskpane.html", officeJs: true },
      preview: { indgang: "src/preview/index.tsx", skabelon: "src/preview/preview.html", officeJs: false },
    });
  });

  it.each(["production", "development"])("bruger aldrig eval-kildekort (%s)", (mode) => {
    const k = webpackKonfiguration({ sider: "taskpane", url: URL, alt: true }, { mode });
    expect(k.mode).toBe(mode);
    expect(typeof k.devtool).toBe("string");
    expect(k.devtool).not.toMatch(/eval/);
    expect(k.devtool).toBe(mode === "production" ? "source-map" : "cheap-module-source-map");
    expect(k.entry).toEqual({ taskpane: "./src/taskpane/index.tsx" });
    expect(k.devServer.port).toBe(3000);
  });

  it("giver hver side kun sine egne chunks", () => {
    const k = webpackKonfiguration({ sider: "taskpane", url: URL }, { mode: "production" });
    const sider = k.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions);
    expect(sider).toEqual([expect.objectContaining({ filename: "taskpane.html", chunks: ["taskpane"] })]);
  });

  it("genkender ExcelJS' browserudgave, som webpack vælger, som kun til forhåndsvisningen", () => {
    // package.json "browser" peger på den færdigbyggede udgave; den parses og minimeres ikke igen.
    const exceljs = path.join(path.dirname(require.resolve("exceljs/package.json")), "dist", "exceljs.min.js");
    expect(fs.existsSync(exceljs)).toBe(true);
    expect(webpackKonfiguration.EXCELJS_BROWSER.test(exceljs)).toBe(true);
    expect(webpackKonfiguration.KUN_FORHAANDSVISNING.test(exceljs)).toBe(true);
    expect(webpackKonfiguration.KUN_FORHAANDSVISNING.test(require.resolve("react"))).toBe(false);
  });

  it("bruger ExcelJS' færdigbyggede udgave uden eval og en runtime uden new Function", () => {
    const k = webpackKonfiguration({ sider: "taskpane", url: URL }, { mode: "production" });
    expect(k.target).toEqual(["web", "es2020"]);
    const bare = k.resolve.alias["exceljs$"];
    expect(bare).toMatch(/exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/);
    expect(k.module.noParse.test(bare)).toBe(true);
    const loader = k.module.rules.find((r) => typeof r.use === "string" && r.use.endsWith("uden-function-loader.js"));
    expect(loader?.test.test(bare)).toBe(true);
    expect(fs.existsSync(loader!.use as string)).toBe(true);
  });

  it("afviser en ukendt side", () => {
    expect(() => webpackKonfiguration({ sider: "taskpane,ukendt", url: URL }, { mode: "production" })).toThrow(
      /ukendt/,
    );
  });

  it("skriver manifestet om til produktionsadressen, og resultatet er stadig gyldigt", async () => {
    const manifest = fs.readFileSync(path.join(ROD, "manifest.xml"), "utf8");
    const ud = webpackKonfiguration.omskrivManifest(manifest, "https://takst.nordjylland.dk/tilfoejelse");
    expect(ud).not.toMatch(/https?:\/\/localhost/);
    expect(ud).toContain('<SourceLocation DefaultValue="https://takst.nordjylland.dk/tilfoejelse/taskpane.html"/>');
    expect(ud).toContain("<AppDomain>https://takst.nordjylland.dk</AppDomain>");
    expect((await validerManifestTekst(ud)).fejl).toEqual([]);

    // No address, no production manifest: an example host must never ship.
    expect(() => webpackKonfiguration.omskrivManifest(manifest, undefined)).toThrow(/TAKSTSKEMA_URL/);
  });

  it("én version: package.json's skrives i manifestets <Version> og gives ruden (issue 19 §2)", async () => {
    const pakke = JSON.parse(fs.readFileSync(path.join(ROD, "package.json"), "utf8")) as { version: string };
    expect(webpackKonfiguration.VERSION).toBe(pakke.version);
    const manifest = fs.readFileSync(path.join(ROD, "manifest.xml"), "utf8");
    // The source manifest says the same, so a sideload from the repository shows it too.
    expect(/<Version>([^<]*)<\/Version>/.exec(manifest)?.[1]).toBe(pakke.version);
    const ud = webpackKonfiguration.saetVersion(
      webpackKonfiguration.omskrivManifest(manifest.replace(/<Version>[^<]*</, "<Version>9.9.9<"), "https://x.dk/"),
    );
    expect(/<Version>([^<]*)<\/Version>/.exec(ud)?.[1]).toBe(pakke.version);
    expect((await validerManifestTekst(ud)).fejl).toEqual([]);
    for (const mode of ["production", "development"]) {
      const k = webpackKonfiguration({ sider: "taskpane", url: "https://x.dk/" }, { mode });
      const define = k.plugins.find((p) => p.constructor.name === "DefinePlugin") as unknown as {
        definitions: Record<string, string>;
      };
      expect(define.definitions.__TAKSTSKEMA_VERSION__).toBe(JSON.stringify(pakke.version));
    }
  });

  it("en udgivelse (npm run build) har kun tilføjelsesprogrammet og et pilotmanifest (issue 19 §2)", async () => {
    const moenstre = (k: ReturnType<typeof webpackKonfiguration>) =>
      (
        k.plugins.find((p) => p.constructor.name === "CopyPlugin") as unknown as {
          patterns: { from: string; to: string }[];
        }
      ).patterns.map((p) => p.to);
    const udgivelse = webpackKonfiguration({ url: URL }, { mode: "production" });
    expect(Object.keys(udgivelse.entry)).toEqual(["taskpane"]);
    expect(udgivelse.devtool).toBe(false);
    expect(moenstre(udgivelse)).toEqual(["assets", "manifest.xml", "manifest-pilot.xml"]);
    // npm run build:test keeps the preview, the examples and the source maps for the tests.
    const alt = webpackKonfiguration({ url: URL, alt: true }, { mode: "production" });
    expect(Object.keys(alt.entry)).toEqual(["taskpane", "preview"]);
    expect(alt.devtool).toBe("source-map");
    expect(moenstre(alt)).toEqual(["assets", "manifest.xml", "examples/[name][ext]", "examples/indsendt/[name][ext]"]);
    const pakke = JSON.parse(fs.readFileSync(path.join(ROD, "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    expect(pakke.scripts["build:test"]).toMatch(/--env alt/);
    expect(pakke.scripts.build).not.toMatch(/--env alt/);

    const manifest = fs.readFileSync(path.join(ROD, "manifest.xml"), "utf8");
    const pilot = webpackKonfiguration.pilotManifest(webpackKonfiguration.omskrivManifest(manifest, URL));
    const id = (xml: string) => /<Id>([^<]*)<\/Id>/.exec(xml)?.[1];
    expect(id(pilot)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(id(pilot)).not.toBe(id(manifest));
    expect(pilot).toContain(`<DisplayName DefaultValue="${webpackKonfiguration.PILOT_NAVN}"/>`);
    expect(webpackKonfiguration.PILOT_NAVN).toBe("Takstskema (test)");
    expect((await validerManifestTekst(pilot)).fejl).toEqual([]);
  });

  it("en produktionsbygning uden TAKSTSKEMA_URL fejler med det samme; udvikling kræver ingen", () => {
    const gemt = process.env.TAKSTSKEMA_URL;
    delete process.env.TAKSTSKEMA_URL;
    try {
      expect(() => webpackKonfiguration({ sider: "taskpane" }, { mode: "production" })).toThrow(
        /En produktionsbygning kræver adressen.*TAKSTSKEMA_URL/,
      );
      expect(() => webpackKonfiguration({ sider: "taskpane", url: "  " }, { mode: "production" })).toThrow(
        /TAKSTSKEMA_URL/,
      );
      process.env.TAKSTSKEMA_URL = "https://takst.nordjylland.dk/";
      expect(webpackKonfiguration({ sider: "taskpane" }, { mode: "production" }).mode).toBe("production");
      delete process.env.TAKSTSKEMA_URL;
      expect(webpackKonfiguration({ sider: "taskpane" }, { mode: "development" }).mode).toBe("development");
    } finally {
      if (gemt === undefined) delete process.env.TAKSTSKEMA_URL;
      else process.env.TAKSTSKEMA_URL = gemt;
    }
    // npm test builds with an explicit test address, never with none.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pakke = require("../../package.json") as { scripts: Record<string, string> };
    expect(pakke.scripts.test).toMatch(/npm run build:test/);
    expect(pakke.scripts["build:test"]).toMatch(/--mode production --env url=https:\/\//);
  });

  it("kræver en https-adresse i TAKSTSKEMA_URL", () => {
    expect(() => webpackKonfiguration.produktionsadresse("http://takst.example.dk/")).toThrow(/https/);
    expect(() => webpackKonfiguration.produktionsadresse("ikke en adresse")).toThrow(/gyldig/);
    expect(webpackKonfiguration.produktionsadresse("https://a.example.dk/x")).toBe("https://a.example.dk/x/");
  });
});

describe("sideskabelonerne", () => {
  const skabelon = (navn: string) => fs.readFileSync(path.join(ROD, webpackKonfiguration.SIDER[navn].skabelon), "utf8");
  const csp = (html: string) => {
    const m = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(m).not.toBeNull();
    return Object.fromEntries(
      m![1]
        .split(";")
        .map((d) => d.trim().split(/\s+/))
        .filter((d) => d[0])
        .map(([navn, ...v]) => [navn, v]),
    );
  };

  it.each(Object.keys(webpackKonfiguration.SIDER))("%s: dansk og med en stram CSP", (navn) => {
    const html = skabelon(navn);
    expect(html).toMatch(/<html lang="da">/);
    const regler = csp(html);
    const officeJs = webpackKonfiguration.SIDER[navn].officeJs;
    expect(regler["script-src"]).toEqual(officeJs ? ["'self'", ...OFFICE_CDN] : ["'self'"]);
    // office.js opens its own frame from its CDN.
    if (officeJs) expect(regler["frame-src"]).toEqual(["'self'", ...OFFICE_CDN]);
    expect(regler["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(regler["img-src"]).toEqual(["'self'", "data:"]);
    expect(regler["connect-src"]).toEqual(["'self'"]);
    expect(regler["object-src"]).toEqual(["'none'"]);
    expect(regler["base-uri"]).toEqual(["'self'"]);
    expect(JSON.stringify(regler)).not.toMatch(/unsafe-eval/);
    // Eneste fremmede script er Office.js, og kun på Excel-siderne.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((s) => s[1]);
    expect(scripts).toEqual(officeJs ? [OFFICE_JS, "assets/kraever-nyere-excel.js"] : []);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // ingen inline-scripts
  });
});
