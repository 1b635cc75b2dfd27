/**
 * Issue 10 §3–4 in real Chromium: Indsæt and Marker status ask first and can be undone
 * (Fortryd restores exactly the cells they wrote); a second Indsæt of the same line warns;
 * the calculator checks bilag 2's rules as the user types and never inserts another price
 * than it shows; a takstbilag opens on its own section, whose status buttons filter the
 * rows and whose rows select their cells; the words the pane uses.
 */
import type { Page } from "playwright-core";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";

jest.setTimeout(300_000);

describeBrowser("the task pane never loses the user's work (issue 10 §3)", () => {
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
    page.on("console", (m) => {
      if (m.type() === "error") fejl.push(m.text());
    });
    await page.goto(`${b.server.url}/preview.html?eksempel=${eksempel}`);
    await page.waitForFunction(
      () => document.querySelector('[data-testid="annoncering"]')?.textContent?.startsWith("Validering færdig"),
      null,
      { timeout: 60_000 },
    );
    return { page, fejl };
  }

  /** The grid's text of a cell ("" when the grid shows no such cell). */
  async function celle(page: Page, ark: string, adresse: string): Promise<string> {
    await page.getByRole("tab", { name: ark, exact: true }).click();
    const c = page.locator(`[data-celle="${ark}!${adresse}"]`);
    return (await c.count()) === 0 ? "" : ((await c.textContent()) ?? "");
  }

  async function udfyld(page: Page, start: string, slut: string): Promise<void> {
    await page.getByTestId("tillaeg-personalekategori").fill("Socialpædagog");
    await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 17-23");
    await page.getByTestId("tillaeg-timer").fill("2,5");
    await page.getByTestId("tillaeg-startdato").fill(start);
    await page.getByTestId("tillaeg-slutdato").fill(slut);
    await page.getByTestId("tillaeg-beskrivelse").fill("Ledsagelse til fritidsaktivitet");
  }

  test("Indsæt asks first, Annuller writes nothing, a second Indsæt warns of the duplicate, Fortryd undoes", async () => {
    const { page, fejl } = await aabn("takstskema-eksempel.xlsx");
    await aabnSektion(page, "Tillægsydelse");
    await udfyld(page, "2026-02-02", "2026-04-26");
    await expect(page.getByTestId("samlet-pris").textContent()).resolves.toBe("10.073,40 kr.");

    // The dialog says what will be written, with the price shown, and no duplicate yet.
    await page.getByTestId("indsaet-tillaeg").click();
    const dialog = page.getByTestId("bekraeft-tillaeg");
    await expect(dialog.textContent()).resolves.toContain(
      "Socialpædagog, Hverdag 17-23, 2,5 timer pr. uge fra 2. februar 2026 til 26. april 2026, samlet 10.073,40 kr.",
    );
    expect(await page.getByTestId("bekraeft-tillaeg-advarsel").count()).toBe(0);
    await page.getByTestId("bekraeft-tillaeg-nej").click();
    await dialog.waitFor({ state: "detached" });
    expect(await page.getByTestId("tillaeg-besked").count()).toBe(0);

    await page.getByTestId("indsaet-tillaeg").click();
    await page.getByTestId("bekraeft-tillaeg-ja").click();
    await expect(page.getByTestId("tillaeg-besked").textContent()).resolves.toContain("Rækken er indsat i");
    const sted = await page.getByTestId("selected-cell").getAttribute("data-celle");
    const raekke = Number(sted!.replace(/^.*!A/, ""));
    expect(await celle(page, "Tillægsydelser", `A${raekke}`)).toBe("Ledsagelse til fritidsaktivitet");

    // The same line again: the dialog warns and names the row.
    await page.getByTestId("indsaet-tillaeg").click();
    await expect(page.getByTestId("bekraeft-tillaeg-advarsel").textContent()).resolves.toContain(
      `Række ${raekke} på arket Tillægsydelser har samme personalekategori, tidsrum, timer og periode`,
    );
    await expect(page.getByTestId("bekraeft-tillaeg-ja").textContent()).resolves.toBe("Indsæt alligevel");
    await page.getByTestId("bekraeft-tillaeg-nej").click();

    // Fortryd: the row is gone again.
    await page.getByTestId("fortryd-tillaeg").click();
    await expect(page.getByTestId("tillaeg-besked").textContent()).resolves.toContain("Indsættelsen er fortrudt");
    expect(await celle(page, "Tillægsydelser", `A${raekke}`)).toBe("");
    expect(await celle(page, "Tillægsydelser", `B${raekke}`)).toBe("");
    // … and the next Indsæt of it is no duplicate any more.
    await page.getByTestId("indsaet-tillaeg").click();
    expect(await page.getByTestId("bekraeft-tillaeg-advarsel").count()).toBe(0);
    await page.getByTestId("bekraeft-tillaeg-nej").click();
    expect(fejl).toEqual([]);
    await page.close();
  });

  test("the calculator checks vfo, døgnkoefficient and fravær as the user types, with the rules' words", async () => {
    const { page } = await aabn("takstskema-eksempel.xlsx");
    await aabnSektion(page, "Tillægsydelse");
    await udfyld(page, "2026-02-02", "2026-04-26");
    await page.getByTestId("tillaeg-vfo").fill("6");
    await expect(page.getByTestId("felt-vfo").textContent()).resolves.toContain(
      "Variable følgeomkostninger er 6,0 %, men højst 5 % må lægges til timeomkostningen.",
    );
    await page.getByTestId("tillaeg-vfo").fill("5");
    await expect(page.getByTestId("felt-vfo").textContent()).resolves.not.toContain("højst");

    await page.getByTestId("tillaeg-fravaer").fill("60");
    await expect(page.getByTestId("felt-fravaer").textContent()).resolves.toContain(
      "uden for det sandsynlige interval 10 %–50 %",
    );
    await page.getByTestId("tillaeg-fravaer").fill("8");
    await expect(page.getByTestId("felt-fravaer").textContent()).resolves.toContain("er 8,0 %");
    await page.getByTestId("tillaeg-fravaer").fill("33");
    await expect(page.getByTestId("felt-fravaer").textContent()).resolves.not.toContain("interval");

    await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 06-17");
    await page.getByTestId("tillaeg-doegnkoefficient").fill("25");
    await expect(page.getByTestId("felt-doegnkoefficient").textContent()).resolves.toContain(
      "i tidsrummet Hverdag 06-17 er 25,0 %, men Hverdag 06-17 er normal arbejdstid",
    );
    await page.getByTestId("tillaeg-doegnkoefficient").fill("0");
    await expect(page.getByTestId("felt-doegnkoefficient").textContent()).resolves.not.toContain("normal arbejdstid");
    await page.close();
  });

  test("the price shown is the price inserted: changed numbers or an unknown combination block Indsæt", async () => {
    const { page } = await aabn("takstskema-eksempel.xlsx");
    await aabnSektion(page, "Tillægsydelse");
    await udfyld(page, "2026-02-02", "2026-04-26");
    await expect(page.getByTestId("indsaet-tillaeg").isEnabled()).resolves.toBe(true);

    // 210 kr. instead of tblTillaeg's 206: the row would look up 335,78 kr., not the 342,30 kr. shown.
    await page.getByTestId("tillaeg-timeomkostning").fill("210");
    await expect(page.getByTestId("ata-timetakst").textContent()).resolves.toBe("342,30 kr.");
    await expect(page.getByTestId("tillaeg-pris-afviger").textContent()).resolves.toContain(
      "Beregningen her giver 342,30 kr., men tabellen over ATA-timetakster",
    );
    await expect(page.getByTestId("indsaet-tillaeg").isDisabled()).resolves.toBe(true);
    await page.getByTestId("brug-tabellens-tal").click();
    await expect(page.getByTestId("ata-timetakst").textContent()).resolves.toBe("335,78 kr.");
    await expect(page.getByTestId("indsaet-tillaeg").isEnabled()).resolves.toBe(true);
    expect(await page.getByTestId("tillaeg-pris-afviger").count()).toBe(0);

    // A combination tblTillaeg does not have: the formula would give 0 kr.
    await page.getByTestId("tillaeg-personalekategori").fill("Fysioterapeut");
    await page.getByTestId("tillaeg-timeomkostning").fill("250");
    // Leaving the combobox keeps a typed category that is not in the list.
    await expect(page.getByTestId("tillaeg-personalekategori").inputValue()).resolves.toBe("Fysioterapeut");
    await expect(page.getByTestId("tillaeg-pris-afviger").textContent()).resolves.toContain(
      "Fysioterapeut, Hverdag 17-23 findes ikke i tabellen over ATA-timetakster",
    );
    await expect(page.getByTestId("indsaet-tillaeg").isDisabled()).resolves.toBe(true);
    await page.close();
  });

  test("Marker status asks first and Fortryd puts Status and Fund back as they were", async () => {
    const { page, fejl } = await aabn("takstbilag-eksempel.xlsx");
    // A takstbilag opens on its own section, first in the pane.
    const foerste = page.locator('[data-testid^="sektion-"]').first();
    await expect(foerste.getAttribute("data-testid")).resolves.toBe("sektion-takstbilag");
    await expect(
      page.getByRole("button", { name: "Takstbilag", exact: true }).getAttribute("aria-expanded"),
    ).resolves.toBe("true");

    // The Status cell of the first row (from the rows not marked yet) and Fund beside it.
    const valg = (await page.getByTestId("status-filter-tom").textContent())?.endsWith(": 0") ? "OK" : "tom";
    await page.getByTestId(`status-filter-${valg}`).click();
    const statusCelle = (await page
      .getByTestId("status-raekker")
      .locator("button")
      .first()
      .getAttribute("data-celle"))!;
    await page.getByTestId(`status-filter-${valg}`).click();
    const [ark, status] = statusCelle.split("!");
    const fund = `${String.fromCharCode(status.charCodeAt(0) + 1)}${status.slice(1)}`;
    const foer = [await celle(page, ark, status), await celle(page, ark, fund)];
    await page.getByTestId("marker-status").click();
    await expect(page.getByTestId("bekraeft-status").textContent()).resolves.toContain(
      "kolonnerne Status og Fund udfyldes",
    );
    await page.getByTestId("bekraeft-status-ja").click();
    await expect(page.getByTestId("takstbilag-besked").textContent()).resolves.toContain("Status er markeret på");
    expect(await celle(page, ark, status)).toMatch(/^(OK|Advarsel|Fejl)$/);

    await page.getByTestId("fortryd-status").click();
    await expect(page.getByTestId("takstbilag-besked").textContent()).resolves.toContain("Status og Fund er som før");
    expect([await celle(page, ark, status), await celle(page, ark, fund)]).toEqual(foer);
    expect(fejl).toEqual([]);
    await page.close();
  });

  test("the status buttons filter the rows, and a row click selects its cell", async () => {
    const { page } = await aabn("takstbilag-eksempel.xlsx");
    await page.getByTestId("marker-status").click();
    await page.getByTestId("bekraeft-status-ja").click();
    await page.getByTestId("fortryd-status").waitFor();
    const knapper = page.getByTestId("takstbilag-status");
    const tal = async (valg: string) =>
      Number((await page.getByTestId(`status-filter-${valg}`).textContent())?.replace(/^.*:\s*/, ""));
    const ok = await tal("OK");
    expect(ok).toBeGreaterThan(0);
    await knapper.getByTestId("status-filter-OK").click();
    await expect(page.getByTestId("status-filter-OK").getAttribute("aria-pressed")).resolves.toBe("true");
    const raekker = page.getByTestId("status-raekker").locator("button");
    expect(await raekker.count()).toBe(ok);
    // In a 350 px window "Række N" stays on one line beside a long name (it broke as "Rækk / e N").
    await page.setViewportSize({ width: 350, height: 900 });
    const nr = raekker.locator("span", { hasText: /^Række \d+$/ });
    expect(await nr.count()).toBe(ok);
    // The span is a flex item (one box); its text's line fragments show a break.
    const linjer = await nr.evaluateAll((spans) =>
      spans.map((e) => {
        const r = document.createRange();
        r.selectNodeContents(e);
        return new Set([...r.getClientRects()].map((b) => Math.round(b.top))).size;
      }),
    );
    expect(linjer.every((n) => n === 1)).toBe(true);
    await page.setViewportSize({ width: 1366, height: 900 });
    const maal = await raekker.first().getAttribute("data-celle");
    await raekker.first().click();
    await expect(page.getByTestId("selected-cell").getAttribute("data-celle")).resolves.toBe(maal);
    expect(await page.getByTestId("selected-cell").textContent()).toBe("OK");
    // Off again: no filtered list.
    await knapper.getByTestId("status-filter-OK").click();
    expect(await page.getByTestId("status-raekker").count()).toBe(0);
    await page.close();
  });

  test("every Forklaring button names its finding, and the pane shows no Markdown backtick", async () => {
    const { page } = await aabn("takstskema-kopieret.xlsx");
    const knapper = page.getByTestId("forklaring-knap");
    const n = await knapper.count();
    expect(n).toBeGreaterThan(1);
    const navne: string[] = [];
    for (let i = 0; i < n; i++) {
      const navn = (await knapper.nth(i).getAttribute("aria-label")) ?? "";
      const celle = await page.getByTestId("finding").nth(i).getAttribute("data-celle");
      expect(navn.startsWith(`Forklaring til ${celle}: `)).toBe(true);
      navne.push(navn);
    }
    expect(new Set(navne).size).toBe(n);
    for (let i = 0; i < n; i++) await knapper.nth(i).click();
    await page.getByTestId("vis-holdt").click();
    const tekst = await page.getByTestId("opgaverude").innerText();
    expect(tekst).toContain("Styringsaftalen, § ");
    expect(tekst).not.toContain("`");
    await page.close();
  });
});
