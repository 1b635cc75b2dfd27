/**
 * Helpers for the popup test: what lies outside an open popup must still be seen and
 * clickable (issue 10 §1: a class copied onto Fluent's portal container blanked the page).
 */
import type { Browser, Page } from "playwright-core";

export interface Rekt {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** What the pixels of a PNG look like: how many distinct colours, and the share unchanged from a reference PNG. */
export interface Pixelmaal {
  farver: number;
  /** Share of pixels within a small tolerance of the reference (1 without one). */
  uaendretAndel: number;
}

/**
 * Decodes the PNG in a blank page of the same browser (no CSP there, no PNG library needed)
 * and measures the pixels inside `omraade` (the whole image when absent).
 */
export async function maalPixels(
  browser: Browser,
  png: Buffer,
  omraade?: Rekt,
  reference?: Buffer,
): Promise<Pixelmaal> {
  const side = await browser.newPage();
  try {
    return await side.evaluate(
      async ({ b64, ref64, omr }) => {
        const pixels = async (data: string) => {
          const img = new Image();
          img.src = `data:image/png;base64,${data}`;
          await img.decode();
          const c = document.createElement("canvas");
          c.width = img.width;
          c.height = img.height;
          const g = c.getContext("2d");
          if (!g) throw new Error("canvas 2d mangler");
          g.drawImage(img, 0, 0);
          const r = omr ?? { x: 0, y: 0, width: img.width, height: img.height };
          const x = Math.max(0, Math.floor(r.x));
          const y = Math.max(0, Math.floor(r.y));
          const w = Math.max(1, Math.min(img.width - x, Math.floor(r.width)));
          const h = Math.max(1, Math.min(img.height - y, Math.floor(r.height)));
          return g.getImageData(x, y, w, h).data;
        };
        const d = await pixels(b64);
        const ref = ref64 ? await pixels(ref64) : null;
        const farver = new Set<number>();
        let ens = 0;
        for (let i = 0; i < d.length; i += 4) {
          farver.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
          if (
            ref &&
            Math.abs(d[i] - ref[i]) <= 8 &&
            Math.abs(d[i + 1] - ref[i + 1]) <= 8 &&
            Math.abs(d[i + 2] - ref[i + 2]) <= 8
          )
            ens++;
        }
        return { farver: farver.size, uaendretAndel: ref ? ens / (d.length / 4) : 1 };
      },
      { b64: png.toString("base64"), ref64: reference ? reference.toString("base64") : null, omr: omraade ?? null },
    );
  } finally {
    await side.close();
  }
}

/** The open popups (listbox, dialog, menu, popover surface), with their boxes. */
export const POPUP_VAELGER =
  '[role="listbox"], [role="dialog"], [role="alertdialog"], [role="menu"], .fui-PopoverSurface, [role="tooltip"]';

/**
 * Points outside every open popup where the page has content (the preview's header title,
 * the pane's title, the section headers, a grid cell), and what elementFromPoint finds
 * there: `rammer` is true when it hits that element or something inside it.
 */
export async function punkterUdenfor(
  page: Page,
): Promise<{ navn: string; x: number; y: number; rammer: boolean; ramt: string }[]> {
  return page.evaluate((popupVaelger) => {
    const popups = Array.from(document.querySelectorAll(popupVaelger))
      .map((p) => p.getBoundingClientRect())
      .filter((r) => r.width > 0 && r.height > 0);
    const inde = (x: number, y: number) =>
      popups.some((r) => x >= r.left - 2 && x <= r.right + 2 && y >= r.top - 2 && y <= r.bottom + 2);
    const kandidater: { navn: string; el: Element }[] = [];
    const tekst = (e: Element) => (e.textContent ?? "").trim().slice(0, 30);
    for (const h of Array.from(document.querySelectorAll("h1")))
      kandidater.push({ navn: `overskriften "${tekst(h)}"`, el: h });
    for (const h of Array.from(document.querySelectorAll('[data-testid^="sektion-"] h2 button')))
      kandidater.push({ navn: `afsnittet "${tekst(h)}"`, el: h });
    // Labels and help texts of the pane: what is left in view in a narrow window.
    for (const e of Array.from(document.querySelectorAll('[data-testid="opgaverude"] :is(label, p)')).slice(0, 60))
      kandidater.push({ navn: `teksten "${tekst(e)}"`, el: e });
    const celle = document.querySelector('[data-testid^="grid-cell-"]');
    if (celle) kandidater.push({ navn: "en celle i gitteret", el: celle });
    const ud: { navn: string; x: number; y: number; rammer: boolean; ramt: string }[] = [];
    /** The part of an element not clipped away by a scrolling or clipping ancestor. */
    const synlig = (el: Element): DOMRect => {
      let r = el.getBoundingClientRect();
      for (let a = el.parentElement; a; a = a.parentElement) {
        const st = getComputedStyle(a);
        if (st.overflowX === "visible" && st.overflowY === "visible") continue;
        const k = a.getBoundingClientRect();
        const left = Math.max(r.left, k.left);
        const top = Math.max(r.top, k.top);
        r = new DOMRect(
          left,
          top,
          Math.max(0, Math.min(r.right, k.right) - left),
          Math.max(0, Math.min(r.bottom, k.bottom) - top),
        );
      }
      return r;
    };
    for (const k of kandidater) {
      const r = synlig(k.el);
      const x = Math.round(r.left + Math.min(r.width / 2, 20));
      const y = Math.round(r.top + r.height / 2);
      if (r.width < 2 || r.height < 2 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight || inde(x, y)) continue;
      const ramt = document.elementFromPoint(x, y);
      const beskriv = (e: Element | null) =>
        e ? `${e.tagName.toLowerCase()}.${String(e.className).slice(0, 60)}` : "intet";
      ud.push({ navn: k.navn, x, y, rammer: !!ramt && (ramt === k.el || k.el.contains(ramt)), ramt: beskriv(ramt) });
    }
    return ud.slice(0, 12);
  }, POPUP_VAELGER);
}
