/**
 * Issue 19 §1 "only documented write paths": the fake refuses what Office.js does not
 * document (null in TableRowCollection.add) and keeps an apostrophe typed into a Text cell,
 * so the adapter's writes are checked against Excel's documented behaviour.
 */
import { cellValue } from "../../src/core/snapshot";
import { lavFakeExcel } from "../../src/excel/fake";

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
