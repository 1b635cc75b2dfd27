import { skrivSnapshotXlsx } from "../../../src/adapters/xlsx/skriv-snapshot";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import { bygSnapshot } from "../../hjaelp/snapshot-bygger";
import { laesTakstskema } from "../../../src/core/reader/laes";
import { gyldigtSkema } from "../../hjaelp/fixtur";

describe("skrivSnapshotXlsx", () => {
  it("skriver et snapshot som .xlsx, der læses tilbage med de samme tabeller, værdier og formler", async () => {
    const snap = bygSnapshot(gyldigtSkema());
    snap.sheets.push({
      name: "Skjult",
      visibility: "hidden",
      top: 1,
      left: 1,
      values: [["hemmeligt", { fejl: "#REF!" }]],
    });
    const buf = await skrivSnapshotXlsx(snap);
    const tilbage = await laesXlsx(buf);
    expect(tilbage.tables.map((t) => [t.name, t.sheet, t.ref]).sort()).toEqual(
      snap.tables.map((t) => [t.name, t.sheet, t.ref]).sort(),
    );
    const skema = laesTakstskema(tilbage);
    expect(skema.problemer).toEqual([]);
    expect(skema.ydelser?.raekker[0].takst.vaerdi?.toString()).toBe("2000");
    expect(skema.ydelser?.raekker[0].belaegningsprocent.vaerdi?.toString()).toBe("0.96");
    expect(skema.omkostninger?.raekker[0].grundlag.formel).toBe("=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2");
    expect(skema.omkostninger?.raekker[0].grundlag.vaerdi?.toString()).toBe("7008000");
    const skjult = tilbage.sheets.find((s) => s.name === "Skjult")!;
    expect(skjult.visibility).toBe("hidden");
    expect(skjult.values[0][1]).toEqual({ fejl: "#REF!" });
  });

  it("skriver skjulte rækker og kolonner, også i en tabel", async () => {
    const snap = bygSnapshot(gyldigtSkema());
    const y = snap.sheets.find((s) => s.name === "Ydelser")!;
    y.hiddenRows = [3];
    y.hiddenColumns = [2, 14];
    const tilbage = (await laesXlsx(await skrivSnapshotXlsx(snap))).sheets.find((s) => s.name === "Ydelser")!;
    expect(tilbage.hiddenRows).toEqual([3]);
    expect(tilbage.hiddenColumns).toEqual([2, 14]);
  });
});
