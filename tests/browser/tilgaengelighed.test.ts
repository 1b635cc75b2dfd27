/**
 * axe-core on every section of the pane, and on its dialogs, in real Chromium (issue 20 § 2):
 * no serious or critical violation, in the light and the dark theme. Each section is opened
 * the way a user opens it, with the states that show more (the held rules, an explanation,
 * the checked submissions and their letters, the severities, a status filter).
 */
import type { Page } from "playwright-core";
import { axeBrud } from "../hjaelp/axe";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";

jest.setTimeout(300_000);

const RUDE = '[data-testid="opgaverude"]';

describeBrowser("axe: ingen alvorlige tilgængelighedsbrud i ruden (issue 20 § 2)", () => {
  let b: Awaited<ReturnType<typeof startBrowser>>;
  beforeAll(async () => {
    b = await startBrowser();
  });
  afterAll(async () => {
    await b?.luk();
  });

  async function aabn(eksempel: string, tema: string): Promise<Page> {
    // The pages' CSP (script-src 'self') would block axe's injected script; only this test lifts it.
    const page = await b.browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "da-DK", bypassCSP: true });
    await page.goto(`${b.server.url}/preview.html?eksempel=${eksempel}${tema}`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="annoncering"]')?.textContent?.startsWith("Validering færdig"),
      null,
      { timeout: 60_000 },
    );
    return page;
  }

  /** A confirmation dialog: axe on it while open, then Annuller. */
  async function dialog(page: Page, knap: string, testId: string, hvor: string): Promise<string[]> {
    await page.getByTestId(knap).click();
    await page.getByTestId(testId).waitFor();
    const brud = await axeBrud(page, [`[data-testid="${testId}"]`], hvor);
    await page.getByTestId(`${testId}-nej`).click();
    await page.getByTestId(testId).waitFor({ state: "detached" });
    return brud;
  }

  for (const [navn, tema] of [
    ["lyst", ""],
    ["mørkt", "&tema=moerk"],
  ] as const) {
    test(`takstskemaets afsnit og dialoger, ${navn} tema`, async () => {
      const page = await aabn("takstskema-eksempel.xlsx", tema);
      const brud: string[] = [];

      // Validering, with the held rules and an explanation open.
      brud.push(...(await axeBrud(page, [RUDE], "Validering")));
      await page.getByTestId("vis-holdt").click();
      await page.getByTestId("regler-holdt").waitFor();
      await page.getByTestId("forklaring-knap").first().click();
      await page.getByTestId("forklaring").first().waitFor();
      brud.push(...(await axeBrud(page, [RUDE], "Validering med regler der holdt og en forklaring")));

      await aabnSektion(page, "Tillægsydelse");
      brud.push(...(await axeBrud(page, [RUDE], "Tillægsydelse")));
      await page.getByTestId("tillaeg-personalekategori").fill("Socialpædagog");
      await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 17-23");
      await page.getByTestId("tillaeg-timer").fill("2,5");
      await page.getByTestId("tillaeg-startdato").fill("2026-02-02");
      await page.getByTestId("tillaeg-slutdato").fill("2026-04-26");
      await page.getByTestId("samlet-pris").waitFor();
      brud.push(...(await axeBrud(page, [RUDE], "Tillægsydelse udfyldt")));
      brud.push(...(await dialog(page, "indsaet-tillaeg", "bekraeft-tillaeg", "Indsæt-dialogen")));

      await aabnSektion(page, "Sekretariat");
      await page.getByTestId("sekretariat-eksempler").click();
      await page.getByTestId("sekretariat-taelling").waitFor({ timeout: 120_000 });
      await page.locator('[data-testid="sekretariat-skema"][data-status="tilbage"] button').first().click();
      await page.getByTestId("sekretariat-fund").first().waitFor();
      await page.getByTestId("sekretariat-tilbagemeldinger").click();
      await page.getByTestId("sekretariat-breve").waitFor();
      brud.push(...(await axeBrud(page, [RUDE], "Sekretariat med kontrollerede skemaer og breve")));

      await aabnSektion(page, "Skabelon");
      brud.push(...(await axeBrud(page, [RUDE], "Skabelon")));

      await aabnSektion(page, "Indstillinger");
      await page.getByTestId("vis-alvorsgrader").click();
      await page.getByTestId("alvorsgrader").waitFor();
      brud.push(...(await axeBrud(page, [RUDE], "Indstillinger med alvorsgrader")));

      await aabnSektion(page, "Om Takstskema");
      brud.push(...(await axeBrud(page, [RUDE], "Om Takstskema")));

      expect(brud).toEqual([]);
      await page.close();
    });

    test(`takstbilagets afsnit og Marker status-dialogen, ${navn} tema`, async () => {
      const page = await aabn("takstbilag-eksempel.xlsx", tema);
      await page.getByTestId("sektion-takstbilag").waitFor();
      await aabnSektion(page, "Takstbilag");
      const brud: string[] = [];
      brud.push(...(await axeBrud(page, [RUDE], "Takstbilag")));
      await page.getByTestId("status-filter-OK").click();
      await page.getByTestId("status-raekker").or(page.getByText("Ingen rækker har denne status.")).first().waitFor();
      brud.push(...(await axeBrud(page, [RUDE], "Takstbilag filtreret på OK")));
      brud.push(...(await dialog(page, "marker-status", "bekraeft-status", "Marker status-dialogen")));
      expect(brud).toEqual([]);
      await page.close();
    });
  }
});
