/**
 * One .xlsx file checked as `takstskema valider`/`bilag` and the task pane's Sekretariat
 * section both do it: no Node modules (the pane loads this with ExcelJS as a lazy chunk).
 */
import { kontroller, type FilResultat, type Takstskema, type ValiderIndstillinger } from "../../core";
import { laesXlsx, type XlsxGraenser } from "./laes-xlsx";

/** A checked file, with its model when it could be read (for `bilagDel`). */
export interface KontrolleretFil {
  resultat: FilResultat;
  skema?: Takstskema;
}

/**
 * Reads one .xlsx (signature, zip bounds, cell budget: laes-xlsx.ts), reads the skema and
 * validates it with the sekretariat's profile. Never throws: a file that cannot be read, or
 * an internal error, becomes `fejlVedLaesning` with a Danish reason (`fejltekst` may add how
 * to raise a bound).
 */
export async function kontrollerXlsx(
  data: Uint8Array | ArrayBuffer,
  fil: string,
  valg: ValiderIndstillinger,
  graenser: Partial<XlsxGraenser> = {},
  fejltekst: (e: unknown) => string = (e) => (e instanceof Error ? e.message : String(e)),
): Promise<KontrolleretFil> {
  let snapshot;
  try {
    snapshot = await laesXlsx(data, graenser);
  } catch (e) {
    return { resultat: { fil, fejlVedLaesning: fejltekst(e) } };
  }
  try {
    const { skema, resultat } = kontroller(snapshot, valg);
    return { resultat: { fil, resultat }, skema };
  } catch (e) {
    // The reader and the rules never throw on bad input; if one does, it is our bug, not the file's.
    return { resultat: { fil, fejlVedLaesning: `Intern fejl under valideringen: ${fejltekst(e)}` } };
  }
}
