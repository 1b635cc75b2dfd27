/**
 * "It never sends workbook data anywhere" (README, "Tilføjelsesprogrammet i Excel"): a whole session in the preview, in
 * real Chromium, with every request recorded (page, context, service workers, websockets)
 * and anything off the page's origin aborted, so the test can never reach the network.
 * Every request must be the page's own origin (127.0.0.1:port) or data:/blob:.
 */
import type { BrowserContext, Page } from "playwright-core";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";
import { takstbilagRaekker } from "../excel/hjaelp";
import { gyldigtSkema } from "../hjaelp/fixtur";

jest.setTimeout(300_000);

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

describeBrowser("netværk: forhåndsvisningen henter kun sine egne filer", () => {
  let miljoe: Awaited<ReturnType<typeof startBrowser>>;
  beforeAll(async () => {
    miljoe = await startBrowser();
  });
  afterAll(async () => {
    await miljoe?.luk();
  });

  interface Optagelse {
    anmodninger: string[];
    afbrudt: string[];
    websockets: string[];
    fejl: string[];
  }

  async function nyKontekst(oprindelse: string): Promise<{ context: BrowserContext; page: Page; o: Optagelse }> {
    const context = await miljoe.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const o: Optagelse = { anmodninger: [], afbrudt: [], websockets: [], fejl: [] };
    const egen = (url: string) => url.startsWith(`${oprindelse}/`) || url === oprindelse || /^(data|blob):/.test(url);
    // Anything not ours is aborted before it leaves the browser (and noted).
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (egen(url)) await route.continue();
      else {
        o.afbrudt.push(url);
        await route.abort("blockedbyclient");
      }
    });
    context.on("request", (r) => o.anmodninger.push(r.url()));
    context.on("serviceworker", (w) => o.fejl.push(`service worker registreret: ${w.url()}`));
    const page = await context.newPage();
    page.on("request", (r) => o.anmodninger.push(r.url()));
    page.on("websocket", (w) => o.websockets.push(w.url()));
    page.on("worker", (w) => o.anmodninger.push(w.url()));
    page.on("pageerror", (e) => o.fejl.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") o.fejl.push(m.text());
    });
    return { context, page, o };
  }

  async function antal(page: Page, id: string): Promise<number> {
    return Number((await page.getByTestId(id).textContent())?.trim());
  }

  it("en hel session: valider, skift eksempel, vælg fund, tillægsydelse og Indsæt, rapport, Marker status, Skabelon", async () => {
    const oprindelse = miljoe.server.url;
    const { context, page, o } = await nyKontekst(oprindelse);

    // 1. The bundled example validates when the page opens.
    await page.goto(`${oprindelse}/preview.html`);
    await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });
    expect(await antal(page, "status-fejl")).toBe(0);

    // 2. A failing example; 3. a finding selects its cell.
    await page.getByTestId("vaelg-eksempel").selectOption("takstskema-mangler-begrundelser.xlsx");
    await page.getByText("Åben: takstskema-mangler-begrundelser.xlsx").waitFor();
    await page.getByTestId("fund-fejl").waitFor({ timeout: 60_000 });
    const fund = page.getByTestId("fund-fejl").getByTestId("finding").first();
    const celle = await fund.getAttribute("data-celle");
    await fund.click();
    await expect(page.getByTestId("selected-cell").getAttribute("data-celle")).resolves.toBe(celle);
    await page.getByRole("button", { name: "Forklaring" }).first().click();
    await page.getByTestId("forklaring").first().waitFor();

    // 4. A tillægsydelse, computed and inserted.
    await aabnSektion(page, "Tillægsydelse");
    await page.getByTestId("tillaeg-personalekategori").fill("Socialpædagog");
    await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 17-23");
    await page.getByTestId("tillaeg-timer").fill("2,5");
    await page.getByTestId("tillaeg-startdato").fill("2026-01-05");
    await page.getByTestId("tillaeg-slutdato").fill("2026-03-29");
    await expect(page.getByTestId("samlet-pris").textContent()).resolves.toBe("10.073,40 kr.");
    await page.getByTestId("tillaeg-beskrivelse").fill("Ekstra støtte efter aktivitetstilbud");
    await page.getByTestId("indsaet-tillaeg").click();
    await page.getByTestId("bekraeft-tillaeg-ja").click();
    await expect(page.getByTestId("tillaeg-besked").textContent()).resolves.toContain("Rækken er indsat");

    // 5. The report sheet.
    await page.getByTestId("skriv-rapport").click();
    await expect(page.getByTestId("rapport-besked").textContent()).resolves.toContain("Valideringsrapport");

    // 7a. Skabelon refused: the example has the template's sheets.
    await aabnSektion(page, "Skabelon");
    await page.getByTestId("indsaet-skabelon").click();
    await expect(page.getByTestId("skabelon-besked").textContent()).resolves.toContain("Skabelonen kan ikke indsættes");

    // "Opdater automatisk" on, a cell edited in the grid (re-validates), off again.
    await page.getByTestId("opdater-automatisk").click();
    await page.getByRole("tab", { name: "Ydelser", exact: true }).click();
    await page.getByTestId("grid-cell-Ydelser!P2").dblclick();
    await page.keyboard.type("Begrundelse skrevet i forhåndsvisningen.");
    await page.keyboard.press("Enter");
    await page.waitForTimeout(1500);
    await page.getByTestId("opdater-automatisk").click();

    // 6. Marker status on a takstbilag opened through the file input.
    const takstbilag = takstbilagRaekker(3);
    takstbilag[1].pladser = 12;
    takstbilag[1].bemaerkninger = null;
    const bilag = await skrivSnapshotXlsx(bygSnapshot({ takstbilag }));
    await page.getByTestId("fil-input").setInputFiles({ name: "takstbilag.xlsx", mimeType: XLSX, buffer: bilag });
    await page.getByText("Åben: takstbilag.xlsx").waitFor();
    await page.getByTestId("sektion-takstbilag").waitFor({ timeout: 60_000 });
    await aabnSektion(page, "Takstbilag");
    await page.getByTestId("marker-status").click();
    await page.getByTestId("bekraeft-status-ja").click();
    await expect(page.getByTestId("takstbilag-besked").textContent()).resolves.toContain(
      "Status er markeret på 3 rækker",
    );

    // 7b. Skabelon inserted into the takstbilag workbook (it has none of the template's sheets).
    await aabnSektion(page, "Skabelon");
    await page.getByTestId("indsaet-skabelon").click();
    await expect(page.getByTestId("skabelon-besked").textContent()).resolves.toContain("er indsat");

    // And a skema with its own profile sheet, the Indstillinger section and the dark theme.
    const medProfil = await skrivSnapshotXlsx(
      bygSnapshot({
        ...gyldigtSkema(),
        ekstraArk: [
          {
            name: "Takstprofil",
            top: 1,
            left: 1,
            values: [['{"id":"egen","udvider":"nordjylland-2025-2026","takstaendring":{"vaesentligPct":3}}']],
          },
        ],
      }),
    );
    await page.getByTestId("fil-input").setInputFiles({ name: "egen-profil.xlsx", mimeType: XLSX, buffer: medProfil });
    await page.getByText("Åben: egen-profil.xlsx").waitFor();
    await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });
    await aabnSektion(page, "Indstillinger");
    await expect(page.getByTestId("profil-kilde").textContent()).resolves.toContain('"egen"');
    await page.getByRole("switch", { name: "Mørkt tema" }).click();

    // Late requests (lazy chunks, prefetches) would show up now.
    await page.waitForTimeout(1000);

    const unikke = [...new Set(o.anmodninger)];
    expect(unikke.length).toBeGreaterThan(5);
    expect(unikke.filter((u) => !(u.startsWith(`${oprindelse}/`) || /^(data|blob):/.test(u)))).toEqual([]);
    expect(o.afbrudt).toEqual([]);
    expect(o.websockets).toEqual([]);
    expect(context.serviceWorkers()).toEqual([]);
    expect(o.fejl).toEqual([]);
    // What the server saw is only the app's own files.
    for (const sti of miljoe.server.anmodninger) {
      expect(sti).toMatch(/^\/(preview\.html|[\w.-]+\.js|assets\/[\w.-]+|examples\/[\w.-]+\.xlsx|favicon\.ico)$/);
    }
    await context.close();
  });

  it("vagten virker: en fremmed adresse afbrydes og noteres (så testen aldrig kan nå nettet)", async () => {
    const oprindelse = miljoe.server.url;
    const { context, page, o } = await nyKontekst(oprindelse);
    // A page of our origin without the preview's CSP, so the request reaches the route.
    await page.goto(`${oprindelse}/assets/icon-32.png`);
    const svar = await page.evaluate(() =>
      fetch("http://example.invalid/x", { mode: "no-cors" }).then(
        () => "hentet",
        () => "afbrudt",
      ),
    );
    expect(svar).toBe("afbrudt");
    expect(o.afbrudt).toEqual(["http://example.invalid/x"]);
    await context.close();
  });
});
