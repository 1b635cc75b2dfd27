/**
 * A second region in the real pane (preview, Chromium): the fictitious test region
 * (tests/profil/testregion/) is handed to the preview before its script runs
 * (window.takstskemaTestprofiler). A workbook whose Takstprofil extends it, once accepted,
 * is checked against its agreement: the pane names that agreement, cites its sections and
 * skips the rule it turns off.
 */
import type { BrowserContext, Page } from "playwright-core";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import type { Profilindgang } from "../../src/core/profil/typer";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { describeBrowser, startBrowser } from "../hjaelp/browser";
import { fejlSkema } from "../cli/hjaelp";
import { TESTREGION } from "../profil/testregion";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

jest.setTimeout(180_000);

describeBrowser("en anden region i ruden", () => {
  let miljoe: Awaited<ReturnType<typeof startBrowser>>;
  let context: BrowserContext;
  let fil: Buffer;

  beforeAll(async () => {
    miljoe = await startBrowser();
    context = await miljoe.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "da-DK" });
    await context.addInitScript((indgang: Profilindgang) => {
      window.takstskemaTestprofiler = [indgang];
    }, TESTREGION);
    const snap = bygSnapshot(fejlSkema());
    const profil = { id: "sekretariat-2030", navn: "Sekretariatets testprofil", udvider: TESTREGION.profil.id };
    snap.sheets.push({
      name: "Takstprofil",
      visibility: "visible",
      top: 1,
      left: 1,
      values: [[JSON.stringify(profil)]],
    });
    fil = await skrivSnapshotXlsx(snap);
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
    await page.getByTestId("fil-input").setInputFiles({ name: "testregion.xlsx", mimeType: XLSX, buffer: fil });
    await page.getByText("Åben: testregion.xlsx").waitFor();
    return page;
  }

  const fundMed = (page: Page, regel: string) => page.locator('[data-testid="finding"]', { hasText: `· ${regel}` });

  it("viser testregionens aftalenavn og § og springer den slåede-fra regel over", async () => {
    const fejl: string[] = [];
    const page = await aabn(fejl);
    const undertitel = page.getByText(/^Kontrol mod /);

    // Not accepted yet: the default profile and its agreement.
    const spoergsmaal = page.getByTestId("profil-spoergsmaal");
    await spoergsmaal.waitFor({ timeout: 60_000 });
    await expect(undertitel.textContent()).resolves.toBe("Kontrol mod Styringsaftalen for Nordjysk Socialaftale");
    await expect(spoergsmaal.textContent()).resolves.toContain(
      `I forhold til ${TESTREGION.profil.id} løsner den intet.`,
    );
    await fundMed(page, "pladsaendring-kraever-godkendelse").first().waitFor();
    await expect(fundMed(page, "pladsaendring-uden-begrundelse").first().textContent()).resolves.toContain(
      "§ 2.2.3, 5.5.2",
    );

    // Accepted: the test region's agreement, sections and rule turned off.
    await page.getByTestId("profil-godkend").click();
    await page.waitForFunction(
      (navn) => document.body.textContent?.includes(`Kontrol mod ${navn}`),
      TESTREGION.aftale.navn,
    );
    await expect(undertitel.textContent()).resolves.toBe(`Kontrol mod ${TESTREGION.aftale.navn}`);
    const fund = fundMed(page, "pladsaendring-uden-begrundelse").first();
    await fund.waitFor();
    await expect(fund.textContent()).resolves.toContain("§ 3.2 · pladsaendring-uden-begrundelse");
    await expect(fundMed(page, "pladsaendring-kraever-godkendelse").count()).resolves.toBe(0);
    await expect(page.locator('[data-testid="finding"]', { hasText: "§ 2.2.3" }).count()).resolves.toBe(0);

    // The explanation quotes the test region's agreement by its short name and section.
    const post = page.locator("li", { has: fund });
    await post.getByTestId("forklaring-knap").click();
    const citat = TESTREGION.aftale.regler["pladsaendring-uden-begrundelse"].citat;
    await expect(post.getByTestId("forklaring").textContent()).resolves.toContain(
      `${TESTREGION.aftale.kortnavn}, § 3.2: “${citat}”`,
    );

    expect(fejl).toEqual([]);
  });
});
