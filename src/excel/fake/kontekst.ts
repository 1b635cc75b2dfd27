/**
 * The request context of the Excel fake: the queue of a batch, `sync()` (cell-edit mode,
 * payload limits, sync counting) and the API-set check; and the workbook it hands out.
 */
import { FakeOfficeFejl } from "./fejl";
import type { FakeKontekst, FakeValg } from "./kontekst-flade";
import type { FakeArbejdsbogModel } from "./model";
import { FakeWorkbook } from "./projektmappe";

export type { FakeKontekst, FakeValg } from "./kontekst-flade";
export { FakeWorkbook } from "./projektmappe";

/** What the fake implements when no older host is asked for. */
export const FAKE_EXCELAPI_STANDARD = "1.9";

/**
 * The requirement set of every member the fake implements above ExcelApi 1.1, as
 * @types/office-js tags it (tests/excel/api-saet.test.ts checks this table against the tags).
 */
export const FAKE_MEDLEMMER_KRAEVER: Readonly<Record<string, string>> = {
  "Workbook.functions": "1.2",
  "Workbook.readOnly": "1.8",
  "Workbook.protection": "1.7",
  "WorkbookProtection.protected": "1.7",
  "Functions.date": "1.2",
  "FunctionResult.value": "1.2",
  "WorksheetCollection.getItemOrNullObject": "1.4",
  "WorksheetCollection.onChanged": "1.9",
  "Worksheet.getUsedRangeOrNullObject": "1.4",
  "Worksheet.freezePanes": "1.7",
  "Worksheet.protection": "1.2",
  "WorksheetFreezePanes.freezeRows": "1.7",
  "WorksheetProtection.protected": "1.2",
  "TableCollection.getItemOrNullObject": "1.4",
  "Table.worksheet": "1.2",
  "Table.convertToRange": "1.2",
  "Range.dataValidation": "1.8",
  "Range.rowHidden": "1.2",
  "Range.columnHidden": "1.2",
  "DataValidation.rule": "1.8",
  "DataValidation.clear": "1.8",
  "RangeFormat.columnWidth": "1.2",
  "Workbook.properties": "1.7",
  "DocumentProperties.custom": "1.7",
  "DocumentProperties.title": "1.7",
  "DocumentProperties.subject": "1.7",
  "DocumentProperties.author": "1.7",
  "DocumentProperties.keywords": "1.7",
  "DocumentProperties.comments": "1.7",
  "DocumentProperties.lastAuthor": "1.7",
  "DocumentProperties.category": "1.7",
  "DocumentProperties.manager": "1.7",
  "DocumentProperties.company": "1.7",
  "CustomProperty.key": "1.7",
  "CustomProperty.value": "1.7",
  "NamedItem.formula": "1.7",
  "Worksheet.names": "1.4",
  "Worksheet.pageLayout": "1.9",
  "PageLayout.headersFooters": "1.9",
  "HeaderFooterGroup.defaultForAllPages": "1.9",
  "HeaderFooterGroup.firstPage": "1.9",
  "HeaderFooterGroup.evenPages": "1.9",
  "HeaderFooterGroup.oddPages": "1.9",
  "HeaderFooter.leftHeader": "1.9",
  "HeaderFooter.centerHeader": "1.9",
  "HeaderFooter.rightHeader": "1.9",
  "HeaderFooter.leftFooter": "1.9",
  "HeaderFooter.centerFooter": "1.9",
  "HeaderFooter.rightFooter": "1.9",
  "Workbook.comments": "1.10",
  "Comment.content": "1.10",
  "Comment.replies": "1.10",
  "Comment.getLocation": "1.10",
  "CommentReply.content": "1.10",
  "Workbook.notes": "1.18",
  "Note.content": "1.18",
  "Note.authorName": "1.18",
  "Note.getLocation": "1.18",
};

export function sammenlignVersion(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

type Operation = () => void;

export class FakeRequestContext implements FakeKontekst {
  readonly workbook: FakeWorkbook;
  private koe: { op: Operation; skriv: boolean }[] = [];
  /** Cell properties loaded in the current sync. */
  indlaesteCeller = 0;
  /** Bytes (as JSON) of the cell properties loaded in the current sync. */
  indlaesteBytes = 0;
  /** Bytes (as JSON) of the cell data written in the queued batch. */
  anmodningsBytes = 0;

  constructor(
    readonly model: FakeArbejdsbogModel,
    readonly valg: FakeValg,
    /** Excel.RunOptions.delayForCellEdit of the run that made this context. */
    readonly ventPaaCelleredigering = false,
  ) {
    this.workbook = new FakeWorkbook(this);
  }

  /** A member from a later requirement set than the host claims fails at sync, as in an older Excel. */
  kraev(medlem: string): void {
    const kraevet = FAKE_MEDLEMMER_KRAEVER[medlem];
    if (kraevet === undefined) throw new Error(`Fake Excel: ${medlem} mangler i FAKE_MEDLEMMER_KRAEVER`);
    const vaert = this.valg.excelApi ?? FAKE_EXCELAPI_STANDARD;
    if (sammenlignVersion(kraevet, vaert) <= 0) return;
    this.koeOp(() => {
      throw new FakeOfficeFejl(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Excel. (${medlem}, ExcelApi ${kraevet}; the host has ${vaert})`,
        medlem,
      );
    }, false);
  }

  koeOp(op: Operation, skriv: boolean): void {
    this.koe.push({ op, skriv });
  }

  get harVentendeSkrivninger(): boolean {
    return this.koe.some((o) => o.skriv);
  }

  async sync(): Promise<void> {
    this.model.antalSyncs++;
    const ops = this.koe;
    const anmodning = this.anmodningsBytes;
    this.koe = [];
    this.indlaesteCeller = 0;
    this.indlaesteBytes = 0;
    this.anmodningsBytes = 0;
    // A round trip: the caller's code after `sync()` runs later, as with Office.
    await Promise.resolve();
    const maksAnmodning = this.valg.maksBytesPrAnmodning;
    if (maksAnmodning !== undefined && anmodning > maksAnmodning) {
      // Refused before anything in it runs.
      throw new FakeOfficeFejl(
        this.valg.anmodningsfejl ?? "RequestPayloadSizeLimitExceeded",
        this.valg.anmodningsfejl === "GeneralException"
          ? "An internal error has occurred."
          : 'The request payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
      );
    }
    if (this.model.celleredigering) {
      // Excel refuses a batch while the user edits a cell, unless the run asked to wait.
      if (!this.ventPaaCelleredigering) {
        throw new FakeOfficeFejl(
          "InvalidOperationInCellEditMode",
          "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
        );
      }
      await this.model.celleredigeringSlut();
    }
    try {
      // Like Excel, the batch runs in order and stops at the first error; earlier steps stay done.
      for (const o of ops) o.op();
      const maks = this.valg.maksCellerPrSvar;
      const maksBytes = this.valg.maksBytesPrSvar;
      if (
        (maks !== undefined && this.indlaesteCeller > maks) ||
        (maksBytes !== undefined && this.indlaesteBytes > maksBytes)
      ) {
        throw new FakeOfficeFejl(
          "ResponsePayloadSizeLimitExceeded",
          'The response payload size has exceeded the limit. Please refer to the documentation: "https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins".',
        );
      }
    } finally {
      this.model.udsendAendringer();
    }
  }
}
