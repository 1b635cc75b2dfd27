/**
 * Marker status in the real pane (preview, Chromium) on a takstbilag the CLI built: a Fejl
 * from the full check that the pane cannot repeat stays Fejl, and the pane says why
 * (issue 7 § 5). Screenshot: screenshots/takstbilag-bevaret.png.
 */
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import type { BrowserContext } from "playwright-core";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";
import { koer, skrivSkema, takstAfvigerSkema, tmpMappe } from "../cli/hjaelp";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const SKAERMBILLEDER = join(__dirname, "..", "..", "screenshots");

jest.setTimeout(180_000);

describeBrowser("Marker status bevarer den fulde kontrols Fejl", () => {
  let miljoe: Awaited<ReturnType<typeof startBrowser>>;
  let context: BrowserContext;
  let mappe: string;
  let bilag: Buffer;

  beforeAll(async () => {
    mkdirSync(SKAERMBILLEDER, { recursive: true });
    mappe = tmpMappe("rude-status");
    await skrivSkema(join(mappe, "aalborg.xlsx"), takstAfvigerSkema());
    const r = await koer(["bilag", "aalborg.xlsx", "--ud", "bilag.xlsx"], { cwd: mappe });
    expect(r.kode).toBe(1);
    bilag = readFileSync(join(mappe, "bilag.xlsx"));
    miljoe = await startBrowser();
    context = await miljoe.browser.newContext({ viewport: { width: 1280, height: 1000 }, locale: "da-DK" });
  });
  afterAll(async () => {
    await context?.close();
    await miljoe?.luk();
    rmSync(mappe, { recursive: true, force: true });
  });

  it("rækken beholder Fejl og Takst afviger fra beregning, og ruden siger hvorfor på dansk", async () => {
    const fejl: string[] = [];
    const page = await context.newPage();
    page.on("pageerror", (e) => fejl.push(e.message));
    await page.goto(`${miljoe.server.url}/preview.html`);
    await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });
    await page.getByTestId("fil-input").setInputFiles({ name: "bilag.xlsx", mimeType: XLSX, buffer: bilag });
    await page.getByText("Åben: bilag.xlsx").waitFor();
    await page.getByTestId("sektion-takstbilag").waitFor();
    await aabnSektion(page, "Takstbilag");

    await page.getByTestId("marker-status").click();
    await page.getByTestId("bekraeft-status-ja").click();
    const besked = page.getByTestId("takstbilag-besked");
    await besked.getByText("beholder sin status").waitFor({ timeout: 60_000 });
    const tekst = (await besked.textContent()) ?? "";
    expect(tekst).toContain("Status er markeret på 2 rækker: 1 OK, 0 advarsler, 1 fejl.");
    expect(tekst).toContain("1 række beholder sin status fra den fulde kontrol (1 Fejl)");
    expect(tekst).toContain("fundene (Takst afviger fra beregning)");
    expect(tekst).toContain("Kør takstskema bilag på skemaerne igen");
    await page.getByTestId("opgaverude").screenshot({ path: join(SKAERMBILLEDER, "takstbilag-bevaret.png") });
    expect(fejl).toEqual([]);
    await page.close();
  });
});
