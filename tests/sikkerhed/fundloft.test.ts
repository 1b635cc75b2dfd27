/**
 * Issue 9 item 4: the engine keeps at most MAKS_FUND_PR_REGEL findings per rule and file
 * (independent of the profile) and counts the rest; the CLI text, JSON, --rapport and the
 * bilag's Fund sheet say how many were left out, and every takst row still gets its status.
 * (The 100.000-row file is in the hostile corpus: mange-raekker.xlsx.)
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import * as path from "path";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { MAKS_FUND_PR_REGEL } from "../../src/core/valider";
import { valider } from "../hjaelp/valider";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";
import { koer, skrivSkema, tmpMappe } from "../cli/hjaelp";

const ANTAL = 2500;

function mangeBrudteRaekker() {
  const spec = gyldigtSkema();
  const [forbillede] = gyldigeYdelser();
  const [omk] = gyldigeOmkostninger();
  spec.ydelser = Array.from({ length: ANTAL }, (_, i) => ({
    ...forbillede,
    ydelsesId: `X${String(i + 1).padStart(5, "0")}`,
    belaegningsprocent: 1.2, // belaegning-over-100 on every row
  }));
  spec.omkostninger = spec.ydelser.map((y) => ({ ...omk, ydelsesId: y.ydelsesId }));
  return spec;
}

let mappe: string;
beforeAll(async () => {
  mappe = tmpMappe("fundloft");
  await skrivSkema(path.join(mappe, "mange.xlsx"), mangeBrudteRaekker());
});

it("motoren beholder 1.000 fund pr. regel og tæller resten; opsummeringen tæller dem alle", () => {
  expect(MAKS_FUND_PR_REGEL).toBe(1000);
  const r = valider(bygSnapshot(mangeBrudteRaekker()));
  const belaegning = r.fund.filter((f) => f.regel === "belaegning-over-100");
  expect(belaegning).toHaveLength(1000);
  const u = r.udeladt!.find((x) => x.regel === "belaegning-over-100")!;
  expect(u).toMatchObject({ alvor: "fejl", antal: ANTAL - 1000 });
  expect(u.steder).toHaveLength(ANTAL - 1000);
  expect(r.opsummering.fejl).toBe(
    r.fund.filter((f) => f.alvor === "fejl").length + r.udeladt!.reduce((n, x) => n + x.antal, 0),
  );
  expect(r.regler.brudt).toContain("belaegning-over-100");
  // Below the cap nothing is left out, and the key is absent.
  expect(valider(bygSnapshot(gyldigtSkema())).udeladt).toBeUndefined();
});

it("tekst og JSON siger, hvor mange der er udeladt", async () => {
  const t = await koer(["valider", "mange.xlsx"], { cwd: mappe });
  expect(t.kode).toBe(1);
  expect(t.stdout).toContain(
    "    … og 1.500 flere fund af reglen belaegning-over-100 er udeladt (højst 1.000 pr. regel og fil vises).",
  );
  // The group's count includes the findings left out (every rule's).
  const fejl = JSON.parse((await koer(["valider", "mange.xlsx", "--format", "json"], { cwd: mappe })).stdout).filer[0]
    .opsummering.fejl as number;
  expect(t.stdout).toContain(`  Fejl (${fejl.toLocaleString("da-DK")}):`);
  expect(t.stdout.match(/\[belaegning-over-100\]$/gm)).toHaveLength(1000);

  const j = await koer(["valider", "mange.xlsx", "--format", "json"], { cwd: mappe });
  const fil = JSON.parse(j.stdout).filer[0];
  expect(fil.udeladt).toContainEqual({ regel: "belaegning-over-100", alvor: "fejl", antal: 1500 });
  expect(fil.opsummering.fejl).toBe(
    1000 * fil.udeladt.length + fil.udeladt.reduce((n: number, u: { antal: number }) => n + u.antal, 0),
  );
}, 60_000);

it("--rapport og takstbilagets Fund-ark har en linje med antallet; hver takst får stadig sin status", async () => {
  const r = await koer(["valider", "mange.xlsx", "--rapport", "rapport.xlsx"], { cwd: mappe });
  expect(r.kode).toBe(1);
  const rapport = new ExcelJS.Workbook();
  await rapport.xlsx.load(readFileSync(path.join(mappe, "rapport.xlsx")) as unknown as ExcelJS.Buffer);
  const rapportTekst: string[] = [];
  rapport.getWorksheet("Fund")!.eachRow((row) => rapportTekst.push(row.values!.toString()));
  expect(
    rapportTekst.filter((l) => l.includes("… og 1.500 flere fund af reglen belaegning-over-100 er udeladt")),
  ).toHaveLength(1);

  const b = await koer(["bilag", "mange.xlsx", "--ud", "bilag.xlsx"], { cwd: mappe });
  expect(b.kode).toBe(1);
  const bilag = new ExcelJS.Workbook();
  await bilag.xlsx.load(readFileSync(path.join(mappe, "bilag.xlsx")) as unknown as ExcelJS.Buffer);
  const fund: string[] = [];
  bilag.getWorksheet("Fund")!.eachRow((row) => fund.push(row.values!.toString()));
  expect(fund.filter((l) => l.includes("Belægning over 100 %")).length).toBe(1001);
  expect(fund.some((l) => l.includes("… og 1.500 flere fund af reglen belaegning-over-100 er udeladt"))).toBe(true);
  // The last takst (its finding was left out of the list) is still Fejl with the rule named.
  const ws = bilag.getWorksheet("Takstbilag")!;
  let top = 1;
  while (!(ws.getRow(top).values as unknown[]).includes("Ydelses-ID")) top++;
  const hoved = (ws.getRow(top).values as unknown[]).map(String);
  const sidste = ws.getRow(top + ANTAL).values as unknown[];
  expect(sidste[hoved.indexOf("Ydelses-ID")]).toBe("X02500");
  expect(sidste[hoved.indexOf("Status")]).toBe("Fejl");
  expect(String(sidste[hoved.indexOf("Fund")])).toContain("Belægning over 100 %");
}, 120_000);
