import JSZip from "jszip";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import { skrivBilag, type BilagInput, type BilagRaekke } from "../../../src/adapters/xlsx/skriv-bilag";
import { laesTakstskema } from "../../../src/core/reader/laes";
import { D } from "../../../src/core/penge";
import { parseOmraade } from "../../../src/core/adresse";
import { cellFormula, cellValue, findSheet, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { TBL_TAKSTBILAG } from "../../../src/core/skema/tabeller";

function raekke(over: Partial<BilagRaekke>): BilagRaekke {
  return {
    fil: "aalborg.xlsx",
    driftsherre: "Aalborg Kommune",
    tilbud: "Solbakken",
    ydelsesId: "A1-108",
    ydelse: "Længerevarende botilbud",
    paragraf: "SEL § 108",
    takstenhed: "Døgn",
    pladserSidsteAar: 10,
    pladser: 10,
    takstSidsteAar: 1950,
    takst: 2000,
    belaegning: 0.96,
    aarsag: "Løn- og prisudvikling",
    bemaerkninger: "Almindelig løn- og prisfremskrivning af budgettet.",
    status: "OK",
    fund: [],
    ...over,
  };
}

const INPUT: BilagInput = {
  takstaar: 2026,
  profil: "nordjylland-2025-2026",
  raekker: [
    raekke({}),
    raekke({
      ydelsesId: "A2-104",
      takstenhed: "Dag",
      pladserSidsteAar: 20,
      pladser: 20,
      takstSidsteAar: 490,
      takst: new D("500.5"),
      belaegning: new D("0.96"),
      status: "Advarsel",
      fund: ["belaegning-under-forventet", "belaegning-under-forventet"],
    }),
    raekke({
      fil: "hjoerring.xlsx",
      driftsherre: "Hjørring Kommune",
      tilbud: "Havbo",
      ydelsesId: "H1",
      pladserSidsteAar: 12,
      pladser: 10,
      takstSidsteAar: 2500,
      takst: 2000,
      aarsag: null,
      bemaerkninger: null,
      status: "Fejl",
      fund: ["pladsaendring-uden-begrundelse", "takstaendring-uden-begrundelse"],
    }),
    raekke({
      fil: "hjoerring.xlsx",
      driftsherre: "Hjørring Kommune",
      tilbud: "Havbo",
      ydelsesId: "H2",
      takstenhed: "Time",
      takstSidsteAar: null,
      takst: 650,
      pladserSidsteAar: null,
      pladser: null,
      belaegning: null,
    }),
  ],
  fund: [
    {
      fil: "hjoerring.xlsx",
      ark: "Ydelser",
      celle: "P4",
      ydelsesId: "H1",
      regel: "takstaendring-uden-begrundelse",
      alvor: "fejl",
      paragraf: "3.1",
      besked: "Skriv en begrundelse for ændringen fra 2.500,00 kr. til 2.000,00 kr.",
    },
    {
      fil: "aalborg.xlsx",
      ark: "Ydelser",
      celle: "J3",
      ydelsesId: "A2-104",
      regel: "belaegning-under-forventet",
      alvor: "advarsel",
      paragraf: "5.2",
      besked: "Belægningen er under 95 %.",
    },
  ],
};

describe("skrivBilag", () => {
  let buf: Buffer;
  let s: WorkbookSnapshot;
  beforeAll(async () => {
    buf = await skrivBilag(INPUT);
    s = await laesXlsx(buf);
  });

  it("has the sheets Takstbilag, Fund and Oversigt", () => {
    expect(s.sheets.map((a) => a.name)).toEqual(["Takstbilag", "Fund", "Oversigt"]);
  });

  it("writes tblTakstbilag with the contract's headers and one row per takst", () => {
    const t = s.tables.find((x) => x.name === "tblTakstbilag")!;
    expect(t.sheet).toBe("Takstbilag");
    const omr = parseOmraade(t.ref)!;
    expect(omr.bottom - omr.top).toBe(4);
    const ark = findSheet(s, "Takstbilag")!;
    expect(TBL_TAKSTBILAG.kolonner.map((_, i) => cellValue(ark, omr.top, omr.left + i))).toEqual(
      TBL_TAKSTBILAG.kolonner.map((k) => k.label),
    );
    const r = omr.top + 3; // Havbo H1
    const v = (key: string) => cellValue(ark, r, omr.left + TBL_TAKSTBILAG.kolonner.findIndex((k) => k.key === key));
    expect(v("driftsherre")).toBe("Hjørring Kommune");
    expect(v("ydelsesId")).toBe("H1");
    expect(v("pladserSidsteAar")).toBe(12);
    expect(v("takst")).toBe(2000);
    expect(v("aendringKr")).toBe(-500);
    expect(v("aendringPct")).toBeCloseTo(-0.2, 12);
    expect(v("status")).toBe("Fejl");
    expect(v("fund")).toBe("pladsaendring-uden-begrundelse, takstaendring-uden-begrundelse");
    expect(cellFormula(ark, r, 11)).toBe(`=IF(I${r}="","",IF(J${r}="","",J${r}-I${r}))`);
    expect(cellFormula(ark, r, 12)).toBe(`=IF(I${r}="","",IF(J${r}="","",IF(I${r}=0,"",J${r}/I${r}-1)))`);
    // Duplicate rule IDs are listed once; a new ydelse has no change.
    expect(cellValue(ark, omr.top + 2, 16)).toBe("belaegning-under-forventet");
    expect(cellValue(ark, omr.top + 2, 12)).toBeCloseTo(0.5 / 490 + 10 / 490, 12);
    expect(cellValue(ark, omr.top + 4, 11)).toBeNull();
  });

  it("reads back as a takstbilag with laesTakstskema", () => {
    const skema = laesTakstskema(s);
    expect(skema.type).toBe("takstbilag");
    expect(skema.takstbilag?.kilde).toBe("tabel");
    expect(skema.takstbilag?.raekker.length).toBe(4);
    expect(skema.takstbilag?.manglendeKolonner).toEqual([]);
  });

  it("lists every finding on Fund, errors first per file", () => {
    const t = s.tables.find((x) => x.name === "tblFund")!;
    expect(t.sheet).toBe("Fund");
    const ark = findSheet(s, "Fund")!;
    const omr = parseOmraade(t.ref)!;
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((i) => cellValue(ark, omr.top, omr.left + i))).toEqual([
      "Fil",
      "Ark",
      "Celle",
      "Ydelses-ID",
      "Regel",
      "Alvor",
      "§",
      "Besked",
    ]);
    expect([0, 1, 2, 3, 4, 5, 6].map((i) => cellValue(ark, omr.top + 1, omr.left + i))).toEqual([
      "aalborg.xlsx",
      "Ydelser",
      "J3",
      "A2-104",
      "belaegning-under-forventet",
      "Advarsel",
      "§ 5.2",
    ]);
    expect(cellValue(ark, omr.top + 2, 5)).toBe("takstaendring-uden-begrundelse");
  });

  it("sums per driftsherre on Oversigt: status, pladser and takstindtægt this year and last", () => {
    const ark = findSheet(s, "Oversigt")!;
    const raekker = ark.values.map((r) => r.slice(0, 10));
    const aalborg = raekker.find((r) => r[0] === "Aalborg Kommune")!;
    const hjoerring = raekker.find((r) => r[0] === "Hjørring Kommune")!;
    const ialt = raekker.find((r) => r[0] === "I alt")!;
    expect(aalborg.slice(1, 7)).toEqual([2, 1, 1, 0, 30, 30]);
    // 2000 × 10 × 0,96 × 365 + 500,5 × 20 × 0,96 × 365; last year 1950 × 10 × … + 490 × 20 × …
    expect(aalborg[8]).toBe(7008000 + 3507504);
    expect(aalborg[7]).toBe(6832800 + 3433920);
    // The Time takst counts in pladser (none) but not in takstindtægt.
    expect(hjoerring.slice(1, 9)).toEqual([2, 1, 0, 1, 12, 10, 2500 * 12 * 0.96 * 365, 2000 * 10 * 0.96 * 365]);
    expect(ialt.slice(1, 6)).toEqual([4, 2, 1, 1, 42]);
  });

  it("adds a native bar chart of the takstændringer on Oversigt", async () => {
    const zip = await JSZip.loadAsync(buf);
    const diagram = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(diagram).toContain("<c:barChart>");
    expect(diagram).toContain("<c:f>Oversigt!$B$");
    expect(diagram).toContain("Takstændringer i procent");
    // Three takster with a last-year takst; the largest increase first.
    expect(diagram).toContain('<c:ptCount val="3"/>');
    expect(diagram.indexOf("Solbakken A2-104")).toBeLessThan(diagram.indexOf("Havbo H1"));
    const typer = await zip.file("[Content_Types].xml")!.async("string");
    expect(typer).toContain('PartName="/xl/charts/chart1.xml"');
    const oversigt = await zip.file("xl/worksheets/sheet3.xml")!.async("string");
    expect(oversigt).toMatch(/<drawing r:id="rIdTakstDiagram"\/>/);
    const rels = await zip.file("xl/worksheets/_rels/sheet3.xml.rels")!.async("string");
    expect(rels).toContain("../drawings/drawing1.xml");
  });

  it("writes an empty takstbilag without a chart", async () => {
    const tom = await laesXlsx(await skrivBilag({ raekker: [], fund: [] }));
    expect(tom.sheets.map((a) => a.name)).toEqual(["Takstbilag", "Fund", "Oversigt"]);
    expect(tom.tables.find((t) => t.name === "tblTakstbilag")).toBeDefined();
  });
});
