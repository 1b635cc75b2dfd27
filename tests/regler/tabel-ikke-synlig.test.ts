import regel from "../../src/core/regler/skema/tabel-ikke-synlig";
import { bygSnapshot } from "../../src/core/snapshot-bygger";
import type { SnapshotSheet, WorkbookSnapshot } from "../../src/core/snapshot";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

/**
 * Issue 16 § 1: the visible tblYdelser renamed (its rows are the real ones: takst +50 %), and
 * a clean tblYdelser on a sheet `synlighed`.
 */
function skjultTabel(synlighed: SnapshotSheet["visibility"]): WorkbookSnapshot {
  const s = bygSnapshot(gyldigtSkema());
  const y = s.sheets.find((a) => a.name === "Ydelser")!;
  const kopi: SnapshotSheet = { ...JSON.parse(JSON.stringify(y)), name: "Data", visibility: synlighed };
  y.values[1][13] = 3000;
  const tabel = s.tables.find((t) => t.name === "tblYdelser")!;
  s.tables.push({ ...tabel, sheet: "Data" });
  tabel.name = "tblYdelserGammel";
  s.sheets.push(kopi);
  return s;
}

function toTabellerMedNavnet(): WorkbookSnapshot {
  const s = bygSnapshot(gyldigtSkema());
  const y = s.sheets.find((a) => a.name === "Ydelser")!;
  s.sheets.push({ ...JSON.parse(JSON.stringify(y)), name: "Ydelser (2)" });
  s.tables.push({ ...s.tables.find((t) => t.name === "tblYdelser")!, name: "TBLYDELSER", sheet: "Ydelser (2)" });
  return s;
}

/** tblYdelser on a visible sheet of its own, and its headers as plain cells on Ydelser. */
function overskrifterUdenTabel(): WorkbookSnapshot {
  const s = skjultTabel("visible");
  s.tables = s.tables.filter((t) => t.name !== "tblYdelserGammel");
  return s;
}

testRegel(regel, {
  gyldige: [
    { navn: "skemaets tabeller på deres synlige ark", skema: gyldigtSkema() },
    { navn: "Tillægsydelsers tabeller deler overskrifter", skema: { ...gyldigtSkema(), tillaegsberegning: [] } },
    {
      navn: "tblYdelser som almindelige celler på sit eget ark",
      skema: { ...gyldigtSkema(), ydelser: { raekker: gyldigeYdelser(), somTabel: false } },
    },
    {
      navn: "et skjult ark uden skemaets tabeller",
      skema: {
        ...gyldigtSkema(),
        ekstraArk: [{ name: "Noter", visibility: "veryHidden", top: 1, left: 1, values: [["Takst", "Pladser"]] }],
      },
    },
  ],
  ugyldige: [
    {
      navn: "en ren tblYdelser på et meget skjult ark, den synlige omdøbt",
      skema: skjultTabel("veryHidden"),
      fund: [
        { ark: "Data", celle: "A1", alvor: "fejl", besked: ["meget skjult", "ser den ikke"] },
        { ark: "Ydelser", celle: "A1", besked: ["overskrifterne til tblYdelser i række 1", "Data!A1:P1"] },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "tblYdelser på et skjult ark",
      skema: skjultTabel("hidden"),
      fund: [
        { ark: "Data", celle: "A1", besked: ["som er skjult", "Vis arket"] },
        { ark: "Ydelser", celle: "A1" },
      ],
    },
    {
      navn: "tabelnavnet bruges to gange (store og små bogstaver)",
      skema: toTabellerMedNavnet(),
      fund: [{ ark: "Ydelser (2)", celle: "A1", besked: ["bruges af 2 tabeller", "Ydelser!A1:P3"] }],
      rettet: gyldigtSkema(),
    },
    {
      navn: "tabellens overskrifter står som celler på dens eget ark, tabellen et andet sted",
      skema: overskrifterUdenTabel(),
      fund: [{ ark: "Ydelser", celle: "A1", besked: ["uden for tabellen tblYdelser", "Indsæt → Tabel"] }],
      rettet: gyldigtSkema(),
    },
  ],
});
