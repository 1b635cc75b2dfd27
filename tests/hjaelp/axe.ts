/**
 * axe-core in the real browser tests (issue 20 § 2): axe's own source is injected into the
 * page, and a check returns its serious and critical violations as readable lines.
 */
import { readFileSync } from "node:fs";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";

let kilde: string | null = null;

/** Loads axe into the page once (a page keeps it until it navigates). */
async function injicer(page: Page): Promise<void> {
  if (await page.evaluate(() => "axe" in window)) return;
  kilde ??= readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  await page.addScriptTag({ content: kilde });
}

/**
 * The serious and critical violations inside the elements the selectors find (the pane, an
 * open dialog), one line per rule and element: "rule (impact): help — target: html".
 */
export async function axeBrud(page: Page, omraader: readonly string[], hvor: string): Promise<string[]> {
  await injicer(page);
  // A dialog fading in or a button's colour transition would be measured half-way (contrast).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const brud = await page.evaluate(
    async (sel: string[]) => {
      const axe = (window as unknown as { axe: { run(k: unknown, o: unknown): Promise<AxeResults> } }).axe;
      const findes = sel.filter((s) => document.querySelector(s) !== null);
      if (findes.length === 0) return [`ingen af ${sel.join(", ")} findes på siden`];
      const r = await axe.run(
        // Tabster's focus sentinels (Fluent's arrow-key groups) are focusable and aria-hidden by
        // design: they pass focus on the moment they get it (microsoft/tabster#288, a known
        // false positive of aria-hidden-focus).
        { include: findes.map((s) => [s]), exclude: [["[data-tabster-dummy]"]] },
        { resultTypes: ["violations"] },
      );
      return r.violations
        .filter((v) => v.impact === "serious" || v.impact === "critical")
        .flatMap((v) =>
          v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help} — ${n.target.join(" ")}: ${n.html.slice(0, 160)}`),
        );
    },
    [...omraader],
  );
  return brud.map((b) => `${hvor}: ${b}`);
}
