/**
 * Issue 19 §1: the 1904 date system (Excel for Mac, old workbooks). A date cell there holds
 * 1462 days less than in the 1900 system; the snapshot says which system the workbook uses,
 * the core reads dates in 1900 serials, and the pane's Startdato/Slutdato are written back
 * in the workbook's own system. Detected without an extra sync.
 */
import { datoTilSerial, DATOSYSTEM_1904_FORSKEL } from "../../src/core/dato";
import { laesTakstskema } from "../../src/core/reader/laes";
import { TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { cellValue, findSheet, type WorkbookSnapshot } from "../../src/core/snapshot";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { NY_TILLAEG, tillaegsberegningRaekker } from "./hjaelp";

const START = datoTilSerial(2026, 1, 1)!;
const SLUT = datoTilSerial(2026, 6, 30)!;

/** A skema whose tillægsydelse runs 2026-01-01 to 2026-06-30, stored as a 1904 workbook stores it. */
function skema1904(): WorkbookSnapshot {
  const [r] = tillaegsberegningRaekker();
  const s = bygSnapshot({
    ...gyldigtSkema(),
    tillaegsberegning: [
      {
        ...r,
        startdato: { v: START - DATOSYSTEM_1904_FORSKEL, nf: "dd-mm-yyyy" },
        slutdato: { v: SLUT - DATOSYSTEM_1904_FORSKEL, nf: "dd-mm-yyyy" },
      },
    ],
  });
  return { ...s, date1904: true };
}

describe("1904-datosystemet", () => {
  it("fake'en svarer DATE(1904;1;1) som Excel: 0 i en 1904-projektmappe, 1462 ellers", async () => {
    const dato = async (date1904: boolean) => {
      const fake = lavFakeExcel({ sheets: [{ name: "A", top: 1, left: 1, values: [] }], tables: [], date1904 });
      return fake.run(async (context) => {
        const r = context.workbook.functions.date(1904, 1, 1).load("value");
        await context.sync();
        return r.value;
      });
    };
    expect(await dato(true)).toBe(0);
    expect(await dato(false)).toBe(1462);
  });

  it("laesSnapshot melder datosystemet uden en ekstra sync, og kernen læser datoerne rigtigt", async () => {
    const fake = lavFakeExcel(skema1904());
    const laest = await lavArbejdsbog(fake.run).laesSnapshot();
    expect(fake.syncs()).toBe(3);
    expect(laest.date1904).toBe(true);
    const raekke = laesTakstskema(laest).tillaegsberegning!.raekker[0] as unknown as Record<
      string,
      { vaerdi: unknown }
    >;
    expect(raekke.startdato.vaerdi).toBe(START);
    expect(raekke.slutdato.vaerdi).toBe(SLUT);

    // A 1900 workbook still reads as before, and says nothing about a date system.
    const fake1900 = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const laest1900 = await lavArbejdsbog(fake1900.run).laesSnapshot();
    expect(fake1900.syncs()).toBe(3);
    expect(laest1900.date1904).toBeUndefined();
  });

  it("Indsæt skriver Startdato og Slutdato i projektmappens eget datosystem (stadig 3 syncs)", async () => {
    const fake = lavFakeExcel(skema1904());
    const sted = await lavArbejdsbog(fake.run).indsaetTillaegsberegning(NY_TILLAEG);
    expect(fake.syncs()).toBe(3);
    const efter = fake.snapshot();
    const ark = findSheet(efter, sted.ark)!;
    const raekke = Number(sted.celle.replace(/^[A-Z]+/, ""));
    const t = efter.tables.find((x) => x.name === TBL_TILLAEGSBEREGNING.navn)!;
    expect(t).toBeDefined();
    // Startdato and Slutdato are columns G and H of the template.
    expect(cellValue(ark, raekke, 7)).toBe(NY_TILLAEG.startdato - DATOSYSTEM_1904_FORSKEL);
    expect(cellValue(ark, raekke, 8)).toBe(NY_TILLAEG.slutdato - DATOSYSTEM_1904_FORSKEL);
    // Read back, the core sees the dates the pane was given.
    const ny = laesTakstskema(efter).tillaegsberegning!.raekker.at(-1) as unknown as Record<
      string,
      { vaerdi: unknown }
    >;
    expect(ny.startdato.vaerdi).toBe(NY_TILLAEG.startdato);
    expect(ny.slutdato.vaerdi).toBe(NY_TILLAEG.slutdato);
  });
});
