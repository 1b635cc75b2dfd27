/**
 * Issue 9 item 7: a workbook (its cells, its sheet names) or a file name cannot drive the
 * terminal: control characters in CLI text output are shown as \xHH / \uHHHH. Newlines are
 * the CLI's own; JSON escapes C0 itself.
 */
import { copyFileSync } from "fs";
import * as path from "path";
import { jsonTekst, synligTekst } from "../../src/cli/uddata";
import { KORPUS_MAPPE, lavKorpus, STYRETEGN_ARK } from "../../scripts/lav-korpus";
import { koer, tmpMappe } from "../cli/hjaelp";

// Everything a terminal may act on: C0 (except the CLI's own \n), DEL, C1, bidi and line separators.
const STYRETEGN = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;
const FILNAVN = "a\u001b]0;Hacket\u0007\u001b[2J\u001b[1A\rb.xlsx";

let mappe: string;
beforeAll(async () => {
  mappe = tmpMappe("terminal");
  const k = await lavKorpus(KORPUS_MAPPE, ["styretegn.xlsx"]);
  copyFileSync(k["styretegn.xlsx"], path.join(mappe, FILNAVN));
});

it("synligTekst", () => {
  expect(synligTekst("a\u001b[2Jb\u009b0m\u202ec\rd\ne\u0000")).toBe("a\\x1B[2Jb\\x9B0m\\u202Ec\\x0Dd\\x0Ae\\x00");
  expect(synligTekst("Bostedet Ægebakken – § 108 😀")).toBe("Bostedet Ægebakken – § 108 😀");
  expect(synligTekst("x\ud800y")).toBe("x\\uD800y");
});

it("valider: filnavn, arknavn og celletekst vises med synlige styretegn", async () => {
  const r = await koer(["valider", FILNAVN, "findes-ikke-\u001b[31m.xlsx"], { cwd: mappe });
  expect(r.kode).toBe(2);
  expect(STYRETEGN.test(r.stdout + r.stderr)).toBe(false);
  expect(r.stdout).toContain("a\\x1B]0;Hacket\\x07\\x1B[2J\\x1B[1A\\x0Db.xlsx\n");
  expect(r.stdout).toContain(`${synligTekst(STYRETEGN_ARK)}!A1 · `);
  expect(r.stdout).toContain('Takstenhed: "D\\x9B2J\\x9B0;Falskgn\\u202E"');
  expect(r.stdout).toContain("findes-ikke-\\x1B[31m.xlsx\n  Kunne ikke læses:");
  // The unreadable file's line on stderr (issue 17 § 4) shows the name the same way.
  expect(r.stderr).toBe(
    "findes-ikke-\\x1B[31m.xlsx: kunne ikke læses: Mønsteret passer ikke på nogen filer eller mapper.\n",
  );
});

it("bilag og fejlbeskeder på stderr", async () => {
  const b = await koer(["bilag", FILNAVN, "--ud", "ud-\u001b[2J.xlsx"], { cwd: mappe });
  expect(STYRETEGN.test(b.stdout + b.stderr)).toBe(false);
  expect(b.stdout).toContain("Takstbilaget er skrevet til ud-\\x1B[2J.xlsx:");
  const a = await koer(["valider", "ingen-\u001b]0;x\u0007-mappe/"], { cwd: mappe });
  expect(a.kode).toBe(2);
  expect(STYRETEGN.test(a.stdout + a.stderr)).toBe(false);
  const p = await koer(["valider", FILNAVN, "--profil", "p\u001b[2J.json"], { cwd: mappe });
  expect(p.stderr).toContain("p\\x1B[2J.json");
  expect(STYRETEGN.test(p.stderr)).toBe(false);
});

it("JSON: C0 escapes JSON.stringify selv, C1 og bidi escapes vi; teksten er den samme", async () => {
  const r = await koer(["valider", FILNAVN, "--format", "json"], { cwd: mappe });
  expect(STYRETEGN.test(r.stdout.replace(/\n/g, ""))).toBe(false);
  expect(r.stdout).toContain("\\u009B2J\\u009B0;Falskgn\\u202E");
  const doc = JSON.parse(r.stdout) as { filer: { fil: string; fund: { besked: string }[] }[] };
  expect(doc.filer[0].fil).toBe(FILNAVN);
  expect(doc.filer[0].fund.some((f) => f.besked.includes('"D\u009b2J\u009b0;Falskgn\u202e"'))).toBe(true);
});

it("jsonTekst: samme værdi tilbage efter JSON.parse", () => {
  const v = { a: "x\u0085y\u2028z\u202e\u2066\u061c\ufeff\u0007😀", b: ["\ud800"] };
  const t = jsonTekst(v);
  expect(/[\u0080-\u009f\u2028\u202e\u2066\u061c\ufeff]/.test(t)).toBe(false);
  expect(JSON.parse(t)).toEqual(v);
});
