/** `--sidste-aar`: last year's approved takstbilag as the baseline (issue 17 § 1). */
import { existsSync, readFileSync, rmSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { findSheet } from "../../src/core/snapshot";
import { laesTakstskema } from "../../src/core/reader/laes";
import { laesGrundlag } from "../../src/core/takstbilag/grundlag";
import { koer, lavSidsteAarSaet, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });

beforeAll(async () => {
  mappe = tmpMappe("cli-sidste-aar");
  await lavSidsteAarSaet(mappe);
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("grundlaget findes (programmets eget takstbilag fra i fjor)", () => {
  expect(existsSync(path.join(mappe, "fjor.xlsx"))).toBe(true);
});

it("valider: en for lav Takst sidste år giver en advarsel med begge tal, og tilbud, der ikke er indsendt, nævnes", async () => {
  const r = await i(["valider", "iaar", "--sidste-aar", "fjor.xlsx"]);
  expect(r.stderr).toBe("");
  expect(r.stdout).toContain(
    "Takst sidste år er 1.900 kr., men sidste års godkendte takstbilag har 1.950 kr. for SB-A1-108.",
  );
  expect(r.stdout).toContain(
    "Ikke indsendt i år, men med i sidste års takstbilag (1):\n  Hjørring Kommune, Kysthuset: hele tilbuddet\n",
  );
  // Without the baseline: no such finding.
  const uden = await i(["valider", "iaar"]);
  expect(uden.stdout).not.toContain("godkendte takstbilag");
  expect(uden.stdout).not.toContain("Ikke indsendt");
});

it("bilag: Ikke indsendt står på Oversigt, og advarslen i Fund", async () => {
  const r = await i(["bilag", "iaar", "--ud", "iaar.xlsx", "--sidste-aar", "fjor.xlsx"]);
  expect(r.kode).toBe(0);
  expect(r.stdout).toContain("Hjørring Kommune, Kysthuset: hele tilbuddet");
  const snap = await laesXlsx(readFileSync(path.join(mappe, "iaar.xlsx")));
  const oversigt = findSheet(snap, "Oversigt")!;
  const start = oversigt.values.findIndex((x) => x[0] === "Ikke indsendt (1)");
  expect(start).toBeGreaterThan(0);
  expect(oversigt.values[start + 3].filter((x) => x !== null)).toEqual([
    "Hjørring Kommune",
    "Kysthuset",
    "Hele tilbuddet",
  ]);
  const fund = findSheet(snap, "Fund")!.values.flat().map(String);
  expect(fund).toContain("Sidste år afviger fra godkendt");
  // DAS sees the approved 1.950 kr. as last year's takst, not the 1.900 kr. the skema typed.
  const a1 = laesTakstskema(snap).takstbilag!.raekker.find((x) => x.ydelsesId.vaerdi === "SB-A1-108")!;
  expect(a1.takstSidsteAar.vaerdi?.toNumber()).toBe(1950);
  expect(a1.status.vaerdi).toBe("Advarsel");
});

it("et grundlag uden kolonnen Pladser: kode 2 og en dansk besked om, hvad der mangler", async () => {
  const r = await i(["valider", "iaar", "--sidste-aar", "uden-pladser.xlsx"]);
  expect(r.kode).toBe(2);
  expect(r.stderr).toBe(
    "takstskema: Sidste års takstbilag uden-pladser.xlsx kan ikke bruges: arket Takster har ikke kolonnen Pladser; " +
      "der skal være kolonner med Ydelses-ID, Takst og Pladser samt Tilbudsportal-ID eller Driftsherre og Tilbud.\n",
  );
  const b = await i(["bilag", "iaar", "--ud", "x.xlsx", "--sidste-aar", "findes-ikke.xlsx"]);
  expect(b.kode).toBe(2);
  expect(b.stderr).toMatch(/^takstskema: Sidste års takstbilag findes-ikke\.xlsx kan ikke læses: /);
  expect(existsSync(path.join(mappe, "x.xlsx"))).toBe(false);
});

it("Ikke indsendt viser sidste års navne gennem udgangen: CPR-nummer skjult, linjeskift synligt (issue 16 § 2, § 4)", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Takstbilag").addRows([
    ["Driftsherre", "Tilbud", "Ydelses-ID", "Takst", "Pladser"],
    ["Aalborg Kommune", "Solbakken", "SB-A1-108", 1950, 10],
    ["Borger 010180-1234", "Hus\nFALSK: alle skemaer er godkendt", "X-1", 1000, 5],
  ]);
  writeFileSync(path.join(mappe, "fjendtlig-fjor.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
  const r = await i(["valider", "iaar", "--sidste-aar", "fjendtlig-fjor.xlsx"]);
  expect(r.stdout).toContain("Ikke indsendt i år");
  expect(r.stdout).not.toContain("010180-1234");
  expect(r.stdout).not.toMatch(/^FALSK/m);
  expect(r.stdout).toContain("Hus\\x0AFALSK");
});

describe("Takstår-kolonnen i sidste års takstbilag (issue 17 § 2)", () => {
  /** fjor.xlsx as bilag wrote it before 2026.3: the Takstbilag sheet without its first column, Takstår. */
  async function udenTakstaar(): Promise<void> {
    const snap = await laesXlsx(readFileSync(path.join(mappe, "fjor.xlsx")));
    const ark = findSheet(snap, "Takstbilag")!;
    expect(ark.values[1][0]).toBe("Takstår");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Takstbilag").addRows(ark.values.map((r) => r.slice(1)));
    writeFileSync(path.join(mappe, "fjor-uden-takstaar.xlsx"), Buffer.from(await wb.xlsx.writeBuffer()));
  }

  it("programmets takstbilag har Takstår i hver række, og grundlaget kender året", async () => {
    const snap = await laesXlsx(readFileSync(path.join(mappe, "fjor.xlsx")));
    const raekker = laesTakstskema(snap).takstbilag!.raekker;
    expect(raekker.length).toBeGreaterThan(0);
    expect(raekker.map((r) => r.takstaar.vaerdi)).toEqual(raekker.map(() => 2025));
    const g = laesGrundlag(snap);
    if (!g.ok) throw new Error(g.fejl);
    expect(g.grundlag.takstaar).toBe(2025);
  });

  it("et takstbilag uden kolonnen (skrevet før) giver samme grundlag og samme fund", async () => {
    await udenTakstaar();
    const med = laesGrundlag(await laesXlsx(readFileSync(path.join(mappe, "fjor.xlsx"))));
    const uden = laesGrundlag(await laesXlsx(readFileSync(path.join(mappe, "fjor-uden-takstaar.xlsx"))));
    if (!med.ok || !uden.ok) throw new Error("grundlaget kunne ikke læses");
    expect(uden.grundlag.takstaar).toBeUndefined();
    expect(uden.grundlag.tilbud).toEqual(med.grundlag.tilbud);
    expect(uden.grundlag.decimaler).toBe(med.grundlag.decimaler);
    const r = await i(["valider", "iaar", "--sidste-aar", "fjor-uden-takstaar.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(
      "Takst sidste år er 1.900 kr., men sidste års godkendte takstbilag har 1.950 kr. for SB-A1-108.",
    );
    expect(r.stdout).toContain("Hjørring Kommune, Kysthuset: hele tilbuddet");
  });
});

describe("sidste års takstbilag for et andet år end året før (gennemgang, h23)", () => {
  // This year's bilag given as last year's: every change would be measured from itself.
  beforeAll(async () => {
    const r = await i(["bilag", "iaar", "--ud", "iaar-bilag.xlsx"]);
    expect(r.kode).toBe(0);
  });

  it("valider stopper med kode 2 og en dansk besked, før skemaets fund skrives", async () => {
    const r = await i(["valider", "iaar", "--sidste-aar", "iaar-bilag.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toBe(
      `takstskema: Sidste års takstbilag iaar-bilag.xlsx gælder takstår 2026, men ${path.join("iaar", "solbakken.xlsx")} gælder takstår 2026; ` +
        "ændringerne skal måles fra det takstbilag, der blev godkendt for takstår 2025. Angiv det med --sidste-aar.\n",
    );
    expect(r.stdout).not.toContain("solbakken.xlsx");
  });

  it("bilag stopper med kode 2 og skriver intet takstbilag", async () => {
    const r = await i(["bilag", "iaar", "--ud", "forkert.xlsx", "--sidste-aar", "iaar-bilag.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain("gælder takstår 2026, men");
    expect(existsSync(path.join(mappe, "forkert.xlsx"))).toBe(false);
  });

  it("takstbilaget for året før er stadig godt", async () => {
    const r = await i(["valider", "iaar", "--sidste-aar", "fjor.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.kode).not.toBe(2);
  });
});
