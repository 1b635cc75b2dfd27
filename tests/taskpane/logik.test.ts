import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import type { Fund } from "../../src/core/regler/typer";
import { annonceringForValidering, taelStatus } from "../../src/taskpane/faelles/taelling";
import { laesDanskTal } from "../../src/taskpane/faelles/tal";
import { fejlTekst, indeholderCpr } from "../../src/taskpane/faelles/tekst";
import { dasLister, takstbilagStatusser } from "../../src/taskpane/sektioner/takstbilag/logik";
import {
  datoTilSerial,
  formaterDato,
  lignerNavn,
  serialTilIso,
  vurderPersondata,
} from "../../src/taskpane/sektioner/tillaeg/logik";
import { debounce, grupperFund } from "../../src/taskpane/sektioner/validering/logik";
import { ArbejdsbogFejl } from "../../src/core/arbejdsbog";
import { erMoerktTema } from "../../src/taskpane/tema";
import { celleTekst } from "../../src/preview/celletekst";
import { profilKildeTekst } from "../../src/taskpane/profil";
import { vaelgProfil } from "../../src/taskpane/profilvalg";
import { standardValg } from "../hjaelp/valider";

const fund = (over: Partial<Fund>): Fund => ({
  regel: "felt-mangler",
  alvor: "fejl",
  ark: "Ydelser",
  celle: "B2",
  paragraf: null,
  besked: "Feltet er tomt.",
  beskedId: "tom",
  data: {},
  ...over,
});

describe("findings", () => {
  const alle: Fund[] = [
    fund({ ydelsesId: "A1-108", besked: "Takst mangler" }),
    fund({
      alvor: "advarsel",
      regel: "vagtlag-mangler",
      ark: "Omkostninger",
      celle: "C3",
      paragraf: "5.4.7",
      besked: "Vagtlag er tomt",
    }),
    fund({
      alvor: "info",
      regel: "pladsaendring-kraever-godkendelse",
      celle: "I3",
      besked: "Pladsantallet øges fra 12 til 14",
    }),
  ];

  test("grouped by severity and filtered by severity and text", () => {
    const g = grupperFund(alle, { alvor: { fejl: true, advarsel: true, info: true }, tekst: "" });
    expect([g.fejl.length, g.advarsel.length, g.info.length]).toEqual([1, 1, 1]);
    const udenFejl = grupperFund(alle, { alvor: { fejl: false, advarsel: true, info: true }, tekst: "" });
    expect(udenFejl.fejl).toEqual([]);
    expect(grupperFund(alle, { alvor: { fejl: true, advarsel: true, info: true }, tekst: "a1-108" }).fejl).toHaveLength(
      1,
    );
    const paaCelle = grupperFund(alle, { alvor: { fejl: true, advarsel: true, info: true }, tekst: "omkostninger!c3" });
    expect([paaCelle.fejl.length, paaCelle.advarsel.length, paaCelle.info.length]).toEqual([0, 1, 0]);
    // Every word must match, anywhere.
    expect(
      grupperFund(alle, { alvor: { fejl: true, advarsel: true, info: true }, tekst: "§ 5.4.7 vagtlag" }).advarsel,
    ).toHaveLength(1);
    expect(
      grupperFund(alle, { alvor: { fejl: true, advarsel: true, info: true }, tekst: "vagtlag takst" }).advarsel,
    ).toHaveLength(0);
  });

  test("the announcement uses Danish singular and plural", () => {
    expect(annonceringForValidering({ fejl: 3, advarsler: 1, info: 0 })).toBe(
      "Validering færdig: 3 fejl, 1 advarsel, 0 info",
    );
    expect(annonceringForValidering({ fejl: 1, advarsler: 2, info: 5 })).toBe(
      "Validering færdig: 1 fejl, 2 advarsler, 5 info",
    );
  });

  test("error texts: Danish adapter errors as they are, anything else marked as unexpected", () => {
    expect(fejlTekst(new ArbejdsbogFejl("Arket er beskyttet."))).toBe("Arket er beskyttet.");
    expect(fejlTekst(new TypeError("boom"))).toBe("Der opstod en uventet fejl: boom");
    expect(fejlTekst("streng")).toBe("Der opstod en uventet fejl: streng");
  });
});

describe("takstbilag", () => {
  const snapshot = bygSnapshot({
    takstbilag: [
      {
        ydelsesId: "A",
        pladserSidsteAar: 10,
        pladser: 12,
        takstSidsteAar: 1000,
        takst: 1200,
        aendringPct: 0.2,
        bemaerkninger: "To nye pladser efter aftale med kommunerne",
        status: "OK",
      },
      { ydelsesId: "B", pladserSidsteAar: 5, pladser: 5, takstSidsteAar: 1000, takst: 950, status: "Fejl" },
      { ydelsesId: "C", pladserSidsteAar: 8, pladser: 8, takstSidsteAar: 2000, takst: 2100 },
      { ydelsesId: "D", pladser: 3, takst: 500 },
    ],
  });
  const skema = laesTakstskema(snapshot);
  const raekker = skema.takstbilag!.raekker;

  test("status counts, and the lists for DAS as the bilag's Oversigt: over the threshold and pladsændringer", () => {
    expect(taelStatus(raekker)).toEqual({ OK: 1, Advarsel: 0, Fejl: 1, tom: 2 });
    const das = dasLister(raekker, standardValg().profil);
    expect(das.graense).toBe("5 %");
    // Over 5 %: +20 % only (C's +5,0 % and B's −5,0 % are not over); largest first, with the figures behind.
    expect(das.takster.map((a) => [a.raekke.ydelsesId.vaerdi, a.tekst, a.detalje])).toEqual([
      ["A", "+20,0 %", "1.000,00 → 1.200,00 kr."],
    ]);
    expect(das.antalTakster).toBe(1);
    expect(das.pladser.map((a) => [a.raekke.ydelsesId.vaerdi, a.tekst, a.detalje])).toEqual([
      ["A", "10 → 12 (+2)", null],
    ]);
    // Like with like: D has no Pladser sidste år, so it is left out of both years' sums.
    expect([das.pladserSidsteAar.toNumber(), das.pladserIAar.toNumber(), das.ikkeSammenlignet]).toEqual([23, 25, 1]);
    // A profile measuring beyond PL moves the threshold, as on paper.
    const pl = dasLister(raekker, {
      ...standardValg().profil,
      takstaendring: { vaesentligPct: 2, maalestok: "ud_over_pl", plFremskrivningPct: 3 },
    });
    expect(pl.graense).toBe("2 % ud over PL-fremskrivningen");
    expect(pl.takster.map((a) => a.raekke.ydelsesId.vaerdi)).toEqual(["A", "B"]);
  });

  test("Status and Fund per row from the findings pointing into the row", () => {
    const ark = skema.takstbilag!.ark;
    const [a, b, c] = raekker;
    const f: Fund[] = [
      fund({ ark, celle: `N${a.raekke}`, regel: "pladsaendring-kraever-godkendelse", alvor: "info" }),
      fund({ ark, celle: `K${b.raekke}`, regel: "takstbilag-aendring-stemmer-ikke", alvor: "fejl" }),
      fund({ ark, celle: `N${b.raekke}`, regel: "takstaendring-uden-begrundelse", alvor: "advarsel" }),
      fund({ ark, celle: `K${b.raekke}`, regel: "takstbilag-aendring-stemmer-ikke", alvor: "fejl" }),
      fund({ ark, celle: `N${c.raekke}`, regel: "takstaendring-uden-begrundelse", alvor: "advarsel" }),
    ];
    expect(takstbilagStatusser(skema, f, standardValg().profil)).toEqual([
      { raekkeIndex: 1, ydelsesId: "A", status: "OK", fund: "Pladsændring kræver godkendelse" },
      {
        raekkeIndex: 2,
        ydelsesId: "B",
        status: "Fejl",
        fund: "Takstbilag ændring stemmer ikke, Takstændring uden begrundelse",
      },
      { raekkeIndex: 3, ydelsesId: "C", status: "Advarsel", fund: "Takstændring uden begrundelse" },
      { raekkeIndex: 4, ydelsesId: "D", status: "OK", fund: "" },
    ]);
    // A finding outside the table's rows concerns the whole workbook: every row, as in the CLI's bilag.
    const hele = takstbilagStatusser(
      skema,
      [...f, fund({ ark: "Andet ark", celle: "A1", regel: "persondata-cpr" })],
      standardValg().profil,
    );
    expect(hele.map((x) => x.status)).toEqual(["Fejl", "Fejl", "Fejl", "Fejl"]);
    expect(hele[0].fund).toBe("Persondata CPR, Pladsændring kræver godkendelse");
  });
});

describe("input", () => {
  test("Danish numbers", () => {
    expect(laesDanskTal("206")?.toString()).toBe("206");
    expect(laesDanskTal("206,00")?.toString()).toBe("206");
    expect(laesDanskTal("2,5")?.toString()).toBe("2.5");
    expect(laesDanskTal("1.234,50")?.toString()).toBe("1234.5");
    expect(laesDanskTal("1.234")?.toString()).toBe("1234");
    expect(laesDanskTal("33 %")?.toString()).toBe("33");
    expect(laesDanskTal("kr. 206")?.toString()).toBe("206");
    expect(laesDanskTal("−2,5")?.toString()).toBe("-2.5");
    expect(laesDanskTal("")).toBeNull();
    expect(laesDanskTal("to")).toBeNull();
    expect(laesDanskTal("1,2,3")).toBeNull();
  });

  test("dates ⇄ Excel serial days", () => {
    expect(datoTilSerial("1900-03-01")).toBe(61);
    expect(datoTilSerial("2026-01-05")).toBe(46027);
    expect(serialTilIso(46027)).toBe("2026-01-05");
    expect(datoTilSerial("2026-02-30")).toBeNull();
    expect(datoTilSerial("05-01-2026")).toBeNull();
    expect(formaterDato(46027)).toBe("5. januar 2026");
  });

  test("personal data in Beskrivelse", () => {
    expect(indeholderCpr("Borger 010180-1234 flytter ind")).toBe(true);
    expect(indeholderCpr("0101801234")).toBe(true);
    expect(indeholderCpr("Konto 320199-1234")).toBe(false); // no 32nd
    expect(indeholderCpr("Sag 2026-0001")).toBe(false);
    expect(lignerNavn("Støtte til Jens Hansen")).toBe(true);
    expect(lignerNavn("Mette K. Nielsen")).toBe(true);
    expect(lignerNavn("Ekstra støtte efter aktivitetstilbud, hverdage kl. 17.00-17.30")).toBe(false);
    expect(vurderPersondata("Ekstra støtte")).toBeNull();
    expect(vurderPersondata("010180-1234")?.art).toBe("cpr");
    // The message never repeats the number.
    expect(vurderPersondata("010180-1234")?.besked).not.toContain("010180");
    expect(vurderPersondata("Jens Hansen")?.art).toBe("navn");
  });

  test("debounce calls once after the last call", () => {
    jest.useFakeTimers();
    const fn = jest.fn();
    const d = debounce(fn, 1000);
    d.kald();
    jest.advanceTimersByTime(600);
    d.kald();
    jest.advanceTimersByTime(600);
    expect(fn).not.toHaveBeenCalled();
    jest.advanceTimersByTime(400);
    expect(fn).toHaveBeenCalledTimes(1);
    d.kald();
    d.annuller();
    jest.advanceTimersByTime(2000);
    expect(fn).toHaveBeenCalledTimes(1);
    jest.useRealTimers();
  });
});

describe("profile and theme", () => {
  test("the workbook's Takstprofil sheet only when accepted, else the default", () => {
    const uden = vaelgProfil(bygSnapshot({}));
    expect(uden.profil.id).toBe("nordjylland-2025-2026");
    expect(uden.ark).toBeNull();
    expect(profilKildeTekst(uden)).toContain("Standardprofilen nordjylland-2025-2026");

    const snapshot = bygSnapshot({
      ekstraArk: [
        {
          name: "Takstprofil",
          top: 1,
          left: 1,
          values: [
            [JSON.stringify({ id: "min", udvider: "nordjylland-2025-2026", takstaendring: { vaesentligPct: 3 } })],
          ],
        },
      ],
    });
    const ikkeGodkendt = vaelgProfil(snapshot);
    expect(ikkeGodkendt.fraArbejdsbog).toBe(false);
    expect(ikkeGodkendt.profil.takstaendring.vaesentligPct).toBe(5);
    expect(ikkeGodkendt.ark?.ok && ikkeGodkendt.ark.godkendt).toBe(false);
    expect(profilKildeTekst(ikkeGodkendt)).toContain("bruges ikke, før du godkender den");

    const noegler: string[] = [];
    const egen = vaelgProfil(snapshot, (n) => (noegler.push(n), true));
    expect(egen.profil.takstaendring.vaesentligPct).toBe(3);
    expect(egen.fraArbejdsbog).toBe(true);
    expect(profilKildeTekst(egen)).toContain('Projektmappens egen profil "min" fra arket Takstprofil');
    // The acceptance is asked about exactly this profile.
    expect(noegler).toHaveLength(1);
    expect(JSON.parse(noegler[0]).takstaendring.vaesentligPct).toBe(3);

    const daarlig = vaelgProfil(
      bygSnapshot({ ekstraArk: [{ name: "Takstprofil", top: 1, left: 1, values: [["{ikke json"]] }] }),
      () => true,
    );
    expect(daarlig.ark?.ok).toBe(false);
    expect(daarlig.profil.id).toBe("nordjylland-2025-2026");
    expect(profilKildeTekst(daarlig)).toContain("ugyldig profil, som ikke bruges");
  });

  test("dark theme from Office's theme", () => {
    expect(erMoerktTema(undefined)).toBe(false);
    expect(erMoerktTema({ isDarkTheme: true })).toBe(true);
    expect(erMoerktTema({ bodyBackgroundColor: "#262626" })).toBe(true);
    expect(erMoerktTema({ bodyBackgroundColor: "#FFFFFF" })).toBe(false);
    expect(erMoerktTema({ bodyBackgroundColor: "ikke en farve" })).toBe(false);
  });
});

describe("preview cell text", () => {
  test("numbers by number format, Danish style", () => {
    expect(celleTekst(2026, null)).toBe("2026");
    expect(celleTekst(0.97, "0.0%")).toBe("97,0 %");
    expect(celleTekst(2450, '#,##0.00 "kr."')).toBe("2.450,00 kr.");
    expect(celleTekst(46027, "dd-mm-yyyy")).toBe("05-01-2026");
    expect(celleTekst(-2.5, null)).toBe("−2,5");
    expect(celleTekst({ fejl: "#REF!" }, null)).toBe("#REF!");
    expect(celleTekst(true, null)).toBe("SAND");
    expect(celleTekst(null, null)).toBe("");
  });
});
