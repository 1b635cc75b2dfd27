/**
 * Patterns on the command line (`'indsendt/*.xlsx'`) are expanded by the program, as cmd and
 * PowerShell on Windows leave them unexpanded; .xlsm files met in a folder or a pattern are
 * named as skipped, never dropped silently (issue 18 § 2).
 */
import { rmSync, writeFileSync } from "fs";
import * as path from "path";
import { fejlSkema, koer, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });
const filerI = (stdout: string): string[] =>
  (JSON.parse(stdout) as { filer: { fil: string }[] }).filer.map((f) => f.fil);

beforeAll(async () => {
  mappe = tmpMappe("cli-moenster");
  await skrivSkema(path.join(mappe, "indsendt", "a.xlsx"), okSkema());
  await skrivSkema(path.join(mappe, "indsendt", "b.xlsx"), fejlSkema());
  await skrivSkema(path.join(mappe, "indsendt", "under", "c.xlsx"), okSkema());
  writeFileSync(path.join(mappe, "indsendt", "makro.xlsm"), "ikke læst");
  writeFileSync(path.join(mappe, "indsendt", "~$a.xlsx"), "låsefil");
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("'indsendt/*.xlsx' udvides af programmet til filerne i mappen, sorteret", async () => {
  const r = await i(["valider", "indsendt/*.xlsx", "--format", "json"]);
  expect(r.stderr).toBe("");
  expect(filerI(r.stdout)).toEqual([path.join("indsendt", "a.xlsx"), path.join("indsendt", "b.xlsx")]);
});

it("** går gennem undermapper, ? er ét tegn, og [b] er et af tegnene i klammen", async () => {
  expect(filerI((await i(["valider", "indsendt/**/*.xlsx", "--format", "json"])).stdout)).toEqual([
    path.join("indsendt", "a.xlsx"),
    path.join("indsendt", "b.xlsx"),
    path.join("indsendt", "under", "c.xlsx"),
  ]);
  expect(filerI((await i(["valider", "indsendt/?.xlsx", "--format", "json"])).stdout)).toHaveLength(2);
  expect(filerI((await i(["valider", "indsendt/[b].xlsx", "--format", "json"])).stdout)).toEqual([
    path.join("indsendt", "b.xlsx"),
  ]);
});

it("en .xlsm i en mappe eller et mønster nævnes som sprunget over", async () => {
  const r = await i(["valider", "indsendt", "--format", "json"]);
  expect(r.stderr).toBe(
    `Springer over ${path.join("indsendt", "makro.xlsm")}: en projektmappe med makroer (.xlsm) læses ikke; gem den som .xlsx.\n`,
  );
  expect(filerI(r.stdout)).toHaveLength(3);
  const m = await i(["valider", "indsendt/*", "--format", "json"]);
  expect(m.stderr).toContain(`Springer over ${path.join("indsendt", "makro.xlsm")}`);
  expect(filerI(m.stdout)).not.toContain(path.join("indsendt", "~$a.xlsx"));
});

it("et mønster, der intet passer på, er en fil, der ikke kan læses (kode 2), og de andre kontrolleres", async () => {
  const r = await i(["valider", "indsendt/a.xlsx", "andet/*.xlsx"]);
  expect(r.kode).toBe(2);
  expect(r.stdout).toContain("andet/*.xlsx\n  Kunne ikke læses: Mønsteret passer ikke på nogen filer eller mapper.");
  expect(r.stdout).toContain(path.join("indsendt", "a.xlsx"));
});
