/**
 * Issue 16 item 4: one line is one line. A newline (or another line-separating control) in a
 * file name, a Driftsherre, a Tilbud, an argument or an environment variable never starts a
 * line of its own in a CLI message: every interpolated value is shown with its controls
 * visible (\x0A), on stdout and stderr alike. Only the CLI's own newlines separate lines.
 */
import { copyFileSync, mkdirSync, writeFileSync } from "fs";
import * as path from "path";
import { FALSK_LINJE, KORPUS_MAPPE, lavKorpus } from "../../scripts/lav-korpus";
import { okSkema, koer, skrivSkema, tmpMappe } from "../cli/hjaelp";

const FALSK = "FALSK: alle skemaer er godkendt";
// Every way a terminal or a log reader starts a new line.
const LINJESKIFT = ["\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u000b", "\u000c"];

let mappe: string;

/** No line of the output starts with the forged text, and no line-separating control is left raw but the CLI's own \n. */
function enLinje(kanal: string, tekst: string): void {
  const falske = tekst.split("\n").filter((l) => l.trimStart().startsWith("FALSK"));
  expect({ kanal, falske }).toEqual({ kanal, falske: [] });
  expect({ kanal, raa: /[\r\u2028\u2029\u0085\u000b\u000c]/.test(tekst) }).toEqual({ kanal, raa: false });
}

beforeAll(async () => {
  mappe = tmpMappe("en-linje");
  // Two skemaer of the same tilbud, whose Tilbud and Driftsherre carry a forged line.
  const s = okSkema();
  // (XML reads \r\n as \n.)
  s.stamdata = { ...s.stamdata, driftsherre: `Aalborg Kommune\r\n${FALSK}`, tilbud: `x\n${FALSK}` };
  await skrivSkema(path.join(mappe, "a.xlsx"), s);
  copyFileSync(path.join(mappe, "a.xlsx"), path.join(mappe, `b\n${FALSK}.xlsx`));
});

it.each(LINJESKIFT.map((l) => [JSON.stringify(l), l]))(
  "bilag: afvisningen af det samme tilbud to gange (filnavn, Driftsherre og Tilbud med %s)",
  async (_navn, l) => {
    const fil = `c${l}${FALSK}.xlsx`;
    copyFileSync(path.join(mappe, "a.xlsx"), path.join(mappe, fil));
    const r = await koer(["bilag", "a.xlsx", fil, "--ud", "bilag.xlsx"], { cwd: mappe });
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain("Det samme tilbud er indsendt mere end én gang");
    enLinje("bilag", r.stdout + r.stderr);
  },
);

it("bilag: to filer, hvis navn og Tilbud har et linjeskift, nævnes hver på sin ene linje", async () => {
  const r = await koer(["bilag", "a.xlsx", `b\n${FALSK}.xlsx`, "--ud", "bilag.xlsx"], { cwd: mappe });
  expect(r.kode).toBe(2);
  expect(r.stderr).toContain(`a.xlsx og b\\x0A${FALSK}.xlsx: begge er Aalborg Kommune\\x0A${FALSK}, x\\x0A${FALSK}.`);
  enLinje("bilag", r.stdout + r.stderr);
});

it("korpusfilen linjeskift-i-stamdata.xlsx to gange i bilag", async () => {
  const k = await lavKorpus(KORPUS_MAPPE, ["linjeskift-i-stamdata.xlsx"]);
  copyFileSync(k["linjeskift-i-stamdata.xlsx"], path.join(mappe, "k1.xlsx"));
  copyFileSync(k["linjeskift-i-stamdata.xlsx"], path.join(mappe, `k2\u2029${FALSK_LINJE}.xlsx`));
  const r = await koer(["bilag", "k1.xlsx", `k2\u2029${FALSK_LINJE}.xlsx`, "--ud", "bilag.xlsx"], { cwd: mappe });
  expect(r.kode).toBe(2);
  expect(r.stderr).toContain(
    `k1.xlsx og k2\\u2029${FALSK_LINJE}.xlsx: begge er Aalborg Kommune\\u2028${FALSK_LINJE}, Bostedet Egebakken\\x0A${FALSK_LINJE}.`,
  );
  enLinje("bilag (korpus)", r.stdout + r.stderr);
});

it("valider: filnavnet i tekst og på stderr", async () => {
  const r = await koer(["valider", `b\n${FALSK}.xlsx`, `mangler\n${FALSK}.xlsx`], { cwd: mappe });
  enLinje("valider", r.stdout + r.stderr);
});

it("fejlbeskeder om argumenter, miljøvariabler, profilfiler og uddata", async () => {
  mkdirSync(path.join(mappe, `mappe\n${FALSK}.xlsx`), { recursive: true });
  writeFileSync(path.join(mappe, `profil\n${FALSK}.json`), JSON.stringify({ id: `p\n${FALSK}`, udvider: 5 }));
  const koersler = [
    ["ukendt\n" + FALSK],
    ["valider", "a.xlsx", "--format", `x\n${FALSK}`],
    ["valider", "a.xlsx", `--ukendt\n${FALSK}`],
    ["valider", "a.xlsx", "--rapport", `r\n${FALSK}`],
    ["skabelon", "--ud", "s.xlsx", "--takstaar", `2026\n${FALSK}`],
    ["skabelon", `fil\n${FALSK}`, "--ud", "s.xlsx"],
    ["valider", "a.xlsx", "--profil", `ukendt\n${FALSK}`],
    ["valider", "a.xlsx", "--profil", `profil\n${FALSK}.json`],
    ["valider", "a.xlsx", "--profil", `findes-ikke\n${FALSK}.json`],
    ["valider", "a.xlsx", "--rapport", `mappe\n${FALSK}.xlsx`],
    ["bilag", "a.xlsx", "--ud", `ingen-mappe\n${FALSK}/ud.xlsx`],
    ["valider", `tom-mappe\n${FALSK}`],
  ];
  mkdirSync(path.join(mappe, `tom-mappe\n${FALSK}`), { recursive: true });
  for (const argv of koersler) {
    const r = await koer(argv, { cwd: mappe });
    expect({ argv, kode: r.kode }).toEqual({ argv, kode: 2 });
    expect(r.stderr).toMatch(/^takstskema: /m);
    enLinje(argv.join(" "), r.stdout + r.stderr);
  }
  for (const env of [{ TAKSTSKEMA_MAKS_MB: `1\n${FALSK}` }, { TAKSTSKEMA_MAKS_CELLER: `1\n${FALSK}` }]) {
    const r = await koer(["valider", "a.xlsx"], { cwd: mappe, env });
    expect(r.kode).toBe(2);
    enLinje(JSON.stringify(env), r.stdout + r.stderr);
  }
}, 60_000);
