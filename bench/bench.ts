/**
 * npm run bench — the speed and size targets, measured side by side, printed as one table
 * and written to bench/RESULTS.md with the date and the machine.
 *
 *  1. engine (reader + all rules) for 1.000 / 10.000 / 100.000 ydelser (should grow linearly)
 *  2. CLI `valider` on 150 takstskemaer ÷ ExcelJS alone loading the same files (target ≤ 1,5)
 *  3. context.sync() calls per validation read on the Excel fake, 10 / 1.000 / 10.000 ydelser (≤ 3, constant)
 *  4. the task pane's first JavaScript (the scripts taskpane.html loads before the first render),
 *     gzipped (≤ 200 KB), from dist/ (run `npm run build:test` first)
 *  5. in the preview's production build in headless Chromium (needs dist/ and /usr/bin/chromium),
 *     the median of 5 runs, each in a fresh browser context: the first validation shown, from the
 *     page's start (≤ 1 s), and Indsæt, Fortryd and Marker status from the click to the message,
 *     with the re-validation done (< 0,5 s each)
 *
 * Before and after in the same run (issue 20 § 4): TAKSTSKEMA_FOER_DIST=<another build's dist/>
 * (e.g. main's, built apart) measures 4 and 5 on that build too, in the column "Før".
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, tmpdir, totalmem } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { bygSnapshot, type ByggeRaekke } from "../tests/hjaelp/snapshot-bygger";
import { kontroller } from "../src/core";
import { skrivSnapshotXlsx } from "../src/adapters/xlsx/skriv-snapshot";
import { gyldigtSkema, gyldigeOmkostninger, gyldigeYdelser } from "../tests/hjaelp/fixtur";
import { standardValg } from "../tests/hjaelp/valider";
import { formaterTal } from "../src/core/format";
import type { WorkbookSnapshot } from "../src/core/snapshot";

const ROD = join(__dirname, "..");
const raekker: string[][] = [];
const noter: string[] = [];
/** Another build to measure the pane on in the same run ("before"), or null. */
const FOER_DIST = process.env.TAKSTSKEMA_FOER_DIST || null;

function tilfoej(
  maaling: string,
  vaerdi: string,
  maal: string,
  status: "ok" | "over" | "ikke målt" | "info",
  foer = "",
): void {
  raekker.push([maaling, foer, vaerdi, maal, status]);
  console.log(`${maaling.padEnd(52)} ${foer.padStart(12)} ${vaerdi.padStart(16)}   ${maal.padEnd(14)} ${status}`);
}

function ms(t0: bigint): number {
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A takstskema with n ydelser: the fixture's two ydelser repeated with unique IDs. */
export function stortSkema(n: number): WorkbookSnapshot {
  const y0 = gyldigeYdelser();
  const o0 = gyldigeOmkostninger();
  const ydelser: ByggeRaekke[] = [];
  const omk: ByggeRaekke[] = [];
  for (let i = 0; i < n; i++) {
    const id = `Y${i + 1}`;
    ydelser.push({ ...y0[i % 2], ydelsesId: id });
    const r = i + 2;
    const grundlag = {
      v: (o0[i % 2].grundlag as { v: number }).v,
      f: `=B${r}+D${r}+E${r}+F${r}+G${r}+H${r}-I${r}+J${r}+K${r}-L${r}`,
    };
    omk.push({ ...o0[i % 2], ydelsesId: id, grundlag });
  }
  return bygSnapshot({ ...gyldigtSkema(), ydelser, omkostninger: omk });
}

function motor(): void {
  const tider: Record<number, number> = {};
  for (const n of [1000, 10000, 100000]) {
    const snap = stortSkema(n);
    const runder = n >= 100000 ? 3 : 5;
    const t: number[] = [];
    let fund = 0;
    for (let i = 0; i < runder; i++) {
      const t0 = process.hrtime.bigint();
      const r = kontroller(snap, standardValg()).resultat;
      t.push(ms(t0));
      fund = r.fund.length;
    }
    tider[n] = median(t);
    tilfoej(
      `Motor: læs + alle regler, ${formaterTal(n)} ydelser`,
      `${formaterTal(tider[n], 0)} ms`,
      n === 10000 ? "< 1.000 ms" : "lineær",
      n === 10000 ? (tider[n] < 1000 ? "ok" : "over") : "info",
    );
    if (fund > n) noter.push(`Motoren gav ${fund} fund på ${n} ydelser (forventet 0 fejl: tjek fixturen).`);
  }
  const vaekst = tider[100000] / tider[1000];
  tilfoej(
    "Motor: vækst 1.000 → 100.000 ydelser (100× data)",
    `${formaterTal(vaekst, 1)}×`,
    "≈ 100× (lineær)",
    vaekst < 150 ? "ok" : "over",
  );
}

async function lavFiler(mappe: string, antal: number): Promise<string[]> {
  // 150 takstskemaer like the bundled examples (4 ydelser each, tables, formulas), each a little different.
  const { eksempelSnapshot, EKSEMPLER } = await import("../scripts/lav-eksempler");
  const navne = Object.keys(EKSEMPLER);
  const buffere = await Promise.all(navne.map(async (n) => skrivSnapshotXlsx(eksempelSnapshot(n))));
  const stier: string[] = [];
  for (let i = 0; i < antal; i++) {
    const sti = join(mappe, `takstskema-${String(i + 1).padStart(3, "0")}.xlsx`);
    writeFileSync(sti, buffere[i % buffere.length]);
    stier.push(sti);
  }
  return stier;
}

async function cli(): Promise<void> {
  const mappe = mkdtempSync(join(tmpdir(), "takstskema-bench-"));
  try {
    const stier = await lavFiler(mappe, 150);
    // Warm both paths once so neither pays for module loading inside the measurement.
    await new ExcelJS.Workbook().xlsx.load(readFileSync(stier[0]));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { main } = require("../src/cli/main") as typeof import("../src/cli/main");
    const stille = { stdout: () => undefined, stderr: () => undefined, stderrErTerminal: false, cwd: ROD, env: {} };
    await main(["valider", stier[0], "--format", "json"], stille);

    const excelTider: number[] = [];
    const cliTider: number[] = [];
    for (let runde = 0; runde < 3; runde++) {
      let t0 = process.hrtime.bigint();
      for (const s of stier) await new ExcelJS.Workbook().xlsx.load(readFileSync(s));
      excelTider.push(ms(t0));
      t0 = process.hrtime.bigint();
      await main(["valider", mappe, "--format", "json"], stille);
      cliTider.push(ms(t0));
    }
    const e = median(excelTider);
    const c = median(cliTider);
    tilfoej("ExcelJS alene: indlæs 150 takstskemaer", `${formaterTal(e, 0)} ms`, "gulvet", "info");
    tilfoej("CLI valider: 150 takstskemaer (læs + regler + JSON)", `${formaterTal(c, 0)} ms`, "", "info");
    const forhold = c / e;
    tilfoej("CLI ÷ ExcelJS alene", `${formaterTal(forhold, 2)}`, "≤ 1,5 (≤ 1,2)", forhold <= 1.5 ? "ok" : "over");
  } finally {
    rmSync(mappe, { recursive: true, force: true });
  }
}

async function syncs(): Promise<void> {
  let fake: typeof import("../src/excel/fake");
  let excel: typeof import("../src/excel");
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    fake = require("../src/excel/fake");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    excel = require("../src/excel");
  } catch (e) {
    tilfoej("Syncs pr. validering (Excel-fake)", "—", "≤ 3", "ikke målt");
    noter.push(`Syncs ikke målt: ${(e as Error).message}`);
    return;
  }
  for (const n of [10, 1000, 10000]) {
    const f = fake.lavFakeExcel(stortSkema(n));
    const bog = excel.lavArbejdsbog(f.run);
    const foer = f.syncs();
    await bog.laesSnapshot();
    const antal = f.syncs() - foer;
    tilfoej(
      `Syncs pr. validering, ${formaterTal(n)} ydelser (Excel-fake)`,
      String(antal),
      "≤ 3, konstant",
      antal <= 3 ? "ok" : "over",
    );
  }
}

/** The scripts taskpane.html loads before the first render (not Office.js from the CDN), gzipped. */
function foersteJs(dist: string): { gz: number; raa: number; filer: string[] } | null {
  const html = join(dist, "taskpane.html");
  if (!existsSync(html)) return null;
  // Minified HTML may leave attribute values unquoted (src=react.1234.js).
  const filer = [...readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2] ?? m[3])
    .filter((s) => !/^https?:/.test(s));
  let gz = 0;
  let raa = 0;
  for (const s of filer) {
    const data = readFileSync(join(dist, s.replace(/^\.?\//, "")));
    raa += data.length;
    gz += gzipSync(data, { level: 9 }).length;
  }
  return { gz, raa, filer };
}

const kb = (bytes: number): string => `${formaterTal(bytes / 1024, 0)} KB`;

function opgaverudeStoerrelse(): void {
  const efter = foersteJs(join(ROD, "dist"));
  if (!efter) {
    tilfoej("Opgaverudens første JavaScript, gzip", "—", "≤ 200 KB", "ikke målt");
    noter.push("dist/taskpane.html findes ikke: kør `npm run build:test` før `npm run bench`.");
    return;
  }
  const foer = FOER_DIST ? foersteJs(FOER_DIST) : null;
  tilfoej(
    `Opgaverudens første JavaScript (${efter.filer.length} filer), gzip`,
    kb(efter.gz),
    "≤ 200 KB",
    efter.gz <= 200 * 1024 ? "ok" : "over",
    foer ? kb(foer.gz) : "",
  );
  noter.push(
    `Opgaverudens første JavaScript: ${kb(efter.raa)} før gzip, ${kb(efter.gz)} gzip (${efter.filer.join(", ")}).`,
  );
  if (foer) noter.push(`Før: ${kb(foer.raa)} før gzip, ${kb(foer.gz)} gzip (${foer.filer.join(", ")}).`);
}

interface RudeTider {
  /** From the page's start to "Validering færdig" (the counts and the list shown). */
  foersteValidering: number;
  indsaet: number;
  fortryd: number;
  markerStatus: number;
}

/** Records, in the page, when the pane first announces a finished validation. */
const FOERSTE_VALIDERING = `new MutationObserver(() => {
  const el = document.querySelector('[data-testid="annoncering"]');
  if (window.__foersteValidering === undefined && el && (el.textContent || "").startsWith("Validering færdig"))
    window.__foersteValidering = performance.now();
}).observe(document, { subtree: true, childList: true, characterData: true });`;

/** One run on one build, in a fresh browser context (nothing cached). */
async function maalRude(browser: import("playwright-core").Browser, url: string): Promise<RudeTider> {
  const { aabnSektion } = await import("../tests/hjaelp/browser");
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "da-DK" });
  try {
    await context.addInitScript(FOERSTE_VALIDERING);
    const page = await context.newPage();
    const faerdig = async (sektion: string, besked: string, tekst: string, t0: number): Promise<number> => {
      await page.getByTestId(besked).getByText(tekst).first().waitFor({ timeout: 30_000 });
      // The action is done when its spinner (the re-validation's too) is gone.
      await page.getByTestId(sektion).getByRole("progressbar").first().waitFor({ state: "detached", timeout: 30_000 });
      return Date.now() - t0;
    };
    await page.goto(`${url}/preview.html?eksempel=takstskema-eksempel.xlsx`);
    await page.waitForFunction(
      () => (window as unknown as { __foersteValidering?: number }).__foersteValidering,
      null,
      {
        timeout: 60_000,
      },
    );
    const foersteValidering = await page.evaluate(
      () => (window as unknown as { __foersteValidering: number }).__foersteValidering,
    );

    await aabnSektion(page, "Tillægsydelse");
    await page.getByTestId("tillaeg-personalekategori").fill("Socialpædagog");
    await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 17-23");
    await page.getByTestId("tillaeg-timer").fill("2,5");
    await page.getByTestId("tillaeg-startdato").fill("2026-02-02");
    await page.getByTestId("tillaeg-slutdato").fill("2026-04-26");
    await page.getByTestId("indsaet-tillaeg").click();
    await page.getByTestId("bekraeft-tillaeg-ja").waitFor();
    let t0 = Date.now();
    await page.getByTestId("bekraeft-tillaeg-ja").click();
    const indsaet = await faerdig("sektion-tillaeg", "tillaeg-besked", "Rækken er indsat", t0);
    t0 = Date.now();
    await page.getByTestId("fortryd-tillaeg").click();
    const fortryd = await faerdig("sektion-tillaeg", "tillaeg-besked", "Indsættelsen er fortrudt", t0);

    await page.goto(`${url}/preview.html?eksempel=takstbilag-eksempel.xlsx`);
    await page.getByTestId("sektion-takstbilag").waitFor({ timeout: 60_000 });
    await aabnSektion(page, "Takstbilag");
    await page.getByTestId("marker-status").click();
    await page.getByTestId("bekraeft-status-ja").waitFor();
    t0 = Date.now();
    await page.getByTestId("bekraeft-status-ja").click();
    const markerStatus = await faerdig("sektion-takstbilag", "takstbilag-besked", "Status er markeret", t0);
    return { foersteValidering, indsaet, fortryd, markerStatus };
  } finally {
    await context.close();
  }
}

async function preview(): Promise<void> {
  const dist = join(ROD, "dist");
  if (!existsSync(join(dist, "preview.html")) || !existsSync("/usr/bin/chromium")) {
    tilfoej("Preview: første validering vist (Chromium)", "—", "≤ 1.000 ms", "ikke målt");
    noter.push("Preview ikke målt: kræver dist/preview.html (npm run build:test) og /usr/bin/chromium.");
    return;
  }
  const { startStatiskServer } = await import("../tests/hjaelp/statisk-server");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { chromium } = require("playwright-core") as typeof import("playwright-core");
  const efterServer = await startStatiskServer(dist);
  const foerServer =
    FOER_DIST && existsSync(join(FOER_DIST, "preview.html")) ? await startStatiskServer(FOER_DIST) : null;
  const browser = await chromium.launch({
    executablePath: "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
  try {
    const efter: RudeTider[] = [];
    const foer: RudeTider[] = [];
    // Alternating, so both builds meet the machine in the same state (2 cores shared with others).
    for (let i = 0; i < 5; i++) {
      if (foerServer) foer.push(await maalRude(browser, foerServer.url));
      efter.push(await maalRude(browser, efterServer.url));
    }
    const m = (xs: RudeTider[], k: keyof RudeTider): number => median(xs.map((x) => x[k]));
    const vis = (xs: RudeTider[], k: keyof RudeTider): string => (xs.length ? `${formaterTal(m(xs, k), 0)} ms` : "");
    const raekke = (navn: string, k: keyof RudeTider, graense: number, maal: string): void =>
      tilfoej(navn, vis(efter, k), maal, m(efter, k) <= graense ? "ok" : "over", vis(foer, k));
    raekke("Preview: første validering vist, fra sidens start", "foersteValidering", 1000, "≤ 1.000 ms");
    raekke("Preview: Indsæt (klik → besked, valideret igen)", "indsaet", 500, "< 500 ms");
    raekke("Preview: Fortryd (klik → besked, valideret igen)", "fortryd", 500, "< 500 ms");
    raekke("Preview: Marker status (klik → besked, valideret igen)", "markerStatus", 500, "< 500 ms");
    const alle = (xs: RudeTider[]) =>
      (["foersteValidering", "indsaet", "fortryd", "markerStatus"] as const)
        .map((k) => `${k} ${xs.map((x) => formaterTal(x[k], 0)).join("/")}`)
        .join("; ");
    noter.push(`Preview, 5 kørsler hver (ms), efter: ${alle(efter)}.`);
    if (foer.length) noter.push(`Preview, 5 kørsler hver (ms), før: ${alle(foer)}.`);
  } finally {
    await browser.close();
    await efterServer.luk();
    await foerServer?.luk();
  }
}

function maskine(): string {
  const cpu = cpus()[0]?.model ?? "ukendt CPU";
  return `${cpus().length} kerner (${cpu}), ${formaterTal(totalmem() / 1024 ** 3, 0)} GiB RAM, Node ${process.version}`;
}

async function koer(): Promise<void> {
  console.log(`Takstskema benchmark — ${new Date().toISOString().slice(0, 10)} — ${maskine()}\n`);
  const dele: [string, () => unknown][] = [
    ["motor", motor],
    ["cli", cli],
    ["syncs", syncs],
    ["størrelse", opgaverudeStoerrelse],
    ["preview", preview],
  ];
  const kun = process.argv.slice(2);
  for (const [navn, fn] of dele) {
    if (kun.length > 0 && !kun.includes(navn)) continue;
    try {
      await fn();
    } catch (e) {
      tilfoej(`${navn}: fejlede`, "—", "", "ikke målt");
      noter.push(`${navn}: ${(e as Error).stack ?? e}`);
    }
  }
  let commit = "";
  try {
    commit = execSync("git rev-parse --short HEAD", { cwd: ROD }).toString().trim();
  } catch {
    commit = "ukendt";
  }
  const md = [
    "# Benchmark-resultater",
    "",
    `Kørt ${new Date().toISOString().replace("T", " ").slice(0, 16)} UTC på ${maskine()}, commit ${commit}. Lav dem igen med \`npm run build:test && npm run bench\`` +
      (FOER_DIST
        ? `; "Før" er målt i samme kørsel på en anden bygning (${process.env.TAKSTSKEMA_FOER_NAVN ?? FOER_DIST}) med \`TAKSTSKEMA_FOER_DIST=<dens dist>\`.`
        : "."),
    "",
    "| Måling | Før | Resultat | Mål | Status |",
    "|---|---:|---:|---|---|",
    ...raekker.map((r) => `| ${r.join(" | ")} |`),
    "",
    ...(noter.length ? ["Noter:", "", ...noter.map((n) => `- ${n}`), ""] : []),
  ].join("\n");
  mkdirSync(join(ROD, "bench"), { recursive: true });
  if (kun.length === 0) writeFileSync(join(ROD, "bench", "RESULTS.md"), md);
  console.log(`\n${noter.map((n) => `- ${n}`).join("\n")}`);
  if (kun.length === 0) console.log("\nSkrevet til bench/RESULTS.md");
}

if (require.main === module) {
  void koer();
}
