/**
 * Writes a profile (JSON) to Takstprofil!A1, the add-in's place for the workbook's own
 * profile: the sheet is added when missing, and nothing but A1 is touched. Two syncs.
 */
import { ArbejdsbogFejl } from "../core/arbejdsbog";
import { TAKSTPROFIL_ARK } from "../core/profil/ark";
import { koeSkrivetjek } from "./skrivetjek";

/** Excel's limit for the text of one cell. */
export const MAKS_CELLETEKST = 32_767;

export async function skrivProfil(
  context: Excel.RequestContext,
  json: string,
  kanSeSkrivebeskyttelse: boolean,
): Promise<void> {
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
  const a1 = ws.getRange("A1");
  // Text, so Excel never reads the JSON as a number, date or formula. No leading apostrophe:
  // a Text cell keeps it as part of the value (and JSON starts with "{" anyway).
  a1.numberFormat = [["@"]];
  a1.values = [[json]];
  await context.sync();
}
