/**
 * CPR numbers are flagged, never echoed: the task-pane channel, in real Chromium. A workbook
 * with CPR numbers in Bemærkninger, Årsag, a Ydelses-ID, Stamdata, the number column Takst
 * and a takstbilag is opened through the preview's file input; every section is opened,
 * every finding's explanation expanded, the report written and Marker status run. Then
 * the page (apart from the grid, which is the workbook itself, as Excel would show it)
 * may hold the CPR digits nowhere: not in its text, aria-labels, titles or other attributes.
 */
import type { Page } from "playwright-core";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";
import { takstbilagRaekker } from "../excel/hjaelp";
import { cprArbejdsbog, CPRER, cprSpor } from "../sikkerhed/hjaelp";

jest.setTimeout(300_000);

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The report-sheet workbook plus a takstbilag whose rows quote CPR numbers (shown by the Takstbilag section). */
async function cprFil(): Promise<Buffer> {
  const grund = cprArbejdsbog();
  const raekker = takstbilagRaekker(3);
  raekker[0].takst = 2600; // largest increase: its Bemærkninger is listed
  raekker[0].bemaerkninger = "Stigning for borger 010180-1234.";
  raekker[1].pladser = 12; // a pladsændring: its Årsag and Bemærkninger are listed
  raekker[1].aarsag = "Ny borger 1503854321";
  raekker[1].bemaerkninger = "Plads til 231299 2468.";
  raekker[2].ydelsesId = "020202-1357";
  raekker[2].takst = 1800; // a decrease: listed by Ydelses-ID
  const bilag = bygSnapshot({ takstbilag: raekker });
  return skrivSnapshotXlsx({ sheets: [...grund.sheets, ...bilag.sheets], tables: [...grund.tables, ...bilag.tables] });
}

/** Text and attributes of everything outside the grid (the grid shows the cells themselves). */
async function sidensTekst(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const gitter = document.querySelector('section[aria-label="Projektmappen"]');
    const ud: string[] = [];
    const udenfor = (n: Node) => !gitter || !gitter.contains(n);
    // Rendered text as the user reads it, with the grid hidden for the moment it is read.
    const gammel = gitter instanceof HTMLElement ? gitter.style.display : "";
    if (gitter instanceof HTMLElement) gitter.style.display = "none";
    ud.push(document.body.innerText);
    if (gitter instanceof HTMLElement) gitter.style.display = gammel;
    // Every text node, also hidden ones (aria-live regions, collapsed panels still in the DOM).
    const w = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = w.nextNode(); n; n = w.nextNode()) if (udenfor(n) && n.textContent) ud.push(n.textContent);
    // Every attribute: aria-label, title, placeholder, value, data-*, alt …
    for (const el of Array.from(document.querySelectorAll("*"))) {
      if (!udenfor(el)) continue;
      for (const a of Array.from(el.attributes))
        if (a.name !== "class" && a.name !== "style") ud.push(`${a.name}=${a.value}`);
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement)
        ud.push(el.value);
    }
    ud.push(document.title);
    return ud.filter((t) => t !== "");
  });
}

describeBrowser("CPR-numre i opgaveruden", () => {
  let miljoe: Awaited<ReturnType<typeof startBrowser>>;
  beforeAll(async () => {
    miljoe = await startBrowser();
  });
  afterAll(async () => {
    await miljoe?.luk();
  });

  it("flagges, men vises ingen steder i ruden", async () => {
    const page = await miljoe.browser.newPage({ viewport: { width: 1280, height: 900 } });
    const fejl: string[] = [];
    page.on("pageerror", (e) => fejl.push(e.message));
    await page.goto(`${miljoe.server.url}/preview.html`);
    await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });

    await page.getByTestId("fil-input").setInputFiles({ name: "cpr.xlsx", mimeType: XLSX, buffer: await cprFil() });
    await page.getByText("Åben: cpr.xlsx").waitFor();
    await page.getByTestId("fund-fejl").waitFor({ timeout: 60_000 });

    // The numbers are found (so the check below is about something) …
    const fundTekst = await page.getByTestId("fund-fejl").innerText();
    expect(fundTekst).toContain("persondata-cpr");
    expect(fundTekst).toContain("Ydelser!P2");
    // … and the grid really shows them: the workbook holds them.
    const gitter = await page.locator('section[aria-label="Projektmappen"]').innerText();
    expect(cprSpor(gitter, CPRER).length).toBeGreaterThan(0);

    // Everything the pane can show: every explanation, the rules that held, every section.
    const forklaringer = page.getByRole("button", { name: /^Forklaring til / });
    for (let n = await forklaringer.count(); n > 0; n = await forklaringer.count()) await forklaringer.first().click();
    expect(await page.getByTestId("forklaring").count()).toBeGreaterThan(3);
    await page.getByTestId("vis-holdt").click();
    for (const titel of ["Tillægsydelse", "Takstbilag", "Sekretariat", "Skabelon", "Indstillinger"])
      await aabnSektion(page, titel);
    await page.getByTestId("takstbilag-pladser").waitFor();

    // Writing the report and marking status show their messages (and re-validate).
    await page.getByTestId("skriv-rapport").click();
    await page.getByTestId("rapport-besked").waitFor();
    await page.getByTestId("marker-status").click();
    await page.getByTestId("bekraeft-status-ja").click();
    await page.getByTestId("takstbilag-besked").waitFor();
    // Click a finding on a CPR cell: the pane announces the cell, not its content.
    await page.locator('[data-testid="finding"][data-celle="Ydelser!P2"]').first().click();

    const tekster = await sidensTekst(page);
    expect(tekster.join("\n")).toContain("[CPR-nummer skjult]");
    const laek = tekster.flatMap((t) => cprSpor(t, CPRER).map((s) => `${s}: ${t.slice(0, 200)}`));
    expect(laek).toEqual([]);

    // The report sheet, shown in the grid after Skriv rapport, holds none either.
    await page.getByRole("tab", { name: "Valideringsrapport", exact: true }).click();
    const rapport = await page.locator('section[aria-label="Projektmappen"]').innerText();
    expect(rapport).toContain("persondata-cpr");
    expect(cprSpor(rapport, CPRER)).toEqual([]);
    expect(fejl).toEqual([]);
    await page.close();
  });
});
