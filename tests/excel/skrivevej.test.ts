/**
 * Issue 19 §1 "only documented write paths": the fake refuses what Office.js does not
 * document (null in TableRowCollection.add) and keeps an apostrophe typed into a Text cell,
 * so the adapter's writes are checked against Excel's documented behaviour.
 */
import { TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { cellFormula, cellValue, findSheet } from "../../src/core/snapshot";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { NY_TILLAEG, takstbilagRaekker } from "./hjaelp";

function bog() {
  return lavFakeExcel({
    sheets: [
      {
        name: "Ark",
        top: 1,
        left: 1,
        values: [
          ["A", "B"],
          [1, 2],
        ],
      },
    ],
    tables: [{ name: "T", sheet: "Ark", ref: "A1:B2" }],
  });
}

describe("fake'en og de dokumenterede skriveveje", () => {
  it("rows.add med null afvises (null er kun dokumenteret for et områdes værdier); uden værdier tilføjes en tom række", async () => {
    const fake = bog();
    await expect(
      fake.run(async (context) => {
        context.workbook.tables.getItem("T").rows.add(undefined, [[3, null as unknown as number]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await fake.run(async (context) => {
      context.workbook.tables.getItem("T").rows.add();
      context.workbook.worksheets.getItem("Ark").getRange("A3:B3").values = [[3, null]];
      await context.sync();
    });
    const s = fake.snapshot();
    expect(s.tables[0].ref).toBe("A1:B3");
    expect(cellValue(s.sheets[0], 3, 1)).toBe(3);
    expect(cellValue(s.sheets[0], 3, 2)).toBeNull();
  });

  it("en apostrof skrevet i en tekstformateret celle bliver en del af teksten, som i Excel", async () => {
    const fake = bog();
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Ark").getRange("D1:E1");
      r.numberFormat = [["@", null]];
      r.values = [["'{}", "'{}"]];
      await context.sync();
    });
    const s = fake.snapshot();
    expect(cellValue(s.sheets[0], 1, 4)).toBe("'{}");
    expect(cellValue(s.sheets[0], 1, 5)).toBe("{}");
  });
});

describe("tekst i celler, brugeren har formateret som Tekst (@)", () => {
  it("Marker status og Indsæt skriver teksten uden apostrof, som en tekstcelle ellers ville beholde", async () => {
    const fake = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(2) }));
    const fund = fake.model.findArk("Takstbilag")!;
    for (const r of [2, 3]) fund.saetCelle(r, 17, { v: null, f: null, nf: "@" });
    const bog = lavArbejdsbog(fake.run);
    await bog.markerStatus([
      { raekkeIndex: 1, ydelsesId: "Y1", status: "Fejl", fund: "Belægning over 100 %" },
      { raekkeIndex: 2, ydelsesId: "Y2", status: "OK", fund: "=ikke en formel" },
    ]);
    const ark = findSheet(fake.snapshot(), "Takstbilag")!;
    expect(cellValue(ark, 2, 17)).toBe("Belægning over 100 %");
    expect(cellValue(ark, 3, 17)).toBe("=ikke en formel");
    expect(cellFormula(ark, 3, 17)).toBeNull();

    const skabelon = lavFakeExcel({ sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] });
    const b2 = lavArbejdsbog(skabelon.run);
    await b2.indsaetSkabelon(2026);
    const t = skabelon.model.findTabel(TBL_TILLAEGSBEREGNING.navn)!;
    // Beskrivelse is the table's first column.
    for (let r = t.omraade.top + 1; r <= t.omraade.bottom; r++) {
      const c = t.ark.celle(r, t.omraade.left);
      t.ark.saetCelle(r, t.omraade.left, { v: c?.v ?? null, f: c?.f ?? null, nf: "@" });
    }
    const sted = await b2.indsaetTillaegsberegning(NY_TILLAEG);
    const raekke = Number(sted.celle.replace(/^[A-Z]+/, ""));
    expect(cellValue(findSheet(skabelon.snapshot(), t.ark.name)!, raekke, t.omraade.left)).toBe(NY_TILLAEG.beskrivelse);
  });
});
