/**
 * Real-browser tests: Debian's Chromium through playwright-core against the built dist/,
 * served on 127.0.0.1. The build is `npm run build:test` (npm test runs it first).
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { startStatiskServer, type StatiskServer } from "./statisk-server";

export const DIST = process.env.TAKSTSKEMA_DIST ?? join(__dirname, "..", "..", "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Browser tests need dist/ and Chromium; their absence is a failure that says what to do. */
export function browserKlar(): { klar: boolean; grund?: string } {
  if (!existsSync(join(DIST, "preview.html")))
    return { klar: false, grund: "dist/preview.html mangler: kør npm run build:test (npm test gør det først)" };
  if (!existsSync(CHROMIUM))
    return {
      klar: false,
      grund: `${CHROMIUM} mangler: kør bash scripts/systemvaerktoejer.sh (som root), eller apt-get install chromium`,
    };
  return { klar: true };
}

export async function startBrowser(): Promise<{ browser: Browser; server: StatiskServer; luk(): Promise<void> }> {
  const { chromium } = await import("playwright-core");
  const server = await startStatiskServer(DIST);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
  return {
    browser,
    server,
    luk: async () => {
      await browser.close();
      await server.luk();
    },
  };
}

/** describe() whose tests run in Chromium; without the browser or the build it fails with the reason (never a skip). */
export function describeBrowser(navn: string, fn: () => void): void {
  const { klar, grund } = browserKlar();
  if (klar) describe(navn, fn);
  else {
    describe(navn, () => {
      it("kræver dist/ og Chromium", () => {
        throw new Error(grund);
      });
    });
  }
}

/**
 * Opens a task-pane section (if closed) and waits for its code to load and its open motion to end. Fluent's
 * AccordionPanel grows its height while clipping and scrolling its content: a click during
 * that presses on one element and releases on another, so the button never gets the click.
 */
export async function aabnSektion(page: Page, titel: string): Promise<void> {
  await aabnSektionsHoved(page.getByRole("button", { name: titel, exact: true }));
}

/** As `aabnSektion`, for a section found by its header button. */
export async function aabnSektionsHoved(knap: Locator): Promise<void> {
  const sektion = knap.locator("xpath=ancestor::*[starts-with(@data-testid, 'sektion-')][1]");
  // A section's code loads when it is first opened (issue 20 § 4), also one the pane opened
  // itself (a takstbilag's): wait for the code, not its spinner.
  const henter = sektion.locator('[data-testid="henter-afsnit"]');
  if ((await knap.getAttribute("aria-expanded")) === "true") {
    await henter.waitFor({ state: "detached", timeout: 30_000 });
    return;
  }
  await knap.click();
  await henter.waitFor({ state: "detached", timeout: 30_000 });
  // The motion starts in a layout effect of the click's render, so it is running by now.
  await sektion.evaluate((sektion) =>
    Promise.all(
      sektion
        .getAnimations({ subtree: true })
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
}
