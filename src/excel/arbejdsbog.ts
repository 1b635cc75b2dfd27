/**
 * The Office.js adapter: the Arbejdsbog interface on top of a `run` function (the real
 * `Excel.run` inside Excel; the in-memory fake's in tests and the preview). Every Office
 * error comes out as an ArbejdsbogFejl with a Danish message; none is swallowed.
 */
import {
  type Arbejdsbog,
  ArbejdsbogFejl,
  type Fortrydelse,
  type Fund,
  type NyTillaegsberegning,
  type NyTimetakst,
  type TakstbilagStatus,
  type TilfoejedeTabeller,
  type WorkbookSnapshot,
} from "../core";
import { RAPPORT_ARK } from "./faelles";
import { somArbejdsbogFejl } from "./fejl";
import { laesArbejdsbog } from "./laes";
import type { ExcelRun, UnderstoetterApi } from "./typer";

/**
 * The writing code (the report, Indsæt, Marker status, the template, the profile, Fortryd)
 * is half the adapter and no validation needs it: it loads at the first write, not in the
 * pane's first JavaScript (issue 20 § 4). A failed load is an ArbejdsbogFejl like any other.
 */
async function skrivning(hvad: string): Promise<typeof import("./skrivning")> {
  try {
    return await import(/* webpackChunkName: "skrivning" */ "./skrivning");
  } catch (e) {
    throw somArbejdsbogFejl(hvad, e);
  }
}

export interface ArbejdsbogValg {
  /**
   * Answers whether a requirement set is supported; default
   * `Office.context.requirements.isSetSupported` (false without Office, e.g. in Node).
   * The preview passes the fake's `understoetter`.
   */
  understoetter?: UnderstoetterApi;
  /** Cells per range read in laesSnapshot (default 100.000; keeps each range far below Excel's 5.000.000-cell limit). */
  maksCellerPrOmraade?: number;
  /**
   * Cells per sync when reading values (default: no limit inside desktop Excel, so a
   * validation takes 3 syncs whatever the size; WEB_MAKS_CELLER_PR_SYNC in Excel on the web,
   * whose ~5 MB response limit covers a whole sync).
   */
  maksCellerPrSync?: number;
  /** Cells of all used ranges together before anything is loaded (default MAKS_CELLER, core/graenser.ts). */
  maksCeller?: number;
  /** Opens a base64 .xlsx as a new workbook; default `Excel.createWorkbook`. The preview opens it in its grid. */
  opretProjektmappe?: (base64: string) => Promise<void>;
  /** Characters of cell data per write request in "Skriv rapport" (default STANDARD_MAKS_TEGN_PR_SKRIVNING). */
  maksTegnPrSkrivning?: number;
  /** Milliseconds a call may wait on Excel before foelgVentetid's listeners hear of it (default VENTEVARSEL_MS). */
  ventevarselMs?: number;
}

/** Bytes as base64, in slices (String.fromCharCode on megabytes at once overflows the stack). */
export function tilBase64(data: Uint8Array): string {
  let binaer = "";
  for (let i = 0; i < data.length; i += 0x8000) binaer += String.fromCharCode(...data.subarray(i, i + 0x8000));
  return btoa(binaer);
}

/** After this long a call is most likely held by Excel's cell edit mode (delayForCellEdit). */
export const VENTEVARSEL_MS = 3_000;

export const STANDARD_MAKS_CELLER_PR_OMRAADE = 100_000;
/** About 3 MB of values + formulas + formats at ~50 bytes a cell: safely under the web's 5 MB. */
export const WEB_MAKS_CELLER_PR_SYNC = 60_000;

interface OfficeGlobal {
  context?: { platform?: unknown; requirements?: { isSetSupported(saet: string, version?: string): boolean } };
}

function office(): OfficeGlobal | undefined {
  return (globalThis as { Office?: OfficeGlobal }).Office;
}

function officeUnderstoetter(saet: string, version: string): boolean {
  return office()?.context?.requirements?.isSetSupported(saet, version) ?? false;
}

function erExcelPaaNettet(): boolean {
  return office()?.context?.platform === "OfficeOnline";
}

const VENT_PAA_CELLEREDIGERING: Excel.RunOptions = { delayForCellEdit: true };

/** WorksheetCollection.onChanged, which "Opdater automatisk" listens to, came in ExcelApi 1.9. */
export const AENDRINGER_KRAEVER = "1.9";

export function lavArbejdsbog(run: ExcelRun, valg: ArbejdsbogValg = {}): Arbejdsbog {
  const understoetter = valg.understoetter ?? officeUnderstoetter;
  const maksCellerPrOmraade = valg.maksCellerPrOmraade ?? STANDARD_MAKS_CELLER_PR_OMRAADE;

  // Calls that have waited past the warning time; listeners hear when that starts and ends.
  const ventelyttere = new Set<(venter: boolean) => void>();
  let ventende = 0;
  const meldVentetid = (): void => {
    for (const l of [...ventelyttere]) l(ventende > 0);
  };

  async function koer<T>(hvad: string, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
    // Office cannot say whether the user edits a cell; a call that takes seconds most likely waits for that.
    let varslet = false;
    const ur = setTimeout(() => {
      varslet = true;
      ventende++;
      meldVentetid();
    }, valg.ventevarselMs ?? VENTEVARSEL_MS);
    try {
      // While the user edits a cell Excel rejects every batch (InvalidOperationInCellEditMode);
      // delayForCellEdit runs it when the user leaves the cell instead.
      return await run(VENT_PAA_CELLEREDIGERING, batch);
    } catch (e) {
      throw somArbejdsbogFejl(hvad, e);
    } finally {
      clearTimeout(ur);
      if (varslet) {
        ventende--;
        meldVentetid();
      }
    }
  }

  return {
    foelgVentetid(lytter: (venter: boolean) => void): () => void {
      ventelyttere.add(lytter);
      return () => void ventelyttere.delete(lytter);
    },

    laesSnapshot(): Promise<WorkbookSnapshot> {
      const maksCellerPrSync = valg.maksCellerPrSync ?? (erExcelPaaNettet() ? WEB_MAKS_CELLER_PR_SYNC : undefined);
      // Headers and footers (for persondata-cpr) came in ExcelApi 1.9.
      const medSidehoveder = understoetter("ExcelApi", "1.9");
      // Comments (threaded, with replies) came in ExcelApi 1.10.
      const medKommentarer = understoetter("ExcelApi", "1.10");
      // Notes (the classic ones, with their author) came in ExcelApi 1.18.
      const medNoter = understoetter("ExcelApi", "1.18");
      return koer("læse projektmappen", (context) =>
        laesArbejdsbog(
          context,
          { maksCellerPrOmraade, maksCellerPrSync, maksCeller: valg.maksCeller },
          medSidehoveder,
          medKommentarer,
          medNoter,
        ),
      );
    },

    async aabnNyProjektmappe(xlsx: Uint8Array): Promise<boolean> {
      if (understoetter("ExcelApi", "1.8")) {
        const base64 = tilBase64(xlsx);
        try {
          await (valg.opretProjektmappe ? valg.opretProjektmappe(base64) : Excel.createWorkbook(base64));
        } catch (e) {
          throw somArbejdsbogFejl("åbne takstbilaget som ny projektmappe", e);
        }
        return true;
      }
      return false;
    },

    vaelgCelle(ark: string, celle: string): Promise<void> {
      return koer(`vælge cellen ${celle} på arket ${ark}`, async (context) => {
        const ws = context.workbook.worksheets.getItem(ark);
        ws.activate();
        ws.getRange(celle).select();
        await context.sync();
      });
    },

    async skrivRapport(fund: Fund[], overskrift: string): Promise<void> {
      // Workbook.readOnly came in ExcelApi 1.8: checked only where the host has it.
      const kanSe = understoetter("ExcelApi", "1.8");
      const hvad = `skrive arket ${RAPPORT_ARK}`;
      const m = await skrivning(hvad);
      return koer(hvad, (context) => m.skrivRapport(context, fund, overskrift, kanSe, valg.maksTegnPrSkrivning));
    },

    async indsaetTillaegsberegning(
      raekke: NyTillaegsberegning,
    ): Promise<{ ark: string; celle: string; fortrydelse: Fortrydelse }> {
      const kanSe = understoetter("ExcelApi", "1.8");
      const hvad = "indsætte tillægsydelsen i tabellen over tillægsydelser";
      const m = await skrivning(hvad);
      return koer(hvad, (context) => m.indsaetTillaegsberegning(context, raekke, kanSe));
    },

    async tilfoejTimetakst(raekke: NyTimetakst): Promise<{ ark: string; celle: string; fortrydelse: Fortrydelse }> {
      const kanSe = understoetter("ExcelApi", "1.8");
      const hvad = "tilføje kombinationen til tabellen over ATA-timetakster";
      const m = await skrivning(hvad);
      return koer(hvad, (context) => m.tilfoejTimetakst(context, raekke, kanSe));
    },

    async markerStatus(statusser: TakstbilagStatus[]): Promise<Fortrydelse> {
      const kanSe = understoetter("ExcelApi", "1.8");
      const hvad = "markere status i tabellen på arket Takstbilag";
      const m = await skrivning(hvad);
      return koer(hvad, (context) => m.markerStatus(context, statusser, kanSe));
    },

    async fortryd(fortrydelse: Fortrydelse): Promise<void> {
      const kanSe = understoetter("ExcelApi", "1.8");
      // Data validation (the template's lists, which Fortryd clears) came in ExcelApi 1.8.
      const medDatavalidering = understoetter("ExcelApi", "1.8");
      const m = await skrivning("fortryde");
      return koer("fortryde", (context) => m.fortryd(context, fortrydelse, kanSe, medDatavalidering));
    },

    async skrivProfil(json: string): Promise<Fortrydelse> {
      const kanSe = understoetter("ExcelApi", "1.8");
      const hvad = "skrive profilen i arket Takstprofil";
      const m = await skrivning(hvad);
      return koer(hvad, (context) => m.skrivProfil(context, json, kanSe));
    },

    async indsaetSkabelon(takstaar: number): Promise<void> {
      const medDatavalidering = understoetter("ExcelApi", "1.8");
      const kanSe = understoetter("ExcelApi", "1.8");
      const m = await skrivning("indsætte skabelonen");
      return koer("indsætte skabelonen", (context) => m.indsaetSkabelon(context, takstaar, medDatavalidering, kanSe));
    },

    async tilfoejManglendeTabeller(takstaar: number): Promise<TilfoejedeTabeller> {
      const medDatavalidering = understoetter("ExcelApi", "1.8");
      const kanSe = understoetter("ExcelApi", "1.8");
      const hvad = "tilføje de manglende tabeller";
      const m = await skrivning(hvad);
      return koer(hvad, (context) => m.tilfoejManglendeTabeller(context, takstaar, medDatavalidering, kanSe));
    },

    async naarAendret(callback: () => void): Promise<() => Promise<void>> {
      if (!understoetter("ExcelApi", AENDRINGER_KRAEVER)) {
        throw new ArbejdsbogFejl(
          `Automatisk opdatering kræver en nyere udgave af Excel (ExcelApi ${AENDRINGER_KRAEVER}). Valider med knappen i stedet.`,
        );
      }
      // worksheetId → name, so the add-in's own report sheet can be ignored.
      const navne = new Map<string, string | null>();
      const slaaOp = (id: string): Promise<string | null> =>
        run(VENT_PAA_CELLEREDIGERING, async (context) => {
          const ws = context.workbook.worksheets.getItemOrNullObject(id);
          ws.load("name");
          await context.sync();
          return ws.isNullObject ? null : ws.name;
        });
      const haandter = async (args: Excel.WorksheetChangedEventArgs): Promise<void> => {
        let navn = navne.get(args.worksheetId);
        if (navn === undefined) {
          try {
            navn = await slaaOp(args.worksheetId);
            navne.set(args.worksheetId, navn);
          } catch {
            // Unknown sheet: a change is still a change; the revalidation reports any Excel error.
            navn = null;
          }
        }
        if (navn !== null && navn.toLowerCase() === RAPPORT_ARK.toLowerCase()) return;
        callback();
      };

      const registrering = await koer("følge med i ændringer", async (context) => {
        const ark = context.workbook.worksheets;
        ark.load("items/id,items/name");
        const r = ark.onChanged.add(haandter);
        await context.sync();
        for (const w of ark.items) navne.set(w.id, w.name);
        return r;
      });

      let fjernet = false;
      return async () => {
        if (fjernet) return;
        try {
          // Office removes a handler only through the context that added it.
          await run(registrering.context, async (context) => {
            registrering.remove();
            await context.sync();
          });
        } catch (e) {
          throw somArbejdsbogFejl("stoppe med at følge ændringer", e);
        }
        fjernet = true;
      };
    },
  };
}
