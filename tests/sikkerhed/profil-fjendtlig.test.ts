/**
 * A hostile profile carried by the workbook (sheet Takstprofil, JSON in A1): prototype keys,
 * huge numbers, wrong types, 10 MB of JSON, 10.000 levels of nesting. profilFraSnapshot
 * refuses each with a Danish message naming the key, never throws, never touches
 * Object.prototype; the task pane validates with the default. The CLI does not use the sheet (the
 * sekretariat's profile rules, see src/cli/main.ts): it must neither crash nor loosen.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { main } from "../../src/cli/main";
import { profilFraSnapshot } from "../../src/core/profil/laes-profil";
import { bygSnapshot, type SkemaSpec } from "../hjaelp/snapshot-bygger";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { vaelgProfil } from "../../src/taskpane/profilvalg";
import { gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

const BASIS = '"id":"fjendtlig","udvider":"nordjylland-2025-2026"';

function medProfil(a1: unknown, spec: SkemaSpec = gyldigtSkema()): WorkbookSnapshot {
  return bygSnapshot({
    ...spec,
    ekstraArk: [{ name: "Takstprofil", top: 1, left: 1, values: [[a1 as string]] }],
  });
}

const protoNoegler = () => Object.getOwnPropertyNames(Object.prototype).sort();
const FOER = protoNoegler();

function afvis(a1: unknown): string[] {
  // A throw (RangeError, TypeError) fails the test here with its own message.
  const r = profilFraSnapshot(medProfil(a1));
  if (r === null || r.ok) throw new Error(`profilen blev ikke afvist: ${JSON.stringify(r)?.slice(0, 200)}`);
  const fejl = r.fejl;
  expect(fejl.length).toBeGreaterThan(0);
  for (const f of fejl) expect(f).toMatch(/^Takstprofil!A1: /);
  // The task pane ignores it too and validates with the default profile.
  const valg = vaelgProfil(medProfil(a1), () => true);
  expect(valg.ark?.ok).toBe(false);
  expect(valg.profil.id).toBe("nordjylland-2025-2026");
  return fejl;
}

function dyb(n: number, blad = "1", k = "a"): string {
  return `{"${k}":`.repeat(n) + blad + "}".repeat(n);
}

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  expect(protoNoegler()).toEqual(FOER);
});

describe("prototype-nøgler", () => {
  it.each([
    [`{${BASIS},"__proto__":{"polluted":true}}`, '"__proto__"'],
    [`{${BASIS},"constructor":{"prototype":{"polluted":true}}}`, '"constructor"'],
    [`{${BASIS},"prototype":{"polluted":true}}`, '"prototype"'],
    [`{${BASIS},"belaegning":{"__proto__":{"polluted":true}}}`, '"belaegning.__proto__"'],
    [`{${BASIS},"takstloft":{"constructor":{"prototype":{"polluted":true}}}}`, '"takstloft.constructor"'],
    [`{${BASIS},"alvor":{"__proto__":"fra"}}`, '"alvor.__proto__"'],
    [`{"__proto__":{"polluted":true},"id":"x"}`, '"__proto__"'],
  ])("%s afvises og nævner %s", (json, noegle) => {
    const fejl = afvis(json);
    expect(fejl.join("\n")).toContain(`nøglen ${noegle} er ikke tilladt`);
  });

  it("en udvider, der hedder __proto__ eller constructor, er en ukendt profil", () => {
    expect(afvis('{"id":"x","udvider":"__proto__"}').join("\n")).toMatch(
      /"udvider" (henviser til en ukendt profil|skal være)/,
    );
    expect(afvis('{"id":"x","udvider":"constructor"}').join("\n")).toMatch(
      /"udvider" (henviser til en ukendt profil|skal være)/,
    );
  });
});

describe("store tal og forkerte typer", () => {
  it.each([
    [`{${BASIS},"belaegning":{"max":1e308}}`, "belaegning.max"],
    [`{${BASIS},"belaegning":{"max":-1e308}}`, "belaegning.max"],
    [`{${BASIS},"dagePrAar":1e309}`, "dagePrAar"],
    [`{${BASIS},"dagePrAar":365.5}`, "dagePrAar"],
    [`{${BASIS},"takstloft":{"reduktionPct":1e308}}`, "takstloft.reduktionPct"],
    [`{${BASIS},"tolerance":{"takstKr":-1e-308}}`, "tolerance.takstKr"],
    [`{${BASIS},"dagePrAar":"365"}`, "dagePrAar"],
    [`{${BASIS},"belaegning":[95,98]}`, "belaegning"],
    [`{${BASIS},"belaegning":"95"}`, "belaegning"],
    [`{${BASIS},"belaegning":{"max":null}}`, "belaegning.max"],
    [`{${BASIS},"alvor":{"persondata-cpr":true}}`, "alvor.persondata-cpr"],
    [`{${BASIS},"alvor":{"findes-ikke":"fejl"}}`, "alvor.findes-ikke"],
    [`{${BASIS},"begrundelse":{"intetsigende":"ok"}}`, "begrundelse.intetsigende"],
    [`{${BASIS},"begrundelse":{"intetsigende":[1,{"a":2}]}}`, "begrundelse.intetsigende[0]"],
    ['{"id":42,"udvider":"nordjylland-2025-2026"}', "id"],
    ['{"id":"x","udvider":42}', "udvider"],
  ])("%s afvises og nævner %s", (json, noegle) => {
    const fejl = afvis(json);
    expect(fejl.join("\n")).toContain(`"${noegle}"`);
  });

  it.each([["[1,2]"], ["null"], ['"tekst"'], ["123"], ["true"]])(
    "en profil, der ikke er et objekt (%s), afvises",
    (json) => {
      expect(afvis(json).join("\n")).toMatch(/profilen skal være et JSON-objekt/);
    },
  );

  it.each([[42], [true], [{ fejl: "#REF!" }]])("en celle, der ikke er tekst (%j), afvises", (v) => {
    expect(afvis(v).join("\n")).toMatch(/cellen skal indeholde profilen som JSON-tekst/);
  });

  it("gentager aldrig et CPR-nummer fra profilen i beskeden", () => {
    const fejl = afvis(`{${BASIS},"dagePrAar":"010180-1234","navn":5}`).join("\n");
    expect(fejl).toContain('"dagePrAar"');
    expect(fejl).not.toMatch(/010180|0101801234/);
  });
});

describe("størrelse og dybde", () => {
  it("10 MB JSON afvises hurtigt med en besked om længden", () => {
    const stor = `{${BASIS},"navn":"${"a".repeat(10 * 1024 * 1024)}"}`;
    const t0 = Date.now();
    const fejl = afvis(stor);
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(fejl.join("\n")).toMatch(/for lang/);
  });

  it("10.000 niveauer indlejret under en kendt nøgle afvises og nævner nøglen", () => {
    const json = `{${BASIS},"belaegning":${dyb(10_000)}}`;
    const fejl = afvis(json);
    expect(fejl.join("\n")).toContain('"belaegning.a"');
  });

  it("10.000 niveauer under en ukendt nøgle og i lister afvises", () => {
    expect(afvis(`{${BASIS},"ukendt":${dyb(10_000)}}`).join("\n")).toContain('"ukendt"');
    const liste = `{${BASIS},"begrundelse":{"intetsigende":${"[".repeat(10_000)}${"]".repeat(10_000)}}}`;
    expect(afvis(liste).join("\n")).toContain('"begrundelse.intetsigende[0]"');
    expect(afvis(`{${BASIS},"alvor":${dyb(10_000, '"fra"', "persondata-cpr")}}`).join("\n")).toContain(
      '"alvor.persondata-cpr"',
    );
  });

  it("100.000 niveauer (under længdegrænsen) og ugyldig dyb JSON giver en dansk besked, ikke en RangeError", () => {
    expect(afvis(dyb(100_000)).length).toBeGreaterThan(0);
    expect(afvis(`[`.repeat(100_000)).join("\n")).toMatch(/ugyldig JSON|for dybt/);
    expect(afvis(`{${BASIS},"belaegning":${dyb(10_000).slice(0, -1)}`).join("\n")).toMatch(/ugyldig JSON/);
  });
});

describe("kommandolinjen på en projektmappe med en fjendtlig profil", () => {
  const mappe = mkdtempSync(join(tmpdir(), "takstskema-profil-"));

  async function koer(...args: string[]): Promise<{ kode: number; ud: string; fejl: string }> {
    let ud = "";
    let fejl = "";
    const kode = await main(args, {
      stdout: (t) => (ud += t),
      stderr: (t) => (fejl += t),
      stderrErTerminal: false,
      cwd: mappe,
      env: {},
    });
    return { kode, ud, fejl };
  }

  type Dok = { filer: { fil: string; fejl_ved_laesning?: string; fund?: { regel: string; celle: string }[] }[] };
  const fund = (r: { ud: string }) => (JSON.parse(r.ud) as Dok).filer[0].fund!.map((f) => `${f.regel} ${f.celle}`);

  // The CLI validates with the sekretariat's profile (--profil or the default); a submitted
  // workbook's Takstprofil sheet is not used (src/cli/main.ts), so it can neither crash the run nor loosen it.
  it.each([
    ["proto", `{${BASIS},"__proto__":{"polluted":true},"alvor":{"__proto__":"fra"}}`],
    ["stort-tal", `{${BASIS},"belaegning":{"max":1e308}}`],
    ["typer", `{${BASIS},"dagePrAar":"365","belaegning":[1]}`],
    ["dyb", `{${BASIS},"belaegning":${dyb(10_000)}}`],
    ["stor", `{${BASIS},"navn":"${"a".repeat(2 * 1024 * 1024)}"}`],
  ])(
    "%s: ingen fejl i kørslen; valideret med sekretariatets profil, afslutningskode efter kontrakten",
    async (navn, json) => {
      writeFileSync(join(mappe, `${navn}.xlsx`), await skrivSnapshotXlsx(medProfil(json)));
      writeFileSync(join(mappe, `${navn}-uden.xlsx`), await skrivSnapshotXlsx(bygSnapshot(gyldigtSkema())));
      const tekst = await koer("valider", `${navn}.xlsx`);
      expect(tekst.fejl).not.toMatch(/Intern fejl|RangeError|TypeError|at \w+ \(/);
      expect(tekst.kode).toBe(0);
      expect(tekst.ud).toMatch(/1 fil(er)?: 0 fejl/);
      const j = await koer("valider", `${navn}.xlsx`, "--format", "json");
      expect(j.kode).toBe(0);
      expect((JSON.parse(j.ud) as Dok & { profil: string }).profil).toBe("nordjylland-2025-2026");
      // The same findings as without the sheet, plus the sheet itself (takstprofil-i-skema, issue 9 item 1).
      expect(fund(j)).toEqual([
        ...fund(await koer("valider", `${navn}-uden.xlsx`, "--format", "json")),
        "takstprofil-i-skema A1",
      ]);
    },
  );

  it("en profil i arket, der slår en regel fra, slækker ikke kontrollen på kommandolinjen", async () => {
    // Takst raised 23 % without a begrundelse: a fejl under the sekretariat's profile.
    const ydelser = gyldigeYdelser();
    ydelser[0].takst = 2400;
    ydelser[0].bemaerkninger = null;
    const s = medProfil(
      `{"id":"slap","udvider":"nordjylland-2025-2026","alvor":{"takstaendring-uden-begrundelse":"fra"}}`,
      {
        ...gyldigtSkema(),
        ydelser,
      },
    );
    // The task pane uses the workbook's profile only once the user has accepted it (issue 9 item 1).
    expect(vaelgProfil(s).fraArbejdsbog).toBe(false);
    const godkendt = vaelgProfil(s, () => true);
    expect(godkendt.fraArbejdsbog && godkendt.profil.alvor["takstaendring-uden-begrundelse"]).toBe("fra");
    writeFileSync(join(mappe, "slap.xlsx"), await skrivSnapshotXlsx(s));
    const r = await koer("valider", "slap.xlsx", "--format", "json");
    expect(r.kode).toBe(1);
    expect(fund(r).some((f) => f.startsWith("takstaendring-uden-begrundelse "))).toBe(true);
  });
});
