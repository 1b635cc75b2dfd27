import regel from "../../../src/core/regler/skema/tabel-ikke-synlig";
import { bygSnapshot } from "../../hjaelp/snapshot-bygger";
import type { SnapshotSheet, WorkbookSnapshot } from "../../../src/core/snapshot";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../../hjaelp/fixtur";

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

/**
 * Issue 16 § 1 H4: the real tblYdelser on a visible sheet Ark6; on Ydelser a renamed table whose
 * header cells end in `usynligt` (a zero-width space …), so no header matched before.
 */
function usynligeOverskrifter(usynligt: string): WorkbookSnapshot {
  const s = skjultTabel("visible");
  s.sheets.find((a) => a.name === "Data")!.name = "Ark6";
  s.tables.find((t) => t.name === "tblYdelser")!.sheet = "Ark6";
  const y = s.sheets.find((a) => a.name === "Ydelser")!;
  y.values[0] = y.values[0].map((v, i) =>
    typeof v === "string" ? (i % 2 ? `${usynligt}${v}` : `${v}${usynligt}`) : v,
  );
  return s;
}

/** No table tblYdelser: the reader finds it by its headers on the sheet Ydelser, which is `synlighed`. */
function overskrifterPaaArk(synlighed: SnapshotSheet["visibility"]): WorkbookSnapshot {
  const s = bygSnapshot(gyldigtSkema());
  s.tables = s.tables.filter((t) => t.name !== "tblYdelser");
  s.sheets.find((a) => a.name === "Ydelser")!.visibility = synlighed;
  return s;
}

/** tblYdelser (with its rows) alone on a visible sheet Ark6; no sheet Ydelser. */
function tabelPaaOmdoebtArk(): WorkbookSnapshot {
  const s = bygSnapshot(gyldigtSkema());
  s.sheets.find((a) => a.name === "Ydelser")!.name = "Ark6";
  s.tables.find((t) => t.name === "tblYdelser")!.sheet = "Ark6";
  return s;
}

/** Issue 16 § 1 H5: rows and columns of the Ydelser sheet hidden. */
function skjulteIYdelser(raekker: number[], kolonner: number[] = []): WorkbookSnapshot {
  const s = bygSnapshot(gyldigtSkema());
  const y = s.sheets.find((a) => a.name === "Ydelser")!;
  if (raekker.length) y.hiddenRows = raekker;
  if (kolonner.length) y.hiddenColumns = kolonner;
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
    { navn: "skjulte rækker og kolonner uden for tabellerne", skema: skjulteIYdelser([10, 11], [20]) },
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
      navn: "tabellen læses fra overskrifter på et skjult ark",
      skema: overskrifterPaaArk("hidden"),
      fund: [
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Rækkerne under overskrifterne i Ydelser!A1:P1 læses som tabellen over ydelser, men arket Ydelser er skjult: den, der læser skemaet i Excel, ser dem ikke. Vis arket (højreklik på en arkfane → Vis), eller flyt cellerne til et synligt ark.",
        },
      ],
      rettet: overskrifterPaaArk("visible"),
    },
    {
      // An advarsel: the row is checked and goes into the takstbilag; only the reader in Excel misses it.
      navn: "en skjult række i tblYdelser",
      skema: skjulteIYdelser([3]),
      fund: [
        {
          ark: "Ydelser",
          celle: "A3",
          ydelsesId: "A2-104",
          alvor: "advarsel",
          besked:
            "Række 3 i tabellen over ydelser på arket Ydelser er skjult: den kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser den ikke. Vis rækken (ryd et filter, eller markér rækkerne på hver side af den, højreklik → Vis), eller slet den.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "en skjult overskriftsrække og en skjult kolonne (Takst) i tblYdelser",
      skema: skjulteIYdelser([1], [14]),
      fund: [
        {
          ark: "Ydelser",
          celle: "N1",
          besked:
            "Kolonnen Takst (N1) i tabellen over ydelser på arket Ydelser er skjult: dens celler kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser dem ikke. Vis kolonnen (markér kolonnerne på hver side af den, højreklik → Vis).",
        },
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Overskriftsrækken i tabellen over ydelser på arket Ydelser er skjult: den kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser den ikke. Vis rækken (ryd et filter, eller markér rækkerne på hver side af den, højreklik → Vis), eller slet den.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "en ren tblYdelser på et meget skjult ark, den synlige omdøbt",
      skema: skjultTabel("veryHidden"),
      fund: [
        {
          ark: "Data",
          celle: "A1",
          alvor: "fejl",
          besked:
            "Tabellen over ydelser står på arket Data, som er meget skjult (det kan ikke vises fra Excels menuer): den kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser den ikke. Slet arket Data (det kræver Visual Basic-editoren eller et værktøj), og sæt tabellen ind på det synlige ark Ydelser.",
        },
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Arket Ydelser har overskrifterne til tabellen over ydelser i række 1 (A1:P1), men de står uden for tabellen (tabellen læses fra Data!A1:P1): rækkerne under dem bliver ikke kontrolleret og kommer ikke i takstbilaget, selv om det er dem, brugeren ser. Gør cellerne til en tabel: markér dem, vælg Indsæt → Tabel, og giv den navnet tblYdelser (Tabeldesign → Tabelnavn; slet først den anden tabel med navnet).",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "tblYdelser på et skjult ark",
      skema: skjultTabel("hidden"),
      fund: [
        {
          ark: "Data",
          celle: "A1",
          besked:
            "Tabellen over ydelser står på arket Data, som er skjult: den kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser den ikke. Vis arket (højreklik på en arkfane → Vis), eller flyt tabellen til det synlige ark Ydelser.",
        },
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Arket Ydelser har overskrifterne til tabellen over ydelser i række 1 (A1:P1), men de står uden for tabellen (tabellen læses fra Data!A1:P1): rækkerne under dem bliver ikke kontrolleret og kommer ikke i takstbilaget, selv om det er dem, brugeren ser. Gør cellerne til en tabel: markér dem, vælg Indsæt → Tabel, og giv den navnet tblYdelser (Tabeldesign → Tabelnavn; slet først den anden tabel med navnet).",
        },
      ],
    },
    {
      navn: "tabelnavnet bruges to gange (store og små bogstaver)",
      skema: toTabellerMedNavnet(),
      fund: [
        {
          ark: "Ydelser (2)",
          celle: "A1",
          besked:
            "Tabelnavnet tblYdelser bruges af 2 tabeller; kun den første (Ydelser!A1:P3) bliver kontrolleret og kommer i takstbilaget, ikke denne (Ydelser (2)!A1:P3). Slet den tabel, der ikke gælder, så der kun er én tabel tblYdelser.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "tabellens overskrifter står som celler på dens eget ark, tabellen et andet sted",
      skema: overskrifterUdenTabel(),
      fund: [
        {
          ark: "Data",
          celle: "A1",
          besked:
            "Tabellen over ydelser står på arket Data, men den hører til arket Ydelser: den kontrolleres og kommer i takstbilaget, mens den, der læser skemaet, leder efter den på arket Ydelser. Flyt tabellen til arket Ydelser (klip rækkerne ud, og sæt dem ind der), så tabellen over ydelser kun står ét sted, på arket Ydelser.",
        },
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Arket Ydelser har overskrifterne til tabellen over ydelser i række 1 (A1:P1), men de står uden for tabellen (tabellen læses fra Data!A1:P1): rækkerne under dem bliver ikke kontrolleret og kommer ikke i takstbilaget, selv om det er dem, brugeren ser. Gør cellerne til en tabel: markér dem, vælg Indsæt → Tabel, og giv den navnet tblYdelser (Tabeldesign → Tabelnavn; slet først den anden tabel med navnet).",
        },
      ],
      rettet: gyldigtSkema(),
    },
    ...["\u200b", "\u200c", "\u200d", "\u2060", "\u00ad", "\ufeff"].map((u) => ({
      navn: `tblYdelser på et synligt andet ark, overskrifterne på Ydelser med U+${u.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
      skema: usynligeOverskrifter(u),
      fund: [
        {
          ark: "Ark6",
          celle: "A1",
          besked:
            "Tabellen over ydelser står på arket Ark6, men den hører til arket Ydelser: den kontrolleres og kommer i takstbilaget, mens den, der læser skemaet, leder efter den på arket Ydelser. Flyt tabellen til arket Ydelser (klip rækkerne ud, og sæt dem ind der), så tabellen over ydelser kun står ét sted, på arket Ydelser.",
        },
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Arket Ydelser har overskrifterne til tabellen over ydelser i række 1 (A1:P1), men de står uden for tabellen (tabellen læses fra Ark6!A1:P1): rækkerne under dem bliver ikke kontrolleret og kommer ikke i takstbilaget, selv om det er dem, brugeren ser. Gør cellerne til en tabel: markér dem, vælg Indsæt → Tabel, og giv den navnet tblYdelser (Tabeldesign → Tabelnavn; slet først den anden tabel med navnet).",
        },
      ],
      rettet: gyldigtSkema(),
    })),
    {
      navn: "tblYdelser på et ark med et andet navn, intet ark Ydelser",
      skema: tabelPaaOmdoebtArk(),
      fund: [
        {
          ark: "Ark6",
          celle: "A1",
          besked:
            "Tabellen over ydelser står på arket Ark6, men den hører til arket Ydelser: den kontrolleres og kommer i takstbilaget, mens den, der læser skemaet, leder efter den på arket Ydelser, som projektmappen ikke har. Omdøb arket Ark6 til Ydelser (dobbeltklik på arkfanen).",
        },
      ],
      rettet: gyldigtSkema(),
    },
  ],
});
