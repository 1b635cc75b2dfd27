/**
 * Issue 19 §2: the Office tools are pinned, not fetched by `npx --yes` at whatever version the
 * registry has that day. office-addin-dev-certs and office-addin-manifest are devDependencies and
 * run from node_modules (`npx --no`); office-addin-debugging is fetched at one exact version
 * (it cannot be a devDependency: its peer chain needs the native module keytar).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";

const ROD = path.resolve(__dirname, "../..");
const pakke = JSON.parse(fs.readFileSync(path.join(ROD, "package.json"), "utf8"));
const script = (navn: string) => fs.readFileSync(path.join(ROD, "scripts", navn), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { OFFICE_ADDIN_DEBUGGING } = require("../../scripts/office-vaerktoejer.js");

describe("Office-værktøjerne er fastlåst", () => {
  it.each(["office-addin-dev-certs", "office-addin-manifest"])("%s er en devDependency og kan køres lokalt", (navn) => {
    expect(pakke.devDependencies[navn]).toMatch(/^\^?\d+\.\d+\.\d+$/);
    const koersel = spawnSync("npx", ["--no", "--", navn, "--help"], { cwd: ROD, encoding: "utf8" });
    expect(koersel.status).toBe(0);
    expect(koersel.stdout).toContain(`Usage: ${navn}`);
  });

  it("ingen script henter et Office-værktøj med npx --yes uden fast version", () => {
    for (const navn of ["start.js", "stop.js", "valider-manifest.js"]) {
      const tekst = script(navn);
      expect(tekst).not.toMatch(/"--yes",\s*"office-addin-/);
    }
    expect(script("start.js")).toContain('koer(["--no", "office-addin-dev-certs", "install"])');
    expect(script("valider-manifest.js")).toContain('["--no", "office-addin-manifest", "validate", fil]');
  });

  it("office-addin-debugging hentes i én bestemt version, og den er ikke i package.json", () => {
    expect(OFFICE_ADDIN_DEBUGGING).toMatch(/^office-addin-debugging@\d+\.\d+\.\d+$/);
    expect(pakke.devDependencies["office-addin-debugging"]).toBeUndefined();
    expect(pakke.dependencies?.["office-addin-debugging"]).toBeUndefined();
  });
});
