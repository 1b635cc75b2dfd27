/**
 * The workbook's own profile in the real pane (preview, Chromium): issue 9 item 1 — a
 * veryHidden Takstprofil that turns every rule off is not used until the user accepts it,
 * the acceptance is remembered for the workbook (by the add-in, not the workbook), and
 * while it is in force a banner names every rule it turns off. Screenshots: screenshots/.
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext, Page } from "playwright-core";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { REGEL_IDER } from "../../src/core/regler/id";
import { takstprofilAngreb } from "../../scripts/lav-korpus";
import { describeBrowser, startBrowser } from "../hjaelp/browser";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SKAERMBILLEDER = join(__dirname, "..", "..", "screenshots");

jest.setTimeout(180_000);

describeBrowser("projektmappens egen profil i ruden", () => {
  let miljoe: Awaited<ReturnType<typeof startBrowser>>;
  let context: BrowserContext;
  let fil: Buffer;

  beforeAll(async () => {
    mkdirSync(SKAERMBILLEDER, { recursive: true });
    miljoe = await startBrowser();
    context = await miljoe.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "da-DK" });
    fil = await skrivSnapshotXlsx(takstprofilAngreb());
  });
  afterAll(async () => {
    await context?.close();
    await miljoe?.luk();
  });

  async function aabn(fejl: string[]): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (e) => fejl.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") fejl.push(m.text());
    });
    await page.goto(`${miljoe.server.url}/preview.html`);
    await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });
    await page.getByTestId("fil-input").setInputFiles({ name: "angreb.xlsx", mimeType: XLSX, buffer: fil });
    await page.getByText("Åben: angreb.xlsx").waitFor();
    return page;
  }

  const antal = async (page: Page, id: string) => Number((await page.getByTestId(id).textContent())?.trim());

  it("spørger først, bruger profilen efter godkendelse med et banner, husker den og kan fortryde", async () => {
    const fejl: string[] = [];
    const page = await aabn(fejl);

    // Not accepted: the default profile, the 4 fejl, and a prompt naming what it would do.
    const spoergsmaal = page.getByTestId("profil-spoergsmaal");
    await spoergsmaal.waitFor({ timeout: 60_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="status-fejl"]')?.textContent === "4");
    const tekst = (await spoergsmaal.textContent()) ?? "";
    expect(tekst).toContain("meget skjult");
    expect(tekst).toContain("bruges ikke, før du godkender den");
    expect(tekst).toContain("bærer navnet eller id'et fra den indbyggede profil nordjylland-2025-2026");
    expect(tekst).toContain(`${REGEL_IDER.length} regler slået fra`);
    expect(tekst).toContain("persondata-cpr er slået fra (var fejl)");
    await expect(page.locator('[data-testid="finding"]', { hasText: "Takstprofil" }).count()).resolves.toBe(1);
    await page.getByTestId("opgaverude").screenshot({ path: join(SKAERMBILLEDER, "profil-spoergsmaal.png") });

    // Accepted: the workbook's profile validates, and the banner names every rule it turns off.
    await page.getByTestId("profil-godkend").click();
    const banner = page.getByTestId("profil-banner");
    await banner.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-fejl"]')?.textContent === "0");
    await expect(banner.locator("li").count()).resolves.toBe(REGEL_IDER.length);
    for (const id of ["persondata-cpr", "felt-ugyldig-vaerdi", "ata-vfo-over-5-pct", "takstprofil-i-skema"]) {
      expect(await banner.textContent()).toContain(`${id} er slået fra`);
    }
    await page.getByTestId("opgaverude").screenshot({ path: join(SKAERMBILLEDER, "profil-banner.png") });
    // The banner stays: it has no close button.
    await expect(banner.getByRole("button", { name: "Luk beskeden" }).count()).resolves.toBe(0);

    // Remembered for this workbook (the add-in's own storage), so a new pane uses it with the banner.
    const igen = await aabn(fejl);
    await igen.getByTestId("profil-banner").waitFor({ timeout: 60_000 });
    await expect(igen.getByTestId("profil-spoergsmaal").count()).resolves.toBe(0);

    // "Brug standardprofilen" withdraws the acceptance: the 4 fejl are back.
    await igen.getByTestId("profil-tilbagekald").click();
    await igen.getByTestId("profil-afvist").waitFor();
    await igen.waitForFunction(() => document.querySelector('[data-testid="status-fejl"]')?.textContent === "4");
    expect(await antal(igen, "status-advarsler")).toBeGreaterThanOrEqual(1);
    const tredje = await aabn(fejl);
    await tredje.getByTestId("profil-spoergsmaal").waitFor({ timeout: 60_000 });

    expect(fejl).toEqual([]);
  });
});
