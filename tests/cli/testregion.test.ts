/**
 * The command line with a second region: the fictitious test region (tests/profil/testregion/),
 * registered through the register's hook, by id (--profil ID) and through a profile file that
 * extends it. Its findings cite its own sections, and the rule it turns off is not checked; its
 * template (skabelon --profil) names its own thresholds and sections.
 */
import ExcelJS from "exceljs";
import { existsSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { fejlSkema, koer, skrivSkema, tmpMappe } from "./hjaelp";
import { registrerTestregion } from "../profil/testregion";
import { afsnitI, skabelonTekster } from "../hjaelp/skabelon-tekster";
import type { RegelId } from "../../src/core/regler/id";

const { profil, aftale } = registrerTestregion();
let mappe: string;

beforeAll(async () => {
  mappe = tmpMappe("cli-testregion");
  await skrivSkema(path.join(mappe, "fejl.xlsx"), fejlSkema());
  writeFileSync(
    path.join(mappe, "sekretariat.json"),
    JSON.stringify({ id: "sekretariat-2030", udvider: profil.id, takstaendring: { vaesentligPct: 2 } }),
  );
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

const i = (argv: string[]) => koer(argv, { cwd: mappe });

describe("takstskema valider med testregionen", () => {
  it("uden --profil: Nordjyllands § og alle regler", async () => {
    const r = await i(["valider", "fejl.xlsx"]);
    expect(r.stdout).toMatch(/^Profil: nordjylland-2025-2026 \(/);
    expect(r.stdout).toMatch(/\(§ 2\.2\.3, 5\.5\.2\) \[pladsaendring-uden-begrundelse\]/);
    expect(r.stdout).toContain("[pladsaendring-kraever-godkendelse]");
  });

  it("--profil ID: testregionens § og uden den slåede-fra regel", async () => {
    const r = await i(["valider", "--profil", profil.id, "fejl.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(1);
    expect(r.stdout.startsWith(`Profil: ${profil.id} (`)).toBe(true);
    expect(r.stdout).toMatch(/ {4}Ydelser!P2 · A1-108 · .* \(§ 3\.2\) \[pladsaendring-uden-begrundelse\]/);
    expect(r.stdout).not.toContain("pladsaendring-kraever-godkendelse");
    expect(r.stdout).not.toContain("§ 2.2.3");
  });

  it("--format json: fundene bærer testregionens §", async () => {
    const r = await i(["valider", "--profil", profil.id, "--format", "json", "fejl.xlsx"]);
    const doc = JSON.parse(r.stdout) as { profil: string; filer: { fund: { regel: string; paragraf: string }[] }[] };
    expect(doc.profil).toBe(profil.id);
    const fund = doc.filer.flatMap((f) => f.fund);
    expect(fund.find((f) => f.regel === "pladsaendring-uden-begrundelse")?.paragraf).toBe("3.2");
    for (const f of fund) {
      expect(f.paragraf).toBe(aftale.regler[f.regel as RegelId].paragraf);
    }
    expect(fund.some((f) => f.regel === "pladsaendring-kraever-godkendelse")).toBe(false);
  });

  it("--profil fil.json, der udvider testregionen: arver dens aftale og den slåede-fra regel", async () => {
    const r = await i(["valider", "--profil", "sekretariat.json", "fejl.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("Profil: sekretariat-2030")).toBe(true);
    expect(r.stdout).toMatch(/\(§ 3\.2\) \[pladsaendring-uden-begrundelse\]/);
    expect(r.stdout).not.toContain("pladsaendring-kraever-godkendelse");
  });
});

describe("takstskema bilag med testregionen", () => {
  const oversigt = async (fil: string) => {
    const bog = new ExcelJS.Workbook();
    await bog.xlsx.load(readFileSync(path.join(mappe, fil)));
    const tekst: string[] = [];
    bog.getWorksheet("Oversigt")!.eachRow((r) => r.eachCell((c) => tekst.push(String(c.value ?? ""))));
    return tekst;
  };

  it("--profil ID: takstbilaget beder om testudvalgets stillingtagen, ikke DAS'", async () => {
    // Exit code 1: the skema has fejl; the bilag is written all the same.
    const r = await i(["bilag", "--profil", profil.id, "fejl.xlsx", "--ud", "bilag-test.xlsx"]);
    expect(r.kode).toBe(1);
    const t = await oversigt("bilag-test.xlsx");
    expect(t.some((x) => x.startsWith("Kræver testudvalgets stillingtagen ("))).toBe(true);
    expect(t.some((x) => x.includes("DAS"))).toBe(false);
    const nord = await i(["bilag", "fejl.xlsx", "--ud", "bilag-nord.xlsx"]);
    expect(nord.kode).toBe(1);
    expect((await oversigt("bilag-nord.xlsx")).some((x) => x.startsWith("Kræver DAS' stillingtagen ("))).toBe(true);
  });
});

describe("takstskema skabelon med testregionen", () => {
  const tekster = async (fil: string) => {
    const t = await skabelonTekster(readFileSync(path.join(mappe, fil)));
    return [...t.vejledning, ...t.noter, ...t.valideringer];
  };

  it("--profil ID: testregionens aftale, tærskler og § i Vejledningen og noterne", async () => {
    const r = await i(["skabelon", "--profil", profil.id, "--ud", "test.xlsx", "--takstaar", "2030"]);
    expect(r).toEqual({ kode: 0, stdout: "Skabelonen for takstår 2030 er skrevet til test.xlsx.\n", stderr: "" });
    const t = (await tekster("test.xlsx")).join("\n");
    expect(t).toContain(aftale.navn);
    expect(t).toContain("mindst 90 % og højst 100 %; for aflastning, akuttilbud og korte forløb mindst 85 % (§ 7.3)");
    expect(t).toContain("(§ 3.2, § 7.1). Mindst 20 tegn.");
    expect(t).toContain("Højst 4 % af grundlaget (§ 8.1).");
    expect(t).toContain("Pladsændringer godkendes af testudvalget.");
    expect(t).not.toContain("DAS");
    expect(t).not.toContain("§ 5.");
    expect(t).not.toContain("bilag 2");
  });

  it("--profil fil.json, der udvider testregionen: dens tærskler, testregionens §", async () => {
    writeFileSync(
      path.join(mappe, "skabelonprofil.json"),
      JSON.stringify({ id: "sekretariat-skabelon", udvider: profil.id, begrundelse: { minTegn: 30 } }),
    );
    const r = await i(["skabelon", "--profil", "skabelonprofil.json", "--ud", "fil.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(0);
    const t = await tekster("fil.xlsx");
    expect(t).toContain(
      "Driftsherrens begrundelse for ændringer i takst eller pladser (§ 3.2, § 7.1). Mindst 30 tegn.",
    );
    expect([...afsnitI(t)].filter((a) => a.startsWith("5.") || a === "bilag 2")).toEqual([]);
  });

  it("uden --profil: Nordjyllands §", async () => {
    const r = await i(["skabelon", "--ud", "nord.xlsx"]);
    expect(r.kode).toBe(0);
    const t = (await tekster("nord.xlsx")).join("\n");
    expect(t).toContain("(§ 2.2.3, § 3.1, § 5.5.2). Mindst 12 tegn.");
    expect(t).toContain("(§ 5.2: mindst 95 %, kort forløb mindst 90 %)");
  });

  it("en ukendt profil: dansk besked, kode 2, ingen fil", async () => {
    const r = await i(["skabelon", "--profil", "aarhus", "--ud", "ukendt.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain('Ukendt profil "aarhus"');
    expect(existsSync(path.join(mappe, "ukendt.xlsx"))).toBe(false);
  });
});
