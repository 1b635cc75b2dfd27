/**
 * Issue 20 §§ 1–2 in real Chromium: a closed confirmation dialog gives focus back to its button,
 * Fluent's built-in English labels are Danish, the held rules read as what held, and the
 * Takstbilag and Validering sections say what their counts count, before any click.
 */
import type { Page } from "playwright-core";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";

jest.setTimeout(300_000);

describeBrowser("fokus og ord i ruden (issue 20 § 1–2)", () => {
  let b: Awaited<ReturnType<typeof startBrowser>>;
  beforeAll(async () => {
    b = await startBrowser();
  });
  afterAll(async () => {
    await b?.luk();
  });

  async function aabn(eksempel: string): Promise<{ page: Page; fejl: string[] }> {
    const page = await b.browser.newPage({ viewport: { width: 1366, height: 900 }, locale: "da-DK" });
    const fejl: string[] = [];
    page.on("pageerror", (e) => fejl.push(e.message));
    await page.goto(`${b.server.url}/preview.html?eksempel=${eksempel}`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="annoncering"]')?.textContent?.startsWith("Validering færdig"),
      null,
      { timeout: 60_000 },
    );
    return { page, fejl };
  }

  /** Waits until the element with that test ID has focus (fails with where focus is instead). */
  async function fokusPaa(page: Page, testId: string): Promise<void> {
    try {
      await page.waitForFunction((id) => document.activeElement?.getAttribute("data-testid") === id, testId, {
        timeout: 5_000,
      });
    } catch {
      const her = await page.evaluate(
        () => document.activeElement?.getAttribute("data-testid") ?? document.activeElement?.tagName ?? null,
      );
      expect(her).toBe(testId);
    }
  }

  test("Escape og Annuller giver fokus tilbage til Marker status; tallene forklares", async () => {
    const { page, fejl } = await aabn("takstbilag-eksempel.xlsx");
    await aabnSektion(page, "Takstbilag");
    await aabnSektion(page, "Validering");
    const knap = page.getByTestId("marker-status");

    await knap.focus();
    await page.keyboard.press("Enter");
    await page.getByTestId("bekraeft-status").waitFor();
    await page.keyboard.press("Escape");
    await page.getByTestId("bekraeft-status").waitFor({ state: "detached" });
    await fokusPaa(page, "marker-status");

    await knap.click();
    await page.getByTestId("bekraeft-status-nej").click();
    await page.getByTestId("bekraeft-status").waitFor({ state: "detached" });
    await fokusPaa(page, "marker-status");

    // Both sections are open on a takstbilag: each says what it counts.
    await expect(page.getByTestId("takstbilag-taelling").textContent()).resolves.toMatch(
      /^Knapperne tæller takstbilagets \d+ takster efter kolonnen Status.*Validering tæller fund i den seneste kontrol/,
    );
    await expect(page.getByTestId("fund-taelling").textContent()).resolves.toMatch(
      /^Tallene her er fund i denne kontrol \(\d+ fejl.*Afsnittet Takstbilag tæller takster efter kolonnen Status/,
    );
    expect(fejl).toEqual([]);
    await page.close();
  });

  test("Fluents egne etiketter er danske, og regler der holdt siger, hvad der holdt", async () => {
    const { page, fejl } = await aabn("takstskema-eksempel.xlsx");
    await aabnSektion(page, "Validering");
    const ryd = page.getByTestId("fund-soeg").locator("xpath=..").locator('[role="button"]');
    await expect(ryd.getAttribute("aria-label")).resolves.toBe("Ryd søgningen");

    await page.getByTestId("vis-holdt").click();
    const holdt = (await page.getByTestId("regler-holdt").textContent()) ?? "";
    expect(holdt).toContain("Alle påkrævede værdier er udfyldt.");
    expect(holdt).not.toContain("En påkrævet værdi er tom");

    await aabnSektion(page, "Tillægsydelse");
    const etiketter = await page
      .getByTestId("opgaverude")
      .evaluate((el) => [...el.querySelectorAll("[aria-label]")].map((e) => e.getAttribute("aria-label") ?? ""));
    expect(etiketter.filter((t) => /^(open|clear|close|clear selection|dismiss)\b/i.test(t))).toEqual([]);
    expect(etiketter).toContain("Vis personalekategorierne");
    expect(fejl).toEqual([]);
    await page.close();
  });
});
