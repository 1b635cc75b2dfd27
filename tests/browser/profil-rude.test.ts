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
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { aabnSektion, describeBrowser, startBrowser } from "../hjaelp/browser";

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

  async function aabn(fejl: string[], bog: Buffer = fil, navn = "angreb.xlsx"): Promise<Page> {
    const page = await context.newPage();
    page.on("pageerror", (e) => fejl.push(e.message));
    page.on("console", (m) => {
      if (m.type() === "error") fejl.push(m.text());
    });
    await page.goto(`${miljoe.server.url}/preview.html`);
    await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });
    await page.getByTestId("fil-input").setInputFiles({ name: navn, mimeType: XLSX, buffer: bog });
    await page.getByText(`Åben: ${navn}`).waitFor();
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
    await page.screenshot({ path: join(SKAERMBILLEDER, "profil-spoergsmaal.png") });

    // Accepted: the workbook's profile validates, and the banner names every rule it turns off.
    await page.getByTestId("profil-godkend").click();
    const banner = page.getByTestId("profil-banner");
    await banner.waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="status-fejl"]')?.textContent === "0");
    await expect(banner.locator("li").count()).resolves.toBe(REGEL_IDER.length);
    for (const id of ["persondata-cpr", "felt-ugyldig-vaerdi", "ata-vfo-over-5-pct", "takstprofil-i-skema"]) {
      expect(await banner.textContent()).toContain(`${id} er slået fra`);
    }
    await page.screenshot({ path: join(SKAERMBILLEDER, "profil-banner.png") });
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

  it("Indstillinger: tal med komma, fejl ved feltet, skrevet i Takstprofil, godkendt og vist i banneret", async () => {
    const fejl: string[] = [];
    const bog = await skrivSnapshotXlsx(bygSnapshot(gyldigtSkema()));
    const page = await aabn(fejl, bog, "egen-profil.xlsx");
    await page.waitForFunction(() => document.querySelector('[data-testid="status-fejl"]')?.textContent === "0");
    await aabnSektion(page, "Indstillinger");
    const sektion = page.getByTestId("indstillinger");
    // Labels read as sentences, the value inside them.
    await expect(sektion.textContent()).resolves.toContain("Indregnes senest");
    await expect(
      page.getByRole("textbox", { name: "Indregnes senest … år efter regnskabsåret" }).inputValue(),
    ).resolves.toBe("2");

    const vaesentlig = page.getByTestId("profil-takstaendring.vaesentligPct");
    await vaesentlig.fill("7,5");
    await page.getByTestId("profil-formular-lempelser").waitFor();
    await expect(page.getByTestId("profil-formular-lempelser").textContent()).resolves.toContain(
      "Væsentlig takstændring, over: 5 % → 7,5 % (løsnet)",
    );
    const aar = page.getByTestId("profil-overUnderskud.indregnesSenestEfterAar");
    await aar.fill("to");
    await expect(sektion.textContent()).resolves.toContain("Skriv et tal");
    await expect(page.getByTestId("skriv-profil").isDisabled()).resolves.toBe(true);
    await aar.fill("2");
    await page.getByTestId("vis-alvorsgrader").click();
    await page.getByTestId("alvor-belaegning-under-forventet").selectOption("fejl");
    await vaesentlig.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SKAERMBILLEDER, "indstillinger-formular.png") });
    await page.getByTestId("profil-formular-lempelser").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SKAERMBILLEDER, "indstillinger-lempelser.png") });

    await page.getByTestId("skriv-profil").click();
    await expect(page.getByTestId("profil-besked").textContent()).resolves.toContain(
      "Profilen er skrevet i celle A1 på arket Takstprofil",
    );
    // Written in the pane = accepted: no prompt, the banner names what it loosens.
    const banner = page.getByTestId("profil-banner");
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toContain("Væsentlig takstændring, over: 5 % → 7,5 % (løsnet)");
    await expect(page.getByTestId("profil-spoergsmaal").count()).resolves.toBe(0);
    await expect(page.getByTestId("profil-kilde").textContent()).resolves.toContain(
      'Projektmappens egen profil "Projektmappens egen profil" (projektmappens-profil)',
    );
    // The grid shows the new sheet's A1.
    await expect(page.getByRole("tab", { name: "Takstprofil" }).count()).resolves.toBe(1);

    // Fortryd (issue 20 § 1): the sheet the write added is gone again, and the validation follows.
    await page.getByTestId("fortryd-profil").click();
    await page
      .getByTestId("profil-besked")
      .getByText("Arket Takstprofil, som profilen blev skrevet i, er fjernet igen.")
      .waitFor();
    await expect(page.getByRole("tab", { name: "Takstprofil" }).count()).resolves.toBe(0);
    await page.getByTestId("profil-banner").waitFor({ state: "detached" });
    expect(fejl).toEqual([]);
  });

  it("Skabelon: Tilføj manglende tabeller tilføjer kun det manglende, og nævner celler i vejen", async () => {
    const fejl: string[] = [];
    const udenTillaeg = (): WorkbookSnapshot =>
      bygSnapshot({
        ...gyldigtSkema(),
        tillaeg: null,
        ekstraArk: [{ name: "Tillægsydelser", top: 1, left: 1, values: [] }],
      });
    const page = await aabn(fejl, await skrivSnapshotXlsx(udenTillaeg()), "sidste-aar.xlsx");
    await aabnSektion(page, "Skabelon");
    const tekst = page.getByTestId("manglende-tabeller");
    await tekst.waitFor({ timeout: 60_000 });
    await expect(tekst.textContent()).resolves.toContain(
      "mangler tabellen over over- og underskud på arket Over- og underskud og tabellerne over ATA-timetakster, tillægsydelser til fast pris og beregnede tillægsydelser på arket Tillægsydelser",
    );
    await page.getByTestId("tilfoej-tabeller").click();
    await expect(page.getByTestId("skabelon-besked").textContent()).resolves.toContain(
      "Tabellen over over- og underskud på arket Over- og underskud og tabellerne over ATA-timetakster, tillægsydelser til fast pris og beregnede tillægsydelser på arket Tillægsydelser er indsat, hvor skabelonen har dem. Ingen celler med indhold er ændret.",
    );
    await expect(page.getByTestId("manglende-tabeller").count()).resolves.toBe(0);
    await page.getByTestId("skabelon-besked").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SKAERMBILLEDER, "skabelon-tilfoej.png") });

    // Notes where a table must go, no header row that could become it: refused, naming the cells.
    const iVejen = bygSnapshot({
      ...gyldigtSkema(),
      tillaeg: null,
      ekstraArk: [{ name: "Tillægsydelser", top: 1, left: 1, values: [["Noter fra sidste år"]] }],
    });
    const anden = await aabn(fejl, await skrivSnapshotXlsx(iVejen), "i-vejen.xlsx");
    await aabnSektion(anden, "Skabelon");
    await anden.getByTestId("tilfoej-tabeller").click();
    await expect(anden.getByTestId("skabelon-besked").textContent()).resolves.toMatch(
      /kan ikke tilføjes\. Cellen 'Tillægsydelser'!A1 har allerede indhold.*Intet er ændret\./,
    );
    expect(fejl).toEqual([]);
  });
});
