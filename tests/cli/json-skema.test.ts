/**
 * Issue 21 § 2: the JSON document of `valider --format json` against its published schema,
 * docs/skema/fund.schema.json, on real output (the shipped examples and skemaer with findings
 * of many rules), and the validator itself on documents the schema must refuse.
 */
import { readFileSync, rmSync } from "node:fs";
import * as path from "node:path";
import { validerJson } from "../hjaelp/json-skema";
import { koer, fejlSkema, skrivSkema, takstAfvigerSkema, tmpMappe } from "./hjaelp";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";
import { REGEL_IDER } from "../../src/core/regler/id";
import { findRegel } from "../../src/core/regler";

const ROD = path.join(__dirname, "..", "..");
const SKEMA = JSON.parse(readFileSync(path.join(ROD, "docs", "skema", "fund.schema.json"), "utf8"));

interface JsonFund {
  regel: string;
  paragraf: string | null;
  paragraffer: string[];
  beskedId: string;
  data: Record<string, unknown>;
}

let mappe: string;
let doc: {
  formatVersion: number;
  filer: { fil: string; fund?: JsonFund[] }[];
};

beforeAll(async () => {
  mappe = tmpMappe("json-skema");
  await skrivSkema(path.join(mappe, "fejl.xlsx"), fejlSkema());
  await skrivSkema(path.join(mappe, "takst.xlsx"), takstAfvigerSkema());
  // A skema breaking input rules too: empty cells, text in a number column, an unknown ID.
  const ydelser = gyldigeYdelser();
  ydelser[0] = { ...ydelser[0], takst: "to tusind", maalgruppe: null };
  const omkostninger = gyldigeOmkostninger();
  omkostninger[0] = { ...omkostninger[0], ydelsesId: "X-999" };
  await skrivSkema(path.join(mappe, "input.xlsx"), { ...gyldigtSkema(), ydelser, omkostninger });
  const eksempler = path.join(ROD, "examples");
  const r = await koer(
    ["valider", mappe, eksempler, path.join(eksempler, "takstbilag-eksempel.xlsx"), "--format", "json"],
    {
      cwd: ROD,
    },
  );
  expect(r.stderr).toBe("");
  doc = JSON.parse(r.stdout);
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

describe("docs/skema/fund.schema.json", () => {
  it("kommandolinjens rigtige uddata passer til skemaet", () => {
    expect(validerJson(doc, SKEMA)).toEqual([]);
    const fund = doc.filer.flatMap((f) => f.fund ?? []);
    // Enough different rules to mean something.
    expect(new Set(fund.map((f) => f.regel)).size).toBeGreaterThanOrEqual(8);
    expect(doc.formatVersion).toBe(2);
  });

  it("hvert fund nævner en af reglens navngivne beskeder, og paragraffer er paragraf som liste", () => {
    for (const f of doc.filer.flatMap((x) => x.fund ?? [])) {
      expect(Object.keys(findRegel(f.regel)!.beskeder)).toContain(f.beskedId);
      expect(f.paragraffer.join(", ")).toBe(f.paragraf ?? "");
    }
  });

  it("data har tal som eksakte decimaltekster (takst-afviger-fra-beregning)", () => {
    const takst = doc.filer.find((x) => x.fil.endsWith("takst.xlsx"))!;
    const f = takst.fund!.find((x) => x.regel === "takst-afviger-fra-beregning")!;
    expect(f.beskedId).toBe("afviger");
    expect(f.data).toMatchObject({ takst: "2100", dagePrAar: "365", takstenhed: "Døgn" });
    expect(typeof f.data.beregnet).toBe("string");
    expect(f.data.beregnet).toMatch(/^-?\d+(\.\d+)?$/);
  });

  it("kender præcis reglernes ID'er", () => {
    expect(SKEMA.$defs.regelId.enum).toEqual([...REGEL_IDER]);
  });
});

describe("validatoren", () => {
  const gyldigt = () => JSON.parse(JSON.stringify(doc));
  const etFund = (d: typeof doc) =>
    d.filer.find((f) => (f.fund ?? []).length > 0)!.fund![0] as unknown as Record<string, unknown>;

  it("afviser et JSON-tal i data", () => {
    const d = gyldigt();
    (etFund(d).data as Record<string, unknown>).x = 1.5;
    expect(validerJson(d, SKEMA).join("\n")).toMatch(/data\.x/);
  });

  it("afviser et fund uden beskedId og et felt, skemaet ikke kender", () => {
    const d = gyldigt();
    delete etFund(d).beskedId;
    etFund(d).ekstra = "x";
    const fejl = validerJson(d, SKEMA).join("\n");
    expect(fejl).toMatch(/mangler beskedId/);
    expect(fejl).toMatch(/ekstra/);
  });

  it("afviser en ukendt regel, en forkert formatVersion og en celle, der ikke er en adresse", () => {
    const d = gyldigt();
    etFund(d).regel = "ny-regel";
    etFund(d).celle = "Ydelser!A1";
    d.formatVersion = 1;
    expect(validerJson(d, SKEMA)).toHaveLength(3);
  });

  it("kender ikke et nøgleord, den ikke kontrollerer", () => {
    expect(() => validerJson({}, { type: "object", maxProperties: 1 })).toThrow(/maxProperties/);
  });
});
