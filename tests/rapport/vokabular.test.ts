/**
 * Issue 21 § 3: one vocabulary for showing findings (src/core/rapport/), and § 1: the front
 * door's `kontroller` with a required profile and agreement.
 */
import {
  ALVOR_ETIKET,
  ALVOR_ORDEN,
  ALVORER,
  antalAf,
  antalTekst,
  formaterTal,
  BILAG_FUND_KOLONNER,
  fundCeller,
  fundRaekker,
  kontroller,
  opsummeringTekst,
  overskrifter,
  paragrafEtiket,
  paragrafTekst,
  profilOgAftale,
  RAPPORT_KOLONNER,
  samlet,
  samletTekst,
  STANDARD_PROFIL_ID,
  taelAlvor,
  udeladtTekst,
  ulaeseligRaekke,
  VALIDERINGSRAPPORT_KOLONNER,
  type FundRaekke,
  type Valideringsresultat,
} from "../../src/core";
import { laesTakstskema } from "../../src/core/reader/laes";
import { validerSkema } from "../../src/core/valider";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";

describe("alvor", () => {
  it("lists fejl before advarsel before info, and sorts by it", () => {
    expect(ALVORER).toEqual(["fejl", "advarsel", "info"]);
    expect([...ALVORER].reverse().sort((a, b) => ALVOR_ORDEN[a] - ALVOR_ORDEN[b])).toEqual(ALVORER);
  });

  it("has one word for one, many, a group heading and a row's label", () => {
    expect(ALVORER.map((a) => ALVOR_ETIKET[a].etiket)).toEqual(["Fejl", "Advarsel", "Info"]);
    expect(ALVORER.map((a) => ALVOR_ETIKET[a].overskrift)).toEqual(["Fejl", "Advarsler", "Info"]);
    expect(["fejl", "advarsel", "info"].map((a) => antalTekst(1, a as "fejl"))).toEqual([
      "1 fejl",
      "1 advarsel",
      "1 info",
    ]);
    expect(antalTekst(2, "advarsel")).toBe("2 advarsler");
    expect(antalTekst(0, "advarsel")).toBe("0 advarsler");
    // The takstbilag writes its counts in Danish format.
    expect(antalTekst(1000, "advarsel", formaterTal)).toBe("1.000 advarsler");
    expect(ALVORER.map((x) => antalAf({ fejl: 1, advarsler: 2, info: 3 }, x))).toEqual([1, 2, 3]);
  });

  it("sums findings as the engine does and words the sum as the CLI, the report sheet and the pane do", () => {
    const o = taelAlvor([{ alvor: "fejl" }, { alvor: "advarsel" }, { alvor: "fejl" }]);
    expect(o).toEqual({ fejl: 2, advarsler: 1, info: 0 });
    expect(opsummeringTekst(o)).toBe("2 fejl, 1 advarsel, 0 info");
    expect(opsummeringTekst({ fejl: 1, advarsler: 3, info: 2 })).toBe("1 fejl, 3 advarsler, 2 info");
  });
});

describe("paragraf", () => {
  it("writes a § before a section number, never before text such as bilag 2", () => {
    expect(paragrafTekst("5.3.1")).toBe("§ 5.3.1");
    expect(paragrafTekst("2.2.3, 5.5.2")).toBe("§ 2.2.3, 5.5.2");
    expect(paragrafTekst("bilag 2")).toBe("bilag 2");
    expect(paragrafTekst(null)).toBe("");
  });

  it("as a label standing alone: a capital, and the template's own requirement for an input rule", () => {
    expect(paragrafEtiket("5.3.1")).toBe("§ 5.3.1");
    expect(paragrafEtiket("bilag 2")).toBe("Bilag 2");
    expect(paragrafEtiket(null)).toBe("Skabelonens krav");
  });
});

describe("report columns", () => {
  const f: FundRaekke = {
    fil: "a.xlsx",
    regel: "ata-fravaer-usandsynlig",
    alvor: "advarsel",
    ark: "Tillæg",
    celle: "D4",
    ydelsesId: null,
    paragraf: "bilag 2",
    besked: "Besked.",
  };

  it("gives each table its columns, with one header per column", () => {
    expect(overskrifter(RAPPORT_KOLONNER)).toEqual([
      "Fil",
      "Regel",
      "Alvor",
      "Ark",
      "Celle",
      "Ydelses-ID",
      "§",
      "Besked",
    ]);
    expect(overskrifter(VALIDERINGSRAPPORT_KOLONNER)).toEqual([
      "Alvor",
      "Regel",
      "Ark",
      "Celle",
      "Ydelses-ID",
      "§",
      "Besked",
    ]);
    expect(overskrifter(BILAG_FUND_KOLONNER)).toEqual([
      "Fil",
      "Ark",
      "Celle",
      "Ydelses-ID",
      "Regel",
      "Alvor",
      "§",
      "Besked",
    ]);
  });

  it("fills a finding's cells the same in every table: severity label, § text, rule ID or name", () => {
    expect(fundCeller(RAPPORT_KOLONNER, f)).toEqual([
      "a.xlsx",
      "ata-fravaer-usandsynlig",
      "Advarsel",
      "Tillæg",
      "D4",
      null,
      "bilag 2",
      "Besked.",
    ]);
    expect(fundCeller(BILAG_FUND_KOLONNER, f)).toEqual([
      "a.xlsx",
      "Tillæg",
      "D4",
      null,
      "ATA fravær usandsynlig",
      "Advarsel",
      "bilag 2",
      "Besked.",
    ]);
  });

  it("has one row for a file that could not be read", () => {
    const r = ulaeseligRaekke("b.xlsx", "Filen er ikke en .xlsx-fil.");
    expect(fundCeller(RAPPORT_KOLONNER, r)).toEqual([
      "b.xlsx",
      "fejl-ved-laesning",
      "Fejl",
      null,
      null,
      null,
      null,
      "Filen er ikke en .xlsx-fil.",
    ]);
    expect(fundCeller(BILAG_FUND_KOLONNER, r)[4]).toBe("Filen kan ikke læses");
  });

  it("follows a file's findings with one line per rule the engine's cap cut short", () => {
    const r: Valideringsresultat = {
      profil: STANDARD_PROFIL_ID,
      type: "takstskema",
      fund: [
        {
          regel: "belaegning-over-100",
          alvor: "fejl",
          ark: "Ydelser",
          celle: "J3",
          paragraf: "5.2",
          besked: "B.",
          beskedId: "b",
          data: {},
        },
      ],
      udeladt: [{ regel: "belaegning-over-100", alvor: "fejl", paragraf: "5.2", antal: 99_000, steder: [] }],
      regler: { holdt: [], brudt: ["belaegning-over-100"] },
      opsummering: { fejl: 99_001, advarsler: 0, info: 0 },
    };
    const raekker = fundRaekker("c.xlsx", r);
    expect(raekker.map((x) => fundCeller(RAPPORT_KOLONNER, x))).toEqual([
      ["c.xlsx", "belaegning-over-100", "Fejl", "Ydelser", "J3", null, "§ 5.2", "B."],
      ["c.xlsx", "belaegning-over-100", "Fejl", null, null, null, "§ 5.2", udeladtTekst(r.udeladt![0])],
    ]);
    expect(udeladtTekst(r.udeladt![0])).toBe(
      "… og 99.000 flere fund af reglen belaegning-over-100 er udeladt (højst 1.000 pr. regel og fil vises).",
    );
    expect(
      samletTekst(
        samlet([
          { fil: "c.xlsx", resultat: r },
          { fil: "d.xlsx", fejlVedLaesning: "x" },
        ]),
      ),
    ).toBe("2 filer: 99001 fejl, 0 advarsler, 0 info");
  });
});

describe("kontroller", () => {
  it("returns the read skema with the result, the same result validerSkema gives", () => {
    const snapshot = bygSnapshot(gyldigtSkema());
    const valg = profilOgAftale(STANDARD_PROFIL_ID);
    const k = kontroller(snapshot, valg);
    expect(k.skema).toEqual(laesTakstskema(snapshot));
    expect(k.resultat).toEqual(validerSkema(laesTakstskema(snapshot), snapshot, valg));
    expect(k.resultat.fund).toEqual([]);
  });

  it("has no default profile or agreement: the shell picks them", () => {
    const snapshot = bygSnapshot(gyldigtSkema());
    const { profil } = profilOgAftale(STANDARD_PROFIL_ID);
    // @ts-expect-error: the profile and its agreement are required.
    expect(() => kontroller(snapshot, {})).toThrow();
    // @ts-expect-error: the agreement is required too (its § go into every finding).
    expect(() => kontroller(snapshot, { profil })).toThrow();
  });
});
