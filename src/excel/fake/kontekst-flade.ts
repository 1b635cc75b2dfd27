/**
 * What the fake's client objects need of their request context. A module of its own, so the
 * context (which creates the sheet and table collections) and the objects that refer back to
 * it do not import each other.
 */
import type { FakeArbejdsbogModel } from "./model";

export interface FakeValg {
  /**
   * Simulates Excel on the web's response size limit: a sync whose loaded cell properties
   * (values, formulas and numberFormat count one each per cell) exceed this fails with
   * ResponsePayloadSizeLimitExceeded. Default: no limit (desktop Excel).
   */
  maksCellerPrSvar?: number;
  /** Cells one range may be read with (default Excel's 5.000.000); lower it to prove an adapter chunks. */
  maksCellerPrLaesning?: number;
  /**
   * Excel on the web's response limit in bytes (about 5 MB): a sync whose loaded cell
   * properties, as JSON, exceed it fails with ResponsePayloadSizeLimitExceeded. Long texts
   * reach it long before any cell count does. Default: no limit (desktop Excel).
   */
  maksBytesPrSvar?: number;
  /**
   * The ExcelApi requirement set the fake host claims (default FAKE_EXCELAPI_STANDARD): a
   * member from a later set fails at sync with ApiNotFound, as on an older Excel, and
   * `understoetter` answers accordingly.
   */
  excelApi?: string;
  /**
   * Excel on the web's request limit (about 5 MB): a sync whose written cell data, as JSON,
   * exceeds it is refused whole (nothing in it runs) with `anmodningsfejl`. Default: no limit.
   */
  maksBytesPrAnmodning?: number;
  /** The error code of a too large request: RequestPayloadSizeLimitExceeded (default) or GeneralException, as older hosts give. */
  anmodningsfejl?: "RequestPayloadSizeLimitExceeded" | "GeneralException";
}

export interface FakeKontekst {
  readonly model: FakeArbejdsbogModel;
  readonly valg: FakeValg;
  /** Cell properties loaded in the current sync (for the payload limit). */
  indlaesteCeller: number;
  /** Bytes (as JSON) of the cell properties loaded in the current sync. */
  indlaesteBytes: number;
  /** Bytes (as JSON) of the cell data written in the batch queued for the next sync. */
  anmodningsBytes: number;
  /** Queues an ApiNotFound for a member from a later requirement set than the host claims. */
  kraev(medlem: string): void;
  koeOp(op: () => void, skriv: boolean): void;
  sync(): Promise<void>;
}
