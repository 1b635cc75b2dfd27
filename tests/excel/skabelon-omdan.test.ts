/**
 * Issue 20 § 1: "Tilføj manglende tabeller" on a skema copied from last year makes the tables
 * of the cells that already hold them (data kept exactly), refuses only where the header row
 * differs from the contract (naming the difference in Danish, no table names), and Fortryd
 * turns the tables back into plain cells (Table.convertToRange) and removes what it inserted.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { laesTakstskema } from "../../src/core/reader/laes";
import { SKABELON_TABELLER } from "../../src/core/skema/layout";
import { findOverskriftsblok } from "../../src/core/skema/overskriftsblok";
import { TBL_YDELSER } from "../../src/core/skema/tabeller";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import type { SnapshotSheet, WorkbookSnapshot } from "../../src/core/snapshot";
import { lavArbejdsbog } from "../../src/excel";
import { aendredeCeller, lavFakeExcel, type FakeValg } from "../../src/excel/fake";
import { gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";
import { arbejdsbogFejl } from "./hjaelp";
import { valider } from "../hjaelp/valider";

const KOPIERET = join(__dirname, "..", "..", "examples", "takstskema-kopieret.xlsx");

function bog(s: WorkbookSnapshot, valg: FakeValg = {}) {
  const fake = lavFakeExcel(s, valg);
  return { fake, bog: lavArbejdsbog(fake.run, { understoetter: fake.understoetter }) };
}

/** The skema as plain cells: every table removed, the cells left where they are (a copy without tables). */
function udenTabeller(s: WorkbookSnapshot): WorkbookSnapshot {
  return { ...s, tables: [] };
}

function ark(s: WorkbookSnapshot, navn: string): SnapshotSheet {
  return s.sheets.find((a) => a.name === navn) as SnapshotSheet;
}

/** Puts `v` in a cell of a snapshot sheet (1-based row/col on the sheet). */
function saet(sh: SnapshotSheet, row: number, col: number, v: string | number | null, f: string | null = null): void {
  const r = row - sh.top;
  const c = col - sh.left;
  while (sh.values.length <= r) sh.values.push([]);
  sh.values[r][c] = v;
  sh.formulas ??= [];
  while (sh.formulas.length <= r) sh.formulas.push([]);
  sh.formulas[r][c] = f;
}

describe("det medfølgende eksempel Kopieret fra sidste år (uden tabeller)", () => {
  let eksempel: WorkbookSnapshot;
  beforeAll(async () => {
    eksempel = await laesXlsx(readFileSync(KOPIERET));
    expect(eksempel.tables).toEqual([]);
  });

  it("får alle skabelonens tabeller lavet af sine egne celler; ingen celle ændres, i 3 syncs", async () => {
    const { fake, bog: b } = bog(eksempel);
    const foer = fake.snapshot();
    const foerFund = valider(foer).fund.filter((f) => f.alvor === "fejl");

    const ud = await b.tilfoejManglendeTabeller(2026);
    expect(fake.syncs()).toBe(3);
    expect(ud.tabeller).toEqual(SKABELON_TABELLER.map((t) => t.navn));
    expect(ud.omdannet).toEqual(ud.tabeller);
    const efter = fake.snapshot();
    // Values, formulas and number formats of every cell: unchanged.
    expect(aendredeCeller(foer, efter)).toEqual([]);
    expect(efter.sheets).toEqual(foer.sheets);
    expect(Object.fromEntries(efter.tables.map((t) => [t.name, `${t.sheet}!${t.ref}`]))).toEqual({
      tblStamdata: "Stamdata!A1:B10",
      tblYdelser: "Ydelser!A1:P5",
      tblOmkostninger: "Omkostninger!A1:M5",
      tblResultater: "Over- og underskud!A1:G2",
      tblTillaeg: "Tillægsydelser!A1:G9",
      tblTillaegFastPris: "Tillægsydelser!A12:D13",
      tblTillaegsberegning: "Tillægsydelser!A16:J17",
    });
    // The validation reads the same skema, now from tables, and finds no more errors than before.
    const skema = laesTakstskema(efter);
    expect(skema.ydelser?.kilde).toBe("tabel");
    const efterFund = valider(efter).fund.filter((f) => f.alvor === "fejl");
    expect(efterFund.length).toBeLessThanOrEqual(foerFund.length);

    // Fortryd: the tables are plain cells again, the workbook exactly as before, in 3 syncs.
    await b.fortryd(ud.fortrydelse);
    expect(fake.syncs()).toBe(6);
    expect(fake.snapshot()).toEqual(foer);
    // And again: the same cells become the same tables.
    expect((await b.tilfoejManglendeTabeller(2026)).omdannet).toHaveLength(7);
  });

  it("nægter med forskellen på dansk, når Takst mangler i overskriftsrækken, og ændrer intet", async () => {
    const s = structuredClone(eksempel);
    const ydelser = ark(s, "Ydelser");
    // The header row on row 4 this time (two rows of notes above it), and "Takst" spelled "Pris".
    ydelser.values.unshift(["Ydelser 2025"], [], []);
    ydelser.formulas?.unshift([], [], []);
    ydelser.numberFormats?.unshift([], [], []);
    const takst = ydelser.values[3].indexOf("Takst");
    ydelser.values[3][takst] = "Pris";
    const { fake, bog: b } = bog(s);
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(b.tilfoejManglendeTabeller(2026));
    expect(fejl.message).toBe(
      "De manglende tabeller kan ikke tilføjes. Kolonnen «Takst» mangler i overskriftsrækken på arket Ydelser (række 4). " +
        "Ret overskrifterne, så de svarer til skabelonen. Prøv så igen. Intet er ændret.",
    );
    expect(fejl.message).not.toMatch(/tbl/i);
    expect(fake.snapshot()).toEqual(foer);
    expect(fake.syncs()).toBe(2);
  });

  it("nægter ved en overskrift, der står to gange, og ved en overskrift, der er en formel", async () => {
    const s = structuredClone(eksempel);
    const oms = ark(s, "Omkostninger");
    // An extra column N repeating "Ejendomsomkostninger"; a formula header in Over- og underskud.
    saet(oms, 1, 14, "ejendomsomkostninger");
    saet(oms, 2, 14, 1);
    const res = ark(s, "Over- og underskud");
    saet(res, 1, 8, "Note", '="No"&"te"');
    const { fake, bog: b } = bog(s);
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(b.tilfoejManglendeTabeller(2026));
    expect(fejl.message).toContain(
      "Overskriften «Ejendomsomkostninger» står 2 gange i overskriftsrækken på arket Omkostninger (række 1) (G1 og N1); en tabels kolonner skal have hver sin overskrift.",
    );
    expect(fejl.message).toContain(
      "Overskriften i 'Over- og underskud'!H1 er ikke tekst (et tal, en formel eller en fejl), og Excel ville skrive den om til tekst.",
    );
    expect(fake.snapshot()).toEqual(foer);

    // Why: Excel itself would have changed those cells (the fake does as Excel does).
    await fake.run(async (context) => {
      context.workbook.tables.add("Omkostninger!A1:N5", true);
      context.workbook.tables.add("'Over- og underskud'!A1:H2", true);
      await context.sync();
    });
    const aendret = aendredeCeller(foer, fake.snapshot());
    expect(aendret).toEqual(["Omkostninger!N1", "Over- og underskud!H1"]);
    expect(ark(fake.snapshot(), "Omkostninger").values[0][13]).toBe("ejendomsomkostninger2");
  });
});

describe("et beskyttet ark", () => {
  it("afvises på dansk, før noget er skrevet", async () => {
    const s = udenTabeller(bygSnapshot(gyldigtSkema()));
    s.sheets.find((a) => a.name === "Ydelser")!.protected = true;
    const { fake, bog: b } = bog(s);
    const foer = fake.snapshot();
    expect((await arbejdsbogFejl(b.tilfoejManglendeTabeller(2026))).message).toMatch(
      /^Arket Ydelser er beskyttet, så Takstskema kan ikke skrive i det\..*Intet er ændret\.$/,
    );
    expect(fake.snapshot()).toEqual(foer);
  });
});

describe("blandet: en tabel af cellerne, en fra skabelonen på et eksisterende ark, et nyt ark", () => {
  function blandet(): WorkbookSnapshot {
    // Ydelser as plain cells; no Over- og underskud sheet; Tillægsydelser empty; the rest tables.
    const s = bygSnapshot({
      ...gyldigtSkema(),
      tillaeg: null,
      ekstraArk: [{ name: "Tillægsydelser", top: 1, left: 1, values: [] }],
    });
    s.tables = s.tables.filter((t) => t.name !== TBL_YDELSER.navn);
    return s;
  }

  it("Fortryd lægger alt tilbage: tabellerne bliver celler, skabelonens celler tømmes, det nye ark slettes", async () => {
    const { fake, bog: b } = bog(blandet());
    const foer = fake.snapshot();
    const tillaeg = fake.model.findArk("Tillægsydelser")!;
    tillaeg.kolonnebredder.set(2, 100);
    const layout = () => ({ lister: [...tillaeg.datavalideringer], bredder: [...tillaeg.kolonnebredder] });
    const layoutFoer = layout();
    const ud = await b.tilfoejManglendeTabeller(2026);
    // The template's lists and widths on the sheet that was there (the user's width of B too).
    expect(tillaeg.datavalideringer.length).toBeGreaterThan(0);
    expect(tillaeg.kolonnebredder.get(2)).not.toBe(100);
    expect(ud.omdannet).toEqual(["tblYdelser"]);
    expect(ud.tabeller).toEqual([
      "tblYdelser",
      "tblResultater",
      "tblTillaeg",
      "tblTillaegFastPris",
      "tblTillaegsberegning",
    ]);
    expect(fake.model.findArk("Over- og underskud")).toBeDefined();
    const syncs = fake.syncs();
    await b.fortryd(ud.fortrydelse);
    expect(fake.syncs() - syncs).toBe(3);
    expect(fake.snapshot()).toEqual(foer);
    // Lists gone, widths back (a column never set comes back at Excel's standard width).
    expect(tillaeg.datavalideringer).toEqual(layoutFoer.lister);
    expect(tillaeg.kolonnebredder.get(2)).toBe(100);
    expect(new Set([...tillaeg.kolonnebredder].filter(([c]) => c !== 2).map(([, w]) => w))).toEqual(new Set([48]));
  });

  it("Fortryd nægter og rører intet, når brugeren har skrevet i det nye ark eller fjernet en tabel", async () => {
    const { fake, bog: b } = bog(blandet());
    const ud = await b.tilfoejManglendeTabeller(2026);
    fake.redigerCelle("Over- og underskud", "A3", "B108-1");
    let foer = fake.snapshot();
    expect((await arbejdsbogFejl(b.fortryd(ud.fortrydelse))).message).toBe(
      "Kan ikke fortryde: arket Over- og underskud er ændret siden. Intet er rørt, så dine ændringer er bevaret.",
    );
    expect(fake.snapshot()).toEqual(foer);

    fake.redigerCelle("Over- og underskud", "A3", null);
    await fake.run(async (context) => {
      context.workbook.tables.getItem("tblYdelser").convertToRange();
      await context.sync();
    });
    foer = fake.snapshot();
    expect((await arbejdsbogFejl(b.fortryd(ud.fortrydelse))).message).toBe(
      "Kan ikke fortryde: tabellen over ydelser på arket Ydelser findes ikke længere (omdøbt eller lavet om til almindelige celler). Intet er rørt.",
    );
    expect(fake.snapshot()).toEqual(foer);
  });
});

describe("konstant antal syncs", () => {
  it("3 syncs, hvad enten skemaet har 4 eller 400 ydelser", async () => {
    const syncs: number[] = [];
    for (const n of [4, 400]) {
      const ydelser = Array.from({ length: n }, (_, i) => ({ ...gyldigeYdelser()[0], ydelsesId: `Y${i}` }));
      const s = udenTabeller(bygSnapshot({ ...gyldigtSkema(), ydelser }));
      const { fake, bog: b } = bog(s);
      await b.tilfoejManglendeTabeller(2026);
      syncs.push(fake.syncs());
      expect(fake.snapshot().tables.find((t) => t.name === "tblYdelser")?.ref).toBe(`A1:P${n + 1}`);
    }
    expect(syncs).toEqual([3, 3]);
  });
});

describe("fake'ens Table.convertToRange", () => {
  it("kræver ExcelApi 1.2 og beholder alle celler", async () => {
    const s = bygSnapshot(gyldigtSkema());
    const gammel = lavFakeExcel(s, { excelApi: "1.1" });
    await expect(
      gammel.run(async (context) => {
        context.workbook.tables.getItem("tblYdelser").convertToRange();
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ApiNotFound" });

    const fake = lavFakeExcel(s);
    const foer = fake.snapshot();
    const adresse = await fake.run(async (context) => {
      const r = context.workbook.tables.getItem("tblYdelser").convertToRange().load("address");
      await context.sync();
      return r.address;
    });
    expect(adresse).toBe("Ydelser!A1:P3");
    expect(fake.snapshot().sheets).toEqual(foer.sheets);
    expect(fake.snapshot().tables.map((t) => t.name)).not.toContain("tblYdelser");
  });
});

describe("findOverskriftsblok", () => {
  it("finder overskriftsrækken hvor som helst på arket og stopper ved den første tomme række", () => {
    const labels = TBL_YDELSER.kolonner.map((k) => k.label);
    const blok = findOverskriftsblok(TBL_YDELSER, {
      top: 3,
      left: 2,
      values: [["Titel"], [], [...labels, "Egen note"], labels.map(() => "x"), [], labels.map(() => "y")],
      formulas: [],
    });
    expect(blok).toEqual({
      omraade: { top: 5, left: 2, bottom: 6, right: 2 + labels.length },
      mangler: [],
      dubletter: [],
      ikkeTekst: [],
    });
  });
});
