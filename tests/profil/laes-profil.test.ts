import { specFil } from "../hjaelp/kilder";
import {
  laesProfilTekst,
  loesProfil,
  profilFraSnapshot,
  validerProfil,
  type PartialProfil,
} from "../../src/core/profil/laes-profil";
import { findJsonFejl, parseJson } from "../../src/core/profil/json-fejl";
import { profilOversigt } from "../../src/core/profil/oversigt";
import { hentProfil, PROFILER, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import type { Profil } from "../../src/core/profil/typer";
import type { WorkbookSnapshot } from "../../src/core/snapshot";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

/** The JSON block under "## Profiles" in the spec's regler.md (docs/kilder/spec/; fails when it is missing). */
function profilFraReglerMd(): unknown {
  const md = specFil("regler.md");
  const afsnit = md.slice(md.indexOf("## Profiles"));
  const m = /```json\n([\s\S]*?)\n```/.exec(afsnit);
  if (!m) throw new Error("regler.md har ingen JSON-blok under ## Profiles");
  return JSON.parse(m[1]);
}

function fejlAf(r: { ok: boolean; fejl?: string[] }): string[] {
  expect(r.ok).toBe(false);
  return (r as { fejl: string[] }).fejl;
}

const standardKopi = (): Record<string, unknown> => JSON.parse(JSON.stringify(NORDJYLLAND_2025_2026));

describe("den indbyggede profil", () => {
  it("er præcis JSON-blokken i regler.md", () => {
    expect(NORDJYLLAND_2025_2026).toEqual(profilFraReglerMd());
    expect(Object.keys(NORDJYLLAND_2025_2026)).toEqual(Object.keys(profilFraReglerMd() as object));
  });

  it("består sin egen validering og står i PROFILER", () => {
    expect(validerProfil(profilFraReglerMd()).ok).toBe(true);
    expect(PROFILER[STANDARD_PROFIL_ID]).toBe(NORDJYLLAND_2025_2026);
    const r = loesProfil(profilFraReglerMd());
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.profil).toEqual(NORDJYLLAND_2025_2026);
  });

  it("PROFILER kan ikke ændres og har ingen prototype-nøgler", () => {
    expect(Object.isFrozen(PROFILER)).toBe(true);
    expect(PROFILER["constructor"]).toBeUndefined();
    expect(PROFILER["__proto__"]).toBeUndefined();
  });
});

describe("validerProfil afviser ugyldige profiler og navngiver nøglen", () => {
  it("ukendt nøgle, også med forslag", () => {
    const p = { id: "x", udvider: STANDARD_PROFIL_ID, belaegning: { forventetMinimum: 90 }, farve: "rød" };
    const fejl = fejlAf(validerProfil(p));
    expect(fejl).toContain('Ugyldig profil: ukendt nøgle "belaegning.forventetMinimum". Mente du "forventetMin"?');
    expect(fejl).toContain('Ugyldig profil: ukendt nøgle "farve".');
  });

  it("forkert type: tekst hvor der skal stå et tal (briefens eksempel)", () => {
    const fejl = fejlAf(validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, belaegning: { forventetMin: "95 %" } }));
    expect(fejl).toEqual(['Ugyldig profil: "belaegning.forventetMin" skal være et tal mellem 0 og 1000 (fik "95 %").']);
  });

  it("forkerte typer i objekter, lister og valg", () => {
    const fejl = fejlAf(
      validerProfil({
        id: "x",
        udvider: STANDARD_PROFIL_ID,
        tolerance: 5,
        begrundelse: { intetsigende: ["ok", 3] },
        takstaendring: { maalestok: "real" },
        tillaeg: { normaltid: "Hverdag 6-17" },
      }),
    );
    expect(fejl).toEqual([
      'Ugyldig profil: "tolerance" skal være et objekt (fik 5).',
      'Ugyldig profil: "begrundelse.intetsigende[1]" skal være en tekst på højst 200 tegn (fik 3).',
      'Ugyldig profil: "takstaendring.maalestok" skal være en af "nominel", "ud_over_pl" (fik "real").',
      expect.stringContaining('"tillaeg.normaltid" skal være en af "Hverdag 06-17"'),
    ]);
  });

  it("__proto__, constructor og prototype afvises, på alle niveauer", () => {
    const p = JSON.parse(
      '{"id":"x","udvider":"nordjylland-2025-2026","__proto__":{"polluted":true},"belaegning":{"constructor":1},"alvor":{"prototype":"fra"}}',
    );
    const fejl = fejlAf(validerProfil(p));
    expect(fejl).toEqual([
      'Ugyldig profil: nøglen "__proto__" er ikke tilladt.',
      'Ugyldig profil: nøglen "belaegning.constructor" er ikke tilladt.',
      'Ugyldig profil: nøglen "alvor.prototype" er ikke tilladt.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("kæmpestore, ikke-endelige og uden-for-interval tal", () => {
    const fejl = fejlAf(
      validerProfil({
        id: "x",
        udvider: STANDARD_PROFIL_ID,
        dagePrAar: 365.5,
        belaegning: { max: 1e308 },
        tolerance: { takstKr: -1, ataKr: Infinity },
        begrundelse: { minTegn: 20000 },
        overUnderskud: { graensePct: NaN },
      }),
    );
    expect(fejl).toEqual([
      'Ugyldig profil: "dagePrAar" skal være et helt tal mellem 360 og 366 (fik 365.5).',
      'Ugyldig profil: "belaegning.max" skal være et tal mellem 0 og 1000 (fik 1e+308).',
      'Ugyldig profil: "tolerance.takstKr" skal være et tal mellem 0 og 1.000.000 (fik -1).',
      'Ugyldig profil: "tolerance.ataKr" skal være et tal mellem 0 og 1.000.000 (fik Infinity).',
      'Ugyldig profil: "begrundelse.minTegn" skal være et helt tal mellem 0 og 10.000 (fik 20000).',
      'Ugyldig profil: "overUnderskud.graensePct" skal være et tal mellem 0 og 1000 (fik NaN).',
    ]);
  });

  it("alvor: ukendt regel-ID og ugyldig alvorsgrad", () => {
    const fejl = fejlAf(
      validerProfil({
        id: "x",
        udvider: STANDARD_PROFIL_ID,
        alvor: { "persondata-cpr": "error", "belaegning-over-101": "fra" },
      }),
    );
    expect(fejl).toEqual([
      'Ugyldig profil: "alvor.persondata-cpr" skal være "fejl", "advarsel", "info" eller "fra" (fik "error").',
      'Ugyldig profil: "alvor.belaegning-over-101" er ikke et kendt regel-ID (se regler.md). Mente du "belaegning-over-100"?',
    ]);
  });

  it("id: mangler, forkert form, og ikke en liste som rod", () => {
    expect(fejlAf(validerProfil({ udvider: STANDARD_PROFIL_ID }))).toEqual(['Ugyldig profil: "id" mangler.']);
    expect(fejlAf(validerProfil({ id: "Min Profil" }))[0]).toContain('"id" skal være et profil-id');
    expect(fejlAf(validerProfil([1]))).toEqual(["Ugyldig profil: profilen skal være et JSON-objekt (fik en liste)."]);
    expect(fejlAf(validerProfil(null))).toEqual(["Ugyldig profil: profilen skal være et JSON-objekt (fik null)."]);
  });

  // regler.md 2026.3 point 10 (§ 1 "Nærværende styringsaftale gælder kun for 2025-2026"): the profile names its years.
  it("takstaar: en liste af forskellige hele år; region: en tekst", () => {
    const ok = validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, takstaar: [2027, 2028], region: "Region X" });
    expect(ok.ok && ok.profil.takstaar).toEqual([2027, 2028]);
    const forventet = (fik: string) =>
      `Ugyldig profil: "takstaar" skal være en liste af 1 til 100 forskellige hele tal mellem 2000 og 2100 (fik ${fik}).`;
    expect(fejlAf(validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, takstaar: 2026 }))).toEqual([
      forventet("2026"),
    ]);
    expect(fejlAf(validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, takstaar: [] }))).toEqual([
      forventet("en liste"),
    ]);
    expect(fejlAf(validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, takstaar: [2026, 2026] }))).toEqual([
      forventet("en liste"),
    ]);
    expect(fejlAf(validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, takstaar: [2026.5] }))).toEqual([
      forventet("en liste"),
    ]);
    expect(fejlAf(validerProfil({ id: "x", udvider: STANDARD_PROFIL_ID, region: "" }))[0]).toContain('"region"');
  });

  it("returnerer en ren kopi uden fremmede nøgler", () => {
    const input = { id: "x", udvider: STANDARD_PROFIL_ID, begrundelse: { intetsigende: ["a"] } };
    const r = validerProfil(input);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.profil).toEqual(input);
      expect(r.profil.begrundelse!.intetsigende).not.toBe(input.begrundelse.intetsigende);
    }
  });
});

describe("loesProfil", () => {
  it("udvider standarden: objekter flettes, lister erstattes, alvor flettes", () => {
    const r = loesProfil({
      id: "sekretariat-2026",
      navn: "Sekretariatets skrappe profil",
      udvider: STANDARD_PROFIL_ID,
      belaegning: { forventetMin: 97 },
      begrundelse: { intetsigende: ["intet"] },
      takstloft: { reduktionPct: 1 },
      alvor: { "belaegning-under-forventet": "fejl", "pladsaendring-kraever-godkendelse": "fra" },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const forventet: Profil = {
      ...NORDJYLLAND_2025_2026,
      id: "sekretariat-2026",
      navn: "Sekretariatets skrappe profil",
      belaegning: { ...NORDJYLLAND_2025_2026.belaegning, forventetMin: 97 },
      begrundelse: { minTegn: 12, intetsigende: ["intet"] },
      takstloft: { reduktionPct: 1 },
      alvor: { "belaegning-under-forventet": "fejl", "pladsaendring-kraever-godkendelse": "fra" },
    };
    expect(r.profil).toEqual(forventet);
    expect("udvider" in r.profil).toBe(false);
    expect(r.kaede).toEqual(["sekretariat-2026", STANDARD_PROFIL_ID]);
    // The shipped profile is untouched by the merge.
    expect(NORDJYLLAND_2025_2026.belaegning.forventetMin).toBe(95);
    expect(r.profil.begrundelse.intetsigende).not.toBe(NORDJYLLAND_2025_2026.begrundelse.intetsigende);
  });

  it("kæde af tre med alvor fra flere niveauer og kilder pr. tærskel", () => {
    const mellem: PartialProfil = {
      id: "mellem",
      navn: "Mellem",
      udvider: STANDARD_PROFIL_ID,
      alvor: { "tal-som-tekst": "info" },
      tolerance: { takstKr: 2 },
    };
    const kendte = { ...PROFILER, mellem };
    const r = loesProfil(
      {
        id: "top",
        udvider: "mellem",
        alvor: { "tal-som-tekst": "fejl", "persondata-cpr": "advarsel" },
        takstloft: null,
      },
      kendte,
      { kilde: { art: "fil", fil: "top.json" } },
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profil.navn).toBe("top");
    expect(r.profil.alvor).toEqual({ "tal-som-tekst": "fejl", "persondata-cpr": "advarsel" });
    expect(r.profil.tolerance).toEqual({ takstKr: 2, takstPct: 0.1, ataKr: 0.01, ataHeleKr: 0.5 });
    expect(r.kilder["tolerance.takstKr"]).toEqual({ art: "profil", profilId: "mellem" });
    expect(r.kilder["tolerance.takstPct"]).toEqual({ art: "indbygget", profilId: STANDARD_PROFIL_ID });
    expect(r.kilder["alvor.tal-som-tekst"]).toEqual({ art: "fil", profilId: "top", fil: "top.json" });
    expect(r.kilder["takstloft"]).toEqual({ art: "fil", profilId: "top", fil: "top.json" });

    const rk = Object.fromEntries(profilOversigt(r.profil, r.kilder).map((x) => [x.sti, x]));
    expect(rk["tolerance.takstKr"]).toEqual({
      sti: "tolerance.takstKr",
      etiket: "Tolerance for takst",
      vaerdi: "2,00 kr.",
      kilde: 'profilen "mellem"',
    });
    expect(rk["belaegning.forventetMin"].vaerdi).toBe("95 %");
    expect(rk["belaegning.forventetMin"].kilde).toBe(`standard (${STANDARD_PROFIL_ID})`);
    expect(rk["alvor.persondata-cpr"].kilde).toBe('profilfilen top.json ("top")');
    expect(rk["takstloft"].vaerdi).toBe("ingen");
  });

  it("profilOversigt for den indbyggede profil: alle tærskler fra standarden", () => {
    const rk = profilOversigt(NORDJYLLAND_2025_2026);
    expect(rk.map((x) => x.sti)).toContain("tolerance.ataKr");
    expect(rk.every((x) => x.kilde === `standard (${STANDARD_PROFIL_ID})`)).toBe(true);
    expect(rk.find((x) => x.sti === "dagePrAar")!.vaerdi).toBe("365 dage");
  });

  it("afviser ringe i udvider", () => {
    const kendte = {
      a: { id: "a", udvider: "b" },
      b: { id: "b", udvider: "a" },
    };
    expect(fejlAf(loesProfil({ id: "c", udvider: "a" }, kendte))).toEqual([
      'Ugyldig profil: "udvider" danner en ring: c → a → b → a.',
    ]);
    expect(fejlAf(loesProfil({ id: "a", udvider: "a" }, kendte))[0]).toContain("eget id");
  });

  it("afviser en ukendt profil i udvider", () => {
    expect(fejlAf(loesProfil({ id: "x", udvider: "aarhus-2026" }))).toEqual([
      'Ugyldig profil: "udvider" henviser til en ukendt profil "aarhus-2026" (kendte profiler: "nordjylland-2025-2026").',
    ]);
  });

  it("en profil uden udvider skal være komplet", () => {
    const p = standardKopi();
    p.id = "egen";
    delete p.tolerance;
    delete (p.belaegning as Record<string, unknown>).max;
    const fejl = fejlAf(loesProfil(p));
    expect(fejl).toHaveLength(2);
    expect(fejl[0]).toMatch(
      /^Ugyldig profil: "belaegning.max" mangler\. En profil uden "udvider" skal angive alle nøgler; skriv "udvider": "nordjylland-2025-2026"/,
    );
    expect(fejl[1]).toContain('"tolerance" mangler');
    p.tolerance = { takstKr: 1, takstPct: 0.1, ataKr: 0.01, ataHeleKr: 0.5 };
    (p.belaegning as Record<string, unknown>).max = 100;
    expect(loesProfil(p).ok).toBe(true);
  });

  it("afviser modstridende tærskler og en ændret profil med et indbygget id", () => {
    expect(fejlAf(loesProfil({ id: "x", udvider: STANDARD_PROFIL_ID, tillaeg: { fravaerMinPct: 60 } }))).toEqual([
      'Ugyldig profil: "tillaeg.fravaerMinPct" (60) må ikke være større end "tillaeg.fravaerMaxPct" (50).',
    ]);
    const falsk = { ...standardKopi(), dagePrAar: 366 };
    expect(fejlAf(loesProfil(falsk))[0]).toContain("er en indbygget profil");
  });

  it("en ugyldig profil i kæden nævnes ved navn", () => {
    const kendte = { ...PROFILER, mellem: { id: "mellem", udvider: STANDARD_PROFIL_ID, dagePrAar: 400 } as never };
    expect(fejlAf(loesProfil({ id: "top", udvider: "mellem" }, kendte))).toEqual([
      'Profilen "mellem", som "top" udvider: Ugyldig profil: "dagePrAar" skal være et helt tal mellem 360 og 366 (fik 400).',
    ]);
  });
});

describe("JSON-fejl på dansk med position", () => {
  it.each([
    ['{"a":}', 'uventet tegn "}"; forventede en værdi ved tegn 6 (linje 1, kolonne 6)'],
    ['{"a":1', "teksten slutter for tidligt ved tegn 7"],
    ['{\n  "a": 1,\n}', "komma før } er ikke tilladt i JSON) ved tegn 13 (linje 3, kolonne 1)"],
    ["{'a': 1}", "enkelt anførselstegn"],
    ['{"a": 0,95}', 'uventet tegn "9"'],
    ['{"a": 1} x', 'uventet tegn "x" efter JSON-værdiens slutning ved tegn 10'],
  ])("%s", (tekst, forventet) => {
    const r = parseJson(tekst);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fejl).toContain(forventet);
  });

  it("finder ingen fejl i gyldig JSON (også med BOM)", () => {
    for (const t of ['{"a":[1,-2.5e3,true,false,null,"x\\u00e6\\n"]}', "\ufeff[]", " 0 "])
      expect(findJsonFejl(t)).toBeNull();
  });
});

describe("profilFraSnapshot (arket Takstprofil)", () => {
  const snapshot = (a1: unknown): WorkbookSnapshot => ({
    sheets: [
      { name: "Stamdata", top: 1, left: 1, values: [["Felt", "Værdi"]] },
      { name: "Takstprofil", top: 1, left: 1, values: [[a1 as string]] },
    ],
    tables: [],
  });

  it("ingen ark: null", () => {
    expect(profilFraSnapshot({ sheets: [], tables: [] })).toBeNull();
  });

  it("læser og løser profilen fra A1, med arbejdsbogen som kilde", () => {
    const r = profilFraSnapshot(
      snapshot(JSON.stringify({ id: "region-2026", udvider: STANDARD_PROFIL_ID, belaegning: { forventetMin: 93 } })),
    );
    expect(r?.ok).toBe(true);
    if (!r?.ok) return;
    expect(r.profil.belaegning.forventetMin).toBe(93);
    expect(r.kilder["belaegning.forventetMin"]).toEqual({ art: "arbejdsbog", profilId: "region-2026" });
    expect(r.kilder["belaegning.max"]).toEqual({ art: "indbygget", profilId: STANDARD_PROFIL_ID });
  });

  it("ugyldig JSON giver positionen på dansk", () => {
    const r = profilFraSnapshot(snapshot('{"id": "x", "udvider": "nordjylland-2025-2026",}'));
    expect(fejlAf(r!)).toEqual([
      'Takstprofil!A1: Ugyldig profil: ugyldig JSON: uventet tegn "}"; forventede et navn (komma før } er ikke tilladt i JSON) ved tegn 48 (linje 1, kolonne 48).',
    ]);
  });

  it("tom celle, tal i cellen og en ugyldig profil", () => {
    expect(fejlAf(profilFraSnapshot(snapshot(null))!)[0]).toBe(
      "Takstprofil!A1: cellen er tom; den skal indeholde profilen som JSON.",
    );
    expect(fejlAf(profilFraSnapshot(snapshot(42))!)[0]).toBe(
      "Takstprofil!A1: cellen skal indeholde profilen som JSON-tekst (fik 42).",
    );
    expect(
      fejlAf(profilFraSnapshot(snapshot('{"id":"x","udvider":"nordjylland-2025-2026","dagePrAar":"365"}'))!),
    ).toEqual(['Takstprofil!A1: Ugyldig profil: "dagePrAar" skal være et helt tal mellem 360 og 366 (fik "365").']);
  });

  it("laesProfilTekst: tom tekst", () => {
    expect(fejlAf(laesProfilTekst("  "))).toEqual(["Ugyldig profil: teksten er tom."]);
  });
});
