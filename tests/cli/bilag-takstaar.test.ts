/** `takstskema bilag` builds a takstbilag for one takstår only (produkt.md: "`bilag` takes one Takstår only"). */
import { existsSync, rmSync } from "fs";
import * as path from "path";
import { iTakstaar, koer, skrivSkema, tilbud, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });

beforeAll(async () => {
  mappe = tmpMappe("cli-takstaar");
  await skrivSkema(path.join(mappe, "blandet", "a.xlsx"), tilbud(null, "Solbakken", "111", "SB", iTakstaar(2026)));
  await skrivSkema(path.join(mappe, "blandet", "b.xlsx"), tilbud(null, "Kysthuset", "222", "KH", iTakstaar(2026)));
  await skrivSkema(path.join(mappe, "blandet", "c.xlsx"), tilbud(null, "Lyngbo", "333", "LY", iTakstaar(2025)));
  await skrivSkema(path.join(mappe, "samme", "a.xlsx"), tilbud(null, "Solbakken", "111", "SB", iTakstaar(2026)));
  await skrivSkema(path.join(mappe, "samme", "b.xlsx"), tilbud(null, "Kysthuset", "222", "KH", iTakstaar(2026)));
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("skemaer for to takstår: kode 2, hvert år med sine filer, intet takstbilag", async () => {
  const r = await i(["bilag", "blandet", "--ud", "bilag.xlsx"]);
  expect(r.kode).toBe(2);
  expect(r.stderr).toBe(
    "takstskema: Skemaerne gælder 2 forskellige takstår, så takstbilaget er ikke skrevet (et takstbilag gælder ét takstår):\n" +
      `  Takstår 2026: ${path.join("blandet", "a.xlsx")}, ${path.join("blandet", "b.xlsx")}.\n` +
      `  Takstår 2025: ${path.join("blandet", "c.xlsx")}.\n` +
      "Fjern skemaerne for det forkerte takstår (eller flyt dem ud af mappen), og kør igen.\n",
  );
  expect(existsSync(path.join(mappe, "bilag.xlsx"))).toBe(false);
});

it("skemaer for ét takstår giver takstbilaget", async () => {
  const r = await i(["bilag", "samme", "--ud", "samme.xlsx"]);
  expect(r.stderr).toBe("");
  expect(r.kode).toBe(0);
  expect(existsSync(path.join(mappe, "samme.xlsx"))).toBe(true);
});
