/**
 * Issue 9 item 5: characters XML 1.0 forbids (C0 controls, U+FFFE/U+FFFF, lone surrogates,
 * and `_xHHHH_` escapes that decode to them) are stripped when a workbook is read and on
 * every write. Before, one submission's Tilbud reached sharedStrings.xml and the chart, and
 * LibreOffice then lost every later string of every driftsherre.
 * The bilag here is built from the hostile file first and a clean one after it, under file
 * names that carry the same characters; every XML part must pass xmllint, and LibreOffice
 * must read every later string intact (converted to CSV, sheet by sheet).
 */
import { execFile, execFileSync, execSync } from "child_process";
import { copyFileSync, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import * as zlib from "zlib";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { skrivSkabelon } from "../../src/adapters/xlsx/skriv-skabelon";
import { zipPoster } from "../../src/adapters/xlsx/zip-graenser";
import { fjernXmlForbudteTegn, xmlSikkerTekst } from "../../src/core/xml-tegn";
import { KORPUS_MAPPE, lavKorpus } from "../../scripts/lav-korpus";
import { koer, okSkema, skrivSkema, tmpMappe } from "../cli/hjaelp";
import { standardValg } from "../hjaelp/valider";

const FORBUDT =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FJENDTLIGT_NAVN = "fjendtlig\u0001_x0002_\ufffe.xlsx";

let mappe: string;
beforeAll(async () => {
  mappe = tmpMappe("xml-tegn");
  const k = await lavKorpus(KORPUS_MAPPE, ["xml-forbudte-tegn.xlsx"]);
  copyFileSync(k["xml-forbudte-tegn.xlsx"], path.join(mappe, FJENDTLIGT_NAVN));
  const senere = okSkema();
  senere.stamdata = { ...senere.stamdata, driftsherre: "Thisted Kommune", tilbud: "Solbakken Senere" };
  await skrivSkema(path.join(mappe, "zz-senere.xlsx"), senere);
});

it("fjernXmlForbudteTegn og xmlSikkerTekst", () => {
  expect(fjernXmlForbudteTegn("a\u0001b\tc\nd\re\ufffef\uffffg\ud800h\udc00i😀j")).toBe("ab\tc\nd\refghi😀j");
  expect(xmlSikkerTekst("x_x0007_y_x00a1_z_X0007_")).toBe("x_x005F_x0007_y_x005F_x00a1_z_X0007_");
  expect(xmlSikkerTekst("Bostedet Egebakken")).toBe("Bostedet Egebakken");
});

it("læseren fjerner tegnene, også dem ExcelJS afkoder fra _xHHHH_", async () => {
  const s = await laesXlsx(readFileSync(path.join(mappe, FJENDTLIGT_NAVN)));
  const tekster = s.sheets.flatMap((a) => a.values.flat().filter((v): v is string => typeof v === "string"));
  expect(tekster.filter((t) => FORBUDT.test(t))).toEqual([]);
  expect(tekster).toContain("Bostedet Egebakken _x0007_");
  expect(tekster).toContain("Aalborg Kommune");
});

/** Every XML part of an .xlsx, as text. */
function xmlDele(fil: string): { navn: string; xml: string }[] {
  const data = readFileSync(fil);
  return zipPoster(data)
    .filter((p) => /\.(xml|rels)$/.test(p.navn))
    .map((p) => {
      const b = data.subarray(p.data, p.data + p.komprimeret);
      return { navn: p.navn, xml: (p.metode === 8 ? zlib.inflateRawSync(b) : b).toString("utf8") };
    });
}

function tjekXml(fil: string): void {
  const dele = xmlDele(fil);
  expect(dele.length).toBeGreaterThan(5);
  for (const d of dele) {
    expect({ del: d.navn, forbudt: FORBUDT.test(d.xml) }).toEqual({ del: d.navn, forbudt: false });
    // An _xHHHH_ that would decode to a forbidden character must be escaped as _x005F_xHHHH_.
    const farlige = [...d.xml.matchAll(/(?<!_x005F)_x(000[0-8BCEF]|001[0-9A-F]|FFF[EF]|D[89A-F][0-9A-F]{2})_/gi)];
    expect({ del: d.navn, farlige: farlige.map((m) => m[0]) }).toEqual({ del: d.navn, farlige: [] });
  }
  // xmllint reads each part as XML 1.0 (a forbidden character is a fatal error).
  const ud = path.join(path.dirname(fil), `${path.basename(fil)}-dele`);
  execFileSync("sh", ["-c", `rm -rf "${ud}" && mkdir -p "${ud}" && cd "${ud}" && unzip -q "${fil}"`]);
  const filer = execFileSync("sh", ["-c", `cd "${ud}" && find . -name '*.xml' -o -name '*.rels'`], { encoding: "utf8" })
    .trim()
    .split("\n");
  execFileSync("xmllint", ["--noout", ...filer], { cwd: ud });
}

it("bilag, --rapport og skabelon skriver kun gyldig XML 1.0 (ingen forbudte tegn, farlige _xHHHH_ escapet)", async () => {
  const b = await koer(["bilag", FJENDTLIGT_NAVN, "zz-senere.xlsx", "--ud", "bilag.xlsx"], { cwd: mappe });
  expect(b.stderr).toBe("");
  tjekXml(path.join(mappe, "bilag.xlsx"));
  expect(xmlDele(path.join(mappe, "bilag.xlsx")).some((d) => d.navn.startsWith("xl/charts/"))).toBe(true);
  const r = await koer(["valider", FJENDTLIGT_NAVN, "zz-senere.xlsx", "--rapport", "rapport.xlsx"], { cwd: mappe });
  expect(r.kode).toBe(0);
  tjekXml(path.join(mappe, "rapport.xlsx"));
  const s = path.join(mappe, "skabelon.xlsx");
  writeFileSync(s, await skrivSkabelon({ takstaar: 2026, ...standardValg() }));
  tjekXml(s);
}, 120_000);

const soffice = (() => {
  try {
    return execSync("command -v soffice", { encoding: "utf8" }).trim() || null;
  } catch {
    return null;
  }
})();
// Never skipped: without LibreOffice the test fails with the reason (scripts/systemvaerktoejer.sh installs it).
const medLo = it;

medLo(
  "LibreOffice læser takstbilaget med hver senere tekst intakt (CSV pr. ark)",
  async () => {
    if (!soffice) throw new Error("soffice (LibreOffice) mangler: kør scripts/systemvaerktoejer.sh.");
    const b = await koer(["bilag", FJENDTLIGT_NAVN, "zz-senere.xlsx", "--ud", "lo-bilag.xlsx"], { cwd: mappe });
    expect(b.stderr).toBe("");
    const ud = path.join(mappe, "csv");
    await new Promise<void>((ok, fejl) =>
      execFile(
        soffice,
        [
          `-env:UserInstallation=file://${path.join(mappe, "lo-profil")}`,
          "--headless",
          "--convert-to",
          "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1",
          "--outdir",
          ud,
          path.join(mappe, "lo-bilag.xlsx"),
        ],
        { timeout: 120_000 },
        (e) => (e ? fejl(e) : ok()),
      ),
    );
    const csv = (ark: string): string => readFileSync(path.join(ud, `lo-bilag-${ark}.csv`), "utf8");
    expect(readdirSync(ud)).toEqual(
      expect.arrayContaining(["lo-bilag-Fund.csv", "lo-bilag-Oversigt.csv", "lo-bilag-Takstbilag.csv"]),
    );
    for (const ark of ["Takstbilag", "Fund", "Oversigt", "Diagramdata"]) expect(FORBUDT.test(csv(ark))).toBe(false);
    // The hostile skema's own text, cleaned; and every string after it.
    expect(csv("Takstbilag")).toContain("Bostedet Egebakken _x0007_");
    expect(csv("Takstbilag")).toContain("Aalborg Kommune");
    expect(csv("Takstbilag")).toContain("Thisted Kommune");
    expect(csv("Takstbilag")).toContain("Solbakken Senere");
    expect(csv("Oversigt")).toContain("Thisted Kommune");
    expect(csv("Diagramdata")).toContain("Solbakken Senere");
    expect(csv("Diagramdata")).toContain("Bostedet Egebakken _x0007_");
    // The file name (with \u0001, _x0002_ and \uFFFE) as a later string of the Fund sheet.
    expect(csv("Fund")).toContain("fjendtlig_x0002_.xlsx,Ydelser,I3,B107-1,Pladsændring kræver godkendelse");
  },
  180_000,
);
