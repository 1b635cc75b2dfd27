/**
 * Issue 20 § 2: what the user sees names a table in words ("tabellen over ydelser på arket
 * Ydelser"), not by its Excel name. The Excel name stays only where the user must type it
 * ("giv den navnet tblYdelser (Tabeldesign → Tabelnavn)").
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../../src/core/regler";
import { tabelOrd } from "../../src/core/skema/tabelord";

const REGLER_MAPPE = join(__dirname, "..", "..", "src", "core", "regler");

/** Every rule file (hjaelp/ included: helpers build messages too), without its comments. */
const kilder = readdirSync(REGLER_MAPPE, { recursive: true, encoding: "utf8" })
  .filter((f) => f.endsWith(".ts"))
  .map((f) => ({
    fil: f,
    kode: readFileSync(join(REGLER_MAPPE, f), "utf8")
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .replace(/^\s*\/\/.*$/gm, ""),
  }));

it("tabelOrd siger tabellen med ord, med eller uden arket, og med stort begyndelsesbogstav", () => {
  expect(tabelOrd("tblYdelser")).toBe("tabellen over ydelser på arket Ydelser");
  expect(tabelOrd("TBLRESULTATER", { udenArk: true })).toBe("tabellen over over- og underskud");
  expect(tabelOrd("tblTillaeg", { stort: true })).toBe("Tabellen over ATA-timetakster på arket Tillægsydelser");
  expect(tabelOrd("Tabel1", { stort: true })).toBe("Tabellen Tabel1");
});

it.each(ALLE_REGLER.map((r) => [r.meta.id, r.meta.beskrivelse] as const))(
  "%s: beskrivelsen nævner ingen tabel ved dens Excel-navn",
  (_id, beskrivelse) => {
    expect(beskrivelse).not.toMatch(/\btbl[A-Z]/);
  },
);

it.each(kilder.map((k) => [k.fil, k.kode] as const))(
  "%s: en besked nævner kun Excel-navnet, hvor brugeren skal skrive det",
  (_fil, kode) => {
    // A literal Excel name, or a TBL_*.navn dropped into a text, that is not "navnet <navn>".
    const navne = [...kode.matchAll(/(\S+ )?(tbl[A-Z]\w*|\$\{TBL_\w+\.navn\})/g)].filter((m) => m[1] !== "navnet ");
    // Comments are gone, and code compares names through TBL_*: any Excel name left is in a text.
    expect(navne.map((m) => m[0])).toEqual([]);
  },
);
