/**
 * An in-memory Excel for tests and the preview: `run` has the shape of `Excel.run`, the
 * objects behave as Office.js proxies (see proxy.ts), and the workbook is built from and
 * exported to a WorkbookSnapshot.
 *
 * The fake calculates as Excel does: a formula written gets its value, and the formulas that
 * depend on a changed cell are recalculated, where the core's evaluator can follow them
 * (beregning.ts). Strings written as values are not parsed as numbers or dates (Excel would);
 * "=…" becomes a formula and "'…" text, as in Excel.
 */
import { parseA1, type WorkbookSnapshot } from "../../core";
import type { ExcelRun, UnderstoetterApi } from "../typer";
import { genberegn } from "./beregning";
import { FakeArbejdsbogModel, type AendringsHaendelse } from "./model";
import { FakeOfficeFejl } from "./fejl";
import { FAKE_EXCELAPI_STANDARD, FakeRequestContext, sammenlignVersion, type FakeValg } from "./proxy";

export { aendredeCeller } from "./diff";
export { FakeOfficeFejl, FEJLKODER } from "./fejl";
export { FakeArbejdsbogModel } from "./model";
export type { FakeValg } from "./proxy";
export { FAKE_EXCELAPI_STANDARD, FAKE_MEDLEMMER_KRAEVER, MAKS_CELLER_PR_LAESNING } from "./proxy";

export interface FakeExcel {
  /** Pass to `lavArbejdsbog` in place of `Excel.run`. */
  run: ExcelRun;
  /** Number of `context.sync()` calls so far (all contexts). */
  syncs(): number;
  /** The workbook now. */
  snapshot(): WorkbookSnapshot;
  /** Answers isSetSupported for the ExcelApi set the fake host claims (valg.excelApi). */
  understoetter: UnderstoetterApi;
  /** The user types into a cell (raises worksheets.onChanged like Excel). */
  redigerCelle(ark: string, celle: string, vaerdi: string | number | boolean | null): void;
  /** The user enters cell edit mode (F2): batches fail, or wait with delayForCellEdit. */
  startCelleredigering(): void;
  /** The user leaves cell edit mode (Enter or Esc); waiting batches run. */
  afslutCelleredigering(): void;
  /** The model behind it, for tests that inspect selection, frozen rows, validation lists, events. */
  model: FakeArbejdsbogModel;
}

export function lavFakeExcel(snapshot: WorkbookSnapshot, valg: FakeValg = {}): FakeExcel {
  const model = FakeArbejdsbogModel.fraSnapshot(snapshot);

  async function kør<T>(
    a: FakeRequestContext | Excel.RunOptions | ((c: Excel.RequestContext) => Promise<T>),
    b?: (c: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof a === "function" ? a : b;
    if (!batch) throw new TypeError("Fake Excel: run kræver en batch-funktion");
    let ctx: FakeRequestContext;
    if (typeof a === "function") ctx = new FakeRequestContext(model, valg);
    else if (a instanceof FakeRequestContext) {
      if (a.model !== model) {
        throw new FakeOfficeFejl("InvalidRequestContext", "Cannot use the object across different request contexts.");
      }
      ctx = a;
    } else {
      const ukendt = Object.keys(a).filter((k) => k !== "delayForCellEdit");
      if (ukendt.length > 0) throw new Error(`Fake Excel: ukendte RunOptions ${ukendt.join(", ")}`);
      ctx = new FakeRequestContext(model, valg, a.delayForCellEdit === true);
    }
    const resultat = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.harVentendeSkrivninger) {
      // Writes queued after the last sync would be lost: an adapter bug the fake makes loud.
      throw new Error(
        "Fake Excel: batchen sluttede med skrivninger, der aldrig blev synkroniseret (mangler context.sync()).",
      );
    }
    return resultat;
  }

  return {
    run: kør as unknown as ExcelRun,
    syncs: () => model.antalSyncs,
    snapshot: () => model.tilSnapshot(),
    understoetter: (saet, version) =>
      saet === "ExcelApi" && sammenlignVersion(version, valg.excelApi ?? FAKE_EXCELAPI_STANDARD) <= 0,
    startCelleredigering: () => model.startCelleredigering(),
    afslutCelleredigering: () => model.afslutCelleredigering(),
    redigerCelle(arkNavn, celle, vaerdi) {
      const ark = model.findArk(arkNavn);
      const ref = parseA1(celle);
      if (!ark || !ref) throw new Error(`Fake Excel: ${arkNavn}!${celle} findes ikke`);
      const gammel = ark.celle(ref.row, ref.col);
      ark.saetCelle(ref.row, ref.col, { v: vaerdi, f: null, nf: gammel?.nf ?? null });
      model.noterAendring(ark, { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col });
      genberegn(model, ark, { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col });
      model.udsendAendringer();
    },
    model,
  };
}

export type { AendringsHaendelse };
