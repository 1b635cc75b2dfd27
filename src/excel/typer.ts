/**
 * The shape of `Excel.run` the adapter needs. The real `Excel.run` (inside Excel) and the
 * fake's run (tests, preview) both fit it, so the adapter is written once, against the
 * real `Excel` types of @types/office-js.
 */
export interface ExcelRun {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** With options: `delayForCellEdit` waits for the user to leave cell edit mode instead of failing. */
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  /** Reuses an earlier context (needed to remove an event handler it registered). */
  <T>(context: OfficeExtension.ClientRequestContext, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
}

/** `Office.context.requirements.isSetSupported`, injectable so tests and the preview can answer. */
export type UnderstoetterApi = (saet: string, version: string) => boolean;

// Compile-time proof that the real Excel.run fits ExcelRun (a type only: no runtime reference to Excel).
type ErExcelRun<F> = F extends ExcelRun ? true : false;
export const EXCEL_RUN_PASSER: ErExcelRun<typeof Excel.run> = true;
