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
type KonfigurationsFunktion = ((env: Record<string, string>, argv: { mode: string }) => Konfiguration) & {
  SIDER: Record<string, { indgang: string; skabelon: string; officeJs: boolean }>;
  omskrivManifest(xml: string, adresse?: string): string;
  produktionsadresse(adresse?: string): string;
  KUN_FORHAANDSVISNING: RegExp;
  EXCELJS_BROWSER: RegExp;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackKonfiguration = require("../../webpack.config.js") as KonfigurationsFunktion;

const ROD = path.resolve(__dirname, "../..");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

describe("webpack.config.js", () => {
  it("kender de tre sider med deres indgange og skabeloner", () => {
    expect(webpackKonfiguration.SIDER).toEqual({
      taskpane: { indgang: "src/taskpane/index.tsx", skabelon: "src/taskpane/taskpane.html", officeJs: true },
      commands: { indgang: "src/commands/commands.ts", skabelon: "src/commands/commands.html", officeJs: true },
      preview: { indgang: "src/preview/index.tsx", skabelon: "src/preview/preview.html", officeJs: false },
    });
  });

  it.each(["production", "development"])("bruger aldrig eval-kildekort (%s)", (mode) => {
    const k = webpackKonfiguration({ sider: "commands" }, { mode });
    expect(k.mode).toBe(mode);
    expect(typeof k.devtool).toBe("string");
    expect(k.devtool).not.toMatch(/eval/);
    expect(k.devtool).toBe(mode === "production" ? "source-map" : "cheap-module-source-map");
    expect(k.entry).toEqual({ commands: "./src/commands/commands.ts" });
    expect(k.devServer.port).toBe(3000);
  });

  it("giver hver side kun sine egne chunks", () => {
    const k = webpackKonfiguration({ sider: "commands" }, { mode: "production" });
    const sider = k.plugins.filter((p) => p.constructor.name === "HtmlWebpackPlugin").map((p) => p.userOptions);
    expect(sider).toEqual([expect.objectContaining({ filename: "commands.html", chunks: ["commands"] })]);
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
    const k = webpackKonfiguration({ sider: "commands" }, { mode: "production" });
    expect(k.target).toEqual(["web", "es2020"]);
    const bare = k.resolve.alias["exceljs$"];
    expect(bare).toMatch(/exceljs[\\/]dist[\\/]exceljs\.bare\.min\.js$/);
    expect(k.module.noParse.test(bare)).toBe(true);
    const loader = k.module.rules.find((r) => typeof r.use === "string" && r.use.endsWith("uden-function-loader.js"));
    expect(loader?.test.test(bare)).toBe(true);
    expect(fs.existsSync(loader!.use as string)).toBe(true);
  });

  it("afviser en ukendt side", () => {
    expect(() => webpackKonfiguration({ sider: "commands,ukendt" }, { mode: "production" })).toThrow(/ukendt/);
  });

  it("skriver manifestet om til produktionsadressen, og resultatet er stadig gyldigt", async () => {
    const manifest = fs.readFileSync(path.join(ROD, "manifest.xml"), "utf8");
    const ud = webpackKonfiguration.omskrivManifest(manifest, "https://takst.nordjylland.dk/tilfoejelse");
    expect(ud).not.toMatch(/https?:\/\/localhost/);
    expect(ud).toContain('<SourceLocation DefaultValue="https://takst.nordjylland.dk/tilfoejelse/taskpane.html"/>');
    expect(ud).toContain("<AppDomain>https://takst.nordjylland.dk</AppDomain>");
    expect((await validerManifestTekst(ud)).fejl).toEqual([]);

    const standard = webpackKonfiguration.omskrivManifest(manifest, undefined);
    expect(standard).toContain('DefaultValue="https://takstskema.example.dk/commands.html"');
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
    expect(regler["script-src"]).toEqual(officeJs ? ["'self'", "https://appsforoffice.microsoft.com"] : ["'self'"]);
    expect(regler["style-src"]).toEqual(["'self'", "'unsafe-inline'"]);
    expect(regler["img-src"]).toEqual(["'self'", "data:"]);
    expect(regler["connect-src"]).toEqual(["'self'"]);
    expect(regler["object-src"]).toEqual(["'none'"]);
    expect(regler["base-uri"]).toEqual(["'self'"]);
    expect(JSON.stringify(regler)).not.toMatch(/unsafe-eval/);
    // Eneste fremmede script er Office.js, og kun på Excel-siderne.
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((s) => s[1]);
    expect(scripts).toEqual(officeJs ? [OFFICE_JS] : []);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/); // ingen inline-scripts
  });
});
