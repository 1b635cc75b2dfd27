/**
 * The command line outside the repository: `npm pack` gives a .tgz, which is installed into an
 * empty prefix (dependencies from npm's cache, else the registry), and the installed
 * `takstskema` checks the bundled submissions and builds the takstbilag from a folder outside
 * the checkout. No step is skipped: when npm, the cache or the registry is missing, the test
 * fails with npm's own output.
 */
import { spawnSync, type SpawnSyncReturns } from "child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";

const ROD = path.join(__dirname, "..", "..");
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";

// npm passes its own settings to the scripts it runs (npm test); the package must not see this checkout's.
function renMiljoe(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^npm_(package|lifecycle|config_(prefix|global|local_prefix))/i.test(k) || k === "INIT_CWD") continue;
    env[k] = v;
  }
  return env;
}

function koer(cmd: string, args: string[], cwd: string, hvad: string): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, {
    cwd,
    env: renMiljoe(),
    encoding: "utf8",
    timeout: 240_000,
    shell: process.platform === "win32",
  });
  if (r.error || r.status !== 0) {
    throw new Error(
      `${hvad} mislykkedes (${r.error ? r.error.message : `kode ${r.status}`}): ${cmd} ${args.join(" ")}\n` +
        `stdout:\n${r.stdout ?? ""}\nstderr:\n${r.stderr ?? ""}`,
    );
  }
  return r;
}

let tmp: string;
let tgz: string;
let bin: string;
let arbejde: string;

beforeAll(() => {
  // Outside the repository, so nothing resolves from its node_modules or sources.
  tmp = mkdtempSync(path.join(tmpdir(), "takstskema-pakke-"));
  const pak = koer(NPM, ["pack", "--pack-destination", tmp, "--json"], ROD, "npm pack");
  const info = JSON.parse(pak.stdout.slice(pak.stdout.indexOf("["))) as {
    filename: string;
    files: { path: string }[];
  }[];
  tgz = path.join(tmp, info[0].filename);
  const prefix = path.join(tmp, "prefix");
  koer(
    NPM,
    ["install", "--prefix", prefix, "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", tgz],
    tmp,
    "npm install af pakken",
  );
  bin = path.join(prefix, "node_modules", ".bin", process.platform === "win32" ? "takstskema.cmd" : "takstskema");
  arbejde = path.join(tmp, "arbejde");
  cpSync(path.join(ROD, "examples", "indsendt"), path.join(arbejde, "indsendt"), { recursive: true });
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

it("pakken har den oversatte kommandolinje og ingen kildekode eller test", () => {
  const r = spawnSync("tar", ["-tzf", tgz], { encoding: "utf8" });
  expect(r.status).toBe(0);
  const filer = r.stdout.split("\n").filter(Boolean);
  expect(filer).toContain("package/bin/takstskema.js");
  expect(filer).toContain("package/dist-node/src/cli/main.js");
  expect(filer).toContain("package/dist-node/src/adapters/xlsx/laes-xlsx.js");
  expect(filer.filter((f) => /^package\/(src|tests|node_modules)\//.test(f))).toEqual([]);
});

it("den installerede pakke har kun kommandolinjens afhængigheder (ikke React og Fluent UI)", () => {
  const moduler = readdirSync(path.join(tmp, "prefix", "node_modules"));
  expect(moduler).toEqual(expect.arrayContaining(["takstskema", "exceljs", "decimal.js", "jszip"]));
  expect(moduler).not.toContain("react");
  expect(moduler).not.toContain("@fluentui");
  // Installed as a package: no sources to fall back on.
  expect(existsSync(path.join(tmp, "prefix", "node_modules", "takstskema", "src"))).toBe(false);
});

it("takstskema valider kontrollerer de indsendte skemaer uden for projektet", () => {
  const r = spawnSync(bin, ["valider", "indsendt"], { cwd: arbejde, env: renMiljoe(), encoding: "utf8" });
  expect(r.stderr).toBe("");
  expect(r.stdout).toMatch(/^5 filer: \d+ fejl, \d+ advarsler, \d+ info$/m);
  expect(r.stdout).toContain(path.join("indsendt", "aalborg-egebakken.xlsx"));
  expect(r.status).toBe(1); // the bundled set has skemaer that go back
});

it("takstskema bilag skriver takstbilaget uden for projektet", async () => {
  const r = spawnSync(bin, ["bilag", "indsendt", "--ud", "takstbilag.xlsx"], {
    cwd: arbejde,
    env: renMiljoe(),
    encoding: "utf8",
  });
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain("Takstbilaget er skrevet til takstbilag.xlsx: 20 takster fra 5 skemaer.");
  const snapshot = await laesXlsx(readFileSync(path.join(arbejde, "takstbilag.xlsx")));
  expect(snapshot.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["Oversigt", "Takstbilag", "Fund"]));
});

it("takstskema --version svarer med pakkens version", () => {
  const pkg = JSON.parse(readFileSync(path.join(ROD, "package.json"), "utf8")) as { version: string };
  const r = spawnSync(bin, ["--version"], { cwd: arbejde, env: renMiljoe(), encoding: "utf8" });
  expect(r.stdout).toBe(`takstskema ${pkg.version}\n`);
});
