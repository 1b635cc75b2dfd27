/**
 * Issue 16 § 1: the verdict is about what the user sees. The hostile files of the corpus
 * (scripts/lav-korpus.ts) through the real `node bin/takstskema.js`, through `bilag`, and the
 * same workbook as the pane reads it (values Excel calculated, through the Office.js adapter
 * on the in-memory Excel): the CLI and the pane reach the same verdict.
 */
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { laesTakstskema } from "../../src/core/reader/laes";
import {
  formelGemtResultatSnapshot,
  lavKorpus,
  tabelMegetSkjultSnapshot,
  talformatFastTalSnapshot,
} from "../../scripts/lav-korpus";
import { koer, tmpMappe } from "../cli/hjaelp";
import { nyBog, ROD, validerSomRuden } from "./hjaelp";

const BIN = join(ROD, "bin", "takstskema.js");
const FILER = ["formel-gemt-resultat.xlsx", "tabel-meget-skjult.xlsx", "talformat-fast-tal.xlsx"];

let mappe: string;
let sti: Record<string, string>;

beforeAll(async () => {
  mappe = tmpMappe("synlig-dom");
  sti = await lavKorpus(mappe, FILER);
}, 60_000);

function bin(argv: string[]): Promise<{ kode: number | null; stdout: string; stderr: string }> {
  return new Promise((ok) => {
    const b = spawn(process.execPath, [BIN, ...argv], { cwd: mappe, env: { ...process.env, TAKSTSKEMA_TS: "1" } });
    let stdout = "";
    let stderr = "";
    b.stdout.on("data", (d) => (stdout += d));
    b.stderr.on("data", (d) => (stderr += d));
    b.on("close", (kode) => ok({ kode, stdout, stderr }));
  });
}

/** The takstbilag `bilag` writes for one file: Status and Fund per Ydelses-ID. */
async function bilagFor(
  fil: string,
): Promise<{ kode: number; raekker: { id: string; status: string; fund: string }[] }> {
  const ud = join(mappe, `bilag-${fil}`);
  const k = await koer(["bilag", sti[fil], "--ud", ud, "--overskriv"], { cwd: mappe });
  const skema = laesTakstskema(await laesXlsx(readFileSync(ud)));
  return {
    kode: k.kode,
    raekker: (skema.takstbilag?.raekker ?? []).map((r) => ({
      id: String(r.ydelsesId.vaerdi),
      status: String(r.status.raa),
      fund: String(r.fund.raa ?? ""),
    })),
  };
}

describe("en formels gemte resultat (Takst =M2*1.5, gammel takst gemt, fullCalcOnLoad)", () => {
  it("kommandolinjen: afslutningskode 1 og fund på Ydelser!N2", async () => {
    const k = await bin(["valider", sti["formel-gemt-resultat.xlsx"]]);
    expect(k.kode).toBe(1);
    expect(k.stdout).not.toContain("Ingen fund");
    expect(k.stdout).toMatch(
      /^ {4}Ydelser!N2 · B108-1 · Takst skal udfyldes med en værdi.*=M2\*1\.5.*\[formel-i-inputkolonne\]$/m,
    );
    expect(k.stdout).toMatch(
      /^ {4}Ydelser!N2 · Projektmappen er gemt uden at være beregnet.*\[formel-ikke-beregnet\]$/m,
    );
  }, 120_000);

  it("takstbilaget markerer taksten som Fejl", async () => {
    const b = await bilagFor("formel-gemt-resultat.xlsx");
    const raekke = b.raekker.find((r) => r.id === "B108-1")!;
    expect(raekke.status).toBe("Fejl");
    expect(raekke.fund).toMatch(/formel i inputkolonne/i);
  }, 60_000);

  it("ruden (Excels beregnede værdier) og kommandolinjen når samme dom", async () => {
    const { resultat: ruden } = await validerSomRuden(nyBog(formelGemtResultatSnapshot(true)).bog);
    const k = await koer(["valider", "--format", "json", sti["formel-gemt-resultat.xlsx"]], { cwd: mappe });
    const cli = JSON.parse(k.stdout).filer[0];
    expect(ruden.opsummering.fejl).toBeGreaterThan(0);
    expect(cli.opsummering.fejl).toBeGreaterThan(0);
    expect(k.kode).toBe(1);
    // Both name the formula in the input column.
    expect(ruden.fund.some((f) => f.regel === "formel-i-inputkolonne" && f.celle === "N2")).toBe(true);
    expect(
      cli.fund.some((f: { regel: string; celle: string }) => f.regel === "formel-i-inputkolonne" && f.celle === "N2"),
    ).toBe(true);
  }, 60_000);
});

describe("en ren tblYdelser på et meget skjult ark, den synlige omdøbt", () => {
  it("kommandolinjen: afslutningskode 1 og fund på det skjulte ark og de udækkede overskrifter", async () => {
    const k = await bin(["valider", sti["tabel-meget-skjult.xlsx"]]);
    expect(k.kode).toBe(1);
    expect(k.stdout).toMatch(
      /^ {4}Data!A1 · Tabellen over ydelser står på arket Data, som er meget skjult.*\[tabel-ikke-synlig\]$/m,
    );
    expect(k.stdout).toMatch(
      /^ {4}Ydelser!A1 · Arket Ydelser har overskrifterne til tabellen over ydelser.*\[tabel-ikke-synlig\]$/m,
    );
  }, 120_000);

  it("takstbilaget tager ikke de skjulte rækker som OK", async () => {
    const b = await bilagFor("tabel-meget-skjult.xlsx");
    expect(b.raekker.length).toBeGreaterThan(0);
    for (const r of b.raekker) expect(r.status).toBe("Fejl");
  }, 60_000);

  it("ruden ser arkets synlighed gennem Office.js og når samme dom", async () => {
    const { resultat } = await validerSomRuden(nyBog(tabelMegetSkjultSnapshot()).bog);
    expect(resultat.fund.filter((f) => f.regel === "tabel-ikke-synlig").map((f) => `${f.ark}!${f.celle}`)).toEqual([
      "Data!A1",
      "Ydelser!A1",
    ]);
  });
});

describe("et talformat, der viser et fast tal", () => {
  it("kommandolinjen rapporterer begge celler", async () => {
    const k = await koer(["valider", sti["talformat-fast-tal.xlsx"]], { cwd: mappe });
    expect(k.kode).toBe(1);
    expect(k.stdout).toMatch(/^ {4}Ydelser!N2 · .*"3\.037,78".*\[talformat-skjuler-vaerdi\]$/m);
    expect(k.stdout).toMatch(/^ {4}Ydelser!N3 · .*"3\.037,78".*\[talformat-skjuler-vaerdi\]$/m);
  }, 60_000);

  it("ruden rapporterer det samme", async () => {
    const { resultat } = await validerSomRuden(nyBog(talformatFastTalSnapshot()).bog);
    expect(resultat.fund.filter((f) => f.regel === "talformat-skjuler-vaerdi").map((f) => f.celle)).toEqual([
      "N2",
      "N3",
    ]);
  });
});
