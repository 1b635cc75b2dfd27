/**
 * The Sekretariat section without a browser: the lazily loaded checker
 * (src/adapters/xlsx/sekretariat.ts) on the bundled submissions, the list by driftsherre and
 * tilbud (src/taskpane/sektioner/sekretariat/logik.ts), the refusals, and the takstbilag compared with the
 * one `takstskema bilag` writes for the same files.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from "fs";
import * as path from "path";
import { bygTakstbilag, kontrollerSkema, vurderBilag, type IndsendtFil } from "../../src/adapters/xlsx/sekretariat";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { aftaleFor, hentProfil, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import {
  grupperSkemaer,
  sorterValgte,
  taellingTekst,
  taelSkemaer,
  UDEN_DRIFTSHERRE,
  visningsnavn,
} from "../../src/taskpane/sektioner/sekretariat/logik";
import { INDSENDTE } from "../../src/preview/eksempler";
import { koer, tmpMappe } from "../cli/hjaelp";

const INDSENDT = path.join(__dirname, "..", "..", "examples", "indsendt");
const NAVNE = readdirSync(INDSENDT).sort();
const valg = { profil: hentProfil(STANDARD_PROFIL_ID), aftale: aftaleFor(STANDARD_PROFIL_ID) };

function fil(navn: string, sti = path.join(INDSENDT, navn)): IndsendtFil {
  const data = readFileSync(sti);
  return {
    navn,
    stoerrelse: data.length,
    data: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
  };
}

const alle = () => Promise.all(NAVNE.map((n) => kontrollerSkema(fil(n), valg)));

describe("valgte filer", () => {
  it("læser .xlsx, nævner .xlsm, .xls og andre filer som sprunget over og ignorerer Excels låsefiler", () => {
    const { laes, sprunget } = sorterValgte([
      { name: "b.xlsx", size: 1, webkitRelativePath: "indsendt/b.xlsx" },
      { name: "a.XLSX", size: 1, webkitRelativePath: "indsendt/a.XLSX" },
      { name: "makro.xlsm", size: 1, webkitRelativePath: "indsendt/makro.xlsm" },
      { name: "gammel.xls", size: 1 },
      { name: "~$b.xlsx", size: 1 },
      { name: "noter.txt", size: 1 },
      { name: ".DS_Store", size: 1 },
    ]);
    expect(laes.map(visningsnavn)).toEqual(["indsendt/a.XLSX", "indsendt/b.xlsx"]);
    expect(sprunget).toEqual([
      "gammel.xls (det gamle Excel-format .xls; gem den som .xlsx)",
      "indsendt/makro.xlsm (en projektmappe med makroer, .xlsm, læses ikke; gem den som .xlsx)",
      "noter.txt (ikke en .xlsx-fil)",
    ]);
  });
});

describe("de fem indsendte eksempler", () => {
  it("preview'ets færdige sæt er netop filerne i examples/indsendt/", () => {
    expect([...INDSENDTE].sort()).toEqual(NAVNE);
  });

  it("giver listen efter driftsherre og tilbud med klar / går tilbage og antal fund", async () => {
    const skemaer = await alle();
    const t = taelSkemaer(skemaer);
    expect(t.filer).toBe(5);
    expect(t.klar + t.tilbage).toBe(5);
    expect(taellingTekst(t)).toBe(`5 filer: ${t.klar} klar, ${t.tilbage} går tilbage`);
    const grupper = grupperSkemaer(skemaer);
    expect(grupper.map((g) => g.driftsherre)).toEqual(
      [...grupper.map((g) => g.driftsherre)].sort((a, b) => a.localeCompare(b, "da")),
    );
    expect(grupper.map((g) => g.driftsherre)).not.toContain(UDEN_DRIFTSHERRE);
    const linjer = grupper.flatMap((g) => g.skemaer);
    expect(linjer.map((l) => l.fil).sort()).toEqual(NAVNE);
    for (const l of linjer) {
      expect(l.status).toBe(l.opsummering!.fejl > 0 ? "tilbage" : "klar");
      expect(l.fund.filter((f) => f.alvor === "fejl")).toHaveLength(l.opsummering!.fejl);
    }
    // The same counts as `takstskema valider` gives for the folder.
    const cli = await koer(["valider", INDSENDT, "--format", "json"]);
    const doc = JSON.parse(cli.stdout) as { filer: { fil: string; opsummering: { fejl: number } }[] };
    const cliTilbage = doc.filer.filter((f) => f.opsummering.fejl > 0).length;
    expect(t.tilbage).toBe(cliTilbage);
    expect(vurderBilag(skemaer).afvisninger).toEqual([]);
  });

  it("Byg takstbilag giver de samme celleværdier som takstskema bilag på de samme filer", async () => {
    const r = await bygTakstbilag(await alle(), valg);
    if (!("data" in r)) throw new Error(`afvist: ${JSON.stringify(r.afvisninger)}`);
    expect(r.raekker).toBe(20);
    expect(r.skemaer).toBe(5);
    const mappe = tmpMappe("sekretariat-bilag");
    try {
      mkdirSync(path.join(mappe, "indsendt"));
      for (const n of NAVNE) copyFileSync(path.join(INDSENDT, n), path.join(mappe, "indsendt", n));
      const cli = await koer(["bilag", "indsendt", "--ud", "bilag.xlsx"], { cwd: mappe });
      expect(cli.stderr).toBe("");
      const a = await laesXlsx(readFileSync(path.join(mappe, "bilag.xlsx")));
      const b = await laesXlsx(r.data);
      expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
      // The pane names the files as picked ("aalborg-egebakken.xlsx"), the CLI by its argument ("indsendt/…").
      const udenMappe = (v: unknown) => (typeof v === "string" ? v.split("indsendt/").join("") : v);
      for (let i = 0; i < a.sheets.length; i++)
        expect(b.sheets[i].values.map((r) => r.map(udenMappe))).toEqual(
          a.sheets[i].values.map((r) => r.map(udenMappe)),
        );
      expect(b.tables).toEqual(a.tables);
    } finally {
      rmSync(mappe, { recursive: true, force: true });
    }
  });
});

describe("afvisninger og fjendtlige filer", () => {
  it("det samme tilbud to gange: ingen takstbilag, begge filer nævnt, som i kommandolinjen", async () => {
    const skemaer = [
      await kontrollerSkema(fil("a.xlsx", path.join(INDSENDT, NAVNE[0])), valg),
      await kontrollerSkema(fil("b.xlsx", path.join(INDSENDT, NAVNE[0])), valg),
    ];
    const r = await bygTakstbilag(skemaer, valg);
    expect("afvisninger" in r && r.afvisninger.map((a) => a.grund)).toEqual([
      "Det samme tilbud er indsendt mere end én gang, så takstbilaget er ikke skrevet:",
    ]);
    expect("afvisninger" in r && r.afvisninger[0].linjer[0]).toMatch(/^a\.xlsx og b\.xlsx: begge er /);
  });

  it("en fil over 200 MB afvises uden at blive læst; en fil, der ikke er .xlsx, får læserens grund", async () => {
    const laest = jest.fn();
    const stor = await kontrollerSkema({ navn: "stor.xlsx", stoerrelse: 201 * 1024 * 1024, data: laest }, valg);
    expect(laest).not.toHaveBeenCalled();
    expect(stor.resultat).toEqual({
      fil: "stor.xlsx",
      fejlVedLaesning: "Filen er for stor (201 MB); grænsen er 200 MB.",
    });
    const tekst = new TextEncoder().encode("ikke en projektmappe");
    const ikke = await kontrollerSkema(
      { navn: "x.xlsx", stoerrelse: tekst.length, data: async () => tekst.buffer },
      valg,
    );
    expect("fejlVedLaesning" in ikke.resultat && ikke.resultat.fejlVedLaesning).toMatch(/\.xlsx/);
    expect(grupperSkemaer([ikke])[0].skemaer[0].status).toBe("ulaeselig");
    const r = await bygTakstbilag([ikke], valg);
    expect("afvisninger" in r && r.afvisninger[0].grund).toBe(
      "Ingen af filerne kunne læses; takstbilaget er ikke skrevet.",
    );
  });
});
