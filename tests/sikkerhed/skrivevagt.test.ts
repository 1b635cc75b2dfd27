/**
 * "Nothing written uninvited" (README, "Tilføjelsesprogrammet i Excel"): every action the task pane can take, through the
 * Arbejdsbog interface on the in-memory Excel, on the bundled examples. Each test proves
 * cell by cell (aendredeCeller: value, formula, number format) exactly what changed.
 */
import { kolonneBogstaver, omraadeA1, parseOmraade, type Omraade } from "../../src/core/adresse";
import { ArbejdsbogFejl, type TakstbilagStatus } from "../../src/core/arbejdsbog";
import { TBL_TAKSTBILAG, TBL_TILLAEGSBEREGNING, TBL_YDELSER } from "../../src/core/skema/tabeller";
import { bygSnapshot, type ByggeRaekke } from "../hjaelp/snapshot-bygger";
import { cellValue, findSheet, type WorkbookSnapshot } from "../../src/core/snapshot";
import { RAPPORT_ARK, SKABELON_ARK } from "../../src/excel";
import { aendredeCeller } from "../../src/excel/fake";
import { takstbilagStatusser } from "../../src/taskpane/sektioner/takstbilag/logik";
import { debounce } from "../../src/taskpane/sektioner/validering/logik";
import { arbejdsbogFejl as afvises, takstbilagRaekker } from "../excel/hjaelp";
import { EKSEMPEL_FILER, laesEksempel, nyBog, validerSomRuden, type Bog } from "./hjaelp";
import { standardValg } from "../hjaelp/valider";

const eksempler = new Map<string, WorkbookSnapshot>();

beforeAll(async () => {
  expect(EKSEMPEL_FILER.length).toBeGreaterThanOrEqual(5);
  for (const fil of EKSEMPEL_FILER) eksempler.set(fil, await laesEksempel(fil));
});

function eksempel(fil: string): WorkbookSnapshot {
  const s = eksempler.get(fil);
  if (!s) throw new Error(`${fil} er ikke læst`);
  return s;
}

const vent = (ms = 0) => new Promise((r) => setTimeout(r, ms));

async function ventPaa(betingelse: () => boolean, ms = 2000): Promise<void> {
  const slut = Date.now() + ms;
  while (!betingelse()) {
    if (Date.now() > slut) throw new Error("ventede forgæves");
    await vent(2);
  }
}

function celler(ark: string, o: Omraade): string[] {
  const ud: string[] = [];
  for (let r = o.top; r <= o.bottom; r++)
    for (let c = o.left; c <= o.right; c++) ud.push(`${ark}!${omraadeA1({ top: r, left: c, bottom: r, right: c })}`);
  return ud;
}

function tabelOmraade(s: WorkbookSnapshot, navn: string): { ark: string; o: Omraade } | null {
  const t = s.tables.find((x) => x.name.toLowerCase() === navn.toLowerCase());
  return t ? { ark: t.sheet, o: parseOmraade(t.ref)! } : null;
}

/** Everything but the sheets named: the workbook minus what an action was invited to change. */
function udenArk(s: WorkbookSnapshot, ark: readonly string[]): WorkbookSnapshot {
  const navne = new Set(ark.map((a) => a.toLowerCase()));
  return { ...s, sheets: s.sheets.filter((x) => !navne.has(x.name.toLowerCase())) };
}

/** The state a read-only action must leave as it found it: cells, tables, active sheet, selection, frozen rows. */
function tilstand({ fake }: Bog) {
  return {
    snapshot: fake.snapshot(),
    aktivt: fake.model.aktivtArkId,
    markering: fake.model.markering,
  };
}

describe.each(EKSEMPEL_FILER)("%s", (fil) => {
  it("Valider (læs, motor, takstbilag-status) ændrer intet: ingen celle, tabel, aktivt ark eller markering", async () => {
    const b = nyBog(eksempel(fil));
    const foer = tilstand(b);
    const { snapshot, skema, resultat } = await validerSomRuden(b.bog);
    takstbilagStatusser(skema, resultat.fund, standardValg().profil);
    expect(aendredeCeller(foer.snapshot, b.fake.snapshot())).toEqual([]);
    expect(tilstand(b)).toEqual(foer);
    // The read is the workbook as it is.
    expect(aendredeCeller(foer.snapshot, snapshot)).toEqual([]);
    expect(snapshot.tables).toEqual(foer.snapshot.tables);
  });

  it("Vælg celle for hvert fund ændrer ingen celle (kun markeringen flytter)", async () => {
    const b = nyBog(eksempel(fil));
    const foer = b.fake.snapshot();
    const { resultat } = await validerSomRuden(b.bog);
    const steder = resultat.fund.map((f) => [f.ark, f.celle] as const);
    steder.push(["Ydelser", "A1"]);
    for (const [ark, celle] of steder) {
      // A finding may point at a sheet that does not exist (a missing table): then a Danish error, still nothing written.
      await b.bog.vaelgCelle(ark, celle).catch((e: unknown) => expect(e).toBeInstanceOf(ArbejdsbogFejl));
      expect(aendredeCeller(foer, b.fake.snapshot())).toEqual([]);
    }
    expect(b.fake.snapshot()).toEqual(foer);
    expect(b.fake.model.markering).not.toBeNull();
  });

  it("Skriv rapport ændrer kun celler på arket Valideringsrapport, også når den skrives igen", async () => {
    const b = nyBog(eksempel(fil));
    const foer = b.fake.snapshot();
    const { resultat } = await validerSomRuden(b.bog);
    await b.bog.skrivRapport(resultat.fund, `Valideringsrapport for ${fil}`);
    const efter = b.fake.snapshot();
    const aendret = aendredeCeller(foer, efter);
    expect(aendret.length).toBeGreaterThan(0);
    expect(aendret.filter((c) => !c.startsWith(`${RAPPORT_ARK}!`))).toEqual([]);
    expect(udenArk(efter, [RAPPORT_ARK])).toEqual(udenArk(foer, [RAPPORT_ARK]));

    // The second run (what "Opdater" + "Skriv rapport" does) replaces only the report.
    const { resultat: igen } = await validerSomRuden(b.bog);
    await b.bog.skrivRapport(igen.fund.slice(0, 1), "Anden kørsel");
    const anden = b.fake.snapshot();
    expect(aendredeCeller(efter, anden).filter((c) => !c.startsWith(`${RAPPORT_ARK}!`))).toEqual([]);
    expect(udenArk(anden, [RAPPORT_ARK])).toEqual(udenArk(foer, [RAPPORT_ARK]));
    expect(anden.sheets.filter((s) => s.name === RAPPORT_ARK)).toHaveLength(1);
  });

  it("Indsæt ændrer kun den ene række i tblTillaegsberegning (eller afviser og ændrer intet)", async () => {
    const b = nyBog(eksempel(fil));
    const foer = b.fake.snapshot();
    const t0 = tabelOmraade(foer, TBL_TILLAEGSBEREGNING.navn);
    const ny = {
      beskrivelse: "Ekstra støtte efter aktivitetstilbud",
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timerPrUge: 2.5,
      startdato: 46027,
      slutdato: 46110,
    };
    if (!t0) {
      const fejl = await afvises(b.bog.indsaetTillaegsberegning(ny));
      expect(fejl.message).toMatch(/ingen tabel over beregnede tillægsydelser/);
      expect(b.fake.snapshot()).toEqual(foer);
      return;
    }
    const sted = await b.bog.indsaetTillaegsberegning(ny);
    const efter = b.fake.snapshot();
    const t1 = tabelOmraade(efter, TBL_TILLAEGSBEREGNING.navn)!;
    const raekke = Number(sted.celle.replace(/^[A-Z]+/, ""));
    expect(sted.ark).toBe(t0.ark);
    // The row lies in the table's body (appended rows grow the table by exactly one).
    expect(raekke).toBeGreaterThan(t0.o.top);
    expect(raekke).toBeLessThanOrEqual(t1.o.bottom);
    expect(t1.o).toEqual({ ...t0.o, bottom: Math.max(t0.o.bottom, raekke) });
    expect(aendredeCeller(foer, efter)).toEqual(
      celler(t0.ark, { top: raekke, bottom: raekke, left: t0.o.left, right: t0.o.right }),
    );
    expect(cellValue(findSheet(efter, t0.ark)!, raekke, t0.o.left)).toBe(ny.beskrivelse);
    // No other table moved.
    const andre = (s: WorkbookSnapshot) => s.tables.filter((t) => t.name !== TBL_TILLAEGSBEREGNING.navn);
    expect(andre(efter)).toEqual(andre(foer));
  });

  it("Marker status uden tblTakstbilag: listen fra fundene er tom, og intet ændres; en liste afvises", async () => {
    const b = nyBog(eksempel(fil));
    const foer = b.fake.snapshot();
    const { skema, resultat } = await validerSomRuden(b.bog);
    expect(skema.takstbilag).toBeFalsy();
    const statusser = takstbilagStatusser(skema, resultat.fund, standardValg().profil);
    expect(statusser).toEqual([]);
    await b.bog.markerStatus(statusser);
    expect(b.fake.snapshot()).toEqual(foer);
    const fejl = await afvises(b.bog.markerStatus([{ raekkeIndex: 1, status: "OK", fund: "" }]));
    expect(fejl.message).toMatch(/ingen tabel med et takstbilag/);
    expect(b.fake.snapshot()).toEqual(foer);
  });

  it("Skabelon afviser, når arkene findes, og ændrer intet", async () => {
    const b = nyBog(eksempel(fil));
    const foer = tilstand(b);
    const fejl = await afvises(b.bog.indsaetSkabelon(2027));
    expect(fejl.message).toMatch(/Skabelonen kan ikke indsættes.*Intet er ændret\.$/);
    expect(tilstand(b)).toEqual(foer);
  });

  it("Opdater automatisk: tilmelding ændrer intet; brugerens rettelse giver én genvalidering, og kun brugerens celle er ændret", async () => {
    const b = nyBog(eksempel(fil));
    const foer = tilstand(b);
    let valideringer = 0;
    // As Validering.tsx: a debounced re-validation per burst of edits.
    const d = debounce(() => {
      void validerSomRuden(b.bog).then(() => valideringer++);
    }, 5);
    const afmeld = await b.bog.naarAendret(() => d.kald());
    expect(tilstand(b)).toEqual(foer);

    const ark = b.fake.snapshot().sheets.find((s) => s.name === TBL_YDELSER.ark)!;
    b.fake.redigerCelle(ark.name, "P2", "Begrundelsen er rettet af brugeren.");
    b.fake.redigerCelle(ark.name, "P2", "Begrundelsen er rettet af brugeren igen.");
    await ventPaa(() => valideringer === 1);
    await vent(20);
    expect(valideringer).toBe(1);
    expect(aendredeCeller(foer.snapshot, b.fake.snapshot())).toEqual([`${ark.name}!P2`]);

    await afmeld();
    b.fake.redigerCelle(ark.name, "P3", "Efter afmelding.");
    await vent(20);
    expect(valideringer).toBe(1);
    expect(aendredeCeller(foer.snapshot, b.fake.snapshot())).toEqual([`${ark.name}!P2`, `${ark.name}!P3`]);
    expect(b.fake.model.haendelsesfejl).toEqual([]);
  });
});

describe("Marker status på et takstbilag", () => {
  /** A takstbilag as the CLI's bilag writes it, with rows that break rules, old Status/Fund, and the columns moved. */
  function takstbilag(): WorkbookSnapshot {
    const raekker: ByggeRaekke[] = takstbilagRaekker(6);
    raekker[1].takst = 2600; // takst changed without a matching Ændring kr. and no begrundelse
    raekker[1].bemaerkninger = null;
    raekker[2].pladser = 12; // pladsændring without begrundelse
    raekker[2].bemaerkninger = null;
    raekker[3].status = "Fejl"; // an old mark that must be overwritten
    raekker[3].fund = "gammel-regel";
    raekker[4].pladser = 11; // pladsændring with a begrundelse: info only
    raekker[4].bemaerkninger = "To pladser flyttet fra tilbud B efter aftale med DAS.";
    const noegler = TBL_TAKSTBILAG.kolonner.map((k) => k.key);
    // Status and Fund in the middle, so a write that spills over would hit Takst and Årsag.
    const kolonner = [
      ...noegler.filter((k) => k !== "status" && k !== "fund" && k !== "aarsag"),
      "status",
      "fund",
      "aarsag",
    ];
    // Ændring kr. as the bilag writes it, pointing at this layout's Takst sidste år and Takst (one column
    // and two rows in); row 1's formula was overwritten by the old figure, so the stored 50 is a value.
    const kol = (k: string) => kolonneBogstaver(2 + kolonner.indexOf(k));
    raekker.forEach((r, i) => {
      const [f, t] = [`${kol("takstSidsteAar")}${4 + i}`, `${kol("takst")}${4 + i}`];
      r.aendringKr = i === 1 ? 50 : { v: 50, f: `=IF(${f}="","",IF(${t}="","",${t}-${f}))` };
    });
    const s = bygSnapshot({
      takstbilag: { raekker, kolonner, forskydning: { raekker: 2, kolonner: 1 } },
      ekstraArk: [{ name: "Noter", top: 1, left: 1, values: [["Egne noter", 42]] }],
    });
    return s;
  }

  it("udfylder præcis Status og Fund i tabellens rækker, efter fundene, og intet andet", async () => {
    const b = nyBog(takstbilag());
    const foer = b.fake.snapshot();
    const { skema, resultat } = await validerSomRuden(b.bog);
    expect(resultat.opsummering.fejl).toBeGreaterThan(0);
    const statusser: TakstbilagStatus[] = takstbilagStatusser(skema, resultat.fund, standardValg().profil);
    expect(statusser).toHaveLength(6);
    expect(statusser.map((s) => s.status)).toEqual(["OK", "Fejl", "Fejl", "OK", "OK", "OK"]);

    await b.bog.markerStatus(statusser);
    const efter = b.fake.snapshot();
    const t = tabelOmraade(efter, TBL_TAKSTBILAG.navn)!;
    expect(t).toEqual(tabelOmraade(foer, TBL_TAKSTBILAG.navn));
    const ark = findSheet(efter, t.ark)!;
    const overskrifter = Array.from({ length: t.o.right - t.o.left + 1 }, (_, i) =>
      cellValue(ark, t.o.top, t.o.left + i),
    );
    const statusKol = t.o.left + overskrifter.indexOf("Status");
    const fundKol = t.o.left + overskrifter.indexOf("Fund");
    expect(statusKol).toBeGreaterThan(t.o.left);
    expect(fundKol).toBe(statusKol + 1);

    // Every Status cell changes (all were empty or held an old mark); a Fund cell only where the text changes.
    const forventet = new Set<string>();
    statusser.forEach((s, i) => {
      const r = t.o.top + 1 + i;
      const foerArk = findSheet(foer, t.ark)!;
      if (cellValue(foerArk, r, statusKol) !== s.status)
        forventet.add(celler(t.ark, { top: r, bottom: r, left: statusKol, right: statusKol })[0]);
      if ((cellValue(foerArk, r, fundKol) ?? "") !== s.fund)
        forventet.add(celler(t.ark, { top: r, bottom: r, left: fundKol, right: fundKol })[0]);
      expect(cellValue(ark, r, statusKol)).toBe(s.status);
      expect(cellValue(ark, r, fundKol) ?? "").toBe(s.fund);
    });
    expect(forventet.size).toBeGreaterThanOrEqual(7);
    expect(new Set(aendredeCeller(foer, efter))).toEqual(forventet);
    expect(efter.sheets.find((s) => s.name === "Noter")).toEqual(foer.sheets.find((s) => s.name === "Noter"));

    // Marking again with the same findings changes nothing more.
    const { skema: s2, resultat: r2 } = await validerSomRuden(b.bog);
    await b.bog.markerStatus(takstbilagStatusser(s2, r2.fund, standardValg().profil));
    expect(aendredeCeller(efter, b.fake.snapshot())).toEqual([]);
  });

  it("afviser en række uden for tabellen og ændrer intet", async () => {
    const b = nyBog(takstbilag());
    const foer = b.fake.snapshot();
    const fejl = await afvises(b.bog.markerStatus([{ raekkeIndex: 7, status: "OK", fund: "" }]));
    expect(fejl.message).toMatch(/har 6 rækker/);
    expect(b.fake.snapshot()).toEqual(foer);
  });
});

describe("Skabelon i en arbejdsbog uden skabelonens ark", () => {
  const egne: WorkbookSnapshot = {
    sheets: [
      {
        name: "Ark1",
        top: 1,
        left: 1,
        values: [["Brugerens egne tal", 1, 2, 3]],
        numberFormats: [[null, "0.00", null, null]],
      },
      { name: "Budget 2027", top: 3, left: 2, values: [[1000000], [{ fejl: "#REF!" }]], formulas: [[null], ["=A1/0"]] },
    ],
    tables: [],
  };

  it("skriver kun på de nye ark; brugerens ark og celler er urørte", async () => {
    const b = nyBog(egne);
    const foer = b.fake.snapshot();
    await b.bog.indsaetSkabelon(2027);
    const efter = b.fake.snapshot();
    const nye = new Set<string>(SKABELON_ARK);
    const aendret = aendredeCeller(foer, efter);
    expect(aendret.length).toBeGreaterThan(50);
    expect(aendret.filter((c) => !nye.has(c.slice(0, c.lastIndexOf("!"))))).toEqual([]);
    expect(udenArk(efter, SKABELON_ARK).sheets).toEqual(foer.sheets);
    expect(foer.tables).toEqual([]);
    expect(efter.tables.every((t) => nye.has(t.sheet))).toBe(true);
  });

  it("afviser igen (arkene findes nu) og ændrer intet", async () => {
    const b = nyBog(egne);
    await b.bog.indsaetSkabelon(2027);
    const foer = b.fake.snapshot();
    await afvises(b.bog.indsaetSkabelon(2028));
    expect(b.fake.snapshot()).toEqual(foer);
  });

  it("afviser, når et ark findes med andre store/små bogstaver, eller en skabelontabel ligger på et andet ark", async () => {
    const medStamdata: WorkbookSnapshot = {
      ...egne,
      sheets: [...egne.sheets, { name: "STAMDATA", top: 1, left: 1, values: [["x"]] }],
    };
    const b1 = nyBog(medStamdata);
    const f1 = b1.fake.snapshot();
    expect((await afvises(b1.bog.indsaetSkabelon(2027))).message).toMatch(/arket Stamdata/);
    expect(b1.fake.snapshot()).toEqual(f1);

    const medTabel: WorkbookSnapshot = {
      sheets: [...egne.sheets, { name: "Gammelt", top: 1, left: 1, values: [["Ydelses-ID"], ["A1"]] }],
      tables: [{ name: TBL_YDELSER.navn, sheet: "Gammelt", ref: "A1:A2" }],
    };
    const b2 = nyBog(medTabel);
    const f2 = b2.fake.snapshot();
    expect((await afvises(b2.bog.indsaetSkabelon(2027))).message).toMatch(/tabellen tblYdelser/);
    expect(b2.fake.snapshot()).toEqual(f2);
  });
});
