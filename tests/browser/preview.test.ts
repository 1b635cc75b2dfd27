/**
 * The preview in a real browser (Debian's chromium through playwright-core), against a
 * static server over the production build. Builds dist/ first when it is missing
 * (TAKSTSKEMA_DIST points at another build folder). Screenshots go to screenshots/.
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { aabnSektion } from "../hjaelp/browser";
import { startStatiskServer, type StatiskServer } from "../hjaelp/statisk-server";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";

const ROD = join(__dirname, "..", "..");
const DIST = process.env.TAKSTSKEMA_DIST ?? join(ROD, "dist");
const SKAERMBILLEDER = join(ROD, "screenshots");
const CHROMIUM = "/usr/bin/chromium";

jest.setTimeout(300_000);

let server: StatiskServer;
let browser: Browser;

beforeAll(async () => {
  // Without the browser every test here fails with this reason, never passes having checked nothing.
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} mangler: kør bash scripts/systemvaerktoejer.sh (som root), eller apt-get install chromium`,
    );
  }
  if (!existsSync(join(DIST, "preview.html"))) {
    execFileSync(
      "npx",
      ["webpack", "--mode", "production", "--env", "url=https://localhost:3000/", "--output-path", DIST],
      { cwd: ROD, stdio: "inherit" },
    );
  }
  mkdirSync(SKAERMBILLEDER, { recursive: true });
  server = await startStatiskServer(DIST);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.luk();
});

interface Side {
  page: Page;
  /** Every URL the page asked for. */
  anmodninger: string[];
  fejl: string[];
}

async function aabnPreview(query = "", bredde = 1280, hoejde = 900): Promise<Side> {
  const page = await browser.newPage({ viewport: { width: bredde, height: hoejde }, locale: "da-DK" });
  const anmodninger: string[] = [];
  const fejl: string[] = [];
  page.on("request", (r) => anmodninger.push(r.url()));
  page.on("pageerror", (e) => fejl.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") fejl.push(m.text());
  });
  await page.goto(`${server.url}/preview.html${query}`);
  // The pane validates when it opens.
  await page.getByTestId("status-fejl").waitFor({ timeout: 60_000 });
  return { page, anmodninger, fejl };
}

/** Elements of the pane whose right edge sticks out of it (what would need horizontal scrolling). */
async function udenforRuden(page: Page): Promise<string[]> {
  return page.getByTestId("opgaverude").evaluate((rude) => {
    const kant = rude.getBoundingClientRect().right + 0.5;
    const ud: string[] = [];
    for (const el of Array.from(rude.querySelectorAll("*"))) {
      const r = el.getBoundingClientRect();
      if (r.width <= 1 || r.height <= 1) continue; // visually hidden text
      if (getComputedStyle(el).visibility === "hidden") continue;
      // What an ancestor clips (overflow other than visible) is not seen, so it cannot stick out.
      let hoejre = r.right;
      for (let a = el.parentElement; a && a !== rude; a = a.parentElement) {
        if (getComputedStyle(a).overflowX !== "visible") hoejre = Math.min(hoejre, a.getBoundingClientRect().right);
      }
      if (hoejre > kant) {
        const hvor = el.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
        const forael = el.parentElement?.outerHTML.slice(0, 160) ?? "";
        ud.push(`${el.tagName.toLowerCase()} i ${hvor} (${Math.round(hoejre - kant)} px): ${forael}`);
      }
    }
    return ud.slice(0, 10);
  });
}

async function antal(page: Page, id: string): Promise<number> {
  return Number((await page.getByTestId(id).textContent())?.trim());
}

test("the bundled example validates with 0 fejl, 0 advarsler and only loads its own files", async () => {
  const { page, anmodninger, fejl } = await aabnPreview();
  expect(await antal(page, "status-fejl")).toBe(0);
  expect(await antal(page, "status-advarsler")).toBe(0);
  // The example's one pladsændring is always reported for DAS's approval (info).
  expect(await antal(page, "status-info")).toBe(1);
  await expect(page.getByTestId("annoncering").textContent()).resolves.toContain(
    "Validering færdig: 0 fejl, 0 advarsler, 1 info",
  );
  expect(anmodninger.filter((u) => !u.startsWith(server.url))).toEqual([]);
  expect(anmodninger.some((u) => u.endsWith("/examples/takstskema-eksempel.xlsx"))).toBe(true);
  expect(fejl).toEqual([]);
  await page.screenshot({ path: join(SKAERMBILLEDER, "preview-1280-eksempel.png") });
  await page.close();
});

test("clicking a finding in a failing example highlights its cell on its sheet", async () => {
  const { page, fejl } = await aabnPreview("?eksempel=takstskema-mangler-begrundelser.xlsx");
  expect(await antal(page, "status-fejl")).toBeGreaterThanOrEqual(2);
  const fund = page.getByTestId("fund-fejl").getByTestId("finding").first();
  const celle = await fund.getAttribute("data-celle");
  expect(celle).toMatch(/^Ydelser!/);
  await fund.click();
  const valgt = page.getByTestId("selected-cell");
  await expect(valgt.getAttribute("data-celle")).resolves.toBe(celle);
  await expect(valgt.getAttribute("aria-selected")).resolves.toBe("true");
  await expect(page.getByRole("tab", { name: "Ydelser", exact: true }).getAttribute("aria-selected")).resolves.toBe(
    "true",
  );
  expect(await valgt.isVisible()).toBe(true);

  // The rule's explanation with the quoted passage.
  await page.getByTestId("fund-fejl").getByRole("button", { name: "Forklaring" }).first().click();
  await expect(page.getByTestId("forklaring").first().textContent()).resolves.toMatch(/Styringsaftalen, § /);

  // The severity filter hides the fejl.
  await page.getByTestId("filter-fejl").click();
  expect(await page.getByTestId("fund-fejl").count()).toBe(0);
  await page.getByTestId("filter-fejl").click();
  expect(await page.getByTestId("fund-fejl").count()).toBe(1);
  expect(fejl).toEqual([]);
  await page.screenshot({ path: join(SKAERMBILLEDER, "preview-1280-fund-valgt.png") });
  await page.close();
});

test("Opdater automatisk re-validates 1 s after an edit; Skriv rapport adds the report sheet", async () => {
  const { page, fejl } = await aabnPreview();
  expect(await antal(page, "status-fejl")).toBe(0);
  await page.getByTestId("opdater-automatisk").click();
  // The user empties B107-1's justification of its pladsændring (Ydelser!P3).
  await page.getByRole("tab", { name: "Ydelser", exact: true }).click();
  await page.getByTestId("grid-cell-Ydelser!P3").dblclick();
  await page.getByLabel("Ny værdi i Ydelser!P3").fill("se ovenfor");
  await page.keyboard.press("Enter");
  // The edited cell stays selected (data-testid "selected-cell"); data-celle names every cell.
  await expect(page.locator('[data-celle="Ydelser!P3"]').textContent()).resolves.toBe("se ovenfor");
  await page.waitForFunction(() => document.querySelector('[data-testid="status-fejl"]')?.textContent === "1", null, {
    timeout: 10_000,
  });
  await expect(page.getByTestId("fund-fejl").getByTestId("finding").getAttribute("data-celle")).resolves.toBe(
    "Ydelser!P3",
  );

  await page.getByTestId("skriv-rapport").click();
  await expect(page.getByTestId("rapport-besked").textContent()).resolves.toContain("arket Valideringsrapport");
  await page.getByRole("tab", { name: "Valideringsrapport", exact: true }).click();
  await expect(page.getByTestId("gitter").textContent()).resolves.toContain("pladsaendring-uden-begrundelse");
  expect(fejl).toEqual([]);
  await page.close();
});

test("the findings can be used with the keyboard alone", async () => {
  const { page } = await aabnPreview("?eksempel=takstskema-beregningsfejl.xlsx");
  await page.getByTestId("valider").focus();
  // Tab order: Valider, Skriv rapport, switch, three filters, search box, first finding.
  const forventet = [
    "valider",
    "skriv-rapport",
    "opdater-automatisk",
    "filter-fejl",
    "filter-advarsel",
    "filter-info",
    "fund-soeg",
  ];
  for (let i = 1; i < forventet.length; i++) {
    await page.keyboard.press("Tab");
    const id = await page.evaluate(() => document.activeElement?.closest("[data-testid]")?.getAttribute("data-testid"));
    expect(id).toBe(forventet[i]);
  }
  await page.keyboard.press("Tab");
  const foerste = await page.evaluate(() => document.activeElement?.getAttribute("data-celle"));
  expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("finding");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("selected-cell").getAttribute("data-celle")).resolves.toBe(foerste);

  // Arrow keys move between the findings (and their Forklaring buttons); Space selects.
  await page.getByTestId("finding").first().focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  const anden = await page.evaluate(() => document.activeElement?.getAttribute("data-celle"));
  expect(anden).toBe(await page.getByTestId("finding").nth(1).getAttribute("data-celle"));
  await page.keyboard.press("Space");
  await expect(page.getByTestId("selected-cell").getAttribute("data-celle")).resolves.toBe(anden);
  await page.close();
});

test("Tillægsydelse: bilag 2's example gives 335,78 and 839,45, and Indsæt adds the row", async () => {
  const { page, fejl } = await aabnPreview();
  await aabnSektion(page, "Tillægsydelse");
  await page.getByTestId("tillaeg-personalekategori").fill("Socialpædagog");
  await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 17-23");
  await expect(page.getByTestId("tillaeg-kilde").textContent()).resolves.toContain("tabellen over ATA-timetakster");
  await page.getByTestId("tillaeg-timer").fill("2,5");
  await expect(page.getByTestId("ata-timetakst").textContent()).resolves.toBe("335,78 kr.");
  await expect(page.getByTestId("ugepris").textContent()).resolves.toBe("839,45 kr.");
  const beregning = await page.getByTestId("tillaeg-beregning").textContent();
  expect(beregning).toContain("206,00 kr. × (1 + 33 % + 25 % + 5 %) = 335,78 kr.");
  expect(beregning).toContain("2,5 timer × 335,78 kr. = 839,45 kr. pr. uge");

  // Typed numbers instead of the table's give the same.
  await page.getByTestId("tillaeg-timeomkostning").fill("206");
  await expect(page.getByTestId("ata-timetakst").textContent()).resolves.toBe("335,78 kr.");

  await page.getByTestId("tillaeg-startdato").fill("2026-01-05");
  await page.getByTestId("tillaeg-slutdato").fill("2026-03-29");
  await expect(page.getByTestId("uger").textContent()).resolves.toBe("12,00 uger");
  await expect(page.getByTestId("samlet-pris").textContent()).resolves.toBe("10.073,40 kr.");

  // A CPR number in Beskrivelse blocks Indsæt.
  await page.getByTestId("tillaeg-beskrivelse").fill("Støtte til 010180-1234");
  await expect(page.getByTestId("indsaet-tillaeg").isDisabled()).resolves.toBe(true);
  await page.getByTestId("tillaeg-beskrivelse").fill("Ekstra støtte efter aktivitetstilbud");
  await page.screenshot({ path: join(SKAERMBILLEDER, "preview-1280-tillaeg.png") });

  await page.getByTestId("indsaet-tillaeg").click();
  await page.getByTestId("bekraeft-tillaeg-ja").click();
  await expect(page.getByTestId("tillaeg-besked").textContent()).resolves.toContain(
    "Rækken er indsat i Tillægsydelser!",
  );
  const valgt = page.getByTestId("selected-cell");
  const celle = await valgt.getAttribute("data-celle");
  expect(celle).toMatch(/^Tillægsydelser!A\d+$/);
  expect(await valgt.textContent()).toBe("Ekstra støtte efter aktivitetstilbud");
  const raekke = Number(celle!.replace(/^.*!A/, ""));
  await expect(page.getByTestId(`grid-cell-Tillægsydelser!B${raekke}`).textContent()).resolves.toBe("Socialpædagog");
  expect(await valgt.isVisible()).toBe(true);
  expect(fejl).toEqual([]);
  await page.screenshot({ path: join(SKAERMBILLEDER, "preview-1280-tillaeg-indsat.png") });
  await page.close();
});

test("Skabelon refuses where the sheets exist, with the adapter's Danish message", async () => {
  const { page } = await aabnPreview();
  await aabnSektion(page, "Skabelon");
  await page.getByTestId("indsaet-skabelon").click();
  const besked = page.getByTestId("skabelon-besked");
  await besked.waitFor();
  expect(await besked.textContent()).toContain("Skabelonen kan ikke indsættes");
  await page.close();
});

test("every section fits the 360 px pane beside the grid", async () => {
  const { page } = await aabnPreview("?eksempel=takstskema-kopieret.xlsx");
  for (const titel of ["Tillægsydelse", "Sekretariat", "Skabelon", "Indstillinger"]) await aabnSektion(page, titel);
  await page.getByRole("button", { name: "Forklaring" }).first().click();
  await page.getByTestId("vis-holdt").click();
  expect(await udenforRuden(page)).toEqual([]);
  await page.close();
});

test("Takstbilag: counts, the lists for DAS as on the Oversigt, and Marker status fills Status and Fund", async () => {
  const snapshot = bygSnapshot({
    takstbilag: [
      {
        driftsherre: "Aalborg Kommune",
        tilbud: "Bostedet Egebakken",
        ydelsesId: "B108-1",
        ydelse: "Længerevarende botilbud",
        paragraf: "SEL § 108",
        takstenhed: "Døgn",
        pladserSidsteAar: 24,
        pladser: 24,
        takstSidsteAar: 2390,
        takst: 2450,
        aendringKr: 60,
        aendringPct: 0.0251,
        aarsag: "Løn- og prisudvikling",
        bemaerkninger: "Løn- og prisfremskrivning efter KL's skøn.",
      },
      {
        driftsherre: "Aalborg Kommune",
        tilbud: "Bostedet Egebakken",
        ydelsesId: "B107-1",
        ydelse: "Midlertidigt botilbud",
        paragraf: "SEL § 107",
        takstenhed: "Døgn",
        pladserSidsteAar: 12,
        pladser: 14,
        takstSidsteAar: 2150,
        takst: 2080,
        aendringKr: -70,
        aendringPct: -0.0326,
        aarsag: null,
        bemaerkninger: null,
      },
      {
        driftsherre: "Hjørring Kommune",
        tilbud: "Solgården",
        ydelsesId: "S104-1",
        ydelse: "Dagtilbud",
        paragraf: "SEL § 104",
        takstenhed: "Dag",
        pladserSidsteAar: 20,
        pladser: 20,
        takstSidsteAar: 800,
        takst: 920,
        aendringKr: 120,
        aendringPct: 0.15,
        aarsag: "Ændret serviceniveau",
        bemaerkninger: "Ny fysioterapeut to dage om ugen til alle borgere.",
      },
    ],
  });
  const mappe = mkdtempSync(join(tmpdir(), "takstbilag-"));
  const fil = join(mappe, "takstbilag.xlsx");
  writeFileSync(fil, await skrivSnapshotXlsx(snapshot));

  const { page, fejl } = await aabnPreview();
  await page.getByTestId("fil-input").setInputFiles(fil);
  await page.getByText("Åben: takstbilag.xlsx").waitFor();
  await page.getByTestId("sektion-takstbilag").waitFor();
  await aabnSektion(page, "Takstbilag");
  const status = page.getByTestId("takstbilag-status");
  await expect(status.textContent()).resolves.toBe("OK: 0Advarsel: 0Fejl: 0Ikke markeret: 3");
  // What DAS decides, as the takstbilag's Oversigt lists it (the core's takstbilag): over 5 % only, largest first.
  const vaesentlige = (await page.getByTestId("vaesentlige").textContent()) ?? "";
  expect(vaesentlige).toMatch(/S104-1.*\+15,0 %/);
  expect(vaesentlige).not.toMatch(/B108-1|B107-1/);
  await expect(page.getByTestId("pladsaendringer").textContent()).resolves.toMatch(
    /B107-1.*12 → 14 \(\+2\).*Ingen begrundelse/,
  );
  await expect(page.getByTestId("takstbilag-pladser").textContent()).resolves.toMatch(/^Pladser i alt: /);

  await page.getByTestId("marker-status").click();
  await page.getByTestId("bekraeft-status-ja").click();
  await expect(page.getByTestId("takstbilag-besked").textContent()).resolves.toContain(
    "Status er markeret på 3 rækker",
  );
  await expect(status.textContent()).resolves.toBe("OK: 2Advarsel: 0Fejl: 1Ikke markeret: 0");
  // tblTakstbilag starts in A1 with Takstår; Status and Fund are columns P and Q. B107-1 is row 3.
  await page.getByRole("tab", { name: "Takstbilag", exact: true }).click();
  await expect(page.getByTestId("grid-cell-Takstbilag!P3").textContent()).resolves.toBe("Fejl");
  // The Fund column names the rule in Danish words, not by its ID.
  await expect(page.getByTestId("grid-cell-Takstbilag!Q3").textContent()).resolves.toContain(
    "Pladsændring uden begrundelse",
  );
  await expect(page.getByTestId("grid-cell-Takstbilag!P2").textContent()).resolves.toBe("OK");
  expect(fejl).toEqual([]);
  await page.screenshot({ path: join(SKAERMBILLEDER, "preview-1280-takstbilag.png") });
  await page.close();
});

test("Indstillinger shows the default profile and its thresholds in Danish", async () => {
  const { page } = await aabnPreview();
  await aabnSektion(page, "Indstillinger");
  const tekst = await page.getByTestId("indstillinger").textContent();
  expect(tekst).toContain("Standardprofilen nordjylland-2025-2026");
  // The thresholds are a form of sentences with the value in them (issue 10 §3).
  expect(tekst).toContain("En takstændring er væsentlig, når den er over");
  await expect(page.getByTestId("profil-takstaendring.vaesentligPct").inputValue()).resolves.toBe("5");
  await expect(page.getByTestId("profil-tolerance.takstPct").inputValue()).resolves.toBe("0,1");
  await page.close();
});

test("the pane fits 320 px without horizontal scrolling (light and dark)", async () => {
  for (const tema of ["", "&tema=moerk"]) {
    const { page } = await aabnPreview(`?eksempel=takstskema-kopieret.xlsx${tema}`, 320, 900);
    for (const titel of ["Tillægsydelse", "Sekretariat", "Skabelon", "Indstillinger"]) await aabnSektion(page, titel);
    await page.getByRole("button", { name: "Forklaring" }).first().click();
    const rude = page.getByTestId("opgaverude");
    expect(await udenforRuden(page)).toEqual([]);
    const sideBredde = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(sideBredde).toBeLessThanOrEqual(320);
    await rude.screenshot({ path: join(SKAERMBILLEDER, `rude-320${tema ? "-moerk" : ""}.png`) });
    await page.close();
  }
});
