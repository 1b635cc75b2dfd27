/**
 * Property-based fuzzing of the reader and every rule on random snapshots (issue 4):
 * random values of every type in every column, missing/duplicate/junk headers, Excel error
 * values, huge and tiny numbers, NaN/Infinity, long strings, random Unicode, tables with and
 * without rows, plain cells instead of tables.
 * Properties: never throws; every finding has a known rule ID, a severity, a sheet and an A1
 * address inside Excel's grid; the same snapshot gives the same result.
 */
import fc from "fast-check";
import { valider } from "../hjaelp/valider";
import { REGEL_IDER } from "../../src/core/regler/id";
import { parseOmraade } from "../../src/core/adresse";
import { ALLE_TABELLER, STAMDATA_FELTER, type TabelDef } from "../../src/core/skema/tabeller";
import {
  EXCEL_FEJLVAERDIER,
  type CellValue,
  type SnapshotSheet,
  type SnapshotTable,
  type WorkbookSnapshot,
} from "../../src/core/snapshot";
import { omraadeA1 } from "../../src/core/adresse";

const ANTAL = Number(process.env.FUZZ_ANTAL ?? 10000);

const enumOrd = ALLE_TABELLER.flatMap((t) =>
  t.kolonner.flatMap((k) => ("enumVaerdier" in k && k.enumVaerdier ? [...k.enumVaerdier] : [])),
);

const vaerdi: fc.Arbitrary<CellValue> = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 2, arbitrary: fc.integer({ min: -1000000, max: 10000000 }) },
  { weight: 2, arbitrary: fc.double({ noDefaultInfinity: false, noNaN: false }) },
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.96, 96, 1.5, 150, 2026, 46023, 101801234, Number.MAX_SAFE_INTEGER),
  fc.boolean(),
  fc.constantFrom(...EXCEL_FEJLVAERDIER).map((f) => ({ fejl: f })),
  fc.constantFrom(...EXCEL_FEJLVAERDIER),
  fc.constantFrom(...enumOrd),
  fc.constantFrom(
    "1.234.567,50",
    "kr. 1.200",
    "96 %",
    "96,0%",
    "0,96",
    "12",
    "-5",
    "(1.000)",
    "01-02-2026",
    "31-02-2026",
    "010180-1234",
    "0101801234",
    " ",
    "",
    "ok",
    "-",
    "Ja",
    "Nej",
    "*",
    "A1-108",
    "SEL § 108",
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.string({ minLength: 2000, maxLength: 5000 }).map((s) => s || "x".repeat(2000)),
);

const overskrift = (def: TabelDef): fc.Arbitrary<string | null> =>
  fc.oneof(
    { weight: 8, arbitrary: fc.constantFrom(...def.kolonner.map((k) => k.label)) },
    fc.constantFrom(...def.kolonner.map((k) => `  ${k.label.toUpperCase()} (kr.) `)),
    fc.string({ maxLength: 12 }),
    fc.constant(null),
  );

interface TabelSpec {
  def: TabelDef;
  overskrifter: (string | null)[];
  raekker: CellValue[][];
  somTabel: boolean;
  top: number;
  left: number;
}

const tabelSpec: fc.Arbitrary<TabelSpec> = fc.constantFrom(...ALLE_TABELLER).chain((def) =>
  fc.record({
    def: fc.constant(def),
    overskrifter: fc.array(overskrift(def), { minLength: 0, maxLength: def.kolonner.length + 3 }),
    raekker: fc.array(fc.array(vaerdi, { maxLength: def.kolonner.length + 3 }), { maxLength: 6 }),
    somTabel: fc.boolean(),
    top: fc.integer({ min: 1, max: 4 }),
    left: fc.integer({ min: 1, max: 3 }),
  }),
);

const stamdataSpec = fc.array(
  fc.tuple(fc.oneof(fc.constantFrom(...STAMDATA_FELTER.map((f) => f.label)), fc.string({ maxLength: 10 })), vaerdi),
  { maxLength: 12 },
);

function bygArk(navn: string, celler: Map<string, CellValue>, maxR: number, maxC: number): SnapshotSheet {
  const values: CellValue[][] = [];
  for (let r = 1; r <= maxR; r++) {
    const row: CellValue[] = [];
    for (let c = 1; c <= maxC; c++) row.push(celler.get(`${r},${c}`) ?? null);
    values.push(row);
  }
  return { name: navn, top: 1, left: 1, values };
}

const snapshotArb: fc.Arbitrary<WorkbookSnapshot> = fc
  .record({
    tabeller: fc.array(tabelSpec, { maxLength: 6 }),
    stamdata: fc.option(stamdataSpec),
    tabelUdenRaekker: fc.boolean(),
  })
  .map(({ tabeller, stamdata }) => {
    const ark = new Map<string, { celler: Map<string, CellValue>; maxR: number; maxC: number; naeste: number }>();
    const tables: SnapshotTable[] = [];
    const hent = (navn: string) => {
      let a = ark.get(navn);
      if (!a) ark.set(navn, (a = { celler: new Map(), maxR: 0, maxC: 0, naeste: 1 }));
      return a;
    };
    const saet = (a: ReturnType<typeof hent>, r: number, c: number, v: CellValue) => {
      a.celler.set(`${r},${c}`, v);
      a.maxR = Math.max(a.maxR, r);
      a.maxC = Math.max(a.maxC, c);
    };
    if (stamdata) {
      const a = hent("Stamdata");
      saet(a, 1, 1, "Felt");
      saet(a, 1, 2, "Værdi");
      stamdata.forEach(([f, v], i) => {
        saet(a, i + 2, 1, f);
        saet(a, i + 2, 2, v);
      });
      a.naeste = stamdata.length + 4;
    }
    for (const t of tabeller) {
      const a = hent(t.def.ark);
      const top = a.naeste + t.top - 1;
      const bredde = Math.max(1, t.overskrifter.length);
      t.overskrifter.forEach((o, i) => saet(a, top, t.left + i, o));
      t.raekker.forEach((r, ri) => r.forEach((v, ci) => saet(a, top + 1 + ri, t.left + ci, v)));
      const bund = top + Math.max(1, t.raekker.length);
      saet(a, bund, t.left, a.celler.get(`${bund},${t.left}`) ?? null);
      if (t.somTabel && !tables.some((x) => x.name === t.def.navn)) {
        tables.push({
          name: t.def.navn,
          sheet: t.def.ark,
          ref: omraadeA1({ top, left: t.left, bottom: bund, right: t.left + bredde - 1 }),
        });
      }
      a.naeste = bund + 2;
    }
    const sheets = [...ark.entries()].map(([navn, a]) => bygArk(navn, a.celler, a.maxR, a.maxC));
    return { sheets, tables };
  });

const KENDTE = new Set<string>(REGEL_IDER);
const MAX_RAEKKE = 1048576;
const MAX_KOLONNE = 16384;

describe("fuzzing af læser og regler", () => {
  it(`kaster aldrig, giver kun velformede fund og er deterministisk (${ANTAL} tilfælde)`, () => {
    fc.assert(
      fc.property(snapshotArb, (snapshot) => {
        const a = valider(snapshot);
        const b = valider(snapshot);
        // Plain checks collected per case: Jest's expect() per finding costs more than the engine.
        const problemer: string[] = [];
        if (JSON.stringify(a) !== JSON.stringify(b)) problemer.push("to kørsler gav forskellige resultater");
        const arknavne = new Set(snapshot.sheets.map((s) => s.name));
        for (const f of a.fund) {
          const hvor = `${f.regel} ${f.ark}!${f.celle}`;
          if (!KENDTE.has(f.regel)) problemer.push(`ukendt regel: ${hvor}`);
          if (!["fejl", "advarsel", "info"].includes(f.alvor)) problemer.push(`ukendt alvor ${f.alvor}: ${hvor}`);
          if (typeof f.besked !== "string" || f.besked.length === 0) problemer.push(`tom besked: ${hvor}`);
          // A missing sheet is named by its expected name; everything else points into a real sheet.
          if (f.regel !== "skema-mangler-tabel" && !arknavne.has(f.ark)) problemer.push(`arket findes ikke: ${hvor}`);
          const o = parseOmraade(f.celle);
          if (!o || o.top < 1 || o.left < 1 || o.bottom > MAX_RAEKKE || o.right > MAX_KOLONNE)
            problemer.push(`adresse uden for arket: ${hvor}`);
        }
        expect(problemer).toEqual([]);
      }),
      { numRuns: ANTAL, seed: Number(process.env.FUZZ_SEED ?? 20261126) },
    );
  }, 600000);
});
