/**
 * The Sekretariat section in the real pane (preview, Chromium): the five bundled submissions
 * checked and listed by driftsherre and tilbud, one skema's findings, "Byg takstbilag"
 * opening the bilag as a new workbook (the preview shows it in its grid), and in an Excel
 * without ExcelApi 1.8 a download whose cells are those of `takstskema bilag`. 40 files at
 * once (the same tilbud several times) are refused as the CLI refuses them, and the time to
 * check them is logged. "Tilbagemeldinger" gives each tilbud's letter, byte for byte the one
 * `valider --tilbagemelding` writes, to copy or download; last year's takstbilag as the baseline
 * lists the tilbud that did not submit. Screenshots: screenshots/sekretariat-*.png.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { BrowserContext, Page } from "playwright-core";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";
import { koer, tmpMappe } from "../cli/hjaelp";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SKAERMBILLEDER = join(__dirname, "..", "..", "screenshots");
const INDSENDT = join(__dirname, "..", "..", "examples", "indsendt");
const NAVNE = readdirSync(INDSENDT).sort();

jest.setTimeout(240_000);

describeBrowser("Afsnittet Sekretariat", () => {
  let miljoe: Awaited<ReturnType<typeof startBrowser>>;
  let context: BrowserContext;
  let mappe: string;
  let cliTilbage: number;
  let cliBilag: Buffer;
  /** cliBilag as last year's: the same takster, Takstår 2025 (the skemaer are 2026). */
  let fjorBilag: Buffer;

  beforeAll(async () => {
    mkdirSync(SKAERMBILLEDER, { recursive: true });
    mappe = tmpMappe("rude-sekretariat");
    mkdirSync(join(mappe, "indsendt"));
    for (const n of NAVNE) copyFileSync(join(INDSENDT, n), join(mappe, "indsendt", n));
    const v = await koer(["valider", "indsendt", "--format", "json"], { cwd: mappe });
    cliTilbage = (JSON.parse(v.stdout) as { filer: { opsummering: { fejl: number } }[] }).filer.filter(
      (f) => f.opsummering.fejl > 0,
    ).length;
    const b = await koer(["bilag", "indsendt", "--ud", "bilag.xlsx"], { cwd: mappe });
    expect(b.stderr).toBe("");
    cliBilag = readFileSync(join(mappe, "bilag.xlsx"));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(cliBilag as unknown as ArrayBuffer);
    wb.getWorksheet("Takstbilag")!.eachRow((r) => {
      if (r.getCell(1).value === 2026) r.getCell(1).value = 2025;
    });
    fjorBilag = Buffer.from(await wb.xlsx.writeBuffer());
    const t = await koer(["valider", "indsendt", "--tilbagemelding", "breve"], { cwd: mappe });
    expect(t.stderr).toContain("5 tilbagemeldinger er skrevet til breve.");
    miljoe = await startBrowser();
    context = await miljoe.browser.newContext({
      viewport: { width: 1280, height: 1000 },
      locale: "da-DK",
      acceptDownloads: true,
    });
  });
  afterAll(async () => {
    await context?.close();
    await miljoe?.luk();
    rmSync(mappe, { recursive: true, force: true });
  });

  async function aabn(parametre = ""): Promise<{ page: Page; fejl: string[] }> {
    const fejl: string[] = [];
    const page = await context.newPage();
    page.on("pageerror", (e) => fejl.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") fejl.push(m.text());
    });
    await page.goto(`${miljoe.server.url}/preview.html${parametre}`);
    await page.getByTestId("sektion-sekretariat").waitFor({ timeout: 60_000 });
    await aabnSektion(page, "Sekretariat");
    return { page, fejl };
  }

  async function kontrollerEksempler(page: Page): Promise<string> {
    await page.getByTestId("sekretariat-eksempler").click();
    const taelling = page.getByTestId("sekretariat-taelling");
    await taelling.waitFor({ timeout: 60_000 });
    return (await taelling.textContent()) ?? "";
  }

  it("kontrollerer de fem indsendte skemaer, viser listen og et skemas fund, og åbner takstbilaget", async () => {
    const { page, fejl } = await aabn();
    expect(await kontrollerEksempler(page)).toBe(`5 filer: ${5 - cliTilbage} klar, ${cliTilbage} går tilbage`);
    const tid = (await page.getByTestId("sekretariat-tid").textContent()) ?? "";
    console.log(`Sekretariat, 5 indsendte skemaer: ${tid}`);
    const skemaer = page.getByTestId("sekretariat-skema");
    expect(await skemaer.count()).toBe(5);
    expect(await page.getByTestId("sekretariat-driftsherre").count()).toBe(5);
    expect(await page.locator('[data-testid="sekretariat-skema"][data-status="tilbage"]').count()).toBe(cliTilbage);
    // One skema's findings, with sheet!cell and the message.
    const tilbage = page.locator('[data-testid="sekretariat-skema"][data-status="tilbage"]').first();
    await tilbage.getByRole("button").click();
    const fund = tilbage.getByTestId("sekretariat-fund");
    await fund.waitFor();
    expect(await fund.textContent()).toMatch(/Fejl: \S+![A-Z]+\d+/);
    // Tall enough for the whole section: the pane scrolls, and a screenshot shows only what is in view.
    await page.setViewportSize({ width: 1280, height: 2400 });
    await page.getByTestId("sekretariat").screenshot({ path: join(SKAERMBILLEDER, "sekretariat-liste.png") });
    await page.setViewportSize({ width: 1280, height: 1000 });

    await page.getByTestId("sekretariat-byg").click();
    // ExcelApi 1.9 in the preview's fake: Excel.createWorkbook; the preview shows the new workbook.
    await page.getByText("Åben: takstbilag.xlsx").waitFor({ timeout: 60_000 });
    for (const ark of ["Oversigt", "Takstbilag", "Fund"])
      await page.getByRole("tab", { name: ark, exact: true }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(SKAERMBILLEDER, "sekretariat-takstbilag-aabnet.png") });
    expect(fejl).toEqual([]);
    await page.close();
  });

  it("uden ExcelApi 1.8 hentes takstbilaget som fil, med de samme celler som takstskema bilag", async () => {
    const { page, fejl } = await aabn("?excelapi=1.7");
    await kontrollerEksempler(page);
    const [hentning] = await Promise.all([
      page.waitForEvent("download", { timeout: 60_000 }),
      page.getByTestId("sekretariat-byg").click(),
    ]);
    expect(hentning.suggestedFilename()).toMatch(/^takstbilag(-\d{4})?\.xlsx$/);
    const sti = join(mappe, "hentet.xlsx");
    await hentning.saveAs(sti);
    const besked = (await page.getByTestId("sekretariat-besked").textContent()) ?? "";
    expect(besked).toContain("kræver ExcelApi 1.8");
    expect(besked).toContain(`hentet som filen ${hentning.suggestedFilename()}`);
    const a = await laesXlsx(cliBilag);
    const b = await laesXlsx(readFileSync(sti));
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    const udenMappe = (v: unknown) => (typeof v === "string" ? v.split("indsendt/").join("") : v);
    for (let i = 0; i < a.sheets.length; i++)
      expect(b.sheets[i].values.map((r) => r.map(udenMappe))).toEqual(a.sheets[i].values.map((r) => r.map(udenMappe)));
    expect(b.tables).toEqual(a.tables);
    expect(fejl).toEqual([]);
    await page.close();
  });

  it("Tilbagemeldinger: ét brev pr. tilbud at kopiere eller hente, det samme som valider --tilbagemelding", async () => {
    const { page, fejl } = await aabn();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: miljoe.server.url });
    await kontrollerEksempler(page);
    await page.getByTestId("sekretariat-tilbagemeldinger").click();
    const breve = page.getByTestId("sekretariat-brev");
    await breve.first().waitFor({ timeout: 10_000 });
    const cliFiler = readdirSync(join(mappe, "breve")).sort();
    const filer = await breve.evaluateAll((l) => l.map((e) => e.getAttribute("data-fil") ?? ""));
    expect([...filer].sort()).toEqual(cliFiler);
    // One letter downloaded: the CLI's bytes.
    const [hentning] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      breve.first().getByTestId("sekretariat-brev-hent").click(),
    ]);
    expect(hentning.suggestedFilename()).toBe(filer[0]);
    const sti = join(mappe, "hentet-brev.txt");
    await hentning.saveAs(sti);
    const cliBrev = readFileSync(join(mappe, "breve", filer[0]));
    expect(readFileSync(sti).equals(cliBrev)).toBe(true);
    // Copied: the same text without the byte-order mark.
    await breve.first().getByTestId("sekretariat-brev-kopier").click();
    await page.getByText("er kopieret. Sæt det ind i en mail.").waitFor({ timeout: 10_000 });
    const kopi = await page.evaluate(() => navigator.clipboard.readText());
    expect(kopi.replace(/\r\n/g, "\n")).toBe(
      cliBrev
        .toString("utf8")
        .replace(/^\ufeff/, "")
        .replace(/\r\n/g, "\n"),
    );
    // All in one file.
    const [alle] = await Promise.all([
      page.waitForEvent("download", { timeout: 30_000 }),
      page.getByTestId("sekretariat-breve-hent-alle").click(),
    ]);
    expect(alle.suggestedFilename()).toBe("tilbagemeldinger.txt");
    await page.setViewportSize({ width: 1280, height: 3000 });
    await page
      .getByTestId("sekretariat-breve")
      .screenshot({ path: join(SKAERMBILLEDER, "sekretariat-tilbagemeldinger.png") });
    await page.setViewportSize({ width: 1280, height: 1000 });
    expect(fejl).toEqual([]);
    await page.close();
  });

  it("Kopiér, hvor Excel ikke tillader udklipsholderen: en dansk besked, der peger på Hent", async () => {
    const { page, fejl } = await aabn();
    await page.evaluate(() => {
      Object.defineProperty(navigator, "clipboard", {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException("Write permission denied.", "NotAllowedError")) },
      });
    });
    await kontrollerEksempler(page);
    await page.getByTestId("sekretariat-tilbagemeldinger").click();
    await page.getByTestId("sekretariat-brev-kopier").first().click();
    const besked = page.getByTestId("sekretariat-besked");
    await besked.getByText("Brevet kunne ikke kopieres").waitFor({ timeout: 10_000 });
    expect(await besked.textContent()).toContain("Brug Hent i stedet");
    expect(fejl).toEqual([]);
    await page.close();
  });

  it("sidste års takstbilag: en fil, der ikke kan bruges, siges på dansk; et godkendt takstbilag giver Ikke indsendt", async () => {
    const { page, fejl } = await aabn();
    await page.getByTestId("sekretariat-sidste-aar-input").setInputFiles({
      name: "ikke-et-takstbilag.xlsx",
      mimeType: XLSX,
      buffer: Buffer.from("ikke et regneark\n"),
    });
    const besked = page.getByTestId("sekretariat-besked");
    await besked.getByText("Sidste års takstbilag kan ikke bruges").waitFor({ timeout: 60_000 });
    expect(await besked.textContent()).toContain("ikke-et-takstbilag.xlsx");
    expect(await page.getByTestId("sekretariat-sidste-aar-fjern").count()).toBe(0);
    // Last year's bilag of all five; this year four submit: the fifth is listed as not submitted.
    await page.getByTestId("sekretariat-sidste-aar-input").setInputFiles({
      name: "takstbilag-i-fjor.xlsx",
      mimeType: XLSX,
      buffer: fjorBilag,
    });
    await page.getByTestId("sekretariat-sidste-aar-fjern").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("sekretariat-sidste-aar-tekst").textContent()).toContain(
      "kontrolleres mod takstbilag-i-fjor.xlsx",
    );
    await page
      .getByTestId("sekretariat-filer")
      .setInputFiles(
        NAVNE.slice(0, 4).map((n) => ({ name: n, mimeType: XLSX, buffer: readFileSync(join(INDSENDT, n)) })),
      );
    await page.getByTestId("sekretariat-taelling").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("sekretariat-tid").textContent()).toContain(
      "mod sidste års takstbilag takstbilag-i-fjor.xlsx",
    );
    const ikke = (await page.getByTestId("sekretariat-ikke-indsendt").textContent()) ?? "";
    expect(ikke).toContain("Ikke indsendt i år, men med i sidste års takstbilag (1):");
    expect(ikke).toContain("hele tilbuddet");
    // Removed: the same four files are checked again, without the baseline.
    await page.getByTestId("sekretariat-sidste-aar-fjern").click();
    await page.getByTestId("sekretariat-ikke-indsendt").waitFor({ state: "detached", timeout: 60_000 });
    await page.getByTestId("sekretariat-taelling").waitFor({ timeout: 60_000 });
    expect(await page.getByTestId("sekretariat-taelling").textContent()).toMatch(/^4 filer: /);
    expect(await page.getByTestId("sekretariat-tid").textContent()).not.toContain("sidste års");
    expect(fejl).toEqual([]);
    await page.close();
  });

  it("årets eget takstbilag som sidste års: det fjernes med en dansk grund, og skemaerne kontrolleres uden det (gennemgang, h23)", async () => {
    const { page, fejl } = await aabn();
    await page.getByTestId("sekretariat-sidste-aar-input").setInputFiles({
      name: "takstbilag-2026.xlsx",
      mimeType: XLSX,
      buffer: cliBilag,
    });
    await page.getByTestId("sekretariat-sidste-aar-fjern").waitFor({ timeout: 60_000 });
    const taelling = await kontrollerEksempler(page);
    // As without a baseline: Hjørring's +8,9 % without justification still sends it back.
    expect(taelling).toBe(`5 filer: ${5 - cliTilbage} klar, ${cliTilbage} går tilbage`);
    const besked = page.getByTestId("sekretariat-besked");
    await besked.getByText("Sidste års takstbilag kan ikke bruges").waitFor({ timeout: 60_000 });
    expect(await besked.textContent()).toContain(
      "takstbilag-2026.xlsx: Det gælder takstår 2026, men skemaerne gælder takstår 2026; ændringerne skal måles fra det takstbilag, der blev godkendt for takstår 2025. Skemaerne er kontrolleret uden det.",
    );
    expect(await page.getByTestId("sekretariat-sidste-aar-fjern").count()).toBe(0);
    expect(await page.getByTestId("sekretariat-tid").textContent()).not.toContain("sidste års");
    expect(fejl).toEqual([]);
    await page.close();
  });

  it("40 filer på én gang: alle kontrolleres, og det samme tilbud flere gange afvises som i kommandolinjen", async () => {
    const { page, fejl } = await aabn();
    const filer = Array.from({ length: 40 }, (_, i) => ({
      name: `${String(i + 1).padStart(2, "0")}-${NAVNE[i % 5]}`,
      mimeType: XLSX,
      buffer: readFileSync(join(INDSENDT, NAVNE[i % 5])),
    }));
    await page.getByTestId("sekretariat-filer").setInputFiles(filer);
    const taelling = page.getByTestId("sekretariat-taelling");
    await taelling.waitFor({ timeout: 180_000 });
    expect(await taelling.textContent()).toMatch(/^40 filer: \d+ klar, \d+ går tilbage$/);
    console.log(`Sekretariat, 40 skemaer: ${(await page.getByTestId("sekretariat-tid").textContent()) ?? ""}`);
    const afvisning = (await page.getByTestId("sekretariat-afvisning").textContent()) ?? "";
    expect(afvisning).toContain("Det samme tilbud er indsendt mere end én gang, så takstbilaget er ikke skrevet:");
    expect(afvisning).toMatch(/01-aalborg-egebakken\.xlsx og 06-aalborg-egebakken\.xlsx: begge er /);
    expect(await page.getByTestId("sekretariat-byg").isDisabled()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page
      .getByTestId("sekretariat-afvisning")
      .screenshot({ path: join(SKAERMBILLEDER, "sekretariat-afvist.png") });
    expect(fejl).toEqual([]);
    await page.close();
  });
});
