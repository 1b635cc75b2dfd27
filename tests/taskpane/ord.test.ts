/**
 * Issue 10 §4, the words: "1 fil", "projektmappe" (not "arbejdsbog") in what the user
 * reads, no quote ending on a colon, no Markdown backtick shown, "fanen" only for a real tab,
 * and no finding of the examples repeating its own number.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { slutLinje } from "../../src/cli/uddata";
import { aftaleFor, hentProfil, regelKilde, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import type { RegelId } from "../../src/core/regler/id";
import { laesTakstskema } from "../../src/core/reader/laes";
import { ALLE_REGLER } from "../../src/core/regler";
import { validerSkema } from "../../src/core/valider";
import { kodeDele } from "../../src/taskpane/faelles/tekst";
import { tabellerTekst, TabellerTekst } from "../../src/taskpane/faelles/tabelnavne";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");
const citat = (id: RegelId): string => regelKilde(aftaleFor(STANDARD_PROFIL_ID), id).citat;

const SRC = join(__dirname, "..", "..", "src");
const EKSEMPLER = join(__dirname, "..", "..", "examples");

function kildefiler(mappe: string): string[] {
  return readdirSync(mappe).flatMap((n) => {
    const sti = join(mappe, n);
    if (statSync(sti).isDirectory()) return kildefiler(sti);
    return /\.tsx?$/.test(n) ? [sti] : [];
  });
}

/** The text of every string and template literal outside comments (roughly, but enough for words). */
function tekster(kode: string): string[] {
  const uden = kode.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
  return [...uden.matchAll(/"((?:[^"\\\n]|\\.)*)"|`((?:[^`\\]|\\.)*)`/g)].map((m) => m[1] ?? m[2]);
}

describe("ordene", () => {
  it("kommandolinjens sidste linje: 1 fil, 1 advarsel; flere filer, advarsler", () => {
    expect(slutLinje({ filer: 1, fejl: 0, advarsler: 1, info: 0 })).toBe("1 fil: 0 fejl, 1 advarsel, 0 info\n");
    expect(slutLinje({ filer: 3, fejl: 2, advarsler: 0, info: 4 })).toBe("3 filer: 2 fejl, 0 advarsler, 4 info\n");
  });

  it("brugeren læser projektmappe, aldrig arbejdsbog", () => {
    const fund: string[] = [];
    for (const fil of kildefiler(SRC)) {
      for (const t of tekster(readFileSync(fil, "utf8"))) {
        // Module paths, the error class's name and the profile source's code word are not prose.
        if (/^\.{1,2}\//.test(t) || t === "arbejdsbog" || t === "ArbejdsbogFejl") continue;
        if (/(^|[^A-Za-zæøå])[Aa]rbejdsb(og|øger)/.test(t)) fund.push(`${fil.slice(SRC.length)}: ${t.slice(0, 80)}`);
      }
    }
    expect(fund).toEqual([]);
  });

  it('"fanen" kun om et rigtigt faneblad (båndets Hjem)', () => {
    const fund: string[] = [];
    for (const fil of kildefiler(SRC)) {
      for (const t of tekster(readFileSync(fil, "utf8"))) {
        for (const m of t.matchAll(/fanen (\S+)/g)) if (m[1] !== "Hjem") fund.push(`${fil.slice(SRC.length)}: ${t}`);
      }
    }
    expect(fund).toEqual([]);
  });

  it("intet citat og ingen beskrivelse ender på kolon", () => {
    const kolon = ALLE_REGLER.filter((r) => /:\s*$/.test(citat(r.meta.id)) || /:\s*$/.test(r.meta.beskrivelse));
    expect(kolon.map((r) => r.meta.id)).toEqual([]);
  });

  it("ruden viser ingen Markdown-backticks: kodespænd bliver kode", () => {
    expect(kodeDele("fx `A1-108`; tekst")).toEqual([
      { tekst: "fx ", kode: false },
      { tekst: "A1-108", kode: true },
      { tekst: "; tekst", kode: false },
    ]);
    for (const r of ALLE_REGLER)
      for (const t of [citat(r.meta.id), r.meta.beskrivelse])
        expect(kodeDele(t).every((d) => !d.tekst.includes("`"))).toBe(true);
  });

  it("ingen besked i eksemplerne gentager sit eget tal", async () => {
    const gentaget: string[] = [];
    for (const f of readdirSync(EKSEMPLER).filter((x) => x.endsWith(".xlsx"))) {
      const snap = await laesXlsx(new Uint8Array(readFileSync(join(EKSEMPLER, f))));
      const r = validerSkema(laesTakstskema(snap), snap, {
        profil: NORDJYLLAND_2025_2026,
        aftale: aftaleFor(NORDJYLLAND_2025_2026.id),
      });
      for (const fu of r.fund) {
        // "(mindst 12 tegn)" is the profile's minimum, not the finding's number.
        const tal = (fu.besked.replace(/\(mindst \d+ tegn\)/g, "").match(/\d[\d.,]*(\s?%|\s?kr\.)?/g) ?? []).map((t) =>
          t.replace(/[.,]$/, ""),
        );
        const dubletter = tal.filter((t, i) => tal.indexOf(t) !== i);
        if (dubletter.length) gentaget.push(`${f} ${fu.regel}: ${dubletter.join(", ")}`);
      }
    }
    expect(gentaget).toEqual([]);
  });
});

describe("ingen Excel-tabelnavne i ruden (issue 20 § 2)", () => {
  const RUDE = join(SRC, "taskpane");
  const udenKommentarer = (kode: string): string =>
    kode.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

  it("rudens egne tekster (strenge og JSX) nævner ingen tblNavn", () => {
    const fund: string[] = [];
    for (const fil of kildefiler(RUDE)) {
      const linjer = udenKommentarer(readFileSync(fil, "utf8")).split("\n");
      linjer.forEach((l, i) => {
        if (/tbl[A-Z]/.test(l)) fund.push(`${fil.slice(SRC.length)}:${i + 1}: ${l.trim().slice(0, 80)}`);
      });
    }
    expect(fund).toEqual([]);
  });

  it("fejlbeskeder om en skrivning, som ruden viser, nævner ingen tblNavn", () => {
    const kode = readFileSync(join(SRC, "excel", "arbejdsbog.ts"), "utf8");
    const hvad = [...kode.matchAll(/koer\(\s*"([^"]*)"/g)].map((m) => m[1]);
    expect(hvad.length).toBeGreaterThan(3);
    expect(hvad.filter((t) => /tbl[A-Z]/.test(t))).toEqual([]);
  });

  it("skrivningernes fejlbeskeder (src/excel/skriv.ts) nævner ingen tblNavn", () => {
    const kode = readFileSync(join(SRC, "excel", "skriv.ts"), "utf8");
    const beskeder = [...kode.matchAll(/ArbejdsbogFejl\(\s*(`(?:[^`\\]|\\.)*`|"(?:[^"\\]|\\.)*")/g)].map((m) => m[1]);
    expect(beskeder.length).toBeGreaterThan(5);
    expect(beskeder.filter((t) => /tbl[A-Z]|TBL_[A-Z_]+\.navn|\.tabel\}/.test(t))).toEqual([]);
  });

  it("manglende tabeller nævnes ved indhold og ark", () => {
    expect(tabellerTekst(["tblTillaeg"])).toBe("tabellen over ATA-timetakster på arket Tillægsydelser");
    expect(TabellerTekst(["tblResultater", "tblTillaeg", "tblTillaegsberegning"])).toBe(
      "Tabellen over over- og underskud på arket Over- og underskud og tabellerne over ATA-timetakster og beregnede tillægsydelser på arket Tillægsydelser",
    );
  });
});
