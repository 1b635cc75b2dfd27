/**
 * The fake's proxy objects, one file per part of the Office.js API (the semantics are
 * described in klientobjekt.ts). This file only gathers them, so old imports keep working.
 */
export {
  FAKE_EXCELAPI_STANDARD,
  FAKE_MEDLEMMER_KRAEVER,
  FakeRequestContext,
  FakeWorkbook,
  sammenlignVersion,
  type FakeValg,
} from "./kontekst";
export { FakeFreezePanes, FakeWorksheet, FakeWorksheetCollection, FakeWorksheetProtection } from "./ark";
export { FakeDataValidation, FakeRange, FakeRangeFont, FakeRangeFormat, MAKS_CELLER_PR_LAESNING } from "./omraade";
export { FakeTable, FakeTableCollection, FakeTableRowCollection } from "./tabel";
export { FakeEventHandlerResult, FakeEventHandlers } from "./haendelser";
