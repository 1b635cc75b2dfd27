/** `takstskema bilag` never adds the same tilbud twice silently (issue 7 § 4). */
import { existsSync, readFileSync, rmSync } from "fs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { laesTakstskema } from "../../src/core/reader/laes";
import { cellValue, findSheet } from "../../src/core/snapshot";
import { koer, skrivSkema, tilbud, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });

beforeAll(async () => {
  mappe = tmpMappe("cli-dubletter");
  await skrivSkema(
    path.join(mappe, "a", "solbakken.xlsx"),
    tilbud("Aalborg Kommune", "Bostedet Solbakken", "111", "SB"),
  );
  // The same tilbud again, a corrected version with other spacing and case.
  await skrivSkema(
    path.join(mappe, "a", "solbakken-rettet.xlsx"),
    tilbud(" aalborg  kommune", "Bostedet SOLBAKKEN ", "111", "SB"),
  );
  // Renamed, but the same Tilbudsportal-ID.
  await skrivSkema(
    path.join(mappe, "b", "solbakken.xlsx"),
    tilbud("Aalborg Kommune", "Bostedet Solbakken", "111", "SB"),
  );
  await skrivSkema(path.join(mappe, "b", "omdoebt.xlsx"), tilbud("Aalborg Kommune", "Solbakken", "111", "SB"));
  // Different tilbud with their own IDs, and one that shares Ydelses-IDs.
  await skrivSkema(
    path.join(mappe, "c", "solbakken.xlsx"),
    tilbud("Aalborg Kommune", "Bostedet Solbakken", "111", "SB"),
  );
  await skrivSkema(path.join(mappe, "c", "kysthuset.xlsx"), tilbud("Hjørring Kommune", "Kysthuset", "222", "KH"));
  await skrivSkema(path.join(mappe, "d", "kysthuset.xlsx"), tilbud("Hjørring Kommune", "Kysthuset", "222", "KH"));
  await skrivSkema(path.join(mappe, "d", "lyngbo.xlsx"), tilbud("Brønderslev Kommune", "Lyngbo", "333", "KH"));
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

describe("det samme tilbud to gange", () => {
  it("samme Driftsherre og Tilbud: afvises med kode 2, begge filer nævnes, intet skrives", async () => {
    const r = await i(["bilag", "a", "--ud", "a.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toBe(
      "takstskema: Det samme tilbud er indsendt mere end én gang, så takstbilaget er ikke skrevet:\n" +
        `  ${path.join("a", "solbakken-rettet.xlsx")} og ${path.join("a", "solbakken.xlsx")}: begge er Aalborg Kommune, Bostedet Solbakken.\n` +
        "Fjern den gamle udgave (eller flyt den ud af mappen), og kør igen.\n",
    );
    expect(existsSync(path.join(mappe, "a.xlsx"))).toBe(false);
  });

  it("samme Tilbudsportal-ID under et nyt navn: afvises også", async () => {
    const r = await i(["bilag", "b", "--ud", "b.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain(
      `${path.join("b", "omdoebt.xlsx")} og ${path.join("b", "solbakken.xlsx")}: begge har Tilbudsportal-ID 111.`,
    );
    expect(existsSync(path.join(mappe, "b.xlsx"))).toBe(false);
  });

  it("forskellige tilbud med egne Ydelses-ID'er: ingen advarsel", async () => {
    const r = await i(["bilag", "c", "--ud", "c.xlsx"]);
    expect(r).toMatchObject({ kode: 0, stderr: "" });
    expect(r.stdout).toContain("4 takster fra 2 skemaer");
  });

  it("samme Ydelses-ID i to forskellige tilbud: begge kommer med, med en advarsel på skærmen og i Fund", async () => {
    const r = await i(["bilag", "d", "--ud", "d.xlsx"]);
    expect(r.kode).toBe(0);
    const lyngbo = path.join("d", "lyngbo.xlsx");
    const kysthuset = path.join("d", "kysthuset.xlsx");
    expect(r.stderr).toContain(
      `Advarsel: ${lyngbo}: 2 Ydelses-ID'er (KH-A1-108, KH-A2-104) findes også i ${kysthuset} (Hjørring Kommune, Kysthuset).`,
    );
    const snapshot = await laesXlsx(readFileSync(path.join(mappe, "d.xlsx")));
    expect(
      laesTakstskema(snapshot)
        .takstbilag!.raekker.map((x) => x.tilbud.vaerdi)
        .sort(),
    ).toEqual(["Kysthuset", "Kysthuset", "Lyngbo", "Lyngbo"]);
    const fund = findSheet(snapshot, "Fund")!;
    const raekker = fund.values.map((_, j) =>
      Array.from({ length: 8 }, (__, k) => cellValue(fund, fund.top + j, fund.left + k)),
    );
    const advarsel = raekker.find((x) => x[4] === "Ydelses-ID i flere filer")!;
    expect(advarsel.slice(0, 6)).toEqual([lyngbo, "Ydelser", "A2", null, "Ydelses-ID i flere filer", "Advarsel"]);
    expect(String(advarsel[7])).toContain(kysthuset);
  });
});
