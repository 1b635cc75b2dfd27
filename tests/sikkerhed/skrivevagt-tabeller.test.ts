/**
 * "Nothing written uninvited" for Tilføj manglende tabeller and its Fortryd (issue 20 § 1), on
 * every bundled example: the action changes no cell that had content (it makes tables of the
 * cells that hold them, and writes the template only where cells were empty), or refuses and
 * changes nothing; Fortryd puts the workbook back exactly.
 */
import { cellFormula, cellValue, findSheet, type WorkbookSnapshot } from "../../src/core/snapshot";
import { parseA1 } from "../../src/core/adresse";
import { ArbejdsbogFejl } from "../../src/core/arbejdsbog";
import { aendredeCeller } from "../../src/excel/fake";
import { EKSEMPEL_FILER, laesEksempel, nyBog } from "./hjaelp";

function harIndhold(s: WorkbookSnapshot, celle: string): boolean {
  const i = celle.lastIndexOf("!");
  const ark = findSheet(s, celle.slice(0, i));
  const ref = parseA1(celle.slice(i + 1));
  if (!ark || !ref) return false;
  const v = cellValue(ark, ref.row, ref.col);
  return (v !== null && v !== "") || cellFormula(ark, ref.row, ref.col) !== null;
}

describe.each(EKSEMPEL_FILER)("%s", (fil) => {
  it("Tilføj manglende tabeller ændrer ingen celle med indhold, og Fortryd lægger alt tilbage", async () => {
    const { fake, bog } = nyBog(await laesEksempel(fil));
    const foer = fake.snapshot();
    let ud;
    try {
      ud = await bog.tilfoejManglendeTabeller(2026);
    } catch (e) {
      // The copies from last year have no tables: they must get them, not a refusal.
      expect(fil).not.toMatch(/kopieret/);
      expect(e).toBeInstanceOf(ArbejdsbogFejl);
      expect((e as Error).message).toMatch(/Intet er ændret\.$/);
      expect(fake.snapshot()).toEqual(foer);
      return;
    }
    expect(ud.tabeller.length).toBeGreaterThan(0);
    const efter = fake.snapshot();
    const aendret = aendredeCeller(foer, efter);
    expect(aendret.filter((c) => harIndhold(foer, c))).toEqual([]);
    for (const t of foer.tables) expect(efter.tables).toContainEqual(t);
    await bog.fortryd(ud.fortrydelse);
    expect(fake.snapshot()).toEqual(foer);
  });
});
