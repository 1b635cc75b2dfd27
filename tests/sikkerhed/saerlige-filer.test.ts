/**
 * Issue 9 item 9: a *.xlsx that is not a regular file (a symlink to /dev/zero, a named pipe)
 * is refused after opening it, without reading it: before, /dev/zero was read until memory
 * ran out (6,2 GB) and the pipe hung forever. The same for --profil.
 */
import { execFileSync } from "child_process";
import { symlinkSync, writeFileSync } from "fs";
import * as path from "path";
import { laesRegulaerFil } from "../../src/cli/filer";
import { koer, okSkema, skrivSkema, tmpMappe } from "../cli/hjaelp";

const IKKE_ALMINDELIG =
  "Det er ikke en almindelig fil (men fx en enhed, en navngiven pipe eller en sokkel); den læses ikke.";
let mappe: string;

beforeAll(async () => {
  mappe = tmpMappe("saerlige");
  symlinkSync("/dev/zero", path.join(mappe, "nul.xlsx"));
  execFileSync("mkfifo", [path.join(mappe, "roer.xlsx")]);
  execFileSync("mkfifo", [path.join(mappe, "profil.json")]);
  symlinkSync("/dev/zero", path.join(mappe, "nul.json"));
  await skrivSkema(path.join(mappe, "ok.xlsx"), okSkema());
});

it("valider: /dev/zero og en navngiven pipe afvises med en dansk besked, de andre filer kontrolleres (kode 2, hurtigt)", async () => {
  const t0 = Date.now();
  const r = await koer(["valider", "nul.xlsx", "roer.xlsx", "ok.xlsx", "--format", "json"], { cwd: mappe });
  expect(Date.now() - t0).toBeLessThan(10_000);
  expect(r.kode).toBe(2);
  const doc = JSON.parse(r.stdout);
  expect(doc.filer.map((f: { fil: string }) => f.fil)).toEqual(["nul.xlsx", "roer.xlsx", "ok.xlsx"]);
  expect(doc.filer[0].fejl_ved_laesning).toBe(IKKE_ALMINDELIG);
  expect(doc.filer[1].fejl_ved_laesning).toBe(IKKE_ALMINDELIG);
  expect(doc.filer[2].fund).toEqual([]);
}, 30_000);

it("en mappe med en genvej til /dev/zero og en pipe: genvejen afvises, pipen springes over", async () => {
  const r = await koer(["valider", "."], { cwd: mappe });
  expect(r.kode).toBe(2);
  expect(r.stdout).toContain(`nul.xlsx\n  Kunne ikke læses: ${IKKE_ALMINDELIG}`);
  expect(r.stdout).toContain("ok.xlsx\n  Ingen fund.");
}, 30_000);

it("--profil: en pipe og /dev/zero afvises som argumentfejl", async () => {
  for (const p of ["profil.json", "nul.json"]) {
    const t0 = Date.now();
    const r = await koer(["valider", "ok.xlsx", "--profil", p], { cwd: mappe });
    expect(Date.now() - t0).toBeLessThan(10_000);
    expect(r.kode).toBe(2);
    expect(r.stderr).toBe(
      `takstskema: Profilfilen ${p} kan ikke læses: det er ikke en almindelig fil (men fx en enhed, en navngiven pipe eller en sokkel); den læses ikke.\n`,
    );
  }
}, 30_000);

it("læser højst grænsen + 1 byte, også når filen er større, end den var", async () => {
  const sti = path.join(mappe, "stor.bin");
  writeFileSync(sti, Buffer.alloc(5000, 1));
  await expect(laesRegulaerFil(sti, 4096)).rejects.toThrow("Filen er for stor (0,005 MB); grænsen er 0,004 MB.");
  expect((await laesRegulaerFil(sti, 5000)).length).toBe(5000);
  await expect(laesRegulaerFil(mappe, 5000)).rejects.toThrow("Det er en mappe, ikke en fil.");
  await expect(laesRegulaerFil(path.join(mappe, "findes-ikke.xlsx"), 5000)).rejects.toThrow(
    "Filen eller mappen findes ikke.",
  );
});
