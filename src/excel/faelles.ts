/** Small helpers shared by the adapter's operations. */
import { normaliserOverskrift, type TabelDef } from "../core";

/** The sheet the add-in owns: a sheet of this name is by definition the add-in's report and is replaced. */
export const RAPPORT_ARK = "Valideringsrapport";

/** Excel's name for no number format (the shared formats are in src/core/skema/layout.ts). */
export const GENERELT = "General";

/**
 * Text for a cell: Excel reads a written value as if typed ("=…" a formula, "12" a number,
 * "1-2" a date). A leading apostrophe keeps it text, and Excel does not show or return it.
 */
export function somTekst(s: string): string {
  return s === "" ? "" : `'${s}`;
}

/** Column index (0-based, within the table) by column key, matched on the header texts as the reader does. */
export function kolonnerFraOverskrifter(def: TabelDef, overskrifter: readonly unknown[]): Map<string, number> {
  const ud = new Map<string, number>();
  const efterLabel = new Map(def.kolonner.map((k) => [normaliserOverskrift(k.label), k.key]));
  overskrifter.forEach((h, i) => {
    const key = efterLabel.get(normaliserOverskrift(h));
    if (key && !ud.has(key)) ud.set(key, i);
  });
  return ud;
}

export function listeTekst(navne: readonly string[]): string {
  if (navne.length <= 1) return navne.join("");
  return `${navne.slice(0, -1).join(", ")} og ${navne[navne.length - 1]}`;
}
