/**
 * Issue 10 §1: every dropdown, combobox, popover, menu and dialog of every section is
 * opened in real Chromium, at 1366 × 900 and in a 350 px wide window, and the page
 * around it must still be seen and (for non-modal popups) clickable: elementFromPoint
 * outside the popup hits the real content, and the screenshot outside the popup is not a
 * blank sheet. Before the fix, the FluentProvider's layout class (min-height, background,
 * overflow) was copied onto Fluent's portal container, which covered the whole page.
 *
 * A popup trigger is anything with role="combobox" (not native <select>, whose list the OS
 * draws) or aria-haspopup; the confirm dialogs' buttons say aria-haspopup="dialog".
 */
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { aabnSektionsHoved, describeBrowser, startBrowser } from "../hjaelp/browser";
import { maalPixels, POPUP_VAELGER, punkterUdenfor, type Rekt } from "../hjaelp/popup";

jest.setTimeout(300_000);

const SKAERMBILLEDER = join(__dirname, "..", "..", "screenshots");

interface Aabnet {
  sektion: string;
  udloeser: string;
  popup: string;
}

async function aabnPreview(browser: Browser, url: string, bredde: number): Promise<{ page: Page; fejl: string[] }> {
  const page = await browser.newPage({ viewport: { width: bredde, height: 900 }, locale: "da-DK" });
  const fejl: string[] = [];
  page.on("pageerror", (e) => fejl.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") fejl.push(m.text());
  });
  await page.goto(url);
  // The pane validates when it opens (a takstbilag opens on its own section, so wait for the announcement).
  await page.waitForFunction(
    () => document.querySelector('[data-testid="annoncering"]')?.textContent?.startsWith("Validering færdig"),
    null,
    { timeout: 60_000 },
  );
  return { page, fejl };
}

/** Fills the calculator so that Indsæt (and its confirm dialog) is enabled. */
async function udfyldTillaeg(page: Page): Promise<void> {
  await page.getByTestId("tillaeg-personalekategori").fill("Socialpædagog");
  await page.getByTestId("tillaeg-personalekategori").press("Escape");
  await page.getByTestId("tillaeg-tidsrum").selectOption("Hverdag 17-23");
  await page.getByTestId("tillaeg-timer").fill("2,5");
  await page.getByTestId("tillaeg-startdato").fill("2026-01-05");
  await page.getByTestId("tillaeg-slutdato").fill("2026-03-29");
}

async function beskriv(el: Locator): Promise<string> {
  return el.evaluate((e) => {
    const navn = e.getAttribute("aria-label") ?? e.textContent?.trim() ?? "";
    const id = e.closest("[data-testid]")?.getAttribute("data-testid") ?? "";
    return `${e.tagName.toLowerCase()}[${e.getAttribute("role") ?? e.getAttribute("aria-haspopup")}] "${navn.slice(0, 40)}" (${id})`;
  });
}

/** The largest band of the viewport outside the popup's box. */
function stribeUdenfor(p: Rekt, bredde: number, hoejde: number): Rekt {
  const striber: Rekt[] = [
    { x: 0, y: 0, width: bredde, height: p.y },
    { x: 0, y: p.y + p.height, width: bredde, height: hoejde - (p.y + p.height) },
    { x: 0, y: 0, width: p.x, height: hoejde },
    { x: p.x + p.width, y: 0, width: bredde - (p.x + p.width), height: hoejde },
  ].filter((s) => s.width > 0 && s.height > 0);
  return striber.sort((a, b) => b.width * b.height - a.width * a.height)[0];
}

async function tjekPopup(
  browser: Browser,
  page: Page,
  hvad: string,
  foer: Buffer,
  skaermbillede: string,
): Promise<{ modal: boolean; popup: string }> {
  const vp = page.viewportSize() ?? { width: 1366, height: 900 };
  const popup = page.locator(POPUP_VAELGER).filter({ visible: true }).last();
  const aabnede = await popup.waitFor({ state: "visible", timeout: 5000 }).then(
    () => true,
    () => false,
  );
  if (!aabnede) {
    const png = await page.screenshot({ path: skaermbillede });
    const maal = await maalPixels(browser, png);
    throw new Error(`${hvad}: ingen popup blev synlig; siden har ${maal.farver} farve(r) (se ${skaermbillede})`);
  }
  // Let Fluent's open animation finish before the pixels are looked at.
  await page.waitForTimeout(350);
  const rolle = (await popup.getAttribute("role")) ?? "popover";
  const modal =
    rolle === "dialog" || rolle === "alertdialog" ? (await popup.getAttribute("aria-modal")) === "true" : false;
  const kasse = await popup.boundingBox();
  if (!kasse) throw new Error(`${hvad}: popuppen har ingen kasse`);

  // Seen: outside the popup the screenshot is the page as before it opened (a modal's
  // backdrop dims it, so there only: still the page's many colours, not one blank sheet).
  const png = await page.screenshot({ path: skaermbillede });
  const stribe = stribeUdenfor(kasse, vp.width, vp.height);
  const maal = await maalPixels(browser, png, stribe, foer);
  expect({ hvad, farver: maal.farver > 16 }).toEqual({ hvad, farver: true });
  if (!modal) expect({ hvad, uaendret: maal.uaendretAndel > 0.9 }).toEqual({ hvad, uaendret: true });

  // Clickable: outside a non-modal popup elementFromPoint hits the page's own content
  // (a modal dialog's backdrop is meant to take the clicks).
  if (!modal) {
    const punkter = await punkterUdenfor(page);
    expect({ hvad, punkter: punkter.length > 0 }).toEqual({ hvad, punkter: true });
    const forkerte = punkter.filter((p) => !p.rammer).map((p) => `${p.navn} → ${p.ramt}`);
    expect({ hvad, forkerte }).toEqual({ hvad, forkerte: [] });
  }
  return { modal, popup: rolle };
}

describeBrowser("every popup leaves the page around it visible and clickable (issue 10 §1)", () => {
  let b: Awaited<ReturnType<typeof startBrowser>>;
  beforeAll(async () => {
    mkdirSync(SKAERMBILLEDER, { recursive: true });
    b = await startBrowser();
  });
  afterAll(async () => {
    await b?.luk();
  });

  const TILFAELDE = [
    { eksempel: "takstskema-eksempel.xlsx", bredde: 1366 },
    { eksempel: "takstskema-eksempel.xlsx", bredde: 350 },
    { eksempel: "takstbilag-eksempel.xlsx", bredde: 1366 },
    { eksempel: "takstbilag-eksempel.xlsx", bredde: 350 },
  ];

  for (const { eksempel, bredde } of TILFAELDE) {
    test(`${eksempel} at ${bredde} px`, async () => {
      const { page, fejl } = await aabnPreview(b.browser, `${b.server.url}/preview.html?eksempel=${eksempel}`, bredde);
      const aabnet: Aabnet[] = [];
      const sektioner = await page
        .locator('[data-testid^="sektion-"]')
        .evaluateAll((el) => el.map((e) => e.getAttribute("data-testid") as string));
      expect(sektioner.length).toBeGreaterThanOrEqual(4);
      for (const id of sektioner) {
        const sektion = page.getByTestId(id);
        const hoved = sektion.locator("h2 button").first();
        // Wait for the panel's opening motion: a click or picture taken during it lands elsewhere.
        await aabnSektionsHoved(hoved);
        if (id === "sektion-tillaeg") await udfyldTillaeg(page);
        const udloesere = sektion.locator(
          ':is([role="combobox"], [aria-haspopup]:not([aria-haspopup="false"])):not(select)',
        );
        const antal = await udloesere.count();
        for (let i = 0; i < antal; i++) {
          const u = udloesere.nth(i);
          if (!(await u.isVisible()) || (await u.isDisabled())) continue;
          const hvad = `${id}: ${await beskriv(u)}`;
          await u.scrollIntoViewIfNeeded();
          const foer = await page.screenshot();
          await u.click();
          const fil = join(SKAERMBILLEDER, `popup-${bredde}-${eksempel.replace(/\.xlsx$/, "")}-${id}-${i}.png`);
          const { modal, popup } = await tjekPopup(b.browser, page, hvad, foer, fil);
          aabnet.push({ sektion: id, udloeser: hvad, popup });
          await page.keyboard.press("Escape");
          // Closed, and a modal's backdrop has faded out.
          await page.waitForFunction(
            (v) => Array.from(document.querySelectorAll(v)).every((e) => e.getBoundingClientRect().width === 0),
            `${POPUP_VAELGER}, .fui-DialogSurface__backdrop`,
            { timeout: 5000 },
          );
          // After closing, the page takes clicks again everywhere.
          const efter = await punkterUdenfor(page);
          expect({ hvad, modal, forkerte: efter.filter((p) => !p.rammer).map((p) => `${p.navn} → ${p.ramt}`) }).toEqual(
            {
              hvad,
              modal,
              forkerte: [],
            },
          );
        }
      }
      // The popups this product has must all have been opened (a test that opens none proves nothing).
      const sete = aabnet.map((a) => `${a.sektion}:${a.popup}`);
      if (eksempel.startsWith("takstskema")) {
        expect(sete).toContain("sektion-tillaeg:listbox");
        expect(sete).toContain("sektion-tillaeg:dialog");
      }
      if (eksempel.startsWith("takstbilag")) expect(sete).toContain("sektion-takstbilag:dialog");
      expect(fejl).toEqual([]);
      await page.close();
    });
  }
});
