import ExcelJS from "exceljs";
import JSZip from "jszip";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import {
  MAKS_SOEJLER,
  MAKS_STILLINGTAGEN,
  skrivBilag,
  type BilagInput,
  type BilagRaekke,
} from "../../../src/adapters/xlsx/skriv-bilag";
import { linjer } from "../../../src/adapters/xlsx/tekstmaal";
import { laesTakstskema } from "../../../src/core/reader/laes";
import { D } from "../../../src/core/penge";
import { parseOmraade } from "../../../src/core/adresse";
import { cellFormula, cellValue, findSheet, type WorkbookSnapshot } from "../../../src/core/snapshot";
import { TBL_TAKSTBILAG } from "../../../src/core/skema/tabeller";
import { standardBilag, valider } from "../../hjaelp/valider";

function raekke(over: Partial<BilagRaekke>): BilagRaekke {
  return {
    fil: "aalborg.xlsx",
    takstaar: 2026,
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

const LANG_BEMAERKNING =
  "Taksten stiger, fordi tilbuddet har ansat to ekstra medarbejdere i nattevagten efter tilsynets påbud om vågen nattevagt. Udgiften er 1,1 mio. kr. om året, og den fordeles på alle pladser.";

// Deliberately not in driftsherre/tilbud order: the bilag sorts.
const INPUT: BilagInput = {
  ...standardBilag(),
  takstaar: 2026,
  profil: "nordjylland-2025-2026",
  dato: new Date(2026, 10, 30),
  raekker: [
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
      ydelsesId: "H2",
      takstenhed: "Time",
      takstSidsteAar: null,
      takst: 650,
      pladserSidsteAar: null,
      pladser: null,
      belaegning: null,
    }),
    raekke({
      fil: "brs.xlsx",
      driftsherre: "Brønderslev Kommune",
      tilbud: "Kastanjehuset",
      ydelsesId: "B1",
      takstSidsteAar: 1800,
      takst: 2000,
      aarsag: "Ændret serviceniveau",
      bemaerkninger: LANG_BEMAERKNING,
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

/** ExcelJS reads conditional formatting back, but its typings lack the property. */
const betinget = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[] })
    .conditionalFormattings;

const kolonne = (key: string) => TBL_TAKSTBILAG.kolonner.findIndex((k) => k.key === key) + 1;

describe("skrivBilag", () => {
  let buf: Buffer;
  let s: WorkbookSnapshot;
  let wb: ExcelJS.Workbook;
  let zip: JSZip;
  const del = (sti: string) => zip.file(sti)!.async("string");
  beforeAll(async () => {
    buf = await skrivBilag(INPUT);
    s = await laesXlsx(buf);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    zip = await JSZip.loadAsync(buf);
  });

  it("opens on Oversigt; Takstbilag and Fund follow; the chart's data sheet is hidden", async () => {
    expect(s.sheets.map((a) => a.name)).toEqual(["Oversigt", "Takstbilag", "Fund", "Diagramdata"]);
    expect(s.sheets.map((a) => a.visibility ?? "visible")).toEqual(["visible", "visible", "visible", "hidden"]);
    expect(await del("xl/workbook.xml")).toMatch(/<workbookView[^>]*activeTab="0"/);
  });

  it("writes tblTakstbilag with the contract's headers, one row per takst, sorted by driftsherre and tilbud", () => {
    const t = s.tables.find((x) => x.name === "tblTakstbilag")!;
    expect(t.sheet).toBe("Takstbilag");
    const omr = parseOmraade(t.ref)!;
    expect(omr.bottom - omr.top).toBe(5);
    const ark = findSheet(s, "Takstbilag")!;
    expect(TBL_TAKSTBILAG.kolonner.map((_, i) => cellValue(ark, omr.top, omr.left + i))).toEqual(
      TBL_TAKSTBILAG.kolonner.map((k) => k.label),
    );
    const v = (r: number, key: string) => cellValue(ark, r, kolonne(key));
    // Danish order: Brønderslev, Hjørring, … Aalborg ("aa" is "å"); within a tilbud the skema's order.
    expect([1, 2, 3, 4, 5].map((i) => v(omr.top + i, "ydelsesId"))).toEqual(["B1", "H1", "H2", "A1-108", "A2-104"]);
    const r = omr.top + 2; // Havbo H1
    expect(v(r, "driftsherre")).toBe("Hjørring Kommune");
    // Every row names its Takstår (issue 17 § 2), in the table's first column.
    expect(kolonne("takstaar")).toBe(1);
    expect([1, 2, 3, 4, 5].map((i) => v(omr.top + i, "takstaar"))).toEqual([2026, 2026, 2026, 2026, 2026]);
    expect(v(r, "pladserSidsteAar")).toBe(12);
    expect(v(r, "takst")).toBe(2000);
    expect(v(r, "aendringKr")).toBe(-500);
    expect(v(r, "aendringPct")).toBeCloseTo(-0.2, 12);
    expect(v(r, "status")).toBe("Fejl");
    // The Fund column in Danish words, not rule IDs.
    expect(v(r, "fund")).toBe("Pladsændring uden begrundelse, Takstændring uden begrundelse");
    expect(cellFormula(ark, r, kolonne("aendringKr"))).toBe(`=IF(J${r}="","",IF(K${r}="","",K${r}-J${r}))`);
    expect(cellFormula(ark, r, kolonne("aendringPct"))).toBe(
      `=IF(J${r}="","",IF(K${r}="","",IF(J${r}=0,"",K${r}/J${r}-1)))`,
    );
    // Duplicate rule IDs are listed once; a new ydelse has no change.
    expect(v(omr.top + 5, "fund")).toBe("Belægning under forventet");
    expect(v(omr.top + 5, "aendringPct")).toBeCloseTo(10.5 / 490, 12);
    expect(v(omr.top + 3, "aendringKr")).toBeNull();
  });

  it("reads back as a takstbilag whose Ændring kr./pct. agree with the takster", () => {
    const skema = laesTakstskema(s);
    expect(skema.type).toBe("takstbilag");
    expect(skema.takstbilag?.kilde).toBe("tabel");
    expect(skema.takstbilag?.raekker.length).toBe(5);
    expect(skema.takstbilag?.manglendeKolonner).toEqual([]);
    expect(valider(s).regler.holdt).toContain("takstbilag-aendring-stemmer-ikke");
  });

  it("keeps the keys and Status in view: frozen keys, narrow columns, 85 % zoom", () => {
    const ws = wb.getWorksheet("Takstbilag")!;
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 4, ySplit: 2, zoomScale: 85 });
    let bredde = 0;
    for (let c = 1; c <= kolonne("status"); c++) bredde += ws.getColumn(c).width!;
    // Column width w is about 7w + 5 px; at 85 % the columns to Status fit a 1366 px screen's ≈ 1.300 px grid.
    const px = (bredde * 7 + 5 * kolonne("status")) * 0.85;
    expect(px).toBeLessThan(1300);
  });

  it("wraps Bemærkninger and gives its row the height of its lines", () => {
    const ws = wb.getWorksheet("Takstbilag")!;
    const { value, alignment } = ws.getRow(3).getCell(kolonne("bemaerkninger"));
    expect(value).toBe(LANG_BEMAERKNING);
    expect(alignment).toMatchObject({ wrapText: true, vertical: "top" });
    const n = linjer(LANG_BEMAERKNING, ws.getColumn(kolonne("bemaerkninger")).width!);
    expect(n).toBeGreaterThan(3);
    expect(ws.getRow(3).height).toBe(15 * n);
    // H2: the plain Bemærkninger takes three lines in the printed width (udskrift-skrift.test.ts), the rest fewer.
    expect(ws.getRow(5).getCell(kolonne("ydelsesId")).value).toBe("H2");
    const bem = String(ws.getRow(5).getCell(kolonne("bemaerkninger")).value);
    expect(linjer(bem, ws.getColumn(kolonne("bemaerkninger")).width!)).toBe(3);
    expect(ws.getRow(5).height).toBe(45);
  });

  it("highlights changes above the profile's væsentlig-threshold and pladsændringer by conditional formatting", () => {
    const ws = wb.getWorksheet("Takstbilag")!;
    const cf = betinget(ws);
    const pct = cf.find((x) => x.ref === "M3:M7")!;
    expect(pct.rules[0]).toMatchObject({ type: "expression", formulae: ["AND(ISNUMBER($M3),ABS($M3-0)>0.05)"] });
    expect(cf.find((x) => x.ref === "I3:I7")!.rules[0]).toMatchObject({
      formulae: ["AND(ISNUMBER($I3),ISNUMBER($H3),$I3<>$H3)"],
    });
    expect(cf.find((x) => x.ref === "P3:P7")!.rules).toHaveLength(3);
  });

  it("measures against PL when the profile says so", async () => {
    const pl = await skrivBilag({
      ...INPUT,
      takstaendring: { vaesentligPct: 2, maalestok: "ud_over_pl", plFremskrivningPct: 3 },
    });
    const w = new ExcelJS.Workbook();
    await w.xlsx.load(pl);
    const rule = betinget(w.getWorksheet("Takstbilag")!).find((x) => x.ref === "M3:M7")!.rules[0];
    expect(rule).toMatchObject({ formulae: ["AND(ISNUMBER($M3),ABS($M3-0.03)>0.02)"] });
  });

  it("gives tblTakstbilag and tblFund an autofilter", async () => {
    const t1 = await del("xl/tables/table1.xml");
    expect(t1).toContain('name="tblTakstbilag"');
    expect(t1).toContain('<autoFilter ref="A2:Q7"/>');
    expect(await del("xl/tables/table2.xml")).toContain('name="tblFund"');
  });

  it("prints every sheet A4 landscape, one page wide, header row on every page, page x of y and the date", async () => {
    for (const navn of ["Oversigt", "Takstbilag", "Fund"]) {
      const ws = wb.getWorksheet(navn)!;
      expect(ws.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: "landscape",
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      expect(ws.headerFooter.oddFooter).toContain("Side &P af &N");
      expect(ws.headerFooter.oddFooter).toContain("Dannet 30. november 2026");
    }
    expect(wb.getWorksheet("Takstbilag")!.pageSetup.printTitlesRow).toBe("2:2");
    expect(wb.getWorksheet("Fund")!.pageSetup.printTitlesRow).toBe("2:2");
    expect(await del("xl/workbook.xml")).toContain(
      `<definedName name="_xlnm.Print_Titles" localSheetId="1">&apos;Takstbilag&apos;!$2:$2</definedName>`,
    );
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
      "Belægning under forventet",
      "Advarsel",
      "§ 5.2",
    ]);
    expect(cellValue(ark, omr.top + 2, 5)).toBe("Takstændring uden begrundelse");
  });

  it("sums per driftsherre on Oversigt: status, pladser and takstindtægt this year and last", () => {
    const ark = findSheet(s, "Oversigt")!;
    const pr = ark.values.findIndex((r) => r[0] === "Pr. driftsherre");
    const raekker = ark.values.slice(pr).map((r) => r.slice(0, 10));
    const hoved = raekker.findIndex((r) => r[0] === "Driftsherre");
    expect(raekker[hoved].slice(0, 3)).toEqual(["Driftsherre", "Takster", "OK"]);
    const aalborg = raekker.find((r) => r[0] === "Aalborg Kommune")!;
    const hjoerring = raekker.find((r) => r[0] === "Hjørring Kommune")!;
    const ialt = raekker.find((r) => r[0] === "I alt")!;
    expect(aalborg.slice(1, 7)).toEqual([2, 1, 1, 0, 30, 30]);
    // 2000 × 10 × 0,96 × 365 + 500,5 × 20 × 0,96 × 365; last year 1950 × 10 × … + 490 × 20 × …
    expect(aalborg[8]).toBe(7008000 + 3507504);
    expect(aalborg[7]).toBe(6832800 + 3433920);
    // The Time takst counts in pladser (none) but not in takstindtægt.
    expect(hjoerring.slice(1, 9)).toEqual([2, 1, 0, 1, 12, 10, 2500 * 12 * 0.96 * 365, 2000 * 10 * 0.96 * 365]);
    expect(ialt.slice(1, 6)).toEqual([5, 3, 1, 1, 52]);
  });

  it("lists what needs DAS' decision: takstændringer over 5 % and pladsændringer apart, largest first, with the reasons", () => {
    const ark = findSheet(s, "Oversigt")!;
    const start = ark.values.findIndex((r) => String(r[0] ?? "").startsWith("Kræver DAS' stillingtagen"));
    expect(ark.values[start][0]).toBe("Kræver DAS' stillingtagen (3)");
    expect(ark.values[start + 1][0]).toBe("Takstændringer over 5 % (2)");
    const hoved = start + 2;
    expect(ark.values[hoved].filter((x) => x !== null)).toEqual([
      "Driftsherre",
      "Tilbud",
      "Ydelse",
      "Ændring",
      "Årsag til ændring",
      "Bemærkninger",
      "Status",
    ]);
    const linje = (i: number) => ark.values[hoved + i].filter((x) => x !== null);
    // Hjørring −20 % before Brønderslev +11,1 %: largest change first; no reason is said in words.
    expect(linje(1)).toEqual([
      "Hjørring Kommune",
      "Havbo",
      "H1 Længerevarende botilbud",
      "−20,0 %\n2.500,00 → 2.000,00 kr.",
      "Ingen begrundelse",
      "–",
      "Fejl",
    ]);
    expect(linje(2)).toEqual([
      "Brønderslev Kommune",
      "Kastanjehuset",
      "B1 Længerevarende botilbud",
      "+11,1 %\n1.800,00 → 2.000,00 kr.",
      "Ændret serviceniveau",
      LANG_BEMAERKNING,
      "OK",
    ]);
    const plads = ark.values.findIndex((r) => r[0] === "Pladsændringer til godkendelse (1)");
    expect(plads).toBeGreaterThan(hoved + 2);
    expect(ark.values[plads + 2].filter((x) => x !== null)).toEqual([
      "Hjørring Kommune",
      "Havbo",
      "H1 Længerevarende botilbud",
      "12 → 10 (−2)",
      "Ingen begrundelse",
      "–",
      "Fejl",
    ]);
    // Aalborg's +2,6 % and +2,1 % are under the threshold: not listed.
    const pr = ark.values.findIndex((r) => r[0] === "Pr. driftsherre");
    expect(ark.values.slice(start, pr).some((r) => r[0] === "Aalborg Kommune")).toBe(false);
  });

  it("adds a native bar chart on Oversigt, its data on the hidden sheet, largest increase first", async () => {
    const diagram = await del("xl/charts/chart1.xml");
    expect(diagram).toContain("<c:barChart>");
    expect(diagram).toContain("<c:f>Diagramdata!$B$2:$B$5</c:f>");
    expect(diagram).toContain("Takstændringer i procent");
    expect(diagram).toContain('<c:ptCount val="4"/>');
    expect(diagram.indexOf("Brønderslev Kommune: Kastanjehuset B1")).toBeLessThan(
      diagram.indexOf("Hjørring Kommune: Havbo H1"),
    );
    const typer = await del("[Content_Types].xml");
    expect(typer).toContain('PartName="/xl/charts/chart1.xml"');
    expect(typer).toContain('PartName="/xl/drawings/drawing1.xml"');
    expect(typer).toContain('PartName="/xl/tables/table1.xml"');
    const oversigt = await del("xl/worksheets/sheet1.xml");
    expect(oversigt).toMatch(/<drawing r:id="rId\d+"\/><\/worksheet>$/);
    expect(await del("xl/worksheets/_rels/sheet1.xml.rels")).toContain("../drawings/drawing1.xml");
    // The chart spans the sheet's twelve columns.
    const tegning = await del("xl/drawings/drawing1.xml");
    expect(tegning).toContain("<xdr:from><xdr:col>0</xdr:col>");
    expect(tegning).toContain("<xdr:to><xdr:col>12</xdr:col>");
  });

  it("writes an empty takstbilag without a chart", async () => {
    const tom = await laesXlsx(await skrivBilag({ raekker: [], fund: [], ...standardBilag() }));
    expect(tom.sheets.map((a) => a.name)).toEqual(["Oversigt", "Takstbilag", "Fund", "Diagramdata"]);
    expect(tom.tables.find((t) => t.name === "tblTakstbilag")).toBeDefined();
    const ark = findSheet(tom, "Oversigt")!;
    expect(ark.values.flat()).toContain("Ingen takstændringer over grænsen.");
    expect(ark.values.flat()).toContain("Ingen pladsændringer.");
  });

  it("shows § on Fund as every report does: § before a number, bilag 2 as it stands (not § bilag 2)", async () => {
    const fund = (paragraf: string | null, regel = "ata-fravaer-usandsynlig") => ({
      fil: "a.xlsx",
      ark: "Tillæg",
      celle: "D4",
      ydelsesId: null,
      regel,
      alvor: "advarsel" as const,
      paragraf,
      besked: "Besked.",
    });
    const snap = await laesXlsx(
      await skrivBilag({
        raekker: [],
        fund: [fund("bilag 2"), fund("5.2", "belaegning-under-forventet"), fund(null, "felt-mangler")],
        ulaeseligeFiler: [{ fil: "b.xlsx", aarsag: "Ikke en .xlsx-projektmappe." }],
        ...standardBilag(),
      }),
    );
    const ark = findSheet(snap, "Fund")!;
    const t = parseOmraade(snap.tables.find((x) => x.name === "tblFund")!.ref)!;
    const raekke = (r: number) => Array.from({ length: 8 }, (_, c) => cellValue(ark, t.top + r, t.left + c));
    expect(raekke(1)).toEqual([
      "a.xlsx",
      "Tillæg",
      "D4",
      null,
      "ATA fravær usandsynlig",
      "Advarsel",
      "bilag 2",
      "Besked.",
    ]);
    expect(raekke(2)[6]).toBe("§ 5.2");
    expect(raekke(3)[6]).toBeNull();
    expect(raekke(4)).toEqual([
      "b.xlsx",
      null,
      null,
      null,
      "Filen kan ikke læses",
      "Fejl",
      null,
      "Ikke en .xlsx-projektmappe.",
    ]);
  });
});

describe("skrivBilag with many takster", () => {
  const mange: BilagRaekke[] = Array.from({ length: MAKS_STILLINGTAGEN + 40 }, (_, i) =>
    raekke({ ydelsesId: `X${i + 1}`, takstSidsteAar: 1000, takst: 1000 + 100 + i }),
  );

  it("caps the list at MAKS_STILLINGTAGEN lines and the chart at the MAKS_SOEJLER largest changes", async () => {
    const buf = await skrivBilag({ raekker: mange, fund: [], takstaar: 2026, ...standardBilag() });
    const s = await laesXlsx(buf);
    const ark = findSheet(s, "Oversigt")!;
    const tekster = ark.values.flat().filter((x): x is string => typeof x === "string");
    expect(tekster).toContain(`Kræver DAS' stillingtagen (${MAKS_STILLINGTAGEN + 40})`);
    expect(tekster).toContain(`Takstændringer over 5 % (${MAKS_STILLINGTAGEN + 40})`);
    // The largest first: X540 (+63,9 %) heads the list, X40 (the 500th largest) ends it, X39 is left out.
    const ider = ark.values.map((r) => String(r[4] ?? ""));
    expect(ider.findIndex((x) => x.startsWith("X540 "))).toBeLessThan(ider.findIndex((x) => x.startsWith("X41 ")));
    expect(ider.some((x) => x.startsWith("X40 "))).toBe(false);
    expect(tekster).toContain("… og 40 mere. Se dem i arket Takstbilag: filtrér på Ændring pct. og Pladser.");
    const zip = await JSZip.loadAsync(buf);
    const diagram = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(diagram).toContain(`De ${MAKS_SOEJLER} største takstændringer af 540, i procent`);
    expect(diagram).toContain(`<c:ptCount val="${MAKS_SOEJLER}"/>`);
    // The largest (X540: +63,9 %) first; X515 is the smallest of the 25 kept, X514 is left out.
    expect(diagram).toContain("<c:v>Aalborg Kommune: Solbakken X540</c:v>");
    expect(diagram).toContain("<c:v>Aalborg Kommune: Solbakken X516</c:v>");
    expect(diagram).not.toContain("<c:v>Aalborg Kommune: Solbakken X515</c:v>");
    expect(findSheet(s, "Diagramdata")!.values.length).toBe(MAKS_SOEJLER + 1);
  });
});

describe("linjer", () => {
  it("counts word-wrapped lines of a column width, long words broken, line breaks kept", () => {
    expect(linjer(null, 10)).toBe(1);
    expect(linjer("kort", 10)).toBe(1);
    // 11 characters a line at width 10.
    expect(linjer("aaaa bbbb c", 10)).toBe(1);
    expect(linjer("aaaa bbbb cc", 10)).toBe(2);
    expect(linjer("x".repeat(23), 10)).toBe(3);
    expect(linjer("første\nanden\n\nfjerde", 30)).toBe(4);
  });
});
