/** One Takstår per takstbilag (issue 17 § 2): the bilag names its year (the refusal of mixed years: bilag-takstaar.test.ts). */
import { readFileSync, rmSync } from "fs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { skrivBilag } from "../../src/adapters/xlsx/skriv-bilag";
import { bilagInput, type BilagDel } from "../../src/adapters/xlsx/bilag-dele";
import { aftaleFor, hentProfil, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import { cellValue, findSheet } from "../../src/core/snapshot";
import { iTakstaar, koer, skrivSkema, tilbud, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });

beforeAll(async () => {
  mappe = tmpMappe("cli-takstaar-titel");
  await skrivSkema(path.join(mappe, "ens", "solbakken.xlsx"), tilbud(null, "Solbakken", "111", "SB", iTakstaar(2026)));
  await skrivSkema(path.join(mappe, "ens", "kysthuset.xlsx"), tilbud(null, "Kysthuset", "222", "KH", iTakstaar(2026)));
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("ét takstår: hvert ark har takståret i titlen", async () => {
  const r = await i(["bilag", "ens", "--ud", "ens.xlsx"]);
  expect(r.kode).toBe(0);
  const snap = await laesXlsx(readFileSync(path.join(mappe, "ens.xlsx")));
  for (const ark of ["Oversigt", "Takstbilag", "Fund"]) {
    const s = findSheet(snap, ark)!;
    expect(String(cellValue(s, 1, 1))).toMatch(/^Takstbilag 2026/);
  }
});

describe("takstår uden for aftalens år (profilens takstaar)", () => {
  const del = (takstaar: number): BilagDel => ({
    fil: "a.xlsx",
    raekker: [],
    fund: [],
    takstaar,
    afsender: { driftsherre: "D", tilbud: "T", tilbudsportalId: null, ydelser: [] },
  });
  const valg = {
    profil: { ...hentProfil(STANDARD_PROFIL_ID), takstaar: [2025, 2026] },
    aftale: aftaleFor(STANDARD_PROFIL_ID),
  };

  it("2027 under en aftale for 2025-2026: titlen siger, at skemaerne er kontrolleret med den aftales regler", async () => {
    const input = bilagInput([del(2027)], [], valg);
    expect(input.takstaarNote).toBe(
      "Takstår 2027 ligger uden for Styringsaftalen for Nordjysk Socialaftale (2025-2026): skemaerne er kontrolleret med den aftales regler.",
    );
    const snap = await laesXlsx(await skrivBilag(input));
    const oversigt = findSheet(snap, "Oversigt")!;
    expect(cellValue(oversigt, 2, 1)).toBe(input.takstaarNote);
    const bilag = findSheet(snap, "Takstbilag")!;
    expect(String(cellValue(bilag, 1, 1))).toContain("uden for Styringsaftalen");
  });

  it("2026 under samme aftale: ingen note", () => {
    expect(bilagInput([del(2026)], [], valg).takstaarNote).toBeUndefined();
  });
});
