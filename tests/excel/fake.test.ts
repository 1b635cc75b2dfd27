/**
 * The fake is strict like Office: otherwise the adapter's tests would pass on code that
 * fails inside Excel.
 */
import { aendredeCeller, FakeOfficeFejl, lavFakeExcel } from "../../src/excel/fake";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { fuldArbejdsbog } from "./hjaelp";

async function fejlFra(p: Promise<unknown>): Promise<FakeOfficeFejl> {
  try {
    await p;
  } catch (e) {
    return e as FakeOfficeFejl;
  }
  throw new Error("forventede en fejl");
}

describe("Excel-fake: proxy-semantik", () => {
  it("kaster PropertyNotLoaded ved læsning af en egenskab, der ikke er hentet", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const fejl = await fejlFra(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Ydelser");
        ws.load("name");
        await context.sync();
        void ws.name; // loaded: fine
        // eslint-disable-next-line office-addins/load-object-before-read -- the point of the test
        return ws.visibility; // not loaded
      }),
    );
    expect(fejl.code).toBe("PropertyNotLoaded");
    expect(fejl.name).toBe("RichApi.Error");
    expect(fejl.message).toBe(
      `The property 'visibility' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  });

  it("kaster PropertyNotLoaded, når load ikke er fulgt af sync", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const fejl = await fejlFra(
      fake.run(async (context) => {
        const r = context.workbook.worksheets.getItem("Ydelser").getRange("A1").load("values");
        return r.values;
      }),
    );
    expect(fejl.code).toBe("PropertyNotLoaded");
    expect(fake.syncs()).toBe(0);
  });

  it("venter med skrivninger til sync og tæller syncs", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const foer = fake.snapshot();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Ydelser").getRange("B2").values = [["Nyt navn"]];
      expect(aendredeCeller(foer, fake.snapshot())).toEqual([]);
      await context.sync();
      expect(aendredeCeller(foer, fake.snapshot())).toEqual(["Ydelser!B2"]);
    });
    expect(fake.syncs()).toBe(1);
  });

  it("melder ItemNotFound ved sync for et ark eller en tabel, der ikke findes", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const ark = await fejlFra(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Findes ikke");
        ws.load("name"); // no error yet: queued
        await context.sync();
      }),
    );
    expect(ark.code).toBe("ItemNotFound");
    const tabel = await fejlFra(
      fake.run(async (context) => {
        context.workbook.tables.getItem("tblFindesIkke").getRange().load("address");
        await context.sync();
      }),
    );
    expect(tabel.code).toBe("ItemNotFound");
  });

  it("giver isNullObject efter sync for getItemOrNullObject (og ikke før)", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    await fake.run(async (context) => {
      const mangler = context.workbook.worksheets.getItemOrNullObject("Findes ikke");
      const findes = context.workbook.tables.getItemOrNullObject("tblydelser");
      // eslint-disable-next-line office-addins/call-sync-before-read -- the point of the test
      expect(() => mangler.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(mangler.isNullObject).toBe(true);
      expect(findes.isNullObject).toBe(false);
    });
  });

  it("afviser en batch, der slutter med skrivninger uden sync", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Ydelser").getRange("B2").values = [["Tabt"]];
      }),
    ).rejects.toThrow(/aldrig blev synkroniseret/);
  });

  it("kræver, at load nævner egenskaberne", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Ydelser").load();
        await context.sync();
      }),
    ).rejects.toThrow(/liste af egenskaber/);
  });

  it("afviser skrivning i et beskyttet ark med AccessDenied", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(2));
    const fejl = await fejlFra(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Låst").getRange("A1").values = [["x"]];
        await context.sync();
      }),
    );
    expect(fejl.code).toBe("AccessDenied");
  });

  it('læser værdier, formler og formater som Office (tom = "", General, formel eller konstant)', async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(2));
    await fake.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("Noter")
        .getRange("C2:E3")
        .load("values,formulas,numberFormat,address");
      await context.sync();
      expect(r.address).toBe("Noter!C2:E3");
      expect(r.values).toEqual([
        ["Skjult note", "#REF!", true],
        ["", "#DIV/0!", -1.5],
      ]);
      expect(r.formulas).toEqual([
        ["Skjult note", "=A1/0+#REF!", true],
        ["", "=1/0", -1.5],
      ]);
      expect(r.numberFormat).toEqual([
        ["General", "General", "General"],
        ["General", "General", "0.00"],
      ]);
    });
  });

  it("flytter celler under en tabel ned, når en række tilføjes", async () => {
    const snap = bygSnapshot(gyldigtSkema());
    const fake = lavFakeExcel(snap);
    await fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("Ydelser");
      ws.getRange("A5").values = [["under tabellen"]];
      await context.sync();
      context.workbook.tables.getItem("tblYdelser").rows.add(undefined, [new Array(16).fill("x")]);
      const r = context.workbook.tables.getItem("tblYdelser").getRange().load("address");
      const flyttet = ws.getRange("A6").load("values");
      await context.sync();
      expect(r.address).toBe("Ydelser!A1:P4");
      expect(flyttet.values).toEqual([["under tabellen"]]);
    });
  });

  it("bygges fra og eksporteres til det samme snapshot", () => {
    const snap = fuldArbejdsbog(5);
    expect(lavFakeExcel(snap).snapshot()).toEqual(snap);
  });
});

describe("aendredeCeller", () => {
  it("finder ændrede værdier, formler og formater og nye ark", () => {
    const foer = bygSnapshot(gyldigtSkema());
    const efter = JSON.parse(JSON.stringify(foer)) as typeof foer;
    const ydelser = efter.sheets.find((s) => s.name === "Ydelser")!;
    ydelser.values[1][1] = "Andet navn"; // B2
    ydelser.formulas![2][0] = "=1+1"; // A3
    ydelser.numberFormats![1][13] = "0.00"; // N2
    efter.sheets.push({ name: "Ny", top: 2, left: 2, values: [[1]] });
    expect(aendredeCeller(foer, efter)).toEqual(["Ydelser!B2", "Ydelser!N2", "Ydelser!A3", "Ny!B2"]);
    expect(aendredeCeller(foer, foer)).toEqual([]);
  });

  it("ser bort fra forskellig placering af det samme indhold (tomme kanter)", () => {
    const a = {
      sheets: [
        {
          name: "X",
          top: 1,
          left: 1,
          values: [
            [null, null],
            [null, 5],
          ],
        },
      ],
      tables: [],
    };
    const b = { sheets: [{ name: "X", top: 2, left: 2, values: [[5]] }], tables: [] };
    expect(aendredeCeller(a, b)).toEqual([]);
    expect(
      aendredeCeller(a, { sheets: [{ name: "X", top: 2, left: 2, values: [[{ fejl: "#N/A" }]] }], tables: [] }),
    ).toEqual(["X!B2"]);
  });
});
