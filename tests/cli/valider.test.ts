import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from "fs";
import * as path from "path";
import ExcelJS from "exceljs";
import { udpakketStoerrelse } from "../../src/cli/filer";
import { fejlSkema, koer, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

let mappe: string;
const sti = (...d: string[]): string => path.join(...d);

beforeAll(async () => {
  mappe = tmpMappe("cli-valider");
  await skrivSkema(path.join(mappe, "indsendt", "aalborg-botilbud.xlsx"), fejlSkema());
  await skrivSkema(path.join(mappe, "indsendt", "brønderslev.xlsx"), okSkema());
  await skrivSkema(path.join(mappe, "indsendt", "undermappe", "hjoerring.xlsx"), okSkema());
  // Excel's lock file and a non-.xlsx file in the folder are skipped.
  writeFileSync(path.join(mappe, "indsendt", "~$aalborg-botilbud.xlsx"), "låst");
  writeFileSync(path.join(mappe, "indsendt", "noter.txt"), "ikke et regneark");
  await skrivSkema(path.join(mappe, "ok", "ok.xlsx"), okSkema());
  await skrivSkema(path.join(mappe, "2027", "skema-2027.xlsx"), {
    ...okSkema(),
    stamdata: { ...okSkema().stamdata, takstaar: 2027 },
  });
  mkdirSync(path.join(mappe, "tom"), { recursive: true });
  writeFileSync(path.join(mappe, "defekt.xlsx"), "Driftsherre;Takst\nAalborg;2000\n");
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

const i = (argv: string[], env: Record<string, string> = {}) => koer(argv, { cwd: mappe, env });

describe("takstskema valider: afslutningskoder", () => {
  it("0 når ingen fil har fejl", async () => {
    const r = await i(["valider", "ok"]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(0);
    expect(r.stdout).toContain(sti("ok", "ok.xlsx"));
    expect(r.stdout.endsWith("1 fil: 0 fejl, 0 advarsler, 0 info\n")).toBe(true);
  });

  it("1 når en fil har fejl; mapper gennemsøges rekursivt og ~$-filer springes over", async () => {
    const r = await i(["valider", "indsendt"]);
    expect(r.kode).toBe(1);
    const filer = [
      sti("indsendt", "aalborg-botilbud.xlsx"),
      sti("indsendt", "brønderslev.xlsx"),
      sti("indsendt", "undermappe", "hjoerring.xlsx"),
    ];
    const linjer = r.stdout.split("\n");
    for (const f of filer) expect(linjer).toContain(f);
    expect(r.stdout).not.toContain("~$");
    expect(r.stdout).not.toContain("noter.txt");
    const sidste = linjer.filter((l) => l !== "").pop();
    expect(sidste).toMatch(/^3 filer: [1-9]\d* fejl, \d+ advars(el|ler), \d+ info$/);
  });

  it("tekst: fund grupperet efter alvor med Ark!Celle, Ydelses-ID, besked og §", async () => {
    const r = await i(["valider", sti("indsendt", "aalborg-botilbud.xlsx")]);
    expect(r.kode).toBe(1);
    expect(r.stdout).toMatch(/^Profil: nordjylland-2025-2026 \(/);
    expect(r.stdout).toMatch(/\n {2}Fejl \(\d+\):\n/);
    expect(r.stdout).toMatch(
      / {4}Ydelser!P2 · A1-108 · .*10 til 12.* \(§ 2\.2\.3, 5\.5\.2\) \[pladsaendring-uden-begrundelse\]/,
    );
    expect(r.stdout).toMatch(/\n {2}Info \(\d+\):\n {4}Ydelser!I2 · A1-108 · .*\[pladsaendring-kraever-godkendelse\]/);
    // Severity order: Fejl before Info.
    expect(r.stdout.indexOf("  Fejl (")).toBeLessThan(r.stdout.indexOf("  Info ("));
    expect(r.stdout).toMatch(/ {2}I alt: \d+ fejl, \d+ advarsl(er|), \d+ info\. \d+ regler holdt, \d+ brudt\./);
  });

  // § 1 "Nærværende styringsaftale gælder kun for 2025-2026"; regler.md 2026.3 point 10:
  // "`valider`'s summary […] say[s] so too".
  it("tekst: et skema for 2027 siger i opsummeringen, hvilken profil og hvilke år det er kontrolleret efter", async () => {
    const r = await i(["valider", "2027"]);
    expect(r.kode).toBe(0);
    expect(r.stdout).toContain("[takstaar-uden-for-aftale]");
    expect(r.stdout).toContain(
      "  Takståret ligger uden for profilens år: skemaet er kontrolleret efter »Nordjysk Socialaftale – Styringsaftale 2025-2026« (takstår 2025 og 2026).",
    );
    const ok = await i(["valider", "ok"]);
    expect(ok.stdout).not.toContain("uden for profilens år");
  });

  it("2 når en fil ikke kan læses; den nævnes med grunden, og de andre kontrolleres stadig", async () => {
    const r = await i(["valider", "defekt.xlsx", "findes-ikke.xlsx", "ok"]);
    expect(r.kode).toBe(2);
    expect(r.stdout).toContain(
      "defekt.xlsx\n  Kunne ikke læses: Filen er ikke en .xlsx-projektmappe (det ligner en tekstfil, fx CSV)",
    );
    expect(r.stdout).toContain("findes-ikke.xlsx\n  Kunne ikke læses: Filen eller mappen findes ikke.");
    expect(r.stdout).toContain(`${sti("ok", "ok.xlsx")}\n  Ingen fund.`);
    expect(r.stdout).toContain("3 filer: 0 fejl, 0 advarsler, 0 info\n");
  });

  it('kan ingen fil læses, står der ikke "Klar til takstbilaget: 0 af 0" (gennemgang, h23)', async () => {
    const r = await i(["valider", "findes-ikke.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stdout).not.toContain("Klar til takstbilaget");
    expect(r.stdout).toContain("Kunne ikke læses: 1 fil (årsagen står ved filen ovenfor).\n");
  });

  it("2 for filer over størrelsesgrænsen (TAKSTSKEMA_MAKS_MB), før de læses", async () => {
    const r = await i(["valider", "ok"], { TAKSTSKEMA_MAKS_MB: "0,001" });
    expect(r.kode).toBe(2);
    expect(r.stdout).toMatch(
      /Kunne ikke læses: Filen er for stor \([\d,]+ MB\); grænsen er 0,001 MB\. Grænsen kan ændres med miljøvariablen TAKSTSKEMA_MAKS_MB\./,
    );
    const u = await i(["valider", "ok"], { TAKSTSKEMA_MAKS_MB: "mange" });
    expect(u.kode).toBe(2);
    expect(u.stderr).toBe(
      'takstskema: Miljøvariablen TAKSTSKEMA_MAKS_MB skal være et antal megabyte over 0 (fik "mange").\n',
    );
  });

  it("2 for en fil, der pakker ud til mere end 5 × grænsen (zip-bombe), før ExcelJS læser den", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.xml", "<workbook/>");
    zip.file("xl/worksheets/sheet1.xml", "0".repeat(12 * 1024 * 1024));
    const data: Buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
    expect(data.length).toBeLessThan(1024 * 1024);
    expect(udpakketStoerrelse(data)).toBe(12 * 1024 * 1024 + "<Types/>".length + "<workbook/>".length);
    writeFileSync(path.join(mappe, "bombe.xlsx"), data);
    const r = await i(["valider", "bombe.xlsx"], { TAKSTSKEMA_MAKS_MB: "2" });
    expect(r.kode).toBe(2);
    expect(r.stdout).toContain(
      "bombe.xlsx\n  Kunne ikke læses: Filen fylder 12 MB udpakket, mere end grænsen på 10 MB (5 × TAKSTSKEMA_MAKS_MB); den er for stor til at blive læst.",
    );
    // A real workbook's directory is read right, and it is far under the limit.
    const ok = readFileSync(path.join(mappe, "ok", "ok.xlsx"));
    expect(udpakketStoerrelse(ok)).toBeGreaterThan(ok.length);
    expect(udpakketStoerrelse(Buffer.from("ikke en zip"))).toBeNull();
  });

  it("2 for en mappe uden .xlsx-filer", async () => {
    const r = await i(["valider", "tom"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain("Mappen tom indeholder ingen .xlsx-filer.");
    expect(r.stderr).toContain("Der blev ikke fundet nogen .xlsx-filer at kontrollere.");
  });
});

describe("takstskema valider --format json", () => {
  it("skriver præcis ét JSON-dokument med kontraktens form (docs/kommandolinje.md)", async () => {
    const r = await i(["valider", "indsendt", "defekt.xlsx", "--format", "json"]);
    expect(r.kode).toBe(2);
    const doc = JSON.parse(r.stdout);
    expect(Object.keys(doc)).toEqual(["formatVersion", "profil", "filer", "opsummering"]);
    expect(doc.formatVersion).toBe(2);
    expect(doc.profil).toBe("nordjylland-2025-2026");
    expect(doc.filer).toHaveLength(4);
    const [aalborg] = doc.filer;
    expect(aalborg.fil).toBe(sti("indsendt", "aalborg-botilbud.xlsx"));
    expect(Object.keys(aalborg)).toEqual(["fil", "fund", "regler", "opsummering"]);
    expect(Object.keys(aalborg.regler)).toEqual(["holdt", "brudt"]);
    expect(aalborg.regler.brudt).toContain("pladsaendring-uden-begrundelse");
    expect(aalborg.regler.holdt.length).toBeGreaterThan(10);
    const f = aalborg.fund.find((x: { regel: string }) => x.regel === "pladsaendring-uden-begrundelse");
    expect(Object.keys(f)).toEqual([
      "regel",
      "alvor",
      "ark",
      "celle",
      "ydelsesId",
      "paragraf",
      "paragraffer",
      "besked",
      "beskedId",
      "data",
    ]);
    expect(f).toMatchObject({
      alvor: "fejl",
      ark: "Ydelser",
      celle: "P2",
      ydelsesId: "A1-108",
      paragraf: "2.2.3, 5.5.2",
      paragraffer: ["2.2.3", "5.5.2"],
      beskedId: "udenBegrundelse",
      // Numbers as exact decimal strings; of Bemærkninger only a phrase of the profile's list ("ok") is echoed.
      data: {
        ny: false,
        pladser: "12",
        pladserFoer: "10",
        begrundelse: { mangler: ["intetsigende"], tegn: "2", minTegn: "12", frase: "ok" },
        manglendeKolonner: [],
        godkendt: false,
      },
    });
    expect(Object.keys(aalborg.opsummering)).toEqual(["fejl", "advarsler", "info"]);
    expect(aalborg.opsummering.fejl).toBe(aalborg.fund.filter((x: { alvor: string }) => x.alvor === "fejl").length);

    const defekt = doc.filer[3];
    expect(defekt).toEqual({
      fil: "defekt.xlsx",
      fejl_ved_laesning: expect.stringContaining("ikke en .xlsx-projektmappe"),
    });

    const alle = doc.filer.flatMap((x: { fund?: { alvor: string }[] }) => x.fund ?? []);
    expect(doc.opsummering).toEqual({
      filer: 4,
      fejl: alle.filter((x: { alvor: string }) => x.alvor === "fejl").length,
      advarsler: alle.filter((x: { alvor: string }) => x.alvor === "advarsel").length,
      info: alle.filter((x: { alvor: string }) => x.alvor === "info").length,
    });
  });
});

describe("takstskema valider --profil", () => {
  it("en profilfil, der udvider standarden og slår en regel fra, ændrer resultatet", async () => {
    const profil = path.join(mappe, "mild.json");
    writeFileSync(
      profil,
      JSON.stringify({
        id: "mild",
        udvider: "nordjylland-2025-2026",
        alvor: { "pladsaendring-uden-begrundelse": "advarsel", "takst-afviger-fra-beregning": "fra" },
      }),
    );
    const r = await i([
      "valider",
      sti("indsendt", "aalborg-botilbud.xlsx"),
      "--profil",
      "mild.json",
      "--format",
      "json",
    ]);
    const doc = JSON.parse(r.stdout);
    expect(doc.profil).toBe("mild");
    const fund = doc.filer[0].fund as { regel: string; alvor: string }[];
    expect(fund.find((f) => f.regel === "pladsaendring-uden-begrundelse")?.alvor).toBe("advarsel");
    expect(fund.some((f) => f.regel === "takst-afviger-fra-beregning")).toBe(false);
    expect(doc.filer[0].regler.holdt).not.toContain("takst-afviger-fra-beregning");
    expect(r.kode).toBe(doc.opsummering.fejl > 0 ? 1 : 0);
  });

  it("en ugyldig profil afvises med nøglen nævnt og kode 2", async () => {
    writeFileSync(
      path.join(mappe, "daarlig.json"),
      '{"id":"d","udvider":"nordjylland-2025-2026","belaegning":{"forventetMin":"95 %"}}',
    );
    const r = await i(["valider", "ok", "--profil=daarlig.json"]);
    expect(r.kode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      'takstskema: Profilen i daarlig.json kan ikke bruges:\n  Ugyldig profil: "belaegning.forventetMin" skal være et tal mellem 0 og 1000 (fik "95 %").\n',
    );
  });

  it("ukendt profil-id og ugyldig JSON", async () => {
    const r = await i(["valider", "ok", "--profil", "aarhus"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain('Ukendt profil "aarhus"');
    writeFileSync(path.join(mappe, "brudt.json"), '{"id": "x",\n "udvider": "nordjylland-2025-2026",\n}');
    const j = await i(["valider", "ok", "--profil", "brudt.json"]);
    expect(j.kode).toBe(2);
    expect(j.stderr).toContain('ugyldig JSON: uventet tegn "}"');
    expect(j.stderr).toContain("(linje 3, kolonne 1)");
  });
});

describe("takstskema valider --rapport", () => {
  it("skriver fundene til en .xlsx med arkene Fund og Filer", async () => {
    const r = await i(["valider", "indsendt", "defekt.xlsx", "--rapport", "rapport.xlsx"]);
    expect(r.kode).toBe(2);
    expect(r.stderr).toContain("Rapporten er skrevet til rapport.xlsx.");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(mappe, "rapport.xlsx"));
    const fund = wb.getWorksheet("Fund")!;
    // The core's report columns (src/core/rapport/kolonner.ts): "§" as on the report sheet and the bilag's Fund.
    expect(fund.getRow(1).values).toEqual([
      undefined,
      "Fil",
      "Regel",
      "Alvor",
      "Ark",
      "Celle",
      "Ydelses-ID",
      "§",
      "Besked",
    ]);
    const regler: unknown[] = [];
    fund.eachRow((row, n) => n > 1 && regler.push(row.getCell(2).value));
    expect(regler).toContain("pladsaendring-uden-begrundelse");
    expect(regler).toContain("fejl-ved-laesning");
    const filer = wb.getWorksheet("Filer")!;
    expect(filer.getCell("A2").value).toBe(sti("indsendt", "aalborg-botilbud.xlsx"));
    expect(filer.getCell("E5").value).toEqual(expect.stringContaining("ikke en .xlsx-projektmappe"));
  });
});

describe("forkerte argumenter: dansk besked, kode 2, ingen stakspor", () => {
  it.each([
    [["valider", "ok", "--foo"], 'Ukendt tilvalg "--foo" for "valider". Se takstskema --hjaelp.'],
    [["valider", "ok", "--ud", "x.xlsx"], 'Ukendt tilvalg "--ud" for "valider" (det hører til "bilag" og "skabelon")'],
    [["valider"], '"valider" kræver mindst én fil eller mappe.'],
    [["valider", "ok", "--format", "xml"], '--format skal være "tekst" eller "json" (fik "xml").'],
    [["valider", "ok", "--profil"], "Tilvalget --profil mangler en værdi."],
    [["bilag", "ok"], '"bilag" kræver --ud'],
    [["skabelon"], '"skabelon" kræver --ud'],
    [
      ["skabelon", "--ud", "skabelon.xlsx", "--takstaar", "26"],
      '--takstaar skal være et årstal mellem 2000 og 2100 (fik "26").',
    ],
    [["skabelon", "--ud", "skabelon.pdf"], '--ud skal være en .xlsx-fil (fik "skabelon.pdf").'],
    [["valid", "ok"], 'Ukendt kommando "valid". Brug valider, bilag eller skabelon.'],
    [[], "Angiv en kommando: valider, bilag eller skabelon."],
  ])("%j", async (argv, forventet) => {
    const r = await i(argv as string[]);
    expect(r.kode).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(forventet);
    expect(r.stderr.startsWith("takstskema: ")).toBe(true);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(path.join(mappe, "skabelon.xlsx"))).toBe(false);
  });

  it("--hjaelp og --version", async () => {
    const h = await i(["--hjaelp"]);
    expect(h.kode).toBe(0);
    expect(h.stdout).toContain(
      "takstskema valider <filer eller mapper…> [--profil ID|fil.json] [--format tekst|json] [--rapport rapport.xlsx]",
    );
    expect((await i(["valider", "-h"])).stdout).toBe(h.stdout);
    const v = await i(["--version"]);
    expect(v.stdout).toMatch(/^takstskema \d+\.\d+\.\d+\n$/);
  });
});

describe("fremskridt på stderr", () => {
  it("kun når stderr er en terminal", async () => {
    const uden = await i(["valider", "indsendt"]);
    expect(uden.stderr).toBe("");
    const med = await koer(["valider", "indsendt"], { cwd: mappe, stderrErTerminal: true });
    expect(med.stderr).toContain(`\rLæser 1/3: aalborg-botilbud.xlsx`);
    expect(med.stderr).toContain(`\rLæser 3/3: hjoerring.xlsx`);
    expect(med.stdout).toBe(uden.stdout);
  });
});
