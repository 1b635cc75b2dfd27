/**
 * Issue 20 § 1 in real Chromium, in the preview: the økonom's two dead ends lead somewhere.
 * "Tilføj manglende tabeller" makes the tables of the bundled copy from last year (its cells
 * unchanged) with Fortryd, and names a differing header row in Danish; "Eller skriv tallene
 * selv" offers to add the pair to the table over ATA-timetakster (confirm, Fortryd), after
 * which Indsæt works. Screenshots at 1366 × 768 and 350 px: screenshots/doede-ender-*.png.
 */
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";
import { axeBrud } from "../hjaelp/axe";

jest.setTimeout(300_000);

const SKAERMBILLEDER = join(__dirname, "..", "..", "screenshots");
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const BREDDER = [
  { navn: "1366", viewport: { width: 1366, height: 768 } },
  { navn: "350", viewport: { width: 350, height: 768 } },
] as const;

describeBrowser("økonomens blindgyder fører videre (issue 20 § 1)", () => {
  let b: Awaited<ReturnType<typeof startBrowser>>;
  beforeAll(async () => {
    mkdirSync(SKAERMBILLEDER, { recursive: true });
    b = await startBrowser();
  });
  afterAll(async () => {
    await b?.luk();
  });

  async function aabn(
    eksempel: string,
    viewport: { width: number; height: number } = BREDDER[0].viewport,
  ): Promise<{ page: Page; fejl: string[] }> {
    // bypassCSP lets tests/hjaelp/axe.ts inject axe (the pane's CSP is tested in netvaerk.test.ts).
    const page = await b.browser.newPage({ viewport, locale: "da-DK", bypassCSP: true });
    const fejl: string[] = [];
    page.on("pageerror", (e) => fejl.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") fejl.push(m.text());
    });
    await page.goto(`${b.server.url}/preview.html?eksempel=${eksempel}`);
    await venteValidering(page);
    return { page, fejl };
  }

  async function venteValidering(page: Page): Promise<void> {
    await page.waitForFunction(
      () => document.querySelector('[data-testid="annoncering"]')?.textContent?.startsWith("Validering færdig"),
      null,
      { timeout: 60_000 },
    );
  }

  async function celle(page: Page, ark: string, adresse: string): Promise<string> {
    await page.getByRole("tab", { name: ark, exact: true }).click();
    const c = page.locator(`td[data-celle="${ark}!${adresse}"]`);
    return (await c.count()) === 0 ? "" : ((await c.textContent()) ?? "");
  }

  test("Tilføj manglende tabeller gør kopien fra sidste år til tabeller, og Fortryd lægger den tilbage", async () => {
    const { page, fejl } = await aabn("takstskema-kopieret.xlsx");
    await aabnSektion(page, "Skabelon");
    await page.getByTestId("manglende-tabeller").waitFor();
    const foer = await celle(page, "Ydelser", "N2");
    expect(foer).toBe("2.450,00");

    await page.getByTestId("tilfoej-tabeller").click();
    const besked = page.getByTestId("skabelon-besked");
    await besked.getByText("er lavet af de celler, der stod der").waitFor({ timeout: 60_000 });
    const tekst = (await besked.textContent()) ?? "";
    expect(tekst).toContain("Tabellen over stamdata på arket Stamdata");
    expect(tekst).toContain("Ingen celler med indhold er ændret.");
    expect(tekst).not.toMatch(/tbl/i);
    await venteValidering(page);
    await page.getByTestId("manglende-tabeller").waitFor({ state: "detached" });
    expect(await celle(page, "Ydelser", "N2")).toBe(foer);
    await page.getByTestId("opgaverude").screenshot({ path: join(SKAERMBILLEDER, "doede-ender-tabeller-1366.png") });
    expect(await axeBrud(page, ['[data-testid="opgaverude"]'], "Skabelon efter Tilføj")).toEqual([]);

    await page.getByTestId("fortryd-tabeller").click();
    await besked.getByText("Tabellerne er fjernet igen").waitFor({ timeout: 60_000 });
    await page.getByTestId("manglende-tabeller").waitFor();
    expect(await celle(page, "Ydelser", "N2")).toBe(foer);
    expect(fejl).toEqual([]);
    await page.close();
  });

  test("en overskriftsrække, der afviger, nævnes på dansk, og intet ændres", async () => {
    const s = await laesXlsx(readFileSync(join(__dirname, "..", "..", "examples", "takstskema-kopieret.xlsx")));
    const ydelser = s.sheets.find((a) => a.name === "Ydelser")!;
    ydelser.values[0][ydelser.values[0].indexOf("Takst")] = "Pris";
    const fil = await skrivSnapshotXlsx(s);
    const { page, fejl } = await aabn("takstskema-eksempel.xlsx", BREDDER[1].viewport);
    await page.getByTestId("fil-input").setInputFiles({ name: "afviger.xlsx", mimeType: XLSX, buffer: fil });
    await page.getByText("Åben: afviger.xlsx").waitFor();
    await venteValidering(page);
    await aabnSektion(page, "Skabelon");
    await page.getByTestId("tilfoej-tabeller").click();
    const besked = page.getByTestId("skabelon-besked");
    await besked.getByText("Kolonnen «Takst» mangler i overskriftsrækken på arket Ydelser (række 1).").waitFor({
      timeout: 60_000,
    });
    expect((await besked.textContent()) ?? "").not.toMatch(/tbl/i);
    expect((await besked.textContent()) ?? "").toContain("Intet er ændret.");
    await page.getByTestId("manglende-tabeller").waitFor();
    await besked.scrollIntoViewIfNeeded();
    await page.getByTestId("opgaverude").screenshot({ path: join(SKAERMBILLEDER, "doede-ender-afvist-350.png") });
    expect(fejl).toEqual([]);
    await page.close();
  });

  for (const { navn, viewport } of BREDDER) {
    test(`Tilføj kombinationen til tabellen (bekræft, Fortryd), og så Indsæt (${navn} px)`, async () => {
      const { page, fejl } = await aabn("takstskema-eksempel.xlsx", viewport);
      await aabnSektion(page, "Tillægsydelse");
      await page.getByTestId("tillaeg-personalekategori").fill("Pædagogisk assistent");
      await page.getByTestId("tillaeg-tidsrum").selectOption("Nat 23-06");
      await page.getByTestId("tillaeg-timeomkostning").fill("190");
      await page.getByTestId("tillaeg-fravaer").fill("33");
      await page.getByTestId("tillaeg-doegnkoefficient").fill("40");
      await page.getByTestId("tillaeg-vfo").fill("5");
      await page.getByTestId("tillaeg-timer").fill("2,5");
      await page.getByTestId("tillaeg-startdato").fill("2026-02-02");
      await page.getByTestId("tillaeg-slutdato").fill("2026-04-26");
      await page.getByTestId("tillaeg-pris-afviger").getByText("findes ikke i tabellen over ATA-timetakster").waitFor();
      expect(await page.getByTestId("indsaet-tillaeg").isDisabled()).toBe(true);

      // The dialog says what goes where; Annuller writes nothing and gives the focus back.
      const foerCeller = [await celle(page, "Tillægsydelser", "A9"), await celle(page, "Tillægsydelser", "A10")];
      const knap = page.getByTestId("tilfoej-kombination");
      await knap.click();
      const dialog = page.getByTestId("bekraeft-kombination");
      await dialog.waitFor();
      const tekst = (await dialog.textContent()) ?? "";
      expect(tekst).toContain("tabellen over ATA-timetakster på arket Tillægsydelser: Pædagogisk assistent, Nat 23-06");
      expect(tekst).toContain("timeomkostning 190,00 kr., fraværskorrektion 33,0 %, døgnkoefficient 40,0 %");
      expect(tekst).toContain("ATA-timetaksten bliver 338,20 kr.Rækken");
      expect(tekst).not.toMatch(/tbl/i);
      await dialog.evaluate((el) =>
        Promise.all((el.ownerDocument.getAnimations?.() ?? []).map((a) => a.finished.catch(() => undefined))),
      );
      await page.screenshot({ path: join(SKAERMBILLEDER, `doede-ender-kombination-${navn}.png`) });
      expect(await axeBrud(page, ['[data-testid="bekraeft-kombination"]'], `dialogen ved ${navn} px`)).toEqual([]);
      await page.getByTestId("bekraeft-kombination-nej").click();
      await dialog.waitFor({ state: "detached" });
      await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "tilfoej-kombination");
      expect([await celle(page, "Tillægsydelser", "A9"), await celle(page, "Tillægsydelser", "A10")]).toEqual(
        foerCeller,
      );

      await knap.click();
      await page.getByTestId("bekraeft-kombination-ja").click();
      const besked = page.getByTestId("tillaeg-besked");
      await besked.getByText("Nu kan du indsætte tillægsydelsen.").waitFor({ timeout: 60_000 });
      const hvor = /tilføjet i Tillægsydelser!(A\d+)/.exec((await besked.textContent()) ?? "")?.[1];
      expect(hvor).toBeDefined();
      expect(await celle(page, "Tillægsydelser", hvor!)).toBe("Pædagogisk assistent");
      // Issue h22: the preview calculates the new row's formula as Excel does (190 × 1,78).
      expect(await celle(page, "Tillægsydelser", hvor!.replace("A", "G"))).toContain("338,20");
      await venteValidering(page);
      await page.getByTestId("tillaeg-kilde").waitFor();
      expect(await page.getByTestId("indsaet-tillaeg").isDisabled()).toBe(false);
      await page
        .getByTestId("opgaverude")
        .screenshot({ path: join(SKAERMBILLEDER, `doede-ender-tilfoejet-${navn}.png`) });

      // Fortryd: the row is gone again, and Indsæt is greyed out again.
      await page.getByTestId("fortryd-kombination").click();
      await besked.getByText("er fjernet fra tabellen over ATA-timetakster igen").waitFor({ timeout: 60_000 });
      await venteValidering(page);
      expect(await celle(page, "Tillægsydelser", hvor!)).not.toBe("Pædagogisk assistent");
      await page.getByTestId("tilfoej-kombination").waitFor();
      expect(await page.getByTestId("indsaet-tillaeg").isDisabled()).toBe(true);

      // Added again, and inserted.
      await page.getByTestId("tilfoej-kombination").click();
      await page.getByTestId("bekraeft-kombination-ja").click();
      await besked.getByText("Nu kan du indsætte tillægsydelsen.").waitFor({ timeout: 60_000 });
      await venteValidering(page);
      await page.getByTestId("indsaet-tillaeg").click();
      await page.getByTestId("bekraeft-tillaeg-ja").click();
      await besked.getByText("Rækken er indsat i").waitFor({ timeout: 60_000 });
      // Issue h22: the inserted row is calculated (no formel-ikke-beregnet after the next validation):
      // 338,20 kr. an hour; 2,5 × 338,20 = 845,50 a week; 2 February to 26 April 2026 = 12 weeks.
      const indsat = /Tillægsydelser!A(\d+)/.exec((await besked.textContent()) ?? "")?.[1];
      expect(indsat).toBeDefined();
      const beregnet = [];
      for (const k of ["E", "F", "I", "J"]) beregnet.push(await celle(page, "Tillægsydelser", `${k}${indsat}`));
      expect(beregnet.map((t) => t.replace(/\s*kr\.$/, ""))).toEqual(["338,20", "845,50", "12,00", "10.146,00"]);
      expect(fejl).toEqual([]);
      await page.close();
    });
  }
});
