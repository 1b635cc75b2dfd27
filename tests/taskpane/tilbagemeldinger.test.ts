/**
 * The Sekretariat section's "Tilbagemeldinger": one letter per tilbud, byte for byte the
 * letter `takstskema valider --tilbagemelding` writes for the same files (src/core/tilbagemelding.ts),
 * to copy or download.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "fs";
import * as path from "path";
import { kontrollerSkema, type IndsendtFil } from "../../src/adapters/xlsx/sekretariat";
import { aftaleFor, hentProfil, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import {
  brevOverskrift,
  kopierTekst,
  kopiTekst,
  samletBrevfil,
  tilbagemeldinger,
} from "../../src/taskpane/sektioner/sekretariat/logik";
import { fejlSkema, koer, okSkema, skrivSkema, tmpMappe } from "../cli/hjaelp";

const INDSENDT = path.join(__dirname, "..", "..", "examples", "indsendt");
const valg = { profil: hentProfil(STANDARD_PROFIL_ID), aftale: aftaleFor(STANDARD_PROFIL_ID) };

function fil(sti: string, navn = path.basename(sti)): IndsendtFil {
  const data = readFileSync(sti);
  return {
    navn,
    stoerrelse: data.length,
    data: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
  };
}

let mappe: string;

beforeAll(async () => {
  mappe = tmpMappe("rude-tilbagemeldinger");
  mkdirSync(path.join(mappe, "ind"), { recursive: true });
  for (const n of readdirSync(INDSENDT)) copyFileSync(path.join(INDSENDT, n), path.join(mappe, "ind", n));
  // A skema with fejl and a CPR number in Kontaktperson, and a second file of the same tilbud (name -2).
  const kysthuset = fejlSkema();
  kysthuset.stamdata = {
    ...kysthuset.stamdata,
    driftsherre: "Hjørring Kommune",
    tilbud: "Kysthuset",
    tilbudsportalId: "222",
    kontaktperson: "Jens Hansen 010180-1234",
    email: "jens@hjoerring.dk",
  };
  await skrivSkema(path.join(mappe, "ind", "zz-kysthuset.xlsx"), kysthuset);
  await skrivSkema(path.join(mappe, "ind", "zz-kysthuset-igen.xlsx"), kysthuset);
  await skrivSkema(path.join(mappe, "ind", "zz-ok.xlsx"), okSkema());
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

async function rudensBreve() {
  const navne = readdirSync(path.join(mappe, "ind")).sort();
  const skemaer = [];
  for (const n of navne) skemaer.push(await kontrollerSkema(fil(path.join(mappe, "ind", n)), valg));
  return tilbagemeldinger(skemaer, valg.aftale);
}

it("ruden giver de samme breve, med de samme filnavne og byte for byte, som valider --tilbagemelding", async () => {
  const cli = await koer(["valider", "ind", "--tilbagemelding", "breve"], { cwd: mappe });
  expect(cli.stderr).toContain("tilbagemeldinger er skrevet til breve.");
  const cliFiler = readdirSync(path.join(mappe, "breve")).sort();
  const breve = await rudensBreve();
  expect(breve.map((b) => b.filnavn).sort()).toEqual(cliFiler);
  expect(cliFiler).toHaveLength(8);
  expect(cliFiler).toContain("tilbagemelding-hjoerring-kommune-kysthuset-2.txt");
  for (const b of breve)
    expect(Buffer.from(b.tekst, "utf8").equals(readFileSync(path.join(mappe, "breve", b.filnavn)))).toBe(true);
  const kyst = breve.find((b) => b.filnavn === "tilbagemelding-hjoerring-kommune-kysthuset.txt")!;
  expect(brevOverskrift(kyst)).toBe("Hjørring Kommune, Kysthuset");
  expect(kyst.tekst).toContain("Skal rettes:");
  expect(kyst.tekst).not.toContain("010180-1234");
});

it("kopien er brevet uden byte-order-mærket; den samlede fil har alle breve og ét mærke forrest", async () => {
  const breve = await rudensBreve();
  const b = breve[0];
  expect(b.tekst.startsWith("\ufeff")).toBe(true);
  expect(kopiTekst(b)).toBe(b.tekst.slice(1));
  const samlet = samletBrevfil(breve);
  expect(samlet.startsWith("\ufeffFil: ")).toBe(true);
  expect(samlet.match(/\ufeff/g)).toHaveLength(1);
  for (const x of breve) {
    expect(samlet).toContain(`Fil: ${x.filnavn}\r\n\r\n${kopiTekst(x)}`);
  }
  expect(samlet.split("-".repeat(72))).toHaveLength(breve.length);
});

it("kopiering: udklipsholderen bruges, hvor den findes; ellers en dansk besked, der peger på Hent", async () => {
  const skrevet: string[] = [];
  expect(await kopierTekst("brev", { writeText: async (t) => void skrevet.push(t) })).toBeNull();
  expect(skrevet).toEqual(["brev"]);
  const nej = await kopierTekst("brev", {
    writeText: () => Promise.reject(new DOMException("Document is not focused.", "NotAllowedError")),
  });
  expect(nej).toMatch(/^Brevet kunne ikke kopieres: .*Brug Hent i stedet/);
  expect(await kopierTekst("brev", undefined)).toBe(nej);
});
