/** The Office.js adapter (see arbejdsbog.ts). */
export {
  lavArbejdsbog,
  STANDARD_MAKS_CELLER_PR_OMRAADE,
  WEB_MAKS_CELLER_PR_SYNC,
  type ArbejdsbogValg,
} from "./arbejdsbog";
export type { ExcelRun, UnderstoetterApi } from "./typer";
export { RAPPORT_ARK } from "./faelles";
export { SKABELON_ARK } from "./skabelon";
