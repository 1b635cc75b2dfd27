/**
 * Issue h22: the fake calculates what is written, as Excel does. Real Excel calculates a formula
 * as soon as it is written; the fake used to store it without a value, so in the preview the
 * validation after Indsæt or "Tilføj kombinationen til tabellen" reported formel-ikke-beregnet
 * on the new cells (a fejl the user did not cause). The expected numbers are bilag 2's, by hand:
 * 206 × (1 + 0,33 + 0,25 + 0,05) = 335,78 kr. an hour; 2,5 hours × 335,78 = 839,45 kr. a week;
 * 5 January to 29 March 2026 is 84 days = 12 weeks; 12 × 839,45 = 10.073,40 kr.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import {
  beregnCelleformel,
  beregnFormel,
  type FormelArk,
  type FormelKilde,
} from "../../src/core/regler/skema/hjaelp/formelregner";
import {
  cellValue,
  findSheet,
  type CellValue,
  type SnapshotSheet,
  type WorkbookSnapshot,
} from "../../src/core/snapshot";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { valider } from "../hjaelp/valider";

const EKSEMPEL = join(__dirname, "..", "..", "examples", "takstskema-eksempel.xlsx");

/** 5 January and 29 March 2026 as Excel serials (1 January 2026 is 46023). */
const START = 46027;
const SLUT = 46110;

async function eksempel() {
  const snap = await laesXlsx(readFileSync(EKSEMPEL));
  const fake = lavFakeExcel(snap);
  return { fake, bog: lavArbejdsbog(fake.run, { understoetter: fake.understoetter }) };
}

function formelFund(s: WorkbookSnapshot): string[] {
  return valider(s)
    .fund.filter((f) => f.regel === "formel-ikke-beregnet")
    .map((f) => `${f.ark}!${f.celle}: ${f.besked}`);
}

/** The row's cells from column A, as the snapshot holds them. */
function raekke(s: WorkbookSnapshot, ark: string, celle: string, antal: number): unknown[] {
  const a = findSheet(s, ark)!;
  const r = Number(/\d+/.exec(celle)![0]);
  return Array.from({ length: antal }, (_, i) => cellValue(a, r, i + 1));
}

describe("fake'en beregner det, der skrives", () => {
  it("Indsæt: den nye række i tblTillaegsberegning er beregnet, og kontrollen finder ingen formel-ikke-beregnet", async () => {
    const { fake, bog } = await eksempel();
    expect(formelFund(fake.snapshot())).toEqual([]);
    const sted = await bog.indsaetTillaegsberegning({
      beskrivelse: "Støtte efter aktivitetstilbud",
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timerPrUge: 2.5,
      startdato: START,
      slutdato: SLUT,
    });
    const s = fake.snapshot();
    expect(raekke(s, sted.ark, sted.celle, 10)).toEqual([
      "Støtte efter aktivitetstilbud",
      "Socialpædagog",
      "Hverdag 17-23",
      2.5,
      335.78,
      839.45,
      START,
      SLUT,
      12,
      10073.4,
    ]);
    expect(formelFund(s)).toEqual([]);
  });

  it("Tilføj kombinationen: den nye ATA-timetakst er beregnet, og en tillægsydelse slår den op bagefter", async () => {
    const { fake, bog } = await eksempel();
    // 190 × (1 + 0,33 + 0,40 + 0,05) = 190 × 1,78 = 338,20 kr.
    const sted = await bog.tilfoejTimetakst({
      personalekategori: "Pædagogisk assistent",
      tidsrum: "Nat 23-06",
      timeomkostning: 190,
      fravaer: 0.33,
      doegnkoefficient: 0.4,
      vfo: 0.05,
    });
    expect(raekke(fake.snapshot(), sted.ark, sted.celle, 7)).toEqual([
      "Pædagogisk assistent",
      "Nat 23-06",
      190,
      0.33,
      0.4,
      0.05,
      338.2,
    ]);
    expect(formelFund(fake.snapshot())).toEqual([]);
    // The lookup is matched as timetakstNoegle matches (case, spaces): 1 hour × 338,20; 1 week.
    const ny = await bog.indsaetTillaegsberegning({
      beskrivelse: "Nattevagt",
      personalekategori: " PÆDAGOGISK  assistent",
      tidsrum: "nat 23-06",
      timerPrUge: 1,
      startdato: START,
      slutdato: START + 6,
    });
    expect(raekke(fake.snapshot(), ny.ark, ny.celle, 10).slice(4)).toEqual([338.2, 338.2, START, START + 6, 1, 338.2]);
    expect(formelFund(fake.snapshot())).toEqual([]);
  });

  it("en ukendt kombination slås op til 0 kr., som i Excel (tillaeg-ukendt-timetakst siger det)", async () => {
    const { fake, bog } = await eksempel();
    const sted = await bog.indsaetTillaegsberegning({
      beskrivelse: "Ukendt",
      personalekategori: "Leder",
      tidsrum: "Weekend og helligdag",
      timerPrUge: 1,
      startdato: START,
      slutdato: START + 6,
    });
    expect(raekke(fake.snapshot(), sted.ark, sted.celle, 10).slice(4)).toEqual([0, 0, START, START + 6, 1, 0]);
    expect(formelFund(fake.snapshot())).toEqual([]);
  });

  it("genberegner formlerne, der afhænger af en celle, brugeren retter (også gennem opslaget i en anden tabel)", async () => {
    const { fake, bog } = await eksempel();
    const sted = await bog.indsaetTillaegsberegning({
      beskrivelse: "Støtte",
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timerPrUge: 2.5,
      startdato: START,
      slutdato: SLUT,
    });
    const ark = findSheet(fake.snapshot(), "Tillægsydelser")!;
    // The tblTillaeg row of the pair: Timeomkostning in column C, ATA-timetakst in G.
    let r = 2;
    while (cellValue(ark, r, 1) !== "Socialpædagog" || cellValue(ark, r, 2) !== "Hverdag 17-23") r++;
    expect(cellValue(ark, r, 7)).toBe(335.78);
    // 200 × 1,63 = 326,00; 2,5 × 326 = 815,00; 12 × 815 = 9.780,00.
    fake.redigerCelle("Tillægsydelser", `C${r}`, 200);
    const s = fake.snapshot();
    expect(cellValue(findSheet(s, "Tillægsydelser")!, r, 7)).toBe(326);
    expect(raekke(s, sted.ark, sted.celle, 10).slice(4)).toEqual([326, 815, START, SLUT, 12, 9780]);
    expect(formelFund(s)).toEqual([]);
  });

  it("en formel, regneren ikke kan følge, står uden værdi; det gemte ved indlæsning røres ikke", async () => {
    const fake = lavFakeExcel({
      sheets: [
        {
          name: "Ark1",
          top: 1,
          left: 1,
          values: [[2, 99, 7]],
          formulas: [[null, "=A1*2", null]],
        },
      ],
      tables: [],
    });
    // Loaded as saved: the stored (wrong) result stays until something it depends on changes.
    expect(cellValue(fake.snapshot().sheets[0], 1, 2)).toBe(99);
    await fake.run(async (context) => {
      const ark = context.workbook.worksheets.getItem("Ark1");
      ark.getRange("C1").formulas = [["=VLOOKUP(A1,D1:E9,2,FALSE)"]];
      ark.getRange("D1").values = [["=A1+B1"]];
      const laest = ark.getRange("B1:D1").load("values");
      await context.sync();
      // Office reads back what Excel calculated in the same batch.
      expect(laest.values).toEqual([[99, "", 101]]);
    });
    fake.redigerCelle("Ark1", "A1", 3);
    const a = fake.snapshot().sheets[0];
    expect([1, 2, 3, 4].map((c) => cellValue(a, 1, c))).toEqual([3, 6, null, 9]);
    expect(fake.syncs()).toBe(1);
  });
});

describe("formelregneren, som fake'en bruger den", () => {
  // A1:A3 = 1, 2, "" (a formula's text), B1:B3 = 4, #N/A, 6; the table T's column Navn is C2:C4.
  const celler: Record<string, CellValue> = {
    A1: 1,
    A2: 2,
    A3: "",
    B1: 4,
    B2: { fejl: "#N/A" },
    B3: 6,
    C1: "Navn",
    C2: " Anna  Berg ",
    C3: "Bo",
    C4: "anna berg",
    D2: 10,
    D3: 20,
    D4: 30,
  };
  const ark: FormelArk = {
    celle: (r, c) => celler[`${String.fromCharCode(64 + c)}${r}`] ?? null,
  };
  const kilde: FormelKilde = {
    ark,
    tabelKolonne: (t, k) =>
      t.toLowerCase() === "t" ? { ark, top: 2, bund: 4, kolonne: k.toLowerCase() === "navn" ? 3 : 4 } : undefined,
    skelnerTomTekst: true,
  };
  it.each([
    ["=A1+A2", 3],
    ["=E9", 0],
    ['=A3&""', undefined],
    ["=A3+1", { fejl: "#VALUE!" }],
    ["=B2*2", { fejl: "#N/A" }],
    ["=IFERROR(B2*2,7)", 7],
    ["=IFERROR(1/0,5)", 5],
    ["=1/0", { fejl: "#DIV/0!" }],
    ['=IF(A3="","tom",A3)', "tom"],
    ['=IF(A1=0,"nul",A1)', 1],
    ["=SUMPRODUCT((A1:A2>1)*B1:B1)", undefined],
    ["=SUMPRODUCT(A1:A2*2)", 6],
    ['=SUMPRODUCT(T[Tal],(LOWER(TRIM(T[[Navn]]))="anna berg")*1)', 40],
    ['=SUMPRODUCT(MAX((TRIM(T[Navn])="bo")*(100-ROW(T[Navn]))))', 97],
    ["=INDEX(T[Tal],2)", 20],
    ["=INDEX(T[Tal],4)", { fejl: "#REF!" }],
    ["=IFERROR(INDEX(T[Tal],4),0)", 0],
    ['=SUBSTITUTE("a-b-c","-","+")', "a+b+c"],
    ['=TRIM("  a   b ")', "a b"],
    ["=A1:A3*2", undefined],
    ["=ROW(A2:A4)", undefined],
    ["=ROW(C7)", 7],
    ["=T[Tal]", undefined],
    ["=U[Tal]*2", undefined],
    ["=T[@Tal]", undefined],
    ["=T[[#Data],[Tal]]", undefined],
    ["=SUM(T[Tal])", 60],
    ["=MAX(B1,B3)", 6],
    ["=SUM(B1:B3)", { fejl: "#N/A" }],
  ])("%s giver %p", (f, v) => {
    expect(beregnCelleformel(f, kilde)).toEqual(v);
  });

  it("kontrollens regner (uden tabeller, Office' tomme tekst) er som før for strukturerede referencer og fejl", () => {
    const s: SnapshotSheet = { name: "A", top: 1, left: 1, values: [[1, { fejl: "#REF!" }, ""]] };
    expect(beregnFormel("=SUMPRODUCT(T[Tal])", s)).toBeUndefined();
    expect(beregnFormel("=B1*2", s)).toBeUndefined();
    expect(beregnFormel("=IFERROR(B1*2,A1)", s)).toBe(1);
    expect(beregnFormel("=C1+1", s)).toBe(1);
  });
});
