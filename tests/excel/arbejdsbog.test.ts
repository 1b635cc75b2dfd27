/** The Office.js adapter against the in-memory Excel fake. */
import { omraadeA1, parseOmraade } from "../../src/core/adresse";
import { tillaegOpslagTabel, tillaegsberegningFormler } from "../../src/core/skema/formler";
import { TBL_TAKSTBILAG, TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { laesVaerdi } from "../../src/core/reader/vaerdier";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { cellFormula, cellValue, findSheet, type CellValue, type WorkbookSnapshot } from "../../src/core/snapshot";
import type { Fund } from "../../src/core/regler/typer";
import { lavArbejdsbog, RAPPORT_ARK, SKABELON_ARK, WEB_MAKS_CELLER_PR_SYNC } from "../../src/excel";
import { aendredeCeller, lavFakeExcel } from "../../src/excel/fake";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { arbejdsbogFejl, fuldArbejdsbog, NY_TILLAEG, takstbilagRaekker, ydelser } from "./hjaelp";

function tabel(s: WorkbookSnapshot, navn: string) {
  const t = s.tables.find((x) => x.name === navn);
  if (!t) throw new Error(`ingen tabel ${navn}`);
  return { ...t, omr: parseOmraade(t.ref)! };
}

function alleCeller(ark: string, o: { top: number; left: number; bottom: number; right: number }): string[] {
  const ud: string[] = [];
  for (let r = o.top; r <= o.bottom; r++)
    for (let c = o.left; c <= o.right; c++) ud.push(`${ark}!${omraadeA1({ top: r, left: c, bottom: r, right: c })}`);
  return ud;
}

const FUND: Fund[] = [
  {
    regel: "belaegning-over-100",
    alvor: "fejl",
    ark: "Ydelser",
    celle: "J2",
    ydelsesId: "Y1",
    paragraf: "5.2",
    besked: "Belægningen er 104,0 %.",
    beskedId: "overMax",
    data: {},
  },
  {
    regel: "tal-som-tekst",
    alvor: "advarsel",
    ark: "Over- og underskud",
    celle: "D3",
    paragraf: null,
    besked: '=HYPERLINK("x") står som tekst.',
    beskedId: "somTekst",
    data: {},
  },
];

describe("laesSnapshot", () => {
  it("læser 2.000 ydelser i højst 3 syncs og giver det samme snapshot tilbage", async () => {
    const { ydelser: y, omkostninger: o } = ydelser(2000);
    const original = bygSnapshot({ ...gyldigtSkema(), ydelser: y, omkostninger: o, takstbilag: takstbilagRaekker(50) });
    const fake = lavFakeExcel(original);
    const bog = lavArbejdsbog(fake.run);
    const laest = await bog.laesSnapshot();
    expect(fake.syncs()).toBeLessThanOrEqual(3);
    expect(aendredeCeller(original, laest)).toEqual([]);
    expect(laest).toEqual(original);
    expect(cellFormula(findSheet(laest, "Omkostninger")!, 2001, 13)).toMatch(/^=IF\(A2001=""/);
  });

  it("bevarer skjulte og beskyttede ark, tomme ark, fejlværdier og formater", async () => {
    const original = fuldArbejdsbog(5);
    const fake = lavFakeExcel(original);
    const laest = await lavArbejdsbog(fake.run).laesSnapshot();
    expect(laest).toEqual(original);
    const noter = findSheet(laest, "Noter")!;
    expect(noter.visibility).toBe("hidden");
    expect(cellValue(noter, 2, 4)).toEqual({ fejl: "#REF!" });
    expect(findSheet(laest, "Låst")!.protected).toBe(true);
    expect(findSheet(laest, "Tom")!.values).toEqual([]);
  });

  it("læser skjulte rækker og kolonner i tabellerne i én sync mere, og kun når der er nogen (issue 16 § 1 H5)", async () => {
    const original = bygSnapshot(gyldigtSkema());
    const y = findSheet(original, "Ydelser")!;
    // Row 3 and column N in tblYdelser (A1:P3); row 10 and column T lie outside every table.
    y.hiddenRows = [3, 10];
    y.hiddenColumns = [14, 20];
    const fake = lavFakeExcel(original);
    const laest = await lavArbejdsbog(fake.run).laesSnapshot();
    expect(findSheet(laest, "Ydelser")!.hiddenRows).toEqual([3]);
    expect(findSheet(laest, "Ydelser")!.hiddenColumns).toEqual([14]);
    expect(findSheet(laest, "Omkostninger")!.hiddenRows).toBeUndefined();
    expect(fake.syncs()).toBe(4);

    const uden = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const laestUden = await lavArbejdsbog(uden.run).laesSnapshot();
    expect(laestUden.sheets.some((s) => s.hiddenRows || s.hiddenColumns)).toBe(false);
    expect(uden.syncs()).toBe(3);
  });

  it("ændrer ingen celle og intet andet ved læsning", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(30));
    const foer = fake.snapshot();
    const aktivt = fake.model.aktivtArkId;
    await lavArbejdsbog(fake.run).laesSnapshot();
    expect(fake.snapshot()).toEqual(foer);
    expect(fake.model.aktivtArkId).toBe(aktivt);
    expect(fake.model.markering).toBeNull();
  });

  it("deler et kæmpe brugt område i bidder og bruger stadig det samme antal syncs", async () => {
    // 30.000 rows × 10 columns = 300.000 cells: more than the fake lets one range read (100.000 here).
    const values = Array.from({ length: 30000 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const stort: WorkbookSnapshot = { sheets: [{ name: "Data", top: 3, left: 2, values }], tables: [] };
    const lille: WorkbookSnapshot = { sheets: [{ name: "Data", top: 3, left: 2, values: [[1, 2]] }], tables: [] };

    const fakeLille = lavFakeExcel(lille);
    await lavArbejdsbog(fakeLille.run).laesSnapshot();

    const fake = lavFakeExcel(stort, { maksCellerPrLaesning: 100_000 });
    const laest = await lavArbejdsbog(fake.run).laesSnapshot();
    expect(fake.syncs()).toBe(fakeLille.syncs());
    expect(fake.syncs()).toBe(3);
    expect(laest.sheets[0].values).toEqual(values);
    expect(laest.sheets[0].top).toBe(3);
    expect(laest.sheets[0].left).toBe(2);

    // Without chunking, the same read fails: the fake's limit is real.
    const udenDeling = lavArbejdsbog(lavFakeExcel(stort, { maksCellerPrLaesning: 100_000 }).run, {
      maksCellerPrOmraade: 1_000_000,
    });
    const fejl = await arbejdsbogFejl(udenDeling.laesSnapshot());
    expect(fejl.message).toMatch(/^Excel kunne ikke læse projektmappen: området er for stort.*RangeExceedsLimit/);
  });

  it("et brugt område helt ud til XFD1048576 afvises med en dansk besked, før en eneste værdi hentes (issue 16 punkt 3)", async () => {
    // A valid skema plus one value in the sheet's last cell: Noter's used range (from C2) reaches XFD1048576.
    const fake = lavFakeExcel(fuldArbejdsbog(5));
    fake.redigerCelle("Noter", "XFD1048576", "x");
    const t0 = performance.now();
    const fejl = await arbejdsbogFejl(lavArbejdsbog(fake.run).laesSnapshot());
    expect(performance.now() - t0).toBeLessThan(2000);
    expect(fejl.message).toMatch(
      /^Projektmappen er for stor til at blive kontrolleret: arkenes brugte områder dækker 17\.177\.755\.915 celler; grænsen er 2\.000\.000\. Arket "Noter" bruger C2:XFD1048576\. Slet indhold langt fra tabellerne/,
    );
    // Two syncs (sheets and tables; the used ranges' addresses), the same as before any values are read.
    expect(fake.syncs()).toBe(2);

    // The fake models the used range from the cells it holds (sparse): one value at the bottom right is enough.
    await fake.run(async (context) => {
      const r = context.workbook.worksheets.getItem("Noter").getUsedRangeOrNullObject(true).load("address");
      await context.sync();
      expect(r.address).toBe("Noter!C2:XFD1048576");
    });

    // At the budget it is read, in the constant 3 syncs: 2.000 × 1.000 cells.
    const stort: WorkbookSnapshot = {
      sheets: [{ name: "Data", top: 1, left: 1, values: [["a"]] }],
      tables: [],
    };
    const fake2 = lavFakeExcel(stort);
    fake2.redigerCelle("Data", "ALL2000", 1);
    const laest = await lavArbejdsbog(fake2.run).laesSnapshot();
    expect(fake2.syncs()).toBe(3);
    expect(laest.sheets[0].values).toHaveLength(2000);
    // One cell more than the budget is refused.
    const fake3 = lavFakeExcel(stort);
    fake3.redigerCelle("Data", "ALL2000", 1);
    await expect(lavArbejdsbog(fake3.run, { maksCeller: 1_999_999 }).laesSnapshot()).rejects.toThrow(
      /arkenes brugte områder dækker 2\.000\.000 celler; grænsen er 1\.999\.999\. Arket "Data" bruger A1:ALL2000\./,
    );
  });

  it("holder sig under en grænse pr. sync (Excel på nettet) med så få ekstra syncs som nødvendigt", async () => {
    const values = Array.from({ length: 30000 }, (_, r) => Array.from({ length: 10 }, (_, c) => r * 10 + c));
    const stort: WorkbookSnapshot = { sheets: [{ name: "Data", top: 1, left: 1, values }], tables: [] };
    // The fake counts values, formulas and numberFormat per cell: 100.000 cells = 300.000.
    const fake = lavFakeExcel(stort, { maksCellerPrSvar: 300_000 });
    const laest = await lavArbejdsbog(fake.run, { maksCellerPrSync: 100_000 }).laesSnapshot();
    expect(fake.syncs()).toBe(2 + 3);
    expect(laest.sheets[0].values).toEqual(values);
  });

  it("halverer og prøver igen, når Excel på nettet svarer ResponsePayloadSizeLimitExceeded", async () => {
    // 2.000 rows × 16 columns of 150-character texts: ~5 MB of values alone, ~10 MB with
    // formulas; far under the cell budget for the web (60.000 cells), far over its 5 MB response limit.
    const tekst = (r: number, c: number) => `Bemærkning ${r}-${c} `.padEnd(150, "x");
    const values = Array.from({ length: 2000 }, (_, r) => Array.from({ length: 16 }, (_, c) => tekst(r, c)));
    const stort: WorkbookSnapshot = { sheets: [{ name: "Data", top: 1, left: 1, values }], tables: [] };
    const web = { maksBytesPrSvar: 5_000_000 };

    const fake = lavFakeExcel(stort, web);
    const laest = await lavArbejdsbog(fake.run, { maksCellerPrSync: WEB_MAKS_CELLER_PR_SYNC }).laesSnapshot();
    expect(laest.sheets[0].values).toEqual(values);
    // 2 syncs for sheets and ranges; 1 refused; the two halves refused once more and read by quarters.
    expect(fake.syncs()).toBeLessThanOrEqual(2 + 1 + 2 + 4);

    // Also when the adapter's cell budget is off (desktop settings against a web host).
    const uden = lavFakeExcel(stort, web);
    expect((await lavArbejdsbog(uden.run).laesSnapshot()).sheets[0].values).toEqual(values);

    // A single row bigger than the limit cannot be halved: Excel's error, in Danish.
    const enRaekke: WorkbookSnapshot = { sheets: [{ name: "Data", top: 1, left: 1, values: [values[0]] }], tables: [] };
    const fejl = await arbejdsbogFejl(
      lavArbejdsbog(lavFakeExcel(enRaekke, { maksBytesPrSvar: 1000 }).run).laesSnapshot(),
    );
    expect(fejl.message).toMatch(
      /for stor til at blive hentet på én gang i Excel på nettet.*ResponsePayloadSizeLimitExceeded/,
    );
  });
});

describe("vaelgCelle", () => {
  it("aktiverer arket og vælger cellen i én sync", async () => {
    const fake = lavFakeExcel(
      bygSnapshot({ ...gyldigtSkema(), resultater: [{ ydelsesId: "A1-108", regnskabsaar: 2024 }] }),
    );
    await lavArbejdsbog(fake.run).vaelgCelle("Over- og underskud", "D2");
    expect(fake.syncs()).toBe(1);
    const ark = fake.model.findArk("Over- og underskud")!;
    expect(fake.model.aktivtArkId).toBe(ark.id);
    expect(fake.model.markering).toEqual({ arkId: ark.id, adresse: "D2" });
  });

  it("giver en dansk fejl med Excels kode, når arket ikke findes", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const fejl = await arbejdsbogFejl(lavArbejdsbog(fake.run).vaelgCelle("Findes ikke", "A1"));
    expect(fejl.message).toBe(
      "Excel kunne ikke vælge cellen A1 på arket Findes ikke: et ark eller en tabel findes ikke (er det omdøbt eller slettet?) (fejlkode ItemNotFound).",
    );
    expect((fejl.aarsag as { code: string }).code).toBe("ItemNotFound");
  });

  it("giver en dansk fejl for et skjult ark", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const fejl = await arbejdsbogFejl(lavArbejdsbog(fake.run).vaelgCelle("Noter", "C2"));
    expect(fejl.message).toMatch(/^Excel kunne ikke vælge cellen C2 på arket Noter: .*InvalidOperation/);
  });
});

describe("skrivRapport", () => {
  it("skriver kun arket Valideringsrapport, med overskrift og én række pr. fund", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(5));
    const foer = fake.snapshot();
    await lavArbejdsbog(fake.run).skrivRapport(FUND, "Validering af Bostedet Solbakken");
    const efter = fake.snapshot();
    const aendret = aendredeCeller(foer, efter);
    expect(aendret.length).toBeGreaterThan(0);
    expect(aendret.every((c) => c.startsWith(`${RAPPORT_ARK}!`))).toBe(true);
    expect(fake.syncs()).toBe(2);

    const rapport = findSheet(efter, RAPPORT_ARK)!;
    expect(cellValue(rapport, 1, 1)).toBe("Validering af Bostedet Solbakken");
    expect(cellValue(rapport, 2, 1)).toBe("1 fejl, 1 advarsel, 0 info");
    const raekke = (r: number) => Array.from({ length: 7 }, (_, c) => cellValue(rapport, r, c + 1));
    expect(raekke(4)).toEqual(["Alvor", "Regel", "Ark", "Celle", "Ydelses-ID", "§", "Besked"]);
    // The § as everywhere else (src/core/rapport/paragraf.ts): "§ 5.2", not the bare number.
    expect(raekke(5)).toEqual([
      "Fejl",
      "belaegning-over-100",
      "Ydelser",
      "J2",
      "Y1",
      "§ 5.2",
      "Belægningen er 104,0 %.",
    ]);
    // A message that looks like a formula stays text.
    expect(raekke(6)).toEqual([
      "Advarsel",
      "tal-som-tekst",
      "Over- og underskud",
      "D3",
      null,
      null,
      '=HYPERLINK("x") står som tekst.',
    ]);
    expect(cellFormula(rapport, 6, 7)).toBeNull();
    expect(fake.model.findArk(RAPPORT_ARK)!.frosneRaekker).toBe(4);
  });

  it("erstatter en eksisterende rapport helt (ingen gamle rækker bliver stående)", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(5));
    const bog = lavArbejdsbog(fake.run);
    await bog.skrivRapport(FUND, "Første");
    const foer = fake.snapshot();
    await bog.skrivRapport([], "Anden");
    const efter = fake.snapshot();
    expect(aendredeCeller(foer, efter).every((c) => c.startsWith(`${RAPPORT_ARK}!`))).toBe(true);
    const rapport = findSheet(efter, RAPPORT_ARK)!;
    expect(cellValue(rapport, 1, 1)).toBe("Anden");
    expect(cellValue(rapport, 5, 7)).toBe("Ingen fund.");
    expect(cellValue(rapport, 6, 1)).toBeNull();
    expect(efter.sheets.filter((s) => s.name === RAPPORT_ARK)).toHaveLength(1);
  });
});

describe("indsaetTillaegsberegning", () => {
  it("tilføjer en række nederst i tblTillaegsberegning med formlerne fra formler.ts, og ændrer intet andet", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const foer = fake.snapshot();
    const t0 = tabel(foer, TBL_TILLAEGSBEREGNING.navn);
    const svar = await lavArbejdsbog(fake.run).indsaetTillaegsberegning(NY_TILLAEG);
    const efter = fake.snapshot();
    const t1 = tabel(efter, TBL_TILLAEGSBEREGNING.navn);

    const nyRaekke = t0.omr.bottom + 1;
    expect(t1.omr).toEqual({ ...t0.omr, bottom: nyRaekke });
    expect(svar).toMatchObject({ ark: "Tillægsydelser", celle: `A${nyRaekke}` });
    expect(aendredeCeller(foer, efter)).toEqual(
      alleCeller("Tillægsydelser", { top: nyRaekke, left: 1, bottom: nyRaekke, right: 10 }),
    );
    expect(fake.syncs()).toBe(3);

    const ark = findSheet(efter, "Tillægsydelser")!;
    const v = (c: number) => cellValue(ark, nyRaekke, c);
    expect([v(1), v(2), v(3), v(4), v(7), v(8)]).toEqual([
      "Ledsagelse til træning",
      "Socialpædagog",
      "Hverdag 17-23",
      2.5,
      46023,
      46203,
    ]);
    const forventet = tillaegsberegningFormler(
      nyRaekke,
      {
        beskrivelse: "A",
        personalekategori: "B",
        tidsrum: "C",
        timerPrUge: "D",
        ataTimetakst: "E",
        ugepris: "F",
        startdato: "G",
        slutdato: "H",
        uger: "I",
        samletPris: "J",
      },
      // The table's columns by their headers (structured references), as the template writes them.
      tillaegOpslagTabel(),
    );
    expect([5, 6, 9, 10].map((c) => cellFormula(ark, nyRaekke, c))).toEqual([
      forventet.ataTimetakst,
      forventet.ugepris,
      forventet.uger,
      forventet.samletPris,
    ]);
  });

  it("udfylder skabelonens første tomme række i stedet for at gøre tabellen større", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] });
    const bog = lavArbejdsbog(fake.run);
    await bog.indsaetSkabelon(2026);
    const foer = fake.snapshot();
    const t0 = tabel(foer, TBL_TILLAEGSBEREGNING.navn);
    const svar = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    const efter = fake.snapshot();
    expect(tabel(efter, TBL_TILLAEGSBEREGNING.navn).omr).toEqual(t0.omr);
    const r = t0.omr.top + 1;
    expect(svar).toMatchObject({
      ark: "Tillægsydelser",
      celle: omraadeA1({ top: r, left: t0.omr.left, bottom: r, right: t0.omr.left }),
    });
    const aendret = aendredeCeller(foer, efter);
    // The six input cells, and the four formula cells, which keep their formulas and are
    // calculated (tests/excel/beregning.test.ts), as in Excel.
    expect(aendret).toEqual(
      [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(
        (i) => `Tillægsydelser!${omraadeA1({ top: r, left: t0.omr.left + i, bottom: r, right: t0.omr.left + i })}`,
      ),
    );
  });

  it("nægter med en dansk besked, når tabellen mangler (og opretter den ikke)", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(lavArbejdsbog(fake.run).indsaetTillaegsberegning(NY_TILLAEG));
    expect(fejl.message).toMatch(/ingen tabel over beregnede tillægsydelser.*Tilføj manglende tabeller/);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("afviser et ikke-tal uden at skrive", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const fejl = await arbejdsbogFejl(
      lavArbejdsbog(fake.run).indsaetTillaegsberegning({ ...NY_TILLAEG, timerPrUge: Number.NaN }),
    );
    expect(fejl.message).toBe("Timer pr. uge skal være et tal.");
    expect(fake.syncs()).toBe(0);
  });
});

describe("markerStatus", () => {
  it("skriver kun Status og Fund i de angivne rækker", async () => {
    const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), takstbilag: takstbilagRaekker(10) }));
    const foer = fake.snapshot();
    await lavArbejdsbog(fake.run).markerStatus([
      { raekkeIndex: 1, status: "OK", fund: "" },
      { raekkeIndex: 2, status: "Fejl", fund: "takstbilag-aendring-stemmer-ikke" },
      { raekkeIndex: 3, status: "Advarsel", fund: "-belaegning" },
      { raekkeIndex: 7, status: "OK", fund: "" },
    ]);
    const efter = fake.snapshot();
    // Status is column P, Fund column Q; data rows start on row 2. Empty fund stays empty.
    expect(aendredeCeller(foer, efter)).toEqual([
      "Takstbilag!P2",
      "Takstbilag!P3",
      "Takstbilag!Q3",
      "Takstbilag!P4",
      "Takstbilag!Q4",
      "Takstbilag!P8",
    ]);
    const ark = findSheet(efter, TBL_TAKSTBILAG.ark)!;
    expect(cellValue(ark, 3, 16)).toBe("Fejl");
    expect(cellValue(ark, 4, 17)).toBe("-belaegning");
    expect(fake.syncs()).toBe(2);
  });

  it("finder kolonnerne efter overskrift, også når de er flyttet", async () => {
    const keys = TBL_TAKSTBILAG.kolonner.map((k) => k.key);
    const flyttet = ["fund", ...keys.filter((k) => k !== "fund")];
    const fake = lavFakeExcel(bygSnapshot({ takstbilag: { raekker: takstbilagRaekker(3), kolonner: flyttet } }));
    const foer = fake.snapshot();
    await lavArbejdsbog(fake.run).markerStatus([{ raekkeIndex: 2, status: "Fejl", fund: "x" }]);
    expect(aendredeCeller(foer, fake.snapshot())).toEqual(["Takstbilag!A3", "Takstbilag!Q3"]);
  });

  it("giver danske fejl for manglende tabel og række uden for tabellen", async () => {
    const uden = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    expect(
      (await arbejdsbogFejl(lavArbejdsbog(uden.run).markerStatus([{ raekkeIndex: 1, status: "OK", fund: "" }])))
        .message,
    ).toMatch(/ingen tabel med et takstbilag/);
    const med = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(3) }));
    const foer = med.snapshot();
    const fejl = await arbejdsbogFejl(
      lavArbejdsbog(med.run).markerStatus([{ raekkeIndex: 4, status: "OK", fund: "" }]),
    );
    expect(fejl.message).toMatch(/har 3 rækker, men der skulle markeres række 4/);
    expect(med.snapshot()).toEqual(foer);
  });

  it("melder et beskyttet ark som en dansk fejl", async () => {
    const snap = bygSnapshot({ takstbilag: takstbilagRaekker(3) });
    snap.sheets[0].protected = true;
    const fake = lavFakeExcel(snap);
    const fejl = await arbejdsbogFejl(
      lavArbejdsbog(fake.run).markerStatus([{ raekkeIndex: 1, status: "OK", fund: "" }]),
    );
    // Refused before any write, naming the sheet (issue 19), not Excel's AccessDenied half-way.
    expect(fejl.message).toMatch(
      /^Arket Takstbilag er beskyttet, så Takstskema kan ikke skrive i det\..*Intet er ændret\.$/,
    );
  });
});

describe("indsaetSkabelon", () => {
  it("tilføjer netop skabelonens ark og tabeller i 2 syncs og rører ikke det eksisterende", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Mine tal", top: 1, left: 1, values: [[1, 2]] }], tables: [] });
    const foer = fake.snapshot();
    await lavArbejdsbog(fake.run, { understoetter: fake.understoetter }).indsaetSkabelon(2026);
    expect(fake.syncs()).toBe(2);
    const efter = fake.snapshot();
    expect(efter.sheets.map((s) => s.name)).toEqual(["Mine tal", ...SKABELON_ARK]);
    expect(aendredeCeller(foer, efter).some((c) => c.startsWith("Mine tal!"))).toBe(false);
    expect(efter.tables.map((t) => t.name).sort()).toEqual(
      [
        "tblOmkostninger",
        "tblResultater",
        "tblStamdata",
        "tblTillaeg",
        "tblTillaegFastPris",
        "tblTillaegsberegning",
        "tblYdelser",
      ].sort(),
    );

    const ydelser = findSheet(efter, "Ydelser")!;
    expect(cellValue(ydelser, 2, 1)).toBe("Ydelses-ID");
    expect(cellValue(ydelser, 2, 16)).toBe("Bemærkninger");
    expect(tabel(efter, "tblYdelser").ref).toBe("A2:P7");
    const stamdata = findSheet(efter, "Stamdata")!;
    expect(cellValue(stamdata, 7, 1)).toBe("Takstår");
    expect(cellValue(stamdata, 7, 2)).toBe(2026);
    const omk = findSheet(efter, "Omkostninger")!;
    expect(cellFormula(omk, 3, 13)).toBe('=IF(A3="","",B3+D3+E3+F3+G3+H3-I3+J3+K3-L3)');
    expect(omk.numberFormats![2][1]).toBe('#,##0.00 "kr."');

    const ydelsesArk = fake.model.findArk("Ydelser")!;
    expect(ydelsesArk.frosneRaekker).toBe(2);
    // Dropdowns for the enum columns (Taksttype E, Takstenhed F, Tilbudsform G, Årsag O).
    expect(ydelsesArk.datavalideringer.map((d) => omraadeA1(d.omraade))).toEqual(["E3:E7", "F3:F7", "G3:G7", "O3:O7"]);
    expect(fake.model.findArk("Stamdata")!.datavalideringer).toHaveLength(1);
  });

  it("udelader dropdown-lister, når Excel ikke har ExcelApi 1.8", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Ark1", top: 1, left: 1, values: [] }], tables: [] });
    await lavArbejdsbog(fake.run, { understoetter: () => false }).indsaetSkabelon(2026);
    expect(fake.model.ark.flatMap((a) => a.datavalideringer)).toEqual([]);
    expect(fake.snapshot().tables).toHaveLength(7);
  });

  it("nægter, når et af skabelonens ark findes, og nævner arket", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(lavArbejdsbog(fake.run).indsaetSkabelon(2026));
    expect(fejl.message).toBe(
      "Skabelonen kan ikke indsættes, fordi projektmappen allerede har arkene Stamdata, Ydelser, Omkostninger og Tillægsydelser. Omdøb eller slet dem først, eller indsæt skabelonen i en ny, tom projektmappe. Intet er ændret.",
    );
    expect(fake.snapshot()).toEqual(foer);
    expect(fake.syncs()).toBe(1);
  });

  it("nægter, når en af skabelonens tabeller findes på et andet ark", async () => {
    const fake = lavFakeExcel({
      sheets: [{ name: "Gammel", top: 1, left: 1, values: [["Ydelses-ID"], ["A"]] }],
      tables: [{ name: "tblYdelser", sheet: "Gammel", ref: "A1:A2" }],
    });
    const fejl = await arbejdsbogFejl(lavArbejdsbog(fake.run).indsaetSkabelon(2026));
    expect(fejl.message).toMatch(/allerede har tabellen tblYdelser på et andet ark/);
  });

  it("læses tilbage, som den blev skrevet", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Ark1", top: 1, left: 1, values: [] }], tables: [] });
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    await bog.indsaetSkabelon(2027);
    const skrevet = fake.snapshot();
    const laest = await bog.laesSnapshot();
    expect(laest.tables).toEqual(skrevet.tables);
    // The used range counts values only: the blank rows' number formats are not read, all else is.
    const forskelle = aendredeCeller(skrevet, laest);
    expect(forskelle.length).toBeGreaterThan(0);
    for (const adr of forskelle) {
      const [arkNavn, celle] = adr.split("!");
      const p = parseOmraade(celle)!;
      const ark = findSheet(skrevet, arkNavn)!;
      expect([adr, cellValue(ark, p.top, p.left), cellFormula(ark, p.top, p.left)]).toEqual([adr, null, null]);
    }
  });
});

describe("naarAendret", () => {
  const vent = () => new Promise((r) => setTimeout(r, 0));

  it("kalder tilbage ved brugerens ændringer, men ikke ved tilføjelsesprogrammets egen rapport", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const kald: number[] = [];
    const afmeld = await bog.naarAendret(() => kald.push(1));

    fake.redigerCelle("Ydelser", "B2", "Nyt navn");
    await vent();
    expect(kald).toHaveLength(1);

    await bog.skrivRapport(FUND, "Rapport");
    await vent();
    await vent();
    expect(kald).toHaveLength(1);

    await afmeld();
    fake.redigerCelle("Ydelser", "B3", "Igen");
    await vent();
    expect(kald).toHaveLength(1);
    expect(fake.model.haendelsesfejl).toEqual([]);
  });

  it("giver en dansk fejl, når Excel ikke kan melde ændringer (under ExcelApi 1.9)", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const fejl = await arbejdsbogFejl(
      lavArbejdsbog(fake.run, { understoetter: () => false }).naarAendret(() => undefined),
    );
    expect(fejl.message).toMatch(/Automatisk opdatering kræver en nyere udgave af Excel/);
  });
});

/** Sets one cell of a snapshot (value, formula), growing the sheet's ragged grid as needed. */
function saetCelle(s: WorkbookSnapshot, arkNavn: string, row: number, col: number, v: CellValue, f: string | null) {
  const ark = findSheet(s, arkNavn)!;
  const r = row - ark.top;
  const c = col - ark.left;
  ark.formulas ??= [];
  while (ark.values.length <= r) ark.values.push([]);
  while (ark.formulas.length <= r) ark.formulas.push([]);
  ark.values[r][c] = v;
  ark.formulas[r][c] = f;
  for (const raekke of ark.values) for (let i = 0; i < raekke.length; i++) raekke[i] ??= null;
  for (const raekke of ark.formulas) for (let i = 0; i < raekke.length; i++) raekke[i] ??= null;
}

describe("Excel-fidelitet (issue 8)", () => {
  it("en ny række i tblTillaegsberegning bevarer brugerens beregnede kolonne (null, ikke tom tekst)", async () => {
    const s = fuldArbejdsbog(3);
    const t = tabel(s, TBL_TILLAEGSBEREGNING.navn);
    // The user's own calculated column to the right of the template's: Moms = 25 % of Samlet pris.
    const k = t.omr.right + 1;
    const bogstav = (c: number) => omraadeA1({ top: 1, left: c, bottom: 1, right: c }).replace(/\d+/, "");
    saetCelle(s, t.sheet, t.omr.top, k, "Moms", null);
    for (let r = t.omr.top + 1; r <= t.omr.bottom; r++) {
      saetCelle(s, t.sheet, r, k, 100, `=ROUND(${bogstav(t.omr.right)}${r}*0.25,2)`);
    }
    s.tables.find((x) => x.name === t.name)!.ref = omraadeA1({ ...t.omr, right: k });

    const fake = lavFakeExcel(s);
    await lavArbejdsbog(fake.run).indsaetTillaegsberegning(NY_TILLAEG);
    const efter = fake.snapshot();
    const nyRaekke = t.omr.bottom + 1;
    expect(tabel(efter, TBL_TILLAEGSBEREGNING.navn).omr.bottom).toBe(nyRaekke);
    expect(cellFormula(findSheet(efter, t.sheet)!, nyRaekke, k)).toBe(
      `=ROUND(${bogstav(t.omr.right)}${nyRaekke}*0.25,2)`,
    );
  });

  it("venter, mens brugeren redigerer en celle, i stedet for at fejle (delayForCellEdit)", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const foer = await lavArbejdsbog(fake.run).laesSnapshot();

    fake.startCelleredigering();
    let faerdig = false;
    const laesning = lavArbejdsbog(fake.run)
      .laesSnapshot()
      .then((s) => {
        faerdig = true;
        return s;
      });
    for (let i = 0; i < 5; i++) await new Promise((r) => setTimeout(r, 0));
    expect(faerdig).toBe(false);
    fake.afslutCelleredigering();
    expect(await laesning).toEqual(foer);

    // The fake's cell edit mode is real: a batch without delayForCellEdit fails, as in Excel.
    fake.startCelleredigering();
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.load("items/name");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidOperationInCellEditMode" });
    fake.afslutCelleredigering();
  });

  it.each(["#BLOCKED!", "#BUSY!", "#CALC!", "#CONNECT!", "#EXTERNAL!", "#FIELD!", "#SPILL!"])(
    "læser %s som en fejlværdi, ikke som tekst",
    async (fejl) => {
      const s: WorkbookSnapshot = {
        sheets: [{ name: "Ark", top: 1, left: 1, values: [["Takst", { fejl }]], formulas: [[null, "=A1#"]] }],
        tables: [],
      };
      const laest = await lavArbejdsbog(lavFakeExcel(s).run).laesSnapshot();
      expect(cellValue(laest.sheets[0], 1, 2)).toEqual({ fejl });
    },
  );

  it.each(["#BLOCKED!", "#BUSY!", "#CONNECT!", "#EXTERNAL!", "#FIELD!"])(
    "kernens værdilæser melder %s som Excel-fejl, også når den kommer som tekst",
    (fejl) => {
      for (const raa of [fejl, { fejl }]) {
        expect(laesVaerdi(raa, "tal")).toMatchObject({ vaerdi: null, fejl: { art: "excel-fejl", fejl } });
        expect(laesVaerdi(raa, "tekst")).toMatchObject({ vaerdi: null, fejl: { art: "excel-fejl", fejl } });
      }
    },
  );

  it("tekst, der begynder med apostrof og =, er tekst og ikke en formel", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Ark", top: 1, left: 1, values: [["x"]] }], tables: [] });
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Ark").getRange("A1:B1").values = [["'=[Budget.xlsx]Ark1!A1", "=1+1"]];
      await context.sync();
    });
    const laest = await lavArbejdsbog(fake.run).laesSnapshot();
    expect(cellValue(laest.sheets[0], 1, 1)).toBe("=[Budget.xlsx]Ark1!A1");
    expect(cellFormula(laest.sheets[0], 1, 1)).toBeNull();
    expect(cellFormula(laest.sheets[0], 1, 2)).toBe("=1+1");
  });
});

describe("som en ældre Excel (fake'en afviser medlemmer over sit API-sæt)", () => {
  it("ExcelApi 1.7: læser, indsætter skabelonen uden rullelister og afviser Opdater automatisk med en dansk besked", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3), { excelApi: "1.7" });
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    expect((await bog.laesSnapshot()).sheets.length).toBeGreaterThan(0);

    const tom = lavFakeExcel(
      { sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] },
      { excelApi: "1.7" },
    );
    await lavArbejdsbog(tom.run, { understoetter: tom.understoetter }).indsaetSkabelon(2026);
    expect(tom.model.ark.every((a) => a.datavalideringer.length === 0)).toBe(true);

    const fejl = await arbejdsbogFejl(bog.naarAendret(() => undefined));
    expect(fejl.message).toBe(
      "Automatisk opdatering kræver en nyere udgave af Excel (ExcelApi 1.9). Valider med knappen i stedet.",
    );
  });

  it("ExcelApi 1.9: Opdater automatisk virker", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3), { excelApi: "1.9" });
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const kald: number[] = [];
    const afmeld = await bog.naarAendret(() => kald.push(1));
    fake.redigerCelle("Ydelser", "B2", "Nyt navn");
    await new Promise((r) => setTimeout(r, 0));
    expect(kald).toHaveLength(1);
    await afmeld();
  });

  it("fake'en afviser et medlem over værtens sæt med ApiNotFound, som en ældre Excel", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3), { excelApi: "1.8" });
    // An adapter that did not ask isSetSupported would meet this in a real Excel 1.8.
    const fejl = await arbejdsbogFejl(
      lavArbejdsbog(fake.run, { understoetter: () => true }).naarAendret(() => undefined),
    );
    expect(fejl.message).toMatch(/ApiNotFound/);
  });
});
