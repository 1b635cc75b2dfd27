/** The Office.js adapter (see arbejdsbog.ts). */
export {
  lavArbejdsbog,
  STANDARD_MAKS_CELLER_PR_OMRAADE,
  WEB_MAKS_CELLER_PR_SYNC,
  type ArbejdsbogValg,
} from "./arbejdsbog";
export type { ExcelRun, UnderstoetterApi } from "./typer";
export { RAPPORT_ARK } from "./faelles";
// From the core, not ./skabelon: the writing code loads at the first write (arbejdsbog.ts).
export { SKABELON_ARK } from "../core";
