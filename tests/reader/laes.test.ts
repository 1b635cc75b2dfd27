import { laesTakstskema } from "../../src/core/reader/laes";
import { parseTekstTal, parseTekstDato, laesVaerdi } from "../../src/core/reader/vaerdier";
import { datoTilSerial } from "../../src/core/dato";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { EXCEL_FEJLVAERDIER, type WorkbookSnapshot } from "../../src/core/snapshot";
import { gyldigtSkema, gyldigeYdelser } from "../hjaelp/fixtur";

const pct = (v: unknown) => (laesVaerdi(v as never, "pct").vaerdi as { toString(): string } | null)?.toString();

describe("læseren finder tabellerne", () => {
  it("læser det gyldige skema uden problemer, med adresser på hver værdi", () => {
    const s = laesTakstskema(bygSnapshot(gyldigtSkema()));
    expect(s.type).toBe("takstskema");
    expect(s.problemer).toEqual([]);
    expect(s.ydelser?.kilde).toBe("tabel");
    expect(s.ydelser?.raekker).toHaveLength(2);
    const r = s.ydelser!.raekker[0];
    expect(r.ydelsesId.vaerdi).toBe("A1-108");
    expect(r.bemaerkninger.adresse).toBe("P2");
    expect(r.takst.vaerdi?.toString()).toBe("2000");
    expect(s.stamdata?.felter.takstaar.vaerdi).toBe(2026);
    expect(s.stamdata?.felter.takstaar.adresse).toBe("B6");
    expect(s.omkostninger?.raekker[0].grundlag.formel).toMatch(/^=B2\+D2/);
  });

  it("finder en tabel ved overskrifter, når den er indsat som almindelige celler", () => {
    const spec = gyldigtSkema();
    spec.ydelser = { raekker: gyldigeYdelser(), somTabel: false, forskydning: { raekker: 3, kolonner: 1 } };
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.ydelser?.kilde).toBe("overskrifter");
    expect(s.ydelser?.overskriftRaekke).toBe(4);
    expect(s.ydelser?.raekker[0].ydelsesId.adresse).toBe("B5");
    expect(s.ydelser?.raekker).toHaveLength(2);
  });

  it("stopper ved første helt tomme række, når tabellen er fundet ved overskrifter", () => {
    const spec = gyldigtSkema();
    const raekker = gyldigeYdelser();
    spec.ydelser = { raekker: [raekker[0], {}, raekker[1]], somTabel: false };
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.ydelser?.raekker.map((r) => r.ydelsesId.vaerdi)).toEqual(["A1-108"]);
  });

  it("springer tomme rækker inde i en Excel-tabel over", () => {
    const spec = gyldigtSkema();
    const raekker = gyldigeYdelser();
    spec.ydelser = [raekker[0], {}, raekker[1]];
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.ydelser?.raekker.map((r) => r.ydelsesId.adresse)).toEqual(["A2", "A4"]);
  });

  it("matcher omdøbte og ombyttede overskrifter: store/små bogstaver, mellemrum og enhed i parentes", () => {
    const spec = gyldigtSkema();
    const kolonner = [
      "takst",
      "ydelsesId",
      "ydelse",
      "paragraf",
      "maalgruppe",
      "taksttype",
      "takstenhed",
      "tilbudsform",
      "pladserSidsteAar",
      "pladser",
      "belaegningsprocent",
      "stoettetimer",
      "sundhedsydelser",
      "takstSidsteAar",
      "aarsag",
      "bemaerkninger",
      "ekstra",
    ];
    spec.ydelser = {
      raekker: gyldigeYdelser().map((r) => ({ ...r, ekstra: "noget andet" })),
      kolonner,
      overskrifter: {
        takst: "  TAKST   (kr.) ",
        belaegningsprocent: "Belægningsprocent (%)",
        ydelsesId: "ydelses-id",
        ekstra: "Intern note",
      },
    };
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.problemer).toEqual([]);
    expect(s.ydelser?.raekker[0].takst.adresse).toBe("A2");
    expect(s.ydelser?.raekker[0].takst.vaerdi?.toString()).toBe("2000");
    expect(s.ydelser?.raekker[0].ydelsesId.adresse).toBe("B2");
  });

  it("melder en manglende kolonne ved overskriftsrækken, og en manglende tabel ved arket", () => {
    const spec = gyldigtSkema();
    spec.ydelser = {
      raekker: gyldigeYdelser(),
      kolonner: [
        "ydelsesId",
        "ydelse",
        "paragraf",
        "maalgruppe",
        "taksttype",
        "takstenhed",
        "tilbudsform",
        "pladserSidsteAar",
        "pladser",
        "belaegningsprocent",
        "stoettetimer",
        "sundhedsydelser",
        "takstSidsteAar",
        "aarsag",
        "bemaerkninger",
      ],
    };
    spec.omkostninger = null;
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.problemer).toEqual([
      { art: "kolonne-mangler", ark: "Ydelser", celle: "A1:O1", tabel: "tblYdelser", kolonne: "takst" },
      { art: "tabel-mangler", ark: "Omkostninger", celle: "A1", tabel: "tblOmkostninger", arkFindes: false },
    ]);
    const r = s.ydelser!.raekker[0];
    expect(r.takst.mangler).toBe("kolonne");
  });

  it("finder tblTillaeg og tblTillaegsberegning på samme ark uden at forveksle dem", () => {
    const spec = gyldigtSkema();
    spec.tillaegsberegning = [
      {
        beskrivelse: "Ekstra støtte efter aktivitetstilbud",
        personalekategori: "Socialpædagog",
        tidsrum: "Hverdag 17-23",
        timerPrUge: 2.5,
        startdato: 46023,
        slutdato: 46112,
      },
    ];
    const snap = bygSnapshot(spec);
    snap.tables = snap.tables.filter((t) => !t.name.startsWith("tblTillaeg"));
    const s = laesTakstskema(snap);
    expect(s.tillaeg?.overskriftRaekke).toBe(1);
    expect(s.tillaegsberegning?.overskriftRaekke).toBe(6);
    expect(s.tillaegsberegning?.raekker[0].timerPrUge.vaerdi?.toString()).toBe("2.5");
  });

  it("læser Stamdata uden Felt/Værdi-overskrifter: etiketten, og værdien i cellen til højre", () => {
    const snap = bygSnapshot({ ...gyldigtSkema(), stamdata: null });
    snap.sheets.push({
      name: "Stamdata",
      top: 2,
      left: 1,
      values: [
        ["Driftsherre", "Aalborg Kommune"],
        ["Takstår", 2026],
      ],
    });
    const s = laesTakstskema(snap);
    expect(s.stamdata?.felter.takstaar.vaerdi).toBe(2026);
    expect(s.stamdata?.felter.takstaar.adresse).toBe("B3");
    expect(s.stamdata?.felter.kategori.mangler).toBe("raekke");
  });

  it("er et takstbilag, når der er tblTakstbilag og ingen tblYdelser", () => {
    const s = laesTakstskema(bygSnapshot({ takstbilag: [{ ydelsesId: "A1-108", takstSidsteAar: 1950, takst: 2000 }] }));
    expect(s.type).toBe("takstbilag");
    expect(s.problemer).toEqual([]);
  });

  it("håndterer flettede overskriftsceller (værdien står i den øverste venstre celle)", () => {
    const spec = gyldigtSkema();
    const snap = bygSnapshot(spec);
    const ark = snap.sheets.find((a) => a.name === "Ydelser")!;
    // A title merged across A1:P1 above the table, the table one row lower.
    ark.values.unshift(["Takster 2026", ...Array(15).fill(null)]);
    ark.merges = ["A1:P1"];
    snap.tables = snap.tables.map((t) => (t.name === "tblYdelser" ? { ...t, ref: "A2:P4" } : t));
    const s = laesTakstskema(snap);
    expect(s.ydelser?.overskriftRaekke).toBe(2);
    expect(s.ydelser?.raekker[0].ydelsesId.adresse).toBe("A3");
  });

  it("melder en dobbelt overskrift og læser den første", () => {
    const spec = gyldigtSkema();
    spec.ydelser = {
      raekker: gyldigeYdelser().map((r) => ({ ...r, takst2: 1 })),
      kolonner: [...Object.keys(gyldigeYdelser()[0]), "takst2"],
      overskrifter: { takst2: "Takst" },
    };
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.problemer).toEqual([
      { art: "dobbelt-overskrift", ark: "Ydelser", celle: "Q1", tabel: "tblYdelser", overskrift: "Takst", laest: "N1" },
    ]);
    expect(s.ydelser?.raekker[0].takst.vaerdi?.toString()).toBe("2000");
  });

  it("kaster aldrig: tom projektmappe, ark uden celler, tabel med ugyldig reference", () => {
    const tom: WorkbookSnapshot = { sheets: [], tables: [] };
    expect(laesTakstskema(tom).problemer.map((p) => p.art)).toEqual([
      "tabel-mangler",
      "tabel-mangler",
      "tabel-mangler",
    ]);
    const skaev: WorkbookSnapshot = {
      sheets: [{ name: "Ydelser", top: 1, left: 1, values: [] }],
      tables: [{ name: "tblYdelser", sheet: "Ydelser", ref: "ZZZZ" }],
    };
    expect(() => laesTakstskema(skaev)).not.toThrow();
  });
});

describe("værdier", () => {
  it.each([
    ["1.234.567,50", "1234567.5"],
    ["kr. 1.200", "1200"],
    ["1.200 kr.", "1200"],
    ["1 200", "1200"],
    ["12", "12"],
    ["-5,5", "-5.5"],
    ["−5", "-5"],
    ["1234.50", "1234.5"],
    ["1,234,567.50", "1234567.5"],
    ["(1.000)", "-1000"],
  ])("danske teksttal: %s → %s", (tekst, forventet) => {
    expect(parseTekstTal(tekst)?.tal.toString()).toBe(forventet);
  });

  it.each(["abc", "1.2.3", "12,34,5", "", "1e5", "--5"])("ikke et tal: %s", (tekst) => {
    expect(parseTekstTal(tekst)).toBeNull();
  });

  it("procentformer: 0,96 (brøk, også med %-format), 96, '96 %', '96,0%', '0,96'", () => {
    expect(pct(0.96)).toBe("0.96");
    expect(pct(96)).toBe("0.96");
    expect(pct("96 %")).toBe("0.96");
    expect(pct("96,0%")).toBe("0.96");
    expect(pct("0,96")).toBe("0.96");
    expect(pct(1.5)).toBe("1.5");
    expect(pct(1.51)).toBe("0.0151");
    expect(pct("1 %")).toBe("0.01");
    expect(laesVaerdi("96 %", "pct").somTekst).toBe(true);
    expect(laesVaerdi(0.96, "pct").somTekst).toBeFalsy();
  });

  it("læser binære kommatal som Excel viser dem (15 cifre)", () => {
    expect((laesVaerdi(0.1 + 0.2, "penge").vaerdi as { toString(): string }).toString()).toBe("0.3");
  });

  it.each(EXCEL_FEJLVAERDIER.map((f) => [f]))("Excel-fejlen %s er ulæselig, både som fejlværdi og som tekst", (f) => {
    const a = laesVaerdi({ fejl: f }, "penge");
    const b = laesVaerdi(f, "tekst");
    expect(a.fejl).toEqual({ art: "excel-fejl", fejl: f });
    expect(b.fejl).toEqual({ art: "excel-fejl", fejl: f });
    expect(a.vaerdi).toBeNull();
  });

  it("enums: store/små bogstaver og mellemrum er lige meget; ukendte værdier afvises med de tilladte", () => {
    expect(laesVaerdi("  døgn ", "enum", ["Døgn", "Dag"]).vaerdi).toBe("Døgn");
    expect(laesVaerdi("stk", "enum", ["Stk."]).vaerdi).toBe("Stk.");
    expect(laesVaerdi("Uge", "enum", ["Døgn", "Dag"]).fejl).toEqual({
      art: "ikke-i-listen",
      tilladte: ["Døgn", "Dag"],
    });
  });

  it("datoer: serienumre og tekst", () => {
    expect(datoTilSerial(2026, 1, 1)).toBe(46023);
    expect(parseTekstDato("01-01-2026")).toBe(46023);
    expect(parseTekstDato("1.1.2026")).toBe(46023);
    expect(parseTekstDato("2026-01-01")).toBe(46023);
    expect(parseTekstDato("31-02-2026")).toBeNull();
    expect(laesVaerdi(46023.5, "dato").vaerdi).toBe(46023);
    expect(laesVaerdi("01-01-2026", "dato")).toMatchObject({ vaerdi: 46023, somTekst: true });
  });

  it("tekst i talceller giver en begrundelse; NaN og uendelig afvises", () => {
    expect(laesVaerdi("ti", "antal").fejl).toEqual({ art: "ikke-et-tal", forventet: "antal" });
    expect(laesVaerdi(Number.NaN, "penge").fejl).toEqual({ art: "ikke-endeligt-tal" });
    expect(laesVaerdi(Number.POSITIVE_INFINITY, "penge").fejl).toEqual({ art: "ikke-endeligt-tal" });
    expect(laesVaerdi(true, "penge").fejl).toEqual({ art: "ikke-et-tal", forventet: "penge" });
    expect(laesVaerdi(2026.5, "heltal").fejl).toEqual({ art: "ikke-helt-tal" });
  });

  it("Ydelses-ID som tal bliver tekst uden decimaler", () => {
    expect(laesVaerdi(12345, "id").vaerdi).toBe("12345");
  });

  it("tal skrevet som tekst i et skema bliver til et tal-som-tekst-problem med cellen", () => {
    const spec = gyldigtSkema();
    const y = gyldigeYdelser();
    y[0].takst = "2.000,00";
    y[0].belaegningsprocent = "96 %";
    spec.ydelser = y;
    const s = laesTakstskema(bygSnapshot(spec));
    expect(s.problemer).toEqual([
      {
        art: "tal-som-tekst",
        ark: "Ydelser",
        celle: "J2",
        ydelsesId: "A1-108",
        felt: "Belægningsprocent",
        vaerdi: "96 %",
        laestSom: "tal",
      },
      {
        art: "tal-som-tekst",
        ark: "Ydelser",
        celle: "N2",
        ydelsesId: "A1-108",
        felt: "Takst",
        vaerdi: "2.000,00",
        laestSom: "tal",
      },
    ]);
    expect(s.ydelser?.raekker[0].takst.vaerdi?.toString()).toBe("2000");
  });
});
