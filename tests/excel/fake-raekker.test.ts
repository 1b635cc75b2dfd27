/**
 * The fake's whole-row insert and delete (Range.getEntireRow().insert/delete, ExcelApi 1.1),
 * which "Tilføj kombinationen" uses where a table stands below the table over ATA-timetakster:
 * cells, tables and formulas move as in Excel, and a delete undoes an insert exactly.
 */
import { lavFakeExcel } from "../../src/excel/fake";
import { flytReferencer } from "../../src/excel/fake/raekker";

test("flytReferencer flytter rækkenumre på arket, ikke i tekst eller på andre ark", () => {
  const ned = (r: number) => (r >= 9 ? r + 1 : r);
  expect(flytReferencer('=IF(C9="","",ROUND(C9*(1+D9),2))', "Tillægsydelser", "Tillægsydelser", ned)).toBe(
    '=IF(C10="","",ROUND(C10*(1+D10),2))',
  );
  expect(flytReferencer('=INDEX($G$2:$G$9,1)&"A9"', "Tillægsydelser", "Tillægsydelser", ned)).toBe(
    '=INDEX($G$2:$G$10,1)&"A9"',
  );
  expect(flytReferencer("=Ydelser!N9+'Tillægsydelser'!C9+C9", "Ydelser", "Tillægsydelser", ned)).toBe(
    "=Ydelser!N9+'Tillægsydelser'!C10+C9",
  );
  expect(flytReferencer("=LOG10(A9)", "X", "X", ned)).toBe("=LOG10(A10)");
});

test("en hel række ind i en tabel: tabellen vokser, tabellen under flytter hel; slet lægger alt tilbage", async () => {
  const fake = lavFakeExcel({
    sheets: [
      {
        name: "Ark",
        top: 1,
        left: 1,
        // Stored as calculated: the fake recalculates the sum when the rows move through its range.
        values: [["A", "B"], [1, 2], [3, 6], [], ["X", "Y", "Z"], [1, 2, 8]],
        formulas: [[], [null, "=A2*2"], [null, "=A3*2"], [], [], [null, null, "=SUM($B$2:$B$3)"]],
      },
    ],
    tables: [
      { name: "T1", sheet: "Ark", ref: "A1:B3" },
      { name: "T2", sheet: "Ark", ref: "A5:C6" },
    ],
  });
  const foer = fake.snapshot();
  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Ark").getRange("A3").getEntireRow().insert("Down");
    await context.sync();
  });
  const s = fake.snapshot();
  expect(s.tables).toEqual([
    { name: "T1", sheet: "Ark", ref: "A1:B4" },
    { name: "T2", sheet: "Ark", ref: "A6:C7" },
  ]);
  // The calculated column fills the new row; the moved row's formula follows it; the sum grows.
  expect(s.sheets[0].formulas?.[2]).toEqual([null, "=A3*2", null]);
  expect(s.sheets[0].formulas?.[3]).toEqual([null, "=A4*2", null]);
  expect(s.sheets[0].formulas?.[6]?.[2]).toBe("=SUM($B$2:$B$4)");

  await fake.run(async (context) => {
    context.workbook.worksheets.getItem("Ark").getRange("A3:B3").getEntireRow().delete("Up");
    await context.sync();
  });
  expect(fake.snapshot()).toEqual(foer);
});
