/** bin/takstskema.js as a real process (through ts-node, so the test does not depend on a build). */
import { spawnSync } from "child_process";
import { rmSync } from "fs";
import * as path from "path";
import { fejlSkema, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

const BIN = path.join(__dirname, "..", "..", "bin", "takstskema.js");

function koerBin(args: string[], cwd: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    env: { ...process.env, TAKSTSKEMA_TS: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { kode: r.status, stdout: r.stdout, stderr: r.stderr };
}

let mappe: string;
beforeAll(async () => {
  mappe = tmpMappe("cli-bin");
  await skrivSkema(path.join(mappe, "a", "fejl.xlsx"), fejlSkema());
  await skrivSkema(path.join(mappe, "a", "ok.xlsx"), okSkema());
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("valider --format json: kode 1 og ét JSON-dokument på stdout, intet på stderr", () => {
  const r = koerBin(["valider", "a", "--format", "json"], mappe);
  expect(r.stderr).toBe("");
  expect(r.kode).toBe(1);
  const doc = JSON.parse(r.stdout);
  expect(doc.opsummering.filer).toBe(2);
  expect(doc.filer.map((f: { fil: string }) => f.fil)).toEqual([
    path.join("a", "fejl.xlsx"),
    path.join("a", "ok.xlsx"),
  ]);
});

it("ukendt tilvalg: kode 2, dansk besked, intet stakspor", () => {
  const r = koerBin(["valider", "a", "--verbose"], mappe);
  expect(r.kode).toBe(2);
  expect(r.stdout).toBe("");
  expect(r.stderr).toBe('takstskema: Ukendt tilvalg "--verbose" for "valider". Se takstskema --hjaelp.\n');
});
