/**
 * An in-memory Excel for tests and the preview: `run` has the shape of `Excel.run`, the
 * objects behave as Office.js proxies (see proxy.ts), and the workbook is built from and
 * exported to a WorkbookSnapshot.
 *
 * The fake does not calculate formulas: a formula written into a cell is stored, and the
 * cell keeps the value it had (null for a new cell). Strings written as values are not
 * parsed as numbers or dates (Excel would); "=…" becomes a formula and "'…" text, as in Excel.
 */
import type { WorkbookSnapshot } from "../../core/snapshot";
import type { ExcelRun, UnderstoetterApi } from "../typer";
import { FakeArbejdsbogModel, type AendringsHaendelse } from "./model";
import { FakeOfficeFejl } from "./fejl";
import { parseA1 } from "../../core/adresse";
import { FakeRequestContext, type FakeValg } from "./proxy";

export { aendredeCeller } from "./diff";
export { FakeOfficeFejl, FEJLKODER } from "./fejl";
export { FakeArbejdsbogModel } from "./model";
export type { FakeValg } from "./proxy";
export { MAKS_CELLER_PR_LAESNING } from "./proxy";

/** The requirement sets (ExcelApi) whose parts the fake implements. */
const FAKE_EXCELAPI = "1.8";

export interface FakeExcel {
  /** Pass to `lavArbejdsbog` in place of `Excel.run`. */
  run: ExcelRun;
  /** Number of `context.sync()` calls so far (all contexts). */
  syncs(): number;
  /** The workbook now. */
  snapshot(): WorkbookSnapshot;
  /** Answers isSetSupported for what the fake implements (ExcelApi up to 1.8). */
  understoetter: UnderstoetterApi;
  /** The user types into a cell (raises worksheets.onChanged like Excel). */
  redigerCelle(ark: string, celle: string, vaerdi: string | number | boolean | null): void;
  /** The model behind it, for tests that inspect selection, frozen rows, validation lists, events. */
  model: FakeArbejdsbogModel;
}

function sammenlignVersion(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function lavFakeExcel(snapshot: WorkbookSnapshot, valg: FakeValg = {}): FakeExcel {
  const model = FakeArbejdsbogModel.fraSnapshot(snapshot);

  async function kør<T>(
    a: FakeRequestContext | ((c: Excel.RequestContext) => Promise<T>),
    b?: (c: Excel.RequestContext) => Promise<T>,
  ): Promise<T> {
    const batch = typeof a === "function" ? a : b;
    if (!batch) throw new TypeError("Fake Excel: run kræver en batch-funktion");
    let ctx: FakeRequestContext;
    if (typeof a === "function") ctx = new FakeRequestContext(model, valg);
    else if (a instanceof FakeRequestContext && a.model === model) ctx = a;
    else throw new FakeOfficeFejl("InvalidRequestContext", "Cannot use the object across different request contexts.");
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
    understoetter: (saet, version) => saet === "ExcelApi" && sammenlignVersion(version, FAKE_EXCELAPI) <= 0,
    redigerCelle(arkNavn, celle, vaerdi) {
      const ark = model.findArk(arkNavn);
      const ref = parseA1(celle);
      if (!ark || !ref) throw new Error(`Fake Excel: ${arkNavn}!${celle} findes ikke`);
      const gammel = ark.celle(ref.row, ref.col);
      ark.saetCelle(ref.row, ref.col, { v: vaerdi, f: null, nf: gammel?.nf ?? null });
      model.noterAendring(ark, { top: ref.row, left: ref.col, bottom: ref.row, right: ref.col });
      model.udsendAendringer();
    },
    model,
  };
}

export type { AendringsHaendelse };
