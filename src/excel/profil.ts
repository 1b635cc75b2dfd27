/**
 * Writes a profile (JSON) to Takstprofil!A1, the add-in's place for the workbook's own
 * profile: the sheet is added when missing, and nothing but A1 is touched. Two syncs.
 * Returns what Fortryd needs to put A1 back as it was, or to delete the sheet it added.
 */
import { ArbejdsbogFejl, type Fortrydelse, TAKSTPROFIL_ARK } from "../core";
import { FOER, tilbageskrivning } from "./skriv";
import { koeSkrivetjek } from "./skrivetjek";

/** Excel's limit for the text of one cell. */
export const MAKS_CELLETEKST = 32_767;

export async function skrivProfil(
  context: Excel.RequestContext,
  json: string,
  kanSeSkrivebeskyttelse: boolean,
): Promise<Fortrydelse> {
  if (json.length > MAKS_CELLETEKST) {
    throw new ArbejdsbogFejl(
      `Profilen fylder ${json.length} tegn, men en celle kan højst rumme ${MAKS_CELLETEKST}. Intet er ændret.`,
    );
  }
  const alle = context.workbook.worksheets;
  alle.load("items/name,items/protection/protected");
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  await context.sync();
  skrivetjek();

  // Sheet names are compared as Excel does: without regard to case.
  const ark = alle.items.find((w) => w.name.toLowerCase() === TAKSTPROFIL_ARK.toLowerCase());
  if (ark?.protection.protected) {
    throw new ArbejdsbogFejl(
      `Arket ${ark.name} er beskyttet, så profilen kan ikke skrives. Fjern beskyttelsen af arket, og prøv igen. Intet er ændret.`,
    );
  }
  if (!ark) skrivetjek.struktur();
  const ws = ark ?? alle.add(TAKSTPROFIL_ARK);
  // A1 as it was, loaded before the write in the same batch (Office runs it in order), for Fortryd.
  const foer = ark ? ws.getRange("A1").load(FOER) : null;
  const a1 = ws.getRange("A1");
  // Text, so Excel never reads the JSON as a number, date or formula. No leading apostrophe:
  // a Text cell keeps it as part of the value (and JSON starts with "{" anyway).
  a1.numberFormat = [["@"]];
  a1.values = [[json]];
  const efter = ws.getRange("A1").load("formulas");
  await context.sync();
  if (!ark || !foer) {
    return {
      ark: TAKSTPROFIL_ARK,
      omraader: [],
      tilfoejedeArk: [{ navn: TAKSTPROFIL_ARK, adresse: "A1", efter: efter.formulas }],
    };
  }
  return {
    ark: ark.name,
    omraader: [
      {
        adresse: "A1",
        foer: [
          [tilbageskrivning(foer.values[0][0], foer.formulas[0][0], foer.numberFormat[0][0], foer.valueTypes[0][0])],
        ],
        talformatFoer: [[String(foer.numberFormat[0][0])]],
        efter: efter.formulas,
      },
    ],
  };
}
