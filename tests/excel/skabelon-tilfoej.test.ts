/**
 * "Tilføj manglende tabeller" through the Office.js adapter on the in-memory Excel: a
 * workbook copied from last year whose sheets exist but lack tables gets only what is
 * missing, and existing cells are never written.
 */
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import type { SnapshotSheet, WorkbookSnapshot } from "../../src/core/snapshot";
import { ArbejdsbogFejl } from "../../src/core/arbejdsbog";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { gyldigtSkema } from "../hjaelp/fixtur";

function bog(s: WorkbookSnapshot) {
  const fake = lavFakeExcel(s);
  return { fake, bog: lavArbejdsbog(fake.run, { understoetter: fake.understoetter }) };
}

/** Every value of every sheet as "Ark!r,c=v" (to prove nothing existing changed). */
function celler(s: WorkbookSnapshot, ark?: string): string[] {
  return s.sheets
    .filter((a) => !ark || a.name === ark)
    .flatMap((a) =>
      a.values.flatMap((r, i) =>
        r.flatMap((v, j) =>
          v === null || v === undefined ? [] : [`${a.name}!${a.top + i},${a.left + j}=${JSON.stringify(v)}`],
        ),
      ),
    );
}

const tomtArk = (name: string): SnapshotSheet => ({ name, top: 1, left: 1, values: [] });

test("et ark uden sine tabeller får dem; de andre ark og tabeller røres ikke", async () => {
  // Last year's skema: no tables on Tillægsydelser (an empty sheet), no Over- og underskud at all.
  const s = bygSnapshot({ ...gyldigtSkema(), tillaeg: null, ekstraArk: [tomtArk("Tillægsydelser")] });
  const { fake, bog: b } = bog(s);
  const foer = await b.laesSnapshot();
  expect(foer.tables.map((t) => t.name)).not.toContain("tblTillaeg");

  const { tabeller: tilfoejet, omdannet } = await b.tilfoejManglendeTabeller(2026);
  expect(omdannet).toEqual([]);
  expect(tilfoejet).toEqual(["tblResultater", "tblTillaeg", "tblTillaegFastPris", "tblTillaegsberegning"]);
  const efter = await b.laesSnapshot();
  // Existing cells unchanged, on every sheet.
  for (const ark of ["Stamdata", "Ydelser", "Omkostninger"]) expect(celler(efter, ark)).toEqual(celler(foer, ark));
  expect(efter.tables.map((t) => t.name).sort()).toEqual([...foer.tables.map((t) => t.name), ...tilfoejet].sort());
  expect(efter.tables.find((t) => t.name === "tblTillaeg")).toMatchObject({ sheet: "Tillægsydelser", ref: "A2:G7" });
  // The reader now finds them (Tillægsydelse's "Indsæt" no longer meets "ingen tabel").
  expect(laesTakstskema(efter).tillaegsberegning).not.toBeNull();
  expect(fake.model.ark.map((a) => a.name)).toEqual([...foer.sheets.map((a) => a.name), "Over- og underskud"]);

  // Twice: nothing is missing any more, and nothing is changed.
  await expect(b.tilfoejManglendeTabeller(2026)).rejects.toThrow("allerede alle skabelonens tabeller");
});

test("tabeller ved siden af en eksisterende tabel på samme ark; et manglende ark tilføjes", async () => {
  // tblTillaeg is there (A1:G3): the two tables beside it start at column I, where it is empty.
  const { bog: b } = bog(bygSnapshot(gyldigtSkema()));
  const foer = await b.laesSnapshot();
  expect((await b.tilfoejManglendeTabeller(2026)).tabeller).toEqual([
    "tblResultater",
    "tblTillaegFastPris",
    "tblTillaegsberegning",
  ]);
  const efter = await b.laesSnapshot();
  for (const c of celler(foer)) expect(celler(efter)).toContain(c);
  expect(efter.tables.find((t) => t.name === "tblTillaegFastPris")?.ref).toBe("I2:L7");
});

test("celler i vejen uden en overskriftsrække: afvist med cellernes navne, og intet er ændret", async () => {
  // Notes where the template's tables go on Tillægsydelser: no header row that could become a table.
  const noter: SnapshotSheet = {
    name: "Tillægsydelser",
    top: 1,
    left: 1,
    values: [
      ["Noter fra sidste år", "se mail"],
      ["Ring til Jens", null],
    ],
  };
  const s = bygSnapshot({ ...gyldigtSkema(), tillaeg: null, ekstraArk: [noter] });
  const { bog: b } = bog(s);
  const foer = await b.laesSnapshot();
  const fejl = await b.tilfoejManglendeTabeller(2026).then(
    () => null,
    (e: unknown) => e,
  );
  expect(fejl).toBeInstanceOf(ArbejdsbogFejl);
  expect((fejl as Error).message).toBe(
    "De manglende tabeller kan ikke tilføjes. Cellerne 'Tillægsydelser'!A1, 'Tillægsydelser'!B1 og 'Tillægsydelser'!A2 " +
      "har allerede indhold, hvor skabelonen skal stå, uden en overskriftsrække, der kan blive til tabellen. " +
      "Flyt eller slet indholdet. Prøv så igen. Intet er ændret.",
  );
  const efter = await b.laesSnapshot();
  expect(celler(efter)).toEqual(celler(foer));
  expect(efter.tables.map((t) => t.name)).toEqual(foer.tables.map((t) => t.name));
});
