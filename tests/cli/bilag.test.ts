import { existsSync, readFileSync, writeFileSync, rmSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { laesTakstskema } from "../../src/core/reader/laes";
import { valider } from "../hjaelp/valider";
import { gyldigeYdelser } from "../hjaelp/fixtur";
import { fejlSkema, koer, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });

beforeAll(async () => {
  mappe = tmpMappe("cli-bilag");
  const aalborg = fejlSkema();
  await skrivSkema(path.join(mappe, "indsendt", "aalborg.xlsx"), aalborg);
  const hjoerring = okSkema();
  hjoerring.stamdata = {
    ...hjoerring.stamdata,
    driftsherre: "Hjørring Kommune",
    tilbud: "Kysthuset",
    tilbudsportalId: "67890",
  };
  await skrivSkema(path.join(mappe, "indsendt", "hjoerring.xlsx"), hjoerring);
  writeFileSync(path.join(mappe, "defekt.xlsx"), "ikke et regneark\n");
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

async function takstbilagRaekker(fil: string) {
  const snapshot = await laesXlsx(readFileSync(fil));
  const skema = laesTakstskema(snapshot);
  expect(skema.type).toBe("takstbilag");
  return { snapshot, raekker: skema.takstbilag!.raekker };
}

describe("takstskema bilag", () => {
  it("skriver Oversigt, Takstbilag og Fund; Status og Fund pr. takst; kode 1 ved fejl", async () => {
    const r = await i(["bilag", "indsendt", "--ud", "takstbilag.xlsx"]);
    // Two tilbud with the same Ydelses-IDs: both are kept, never silently.
    expect(r.stderr).toBe(
      `Advarsel: ${path.join("indsendt", "hjoerring.xlsx")}: 2 Ydelses-ID'er (A1-108, A2-104) findes også i ${path.join("indsendt", "aalborg.xlsx")} (Aalborg Kommune, Bostedet Solbakken). ` +
        "Begge filer er med i takstbilaget, fordi tilbuddene har forskellig Driftsherre, Tilbud og Tilbudsportal-ID. " +
        "Er det det samme tilbud indsendt to gange, så fjern den gamle fil, og byg takstbilaget igen.\n",
    );
    expect(r.kode).toBe(1);
    expect(r.stdout).toContain(`${path.join("indsendt", "aalborg.xlsx")}: `);
    expect(r.stdout).toContain("Takstbilaget er skrevet til takstbilag.xlsx: 4 takster fra 2 skemaer.");
    expect(r.stdout).toMatch(/\n2 filer: [1-9]\d* fejl, \d+ advars(el|ler), \d+ info\n$/);

    const fil = path.join(mappe, "takstbilag.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(fil);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["Oversigt", "Takstbilag", "Fund", "Diagramdata"]);

    const { snapshot, raekker } = await takstbilagRaekker(fil);
    const kort = raekker.map((x) => [x.driftsherre.vaerdi, x.ydelsesId.vaerdi, x.status.vaerdi, x.fund.vaerdi]);
    expect(kort).toHaveLength(4);
    const aalborg108 = kort.find((x) => x[0] === "Aalborg Kommune" && x[1] === "A1-108")!;
    expect(aalborg108[2]).toBe("Fejl");
    // Fund in Danish words, fejl first.
    expect(String(aalborg108[3])).toMatch(/^Pladsændring uden begrundelse, .*Pladsændring kræver godkendelse$/);
    expect(kort.find((x) => x[0] === "Aalborg Kommune" && x[1] === "A2-104")).toEqual([
      "Aalborg Kommune",
      "A2-104",
      "OK",
      null,
    ]);
    expect(kort.filter((x) => x[0] === "Hjørring Kommune").map((x) => x[2])).toEqual(["OK", "OK"]);

    // The written Ændring kr./pct. agree with the takster (the takstbilag's own rule holds).
    const egen = valider(snapshot);
    expect(egen.regler.holdt).toContain("takstbilag-aendring-stemmer-ikke");

    const fund = wb.getWorksheet("Fund")!;
    const regler: unknown[] = [];
    fund.eachRow((row) => row.eachCell((c) => regler.push(c.value)));
    expect(regler).toContain("Pladsændring uden begrundelse");
  });

  it("en ulæselig fil nævnes, de andre kommer med, kode 2", async () => {
    const r = await i(["bilag", "defekt.xlsx", "indsendt", "--ud", "med-defekt.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stdout).toContain("defekt.xlsx: kunne ikke læses: Filen er ikke en .xlsx-projektmappe");
    expect(r.stdout).toContain("4 takster fra 2 skemaer");
    // The reason on stderr too, one line naming the file (issue 17 § 4).
    expect(r.stderr.split("\n")[0]).toBe(
      "defekt.xlsx: kunne ikke læses: Filen er ikke en .xlsx-projektmappe (det ligner en tekstfil, fx CSV). " +
        "Åbn den i Excel og gem den som Excel-projektmappe (.xlsx).",
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(mappe, "med-defekt.xlsx"));
    const vaerdier: unknown[] = [];
    wb.getWorksheet("Fund")!.eachRow((row) => row.eachCell((c) => vaerdier.push(c.value)));
    expect(vaerdier).toContain("defekt.xlsx");
  });

  it("læser ikke sit eget --ud igen, når det ligger i en inputmappe", async () => {
    const forste = await i(["bilag", "indsendt", "--ud", path.join("indsendt", "bilag.xlsx")]);
    expect(forste.kode).toBe(1);
    const anden = await i(["bilag", "indsendt", "--ud", path.join("indsendt", "bilag.xlsx")]);
    expect(anden.stdout).toContain("4 takster fra 2 skemaer");
    expect(anden.stdout.split("\n").some((l) => l.startsWith(path.join("indsendt", "bilag.xlsx")))).toBe(false);
    expect(anden.stdout).toContain("\n2 filer: ");
    const forkert = await i([
      "bilag",
      path.join("indsendt", "aalborg.xlsx"),
      "--ud",
      path.join("indsendt", "aalborg.xlsx"),
    ]);
    expect(forkert.kode).toBe(2);
    expect(forkert.stderr).toContain("er også en af de filer, der læses");
  });

  it("et CPR-nummer i Bemærkninger kommer ikke med i takstbilaget, og rækken får status Fejl", async () => {
    const s = okSkema();
    const y = gyldigeYdelser();
    y[0].bemaerkninger = "Aftalt med borger 010190-1234 om flere timer i weekenden.";
    s.ydelser = y;
    await skrivSkema(path.join(mappe, "cpr", "cpr.xlsx"), s);
    const r = await i(["bilag", "cpr", "--ud", "cpr-bilag.xlsx"]);
    expect(r.kode).toBe(1);
    const fil = path.join(mappe, "cpr-bilag.xlsx");
    const { raekker } = await takstbilagRaekker(fil);
    expect(raekker[0].bemaerkninger.vaerdi).toBe("Aftalt med borger [CPR-nummer skjult] om flere timer i weekenden.");
    expect(raekker[0].status.vaerdi).toBe("Fejl");
    expect(raekker[0].fund.vaerdi).toContain("Persondata CPR");
    const snapshot = await laesXlsx(readFileSync(fil));
    expect(JSON.stringify(snapshot)).not.toMatch(/010190.?1234/);
  });

  it("--ud i en mappe, der ikke findes: kode 2, før skemaerne læses (gennemgang, h23)", async () => {
    const ud = path.join("findes-ikke", "takstbilag.xlsx");
    const r = await i(["bilag", "indsendt", "--ud", ud]);
    expect(r).toEqual({
      kode: 2,
      stdout: "",
      stderr: `takstskema: Filen ${ud} kunne ikke skrives: mappen findes ikke.\n`,
    });
    const v = await i(["valider", "indsendt", "--rapport", path.join("defekt.xlsx", "rapport.xlsx")]);
    expect(v.kode).toBe(2);
    expect(v.stdout).toBe("");
    expect(v.stderr).toContain("kunne ikke skrives: en del af stien er ikke en mappe.");
  });

  it("skriver intet, når ingen fil kan læses", async () => {
    const r = await i(["bilag", "defekt.xlsx", "--ud", "tomt.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain("Ingen af filerne kunne læses; takstbilaget er ikke skrevet.");
    expect(existsSync(path.join(mappe, "tomt.xlsx"))).toBe(false);
  });
});

describe("takstskema skabelon", () => {
  it("skriver et tomt takstskema, som læseren kan finde tabellerne i", async () => {
    const r = await i(["skabelon", "--ud", "skabelon.xlsx", "--takstaar", "2027"]);
    expect(r).toEqual({ kode: 0, stdout: "Skabelonen for takstår 2027 er skrevet til skabelon.xlsx.\n", stderr: "" });
    const snapshot = await laesXlsx(readFileSync(path.join(mappe, "skabelon.xlsx")));
    const navne = snapshot.tables.map((t) => t.name);
    for (const t of ["tblStamdata", "tblYdelser", "tblOmkostninger", "tblResultater", "tblTillaeg"])
      expect(navne).toContain(t);
    const skema = laesTakstskema(snapshot);
    expect(skema.type).toBe("takstskema");
    expect(skema.stamdata?.felter.takstaar.vaerdi).toBe(2027);
  });

  it("kan ikke skrive i en mappe, der ikke findes: dansk besked og kode 2", async () => {
    const r = await i(["skabelon", "--ud", path.join("findes", "ikke", "s.xlsx")]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toMatch(/^takstskema: Filen .*s\.xlsx kunne ikke skrives: mappen findes ikke\.\n$/);
  });
});
