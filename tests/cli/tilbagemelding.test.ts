/** `valider DIR` ends with files, and `--tilbagemelding` writes one letter per skema (issue 17 § 4). */
import { readdirSync, readFileSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { REGEL_IDER } from "../../src/core/regler/id";
import { fejlSkema, koer, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });
const ind = (navn: string) => path.join("ind", navn);

beforeAll(async () => {
  mappe = tmpMappe("cli-tilbagemelding");
  await skrivSkema(path.join(mappe, "ind", "solbakken.xlsx"), okSkema());
  const kysthuset = fejlSkema();
  kysthuset.stamdata = {
    ...kysthuset.stamdata,
    driftsherre: "Hjørring Kommune",
    tilbud: "Kysthuset",
    tilbudsportalId: "222",
    kontaktperson: "Jens Hansen 010180-1234",
    email: "jens@hjoerring.dk",
  };
  await skrivSkema(path.join(mappe, "ind", "kysthuset.xlsx"), kysthuset);
  // A Tilbud that tries to steer where its letter goes, and an old takstår.
  const fjendtlig = okSkema();
  fjendtlig.stamdata = {
    ...fjendtlig.stamdata,
    driftsherre: "..",
    tilbud: "../../etc/passwd",
    tilbudsportalId: "333",
    takstaar: 2025,
  };
  await skrivSkema(path.join(mappe, "ind", "fjendtlig.xlsx"), fjendtlig);
  writeFileSync(path.join(mappe, "ind", "defekt.xlsx"), "ikke et regneark\n");
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("valider DIR slutter med, hvor mange skemaer der er klar, og hvilke der sendes tilbage", async () => {
  const r = await i(["valider", "ind"]);
  expect(r.kode).toBe(2);
  expect(r.stdout).toContain(
    "Klar til takstbilaget: 2 af 3 skemaer (ingen fejl).\n" +
      "Sendes tilbage til rettelse (1):\n" +
      `  Hjørring Kommune, Kysthuset (${ind("kysthuset.xlsx")}): `,
  );
  expect(r.stdout).toContain("Kunne ikke læses: 1 fil (årsagen står ved filen ovenfor).");
  expect(r.stdout).toMatch(/Skemaerne er for forskellige takstår: 2026 \(.*\); 2025 \(.*fjendtlig\.xlsx\)/);
  // The contract's last line stays last.
  expect(r.stdout).toMatch(/\n\n4 filer: \d+ fejl, \d+ advars(el|ler), \d+ info\n$/);
  // The reason stands with the file on stdout, and on stderr as one line naming the file (issue 17 § 4),
  // so it is seen with stdout in a file; nothing else goes to stderr.
  expect(r.stdout).toContain(`${ind("defekt.xlsx")}\n  Kunne ikke læses: `);
  expect(r.stderr).toBe(
    `${ind("defekt.xlsx")}: kunne ikke læses: Filen er ikke en .xlsx-projektmappe (det ligner en tekstfil, fx CSV). ` +
      "Åbn den i Excel og gem den som Excel-projektmappe (.xlsx).\n",
  );
});

it("--tilbagemelding: ét brev pr. skema, til Kontaktpersonen, med det der skal rettes, uden regel-ID'er og CPR-numre", async () => {
  const r = await i(["valider", "ind", "--tilbagemelding", "breve"]);
  expect(r.stderr).toContain("3 tilbagemeldinger er skrevet til breve.");
  const filer = readdirSync(path.join(mappe, "breve")).sort();
  expect(filer).toEqual([
    "tilbagemelding-aalborg-kommune-bostedet-solbakken.txt",
    "tilbagemelding-etc-passwd.txt",
    "tilbagemelding-hjoerring-kommune-kysthuset.txt",
  ]);
  const brev = readFileSync(path.join(mappe, "breve", "tilbagemelding-hjoerring-kommune-kysthuset.txt"), "utf8");
  expect(brev.startsWith("\ufeffTil: Jens Hansen [CPR-nummer skjult] <jens@hjoerring.dk>\r\n")).toBe(true);
  expect(brev).toContain("Emne: Takstskema for Kysthuset, takstår 2026: ");
  // The CPR number in Kontaktperson is itself a fejl; then the cell, what to do and the §.
  expect(brev).toContain("Skal rettes:\r\n1. Ark Stamdata, celle B7: ");
  expect(brev).toContain(
    "\r\n2. Ark Ydelser, celle P2 (ydelse A1-108): Pladsantallet ændres fra 10 til 12 uden tilstrækkelig begrundelse",
  );
  expect(brev).toContain("(Styringsaftalen, § 2.2.3, 5.5.2)");
  expect(brev).not.toContain("010180");
  expect(brev).not.toContain("brudt");
  expect(REGEL_IDER.filter((id) => brev.includes(id))).toEqual([]);
  const ok = readFileSync(path.join(mappe, "breve", "tilbagemelding-aalborg-kommune-bostedet-solbakken.txt"), "utf8");
  expect(ok).toContain("Til: Mette Jensen <mette.jensen@aalborg.dk>");
  expect(ok).toContain("der er intet at rette");
  // Nothing was written outside the folder.
  expect(readdirSync(mappe).sort()).toEqual(["breve", "ind"]);
});

it("--tilbagemelding til en fil, der ikke er en mappe: kode 2", async () => {
  writeFileSync(path.join(mappe, "ikke-mappe"), "x");
  const r = await i(["valider", "ind", "--tilbagemelding", "ikke-mappe"]);
  expect(r.kode).toBe(2);
  expect(r.stderr).toBe("takstskema: --tilbagemelding ikke-mappe er ikke en mappe, der kan skrives i.\n");
  rmSync(path.join(mappe, "ikke-mappe"));
});
