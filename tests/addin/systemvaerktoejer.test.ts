/**
 * scripts/systemvaerktoejer.sh (npm test's pretest, .ci/run): a missing tool is simulated
 * with a PATH of stub programs, and apt-get with a stub that records its arguments (and, to
 * be a real install, puts the tool on the PATH). Nothing is installed on this machine.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const ROD = join(__dirname, "..", "..");
const SCRIPT = join(ROD, "scripts", "systemvaerktoejer.sh");
const ALLE = ["chromium", "soffice", "xmllint", "pdfinfo", "pdftotext", "pdftoppm"];

let mappe: string;
beforeEach(() => {
  mappe = mkdtempSync(join(tmpdir(), "takstskema-vaerktoej-"));
});
afterEach(() => rmSync(mappe, { recursive: true, force: true }));

function stub(navn: string, indhold = "#!/bin/sh\nexit 0\n"): void {
  writeFileSync(join(mappe, navn), indhold);
  chmodSync(join(mappe, navn), 0o755);
}

/** A fake apt-get: logs each call; `install` creates the stubs named in `installerer`. */
function aptGet(installerer: string[]): string {
  const log = join(mappe, "apt.log");
  const lav = installerer
    .map((n) => `printf '#!/bin/sh\\nexit 0\\n' > ${join(mappe, n)}; /bin/chmod +x ${join(mappe, n)}`)
    .join("; ");
  writeFileSync(
    join(mappe, "apt-get-stub"),
    `#!/bin/sh\necho "$@" >> ${log}\nif [ "$1" = install ]; then ${lav || ":"}; fi\nexit 0\n`,
  );
  chmodSync(join(mappe, "apt-get-stub"), 0o755);
  return log;
}

function koer(env: Record<string, string>) {
  const r = spawnSync("/bin/bash", [SCRIPT], { env: { PATH: mappe, ...env }, encoding: "utf8" });
  return { kode: r.status, ud: r.stdout, fejl: r.stderr };
}

describe("scripts/systemvaerktoejer.sh", () => {
  it("gør intet, når alle værktøjer findes", () => {
    for (const v of ALLE) stub(v);
    const log = aptGet([]);
    const r = koer({ TAKSTSKEMA_ROOT: "1", TAKSTSKEMA_APT_GET: join(mappe, "apt-get-stub") });
    expect(r.kode).toBe(0);
    expect(r.ud).toMatch(/findes/);
    expect(existsSync(log)).toBe(false);
  });

  it("som root: installerer det, der mangler, med apt-get", () => {
    for (const v of ["xmllint", "pdftoppm"]) stub(v);
    const log = aptGet(["chromium", "soffice", "pdfinfo", "pdftotext"]);
    const r = koer({ TAKSTSKEMA_ROOT: "1", TAKSTSKEMA_APT_GET: join(mappe, "apt-get-stub") });
    expect(r.fejl).toBe("");
    expect(r.kode).toBe(0);
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual([
      "update -qq",
      "install -y --no-install-recommends chromium libreoffice-calc-nogui poppler-utils fonts-dejavu-core fonts-crosextra-carlito",
    ]);
  });

  it("som root: fejler, når apt-get ikke fik værktøjet på plads", () => {
    for (const v of ALLE.filter((v) => v !== "chromium")) stub(v);
    aptGet([]);
    const r = koer({ TAKSTSKEMA_ROOT: "1", TAKSTSKEMA_APT_GET: join(mappe, "apt-get-stub") });
    expect(r.kode).toBe(1);
    expect(r.fejl).toMatch(/chromium mangler stadig/);
  });

  it("uden root: skriver den præcise kommando og fejler uden at kalde apt-get", () => {
    for (const v of ALLE.filter((v) => v !== "soffice")) stub(v);
    const log = aptGet(["soffice"]);
    const r = koer({ TAKSTSKEMA_ROOT: "0", TAKSTSKEMA_APT_GET: join(mappe, "apt-get-stub") });
    expect(r.kode).toBe(1);
    expect(r.fejl).toContain(
      "  sudo apt-get update && sudo apt-get install -y --no-install-recommends libreoffice-calc-nogui fonts-dejavu-core fonts-crosextra-carlito\n",
    );
    expect(existsSync(log)).toBe(false);
  });

  it("ingen test springes over (en test uden sit værktøj fejler med grunden)", () => {
    const filer = spawnSync("git", ["ls-files", "tests"], { cwd: ROD, encoding: "utf8" }).stdout.split("\n");
    const moenster = new RegExp(
      ["\\.(?:skip|todo)\\b", "\\bx(?:it|describe|test)\\(", "springes over lokalt"].join("|"),
    );
    const fund = filer
      .filter((f) => /\.tsx?$/.test(f) && !f.endsWith("systemvaerktoejer.test.ts"))
      .filter((f) => moenster.test(readFileSync(join(ROD, f), "utf8")));
    expect(filer.length).toBeGreaterThan(50);
    expect(fund).toEqual([]);
  });

  it("npm test og .ci/run bruger scriptet", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const pakke = require("../../package.json") as { scripts: Record<string, string> };
    expect(pakke.scripts.pretest).toBe("bash scripts/systemvaerktoejer.sh");
    expect(readFileSync(join(ROD, ".ci", "run"), "utf8")).toMatch(/^bash scripts\/systemvaerktoejer\.sh$/m);
  });
});
