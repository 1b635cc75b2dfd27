/**
 * The takstbilag and the blank template on paper: printed to PDF by LibreOffice Calc
 * (`soffice --headless --convert-to pdf`) and measured with poppler-utils (pdfinfo, pdftotext).
 * A 30-tilbud takstbilag must print on A4 landscape, every table one page wide with its header
 * on every page, the chart whole on one page, and few pages. Without soffice or poppler-utils
 * the tests fail and say what to install.
 */
import { execFile, spawnSync } from "child_process";
import { mkdtempSync, rmSync } from "fs";
import * as os from "os";
import * as path from "path";
import { skrivSkabelon } from "../../../src/adapters/xlsx/skriv-skabelon";
import { ALLE_TABELLER, TBL_TAKSTBILAG } from "../../../src/core/skema/tabeller";
import { REGEL_IDER } from "../../../src/core/regler/id";
import { TREDIVE } from "../../hjaelp/tredive-tilbud";
import { koer, skrivSkema, tmpMappe } from "../../cli/hjaelp";
import { promises as fs } from "fs";
import { standardValg } from "../../hjaelp/valider";

jest.setTimeout(300_000);

function findes(cmd: string): boolean {
  return spawnSync("sh", ["-c", `command -v ${cmd}`], { encoding: "utf8" }).status === 0;
}

/** What is missing to run these tests, as an instruction; null when all is there. */
function mangler(): string | null {
  const m: string[] = [];
  if (!findes("soffice")) m.push("soffice (Debian-pakken libreoffice-calc-nogui)");
  if (!findes("pdfinfo") || !findes("pdftotext")) m.push("pdfinfo og pdftotext (Debian-pakken poppler-utils)");
  return m.length > 0 ? `Kan ikke udskrive til PDF: ${m.join(" og ")} mangler. Installér med .ci/run.` : null;
}

function koerProgram(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(cmd, args, { timeout: 240_000, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      if (err) reject(new Error(`${cmd} fejlede: ${err.message}\n${stderr}`));
      else resolve(stdout);
    });
  });
}

/** The .xlsx printed to PDF by LibreOffice (own profile: other tests may run soffice at the same time). */
async function tilPdf(xlsx: string): Promise<string> {
  const mappe = path.dirname(xlsx);
  const profil = mkdtempSync(path.join(os.tmpdir(), "lo-profil-"));
  try {
    // Danish locale: decimal commas, as DAS sees them.
    const env = { ...process.env, LANG: "da_DK.UTF-8", LC_ALL: "da_DK.UTF-8" };
    await koerProgram(
      "soffice",
      [`-env:UserInstallation=file://${profil}`, "--headless", "--convert-to", "pdf", "--outdir", mappe, xlsx],
      env,
    );
  } finally {
    rmSync(profil, { recursive: true, force: true });
  }
  return xlsx.replace(/\.xlsx$/, ".pdf");
}

interface Side {
  nr: number;
  bredde: number;
  hoejde: number;
  papir: string;
  tekst: string;
  /** The page's text in content order: the footer stays one line even where the layout
   * mode interleaves it with a chart's clipped labels from the next page. */
  raaTekst: string;
  /** Printed size (pt) of the page's smallest word, null on a page without a footer to measure by. */
  mindstePt: number | null;
}

/** The advance width of a digit in Carlito (Calibri's metric twin), in em. */
const SIFFER_EM = 1038 / 2048;

/**
 * The printed size (pt) of the page's smallest word, measured in the PDF. pdftotext -bbox gives
 * each word's box; its height is proportional to the font's size. The footer's year ("… Dannet
 * 30. november 2026"), four digits of known width, tells the footer's printed size (LibreOffice
 * scales the footer with the sheet), and so every other word's by its height.
 */
function mindsteSkrift(bbox: string): number | null {
  const ord = [
    ...bbox.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g),
  ].map((m) => ({ x0: Number(m[1]), y0: Number(m[2]), x1: Number(m[3]), y1: Number(m[4]), tekst: m[5] }));
  const dannet = ord.filter((o) => o.tekst === "Dannet").sort((a, b) => b.y0 - a.y0)[0];
  const aar = dannet && ord.find((o) => Math.abs(o.y0 - dannet.y0) < 1 && o.x0 > dannet.x0 && /^\d{4}$/.test(o.tekst));
  if (!aar) return null;
  const fodPt = (aar.x1 - aar.x0) / (4 * SIFFER_EM);
  const fodH = aar.y1 - aar.y0;
  return Math.min(...ord.filter((o) => o.y0 < dannet.y0 - 1).map((o) => ((o.y1 - o.y0) / fodH) * fodPt));
}

/** Pages whose smallest text prints below 9 pt (or cannot be measured): "side 4: 6,7 pt". */
function forSmaa(s: readonly Side[]): string[] {
  return s.filter((x) => !(x.mindstePt !== null && x.mindstePt >= 9)).map((x) => `side ${x.nr}: ${x.mindstePt} pt`);
}

async function sider(pdf: string): Promise<Side[]> {
  const info = await koerProgram("pdfinfo", ["-f", "1", "-l", "9999", pdf]);
  const ud: Side[] = [];
  for (const m of info.matchAll(/^Page\s+(\d+) size:\s+([\d.]+) x ([\d.]+) pts(?: \((\w+)\))?/gm)) {
    const nr = Number(m[1]);
    const tekst = await koerProgram("pdftotext", ["-layout", "-f", String(nr), "-l", String(nr), pdf, "-"]);
    const raaTekst = await koerProgram("pdftotext", ["-raw", "-f", String(nr), "-l", String(nr), pdf, "-"]);
    const bbox = await koerProgram("pdftotext", ["-bbox", "-f", String(nr), "-l", String(nr), pdf, "-"]);
    ud.push({
      nr,
      bredde: Number(m[2]),
      hoejde: Number(m[3]),
      papir: m[4] ?? "",
      tekst,
      raaTekst,
      mindstePt: mindsteSkrift(bbox),
    });
  }
  return ud;
}

const A4_LANG = 841.89;
const A4_KORT = 595.28;
const liggende = (s: Side) => Math.abs(s.bredde - A4_LANG) < 1 && Math.abs(s.hoejde - A4_KORT) < 1;
const staaende = (s: Side) => Math.abs(s.bredde - A4_KORT) < 1 && Math.abs(s.hoejde - A4_LANG) < 1;
const ark = (s: Side) => /Takstbilag 2026 – (\S+)/.exec(s.raaTekst)?.[1];

describe("takstbilaget for 30 tilbud på papir", () => {
  const mangel = mangler();
  let mappe: string;
  let s: Side[] = [];

  beforeAll(async () => {
    if (mangel) return;
    mappe = tmpMappe("bilag-pdf");
    for (let i = 0; i < TREDIVE.length; i++)
      await skrivSkema(path.join(mappe, "indsendt", `tilbud-${String(i + 1).padStart(2, "0")}.xlsx`), TREDIVE[i]);
    const r = await koer(["bilag", "indsendt", "--ud", "takstbilag.xlsx"], { cwd: mappe });
    expect(r.stdout).toContain("51 takster fra 30 skemaer");
    s = await sider(await tilPdf(path.join(mappe, "takstbilag.xlsx")));
  });
  afterAll(() => mappe && rmSync(mappe, { recursive: true, force: true }));

  it("har soffice og poppler-utils", () => {
    expect(mangel).toBeNull();
  });

  it("udskrives på A4 på tværs, få sider, med side x af y og datoen i sidefoden", () => {
    expect(mangel).toBeNull();
    expect(s.length).toBeGreaterThan(0);
    expect(s.filter((x) => !liggende(x)).map((x) => `side ${x.nr}: ${x.bredde} x ${x.hoejde} ${x.papir}`)).toEqual([]);
    expect(s.every((x) => x.papir === "A4")).toBe(true);
    // Oversigt 3, Takstbilag 5, Fund 2 today at 9 pt or more (3 pages of Takstbilag at 8 pt before);
    // never the 19 pages of before.
    expect(s.length).toBeLessThanOrEqual(10);
    for (const x of s) {
      expect(x.raaTekst).toContain(`Side ${x.nr} af ${s.length}`);
      expect(x.raaTekst).toMatch(/Dannet \d{1,2}\. \p{L}+ \d{4}/u);
    }
    expect(s.map(ark)).toEqual(
      [
        ...s.filter((x) => ark(x) === "Oversigt"),
        ...s.filter((x) => ark(x) === "Takstbilag"),
        ...s.filter((x) => ark(x) === "Fund"),
      ].map(ark),
    );
  });

  it("Oversigt står først: det DAS skal tage stilling til, største ændring først, så pr. driftsherre og diagrammet helt på én side", () => {
    expect(mangel).toBeNull();
    const oversigt = s.filter((x) => ark(x) === "Oversigt");
    expect(oversigt.length).toBeGreaterThan(0);
    expect(oversigt.length).toBeLessThanOrEqual(3);
    expect(oversigt[0].nr).toBe(1);
    const side1 = oversigt[0].tekst;
    expect(side1).toContain("Farvernes betydning");
    expect(side1).toContain("Kræver DAS' stillingtagen (9)");
    expect(side1).toContain("Takstændringer over 5 % (5)");
    expect(side1).toContain("Pladsændringer til godkendelse (4)");
    // Largest first: +17,6 % before +10,5 % before +5,8 %; a missing reason in words.
    expect(side1.indexOf("+17,6 %")).toBeLessThan(side1.indexOf("+10,5 %"));
    expect(side1.indexOf("+10,5 %")).toBeLessThan(side1.indexOf("+5,8 %"));
    expect(side1).toContain("Ingen begrundelse");
    const alt = oversigt.map((x) => x.tekst).join("\n");
    expect(alt).toContain("Pr. driftsherre");
    expect(alt).toMatch(/I alt\s+51\s/);
    // The chart whole on one page: title, first and last bar and the value axis. (LibreOffice also
    // puts the chart's text, clipped and invisible, on the page before: text alone cannot tell.)
    const hel = oversigt.filter(
      (x) =>
        x.tekst.includes("De 25 største takstændringer af 51") &&
        x.tekst.includes("(rødt: over 5 %)") &&
        x.tekst.includes("Frederikshavn Kommune: Bofællesskabet Havblik 2 A1-14") &&
        x.tekst.includes("Bo- og aktivitetstilbuddet Egebakken 3 A1-30") &&
        /-10,0\s*%.*20,0\s*%/.test(x.tekst),
    );
    expect(hel).toHaveLength(1);
  });

  it("Takstbilag: hele bredden på hver side, overskriften gentaget, hver takst én gang", () => {
    expect(mangel).toBeNull();
    const tb = s.filter((x) => ark(x) === "Takstbilag");
    expect(tb.length).toBeGreaterThan(0);
    expect(tb.length).toBeLessThanOrEqual(5);
    for (const x of tb) {
      // First and last column headers on every page: the table is one page wide, and its header repeats.
      expect(x.tekst).toMatch(/Driftsherre\s+Tilbud\s+Ydelses-ID/);
      // DAS' paper ends at Status: the Fund column (rule names) is the sekretariat's.
      expect(x.tekst).toMatch(/Bemærkninger\s+Status\s*\n/);
      expect(x.tekst).not.toMatch(/Status\s+Fund/);
    }
    const alt = tb.map((x) => x.tekst).join("\n");
    for (let i = 1; i <= 30; i++) expect(alt.match(new RegExp(`\\bA1-${i}\\b`, "g"))).toHaveLength(1);
    expect(tb[0].tekst).toContain("Kræver godkendelse");
  });

  it("al tekst på papiret er mindst 9 pt (målt i PDF'en), også diagrammets", () => {
    expect(mangel).toBeNull();
    expect(s.length).toBeGreaterThan(0);
    expect(forSmaa(s)).toEqual([]);
  });

  it("det DAS læser (Oversigt og Takstbilag) har ingen regel-ID'er, filnavne, celleadresser eller ord til økonomen", () => {
    expect(mangel).toBeNull();
    const das = s.filter((x) => ark(x) === "Oversigt" || ark(x) === "Takstbilag");
    expect(das.length).toBeGreaterThan(0);
    const tekst = das.map((x) => x.tekst).join("\n");
    expect(REGEL_IDER.filter((id) => tekst.includes(id))).toEqual([]);
    expect(tekst).not.toMatch(/\.xlsx/i);
    // A cell address (N3, J3), not a Ydelses-ID (A1-14).
    expect(tekst.match(/(?<![\w-])[A-Z]{1,3}[1-9]\d{0,6}(?![\w-])/g)).toBeNull();
    for (const ord of ["Felt ugyldig værdi", "Skriv et tal", "Celle", "Fund"]) expect(tekst).not.toContain(ord);
    // The Fund sheet says whose it is.
    const fund = s.filter((x) => ark(x) === "Fund");
    expect(fund[0].tekst).toContain("fund til sekretariatet");
  });
});

describe("den tomme skabelon på papir", () => {
  const mangel = mangler();
  let mappe: string;
  let s: Side[] = [];

  beforeAll(async () => {
    if (mangel) return;
    mappe = tmpMappe("skabelon-pdf");
    const fil = path.join(mappe, "skabelon.xlsx");
    await fs.writeFile(fil, await skrivSkabelon({ takstaar: 2027, ...standardValg() }));
    s = await sider(await tilPdf(fil));
  });
  afterAll(() => mappe && rmSync(mappe, { recursive: true, force: true }));

  it("Vejledning på én stående A4-side i hele sin bredde, hvert tabelark på én liggende A4-side", () => {
    expect(mangel).toBeNull();
    expect(s.length).toBe(6);
    expect(staaende(s[0])).toBe(true);
    expect(s.slice(1).every(liggende)).toBe(true);
    expect(s[0].tekst).toContain("Takstskema for takstår 2027");
    // The longest line ends on the page (not cut at the right edge), and the last line is on page 1.
    expect(s[0].tekst).toContain("tidsrum, tillægsydelser til fast pris og aftalte");
    expect(s[0].tekst).toContain("personoplysninger om borgere i skemaet.");
    // Each table's last column is on its sheet's page.
    const sidste = ALLE_TABELLER.filter((t) => t !== TBL_TAKSTBILAG).map(
      (t) => t.kolonner[t.kolonner.length - 1].label,
    );
    const alt = s.slice(1).map((x) => x.tekst);
    for (const label of sidste) expect(alt.some((t) => t.includes(label.slice(0, 6)))).toBe(true);
  });
});

describe("valideringsrapporten (--rapport) på papir", () => {
  const mangel = mangler();
  let mappe: string;
  let s: Side[] = [];

  beforeAll(async () => {
    if (mangel) return;
    mappe = tmpMappe("rapport-pdf");
    const indsendt = path.join(__dirname, "..", "..", "..", "examples", "indsendt");
    const r = await koer(["valider", indsendt, "--rapport", "rapport.xlsx"], { cwd: mappe });
    expect(r.kode).toBe(1);
    s = await sider(await tilPdf(path.join(mappe, "rapport.xlsx")));
  });
  afterAll(() => mappe && rmSync(mappe, { recursive: true, force: true }));

  it("udskrives som takstbilaget: A4 på tværs, hele bredden, side x af y i sidefoden", () => {
    expect(mangel).toBeNull();
    expect(s.length).toBeGreaterThan(0);
    expect(s.filter((x) => !liggende(x)).map((x) => `side ${x.nr}: ${x.bredde} x ${x.hoejde} ${x.papir}`)).toEqual([]);
    for (const x of s) {
      expect(x.raaTekst).toContain(`Side ${x.nr} af ${s.length}`);
      expect(x.raaTekst).toContain("Valideringsrapport");
    }
    // One page wide: every page of Fund carries the Besked column's header (printed titles), none is a right-hand spill.
    const fund = s.filter((x) => /Valideringsrapport – Fund/.test(x.raaTekst));
    expect(fund.length).toBeGreaterThan(0);
    for (const x of fund) expect(x.tekst).toMatch(/Fil\s+Regel\s+Alvor\s+Ark\s+Celle\s+Ydelses-ID\s+§\s+Besked/);
    expect(forSmaa(s)).toEqual([]);
  });
});
