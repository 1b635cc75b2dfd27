/**
 * Issue 16 item 2: CPR numbers no cell shows. persondata-cpr reads a workbook's notes (and
 * their authors, and threaded comments), headers and footers, data validations (lists,
 * messages, the x14 form), document properties (core, app, custom) and defined names; each
 * finding points at the right place (the cell of a note or validation, the sheet of a
 * header, the workbook for properties and names) and never repeats the number, and no
 * output channel does. A library's console warning (ExcelJS quoting a long sheet name)
 * never reaches the user.
 */
import ExcelJS from "exceljs";
import { copyFileSync, readFileSync } from "fs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { laesTekster } from "../../src/adapters/xlsx/tekster";
import regel from "../../src/core/regler/skema/persondata-cpr";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { koerRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { findCprITekst } from "../../src/core/cpr";
import { sidehovedTekst } from "../../src/core/regler/skema/persondata-cpr";
import {
  CPR_SKJULT,
  KORPUS_MAPPE,
  LANGT_ARKNAVN,
  lavKorpus,
  laesZip,
  postAf,
  skrivZip,
  udpak,
} from "../../scripts/lav-korpus";
import { koer, tmpMappe } from "../cli/hjaelp";
import { nyBog, validerSomRuden } from "./hjaelp";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";

const FIL = "cpr-skjulte-steder.xlsx";
const LANGT = "cpr-langt-arknavn.xlsx";
let mappe: string;

/** Every CPR number planted, whole and as its date and serial parts. */
const SPOR = Object.values(CPR_SKJULT).flatMap((c) => [c, c.slice(0, 6), c.slice(7)]);

function udenCpr(kanal: string, tekst: string): void {
  const laek = SPOR.filter((s) => tekst.includes(s));
  expect({ kanal, laek }).toEqual({ kanal, laek: [] });
  expect({ kanal, fund: findCprITekst(tekst) }).toEqual({ kanal, fund: [] });
}

async function alTekst(fil: string): Promise<string> {
  const data = readFileSync(fil);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  const ud: string[] = [];
  for (const ws of wb.worksheets) {
    ud.push(ws.name);
    ws.eachRow((r) => r.eachCell((c) => ud.push(String(c.text))));
  }
  for (const p of laesZip(data)) ud.push(udpak(p).toString("utf8"));
  return ud.join("\n");
}

beforeAll(async () => {
  mappe = tmpMappe("cpr-skjulte");
  const k = await lavKorpus(KORPUS_MAPPE, [FIL, LANGT]);
  copyFileSync(k[FIL], path.join(mappe, FIL));
  copyFileSync(k[LANGT], path.join(mappe, LANGT));
}, 60_000);

it("læseren tager noter, sidehoveder, datavalideringer, egenskaber og navne med i øjebliksbilledet", async () => {
  const s = await laesXlsx(readFileSync(path.join(mappe, FIL)));
  const t = s.tekster ?? [];
  const med = (cpr: string) => t.filter((x) => x.tekst.includes(cpr)).map(({ tekst: _, ...sted }) => sted);
  const c = CPR_SKJULT;
  expect(med(c.note)).toEqual([{ art: "note", ark: "Ydelser", celle: "T2" }]);
  expect(med(c.noteForfatter)).toEqual([{ art: "note", ark: "Ydelser", celle: "T2" }]);
  expect(med(c.traadNote)).toEqual([{ art: "note", ark: "Ydelser", celle: "T3", kommentar: true }]);
  expect(med(c.sidefod)).toEqual([{ art: "sidehoved", ark: "Ydelser" }]);
  // The header holds its number split by a bold code: &B040404&B-4444.
  expect(t.filter((x) => x.art === "sidehoved").some((x) => x.tekst.includes("&B040404&B-4444"))).toBe(true);
  expect(med(c.dvListe)).toEqual([{ art: "datavalidering", ark: "Ydelser", celle: "U2" }]);
  expect(med(c.dvBesked)).toEqual([{ art: "datavalidering", ark: "Ydelser", celle: "U2" }]);
  expect(med(c.dvX14)).toEqual([{ art: "datavalidering", ark: "Ydelser", celle: "V2" }]);
  expect(med(c.titel)).toEqual([{ art: "egenskab", navn: "dc:title" }]);
  expect(med(c.firma)).toEqual([{ art: "egenskab", navn: "Company" }]);
  expect(med(c.egen)).toEqual([{ art: "egenskab", navn: "brugerdefineret" }]);
  expect(med(c.navn)).toEqual([{ art: "navn", navn: "Borgerens_cpr" }]);
  expect(med(c.navnLokalt)).toEqual([{ art: "navn", navn: "Lokalt", ark: "Stamdata" }]);
});

it("sidehovedTekst: &-koderne skjuler ikke cifrene", () => {
  expect(sidehovedTekst("&L&12Borger &B040404&B-4444&RSide &P")).toBe("\nBorger 040404-4444\nSide ");
  // A size code of two digits or three: each reading is tried.
  expect(sidehovedTekst('&"Arial,Fed"&14010180-1234 &&', 2)).toBe("010180-1234 &");
  expect(sidehovedTekst("&140010180-1234", 3)).toBe("010180-1234");
  expect(sidehovedTekst("&KFF0000010180&K01+0001234")).toBe("0101801234");
});

it("persondata-cpr peger på stedet og gentager intet nummer i nogen kanal", async () => {
  const j = await koer(["valider", FIL, "--format", "json", "--rapport", "rapport.xlsx"], { cwd: mappe });
  expect(j.kode).toBe(1);
  const fund = (JSON.parse(j.stdout).filer[0].fund as { regel: string; ark: string; celle: string; besked: string }[])
    .filter((f) => f.regel === "persondata-cpr")
    .map((f) => [f.ark, f.celle, f.besked.split(" ser ud til")[0]]);
  expect(fund).toEqual(
    expect.arrayContaining([
      ["Ydelser", "T2", "Notatet (kommentaren) i cellen"],
      ["Ydelser", "T3", "Notatet (kommentaren) i cellen"],
      ["Ydelser", "U2", "Datavalideringen i cellen (dens liste, formel eller input- og fejlmeddelelse)"],
      ["Ydelser", "V2", "Datavalideringen i cellen (dens liste, formel eller input- og fejlmeddelelse)"],
      ["Ydelser", "A1", "Arkets sidehoved eller sidefod"],
      ["Stamdata", "A1", 'Projektmappens egenskab "Titel"'],
      ["Stamdata", "A1", 'Projektmappens egenskab "Firma"'],
      ["Stamdata", "A1", "En brugerdefineret egenskab i projektmappen (navn eller værdi)"],
      ["Stamdata", "A1", 'Navnet "Borgerens_cpr" i projektmappen (Formler > Navnestyring)'],
      ["Stamdata", "A1", 'Navnet "Lokalt" i projektmappen (Formler > Navnestyring)'],
    ]),
  );
  // The note's text and its author are one finding; header and footer too.
  expect(fund).toHaveLength(10);
  udenCpr("json", j.stdout + j.stderr);
  udenCpr("--rapport", await alTekst(path.join(mappe, "rapport.xlsx")));
  const t = await koer(["valider", FIL], { cwd: mappe });
  udenCpr("tekst", t.stdout + t.stderr);
  const b = await koer(["bilag", FIL, "--ud", "bilag.xlsx"], { cwd: mappe });
  udenCpr("bilag (stdout)", b.stdout + b.stderr);
  udenCpr("bilag.xlsx", await alTekst(path.join(mappe, "bilag.xlsx")));
}, 60_000);

it("ExcelJS' egen advarsel om et langt arknavn (med CPR-nummer) når ikke brugeren; filen afvises på dansk", async () => {
  const skrevet: string[] = [];
  const konsol = (["log", "info", "warn", "error", "debug", "trace"] as const).map((n) =>
    jest.spyOn(console, n).mockImplementation((...a: unknown[]) => void skrevet.push(a.map(String).join(" "))),
  );
  const stderr = jest.spyOn(process.stderr, "write").mockImplementation((d: unknown) => {
    skrevet.push(String(d));
    return true;
  });
  try {
    for (const format of [[], ["--format", "json"]]) {
      const r = await koer(["valider", LANGT, ...format], { cwd: mappe });
      expect(r.kode).toBe(2);
      expect(r.stdout).toContain("hvis navn er længere end de 31 tegn, Excel tillader");
      for (const k of [r.stdout, r.stderr]) expect(k).not.toMatch(/140414|1515|exceeds|Worksheet name/);
    }
  } finally {
    konsol.forEach((k) => k.mockRestore());
    stderr.mockRestore();
  }
  expect(skrevet.filter((s) => s.includes(LANGT_ARKNAVN.slice(0, 20)) || /140414/.test(s))).toEqual([]);
});

// The parts are hostile: unclosed tags and quotes repeated over megabytes must not cost a
// scan per tag (a few kB of zip inflate to this).
it("fjendtlige dele med uafsluttede mærker læses i lineær tid", async () => {
  const MB = 1024 * 1024;
  const fyld = (s: string): string => s.repeat(Math.ceil((2 * MB) / s.length));
  const zip = skrivZip([
    postAf("xl/workbook.xml", Buffer.from(`<workbook><sheets>${fyld('<sheet name="a" ')}${fyld("<definedName x=")}`)),
    postAf("docProps/core.xml", Buffer.from(fyld("<a <b ") + fyld('<c d="'))),
    postAf("docProps/app.xml", Buffer.from(fyld("<a>1</b>") + fyld("<!-- ") + fyld('<x "y" "z" '))),
    postAf("docProps/custom.xml", Buffer.from(fyld('<property name="x">') + fyld("<![CDATA[ &amp;"))),
    postAf("xl/_rels/workbook.xml.rels", Buffer.from(fyld("<Relationship Id='a' "))),
  ]);
  const t0 = performance.now();
  await laesTekster(zip, (n) => n);
  expect(performance.now() - t0).toBeLessThan(5000); // linear: well under a second; a quadratic scan takes hours
  const t1 = performance.now();
  const s = {
    ...bygSnapshot(gyldigtSkema()),
    tekster: [{ art: "sidehoved" as const, ark: "Ydelser", tekst: fyld('&"&12') }],
  };
  koerRegel(regel, { navn: "sidehoved", skema: s });
  expect(performance.now() - t1).toBeLessThan(5000);
}, 60_000);

// The task pane reads what ExcelApi 1.7 (the manifest's minimum) gives: document properties,
// custom properties, and the workbook's and each sheet's defined names, in the same three syncs.
it("opgaveruden (Office.js): egenskaber og navne læses i de samme tre synkroniseringer og rapporteres", async () => {
  const snapshot = await laesXlsx(readFileSync(path.join(mappe, FIL)));
  const { fake, bog } = nyBog(snapshot);
  const { snapshot: laest, resultat } = await validerSomRuden(bog);
  expect(fake.syncs()).toBe(3);
  const c = CPR_SKJULT;
  const med = (cpr: string) =>
    (laest.tekster ?? []).filter((x) => x.tekst.includes(cpr)).map(({ tekst: _, ...s }) => s);
  expect(med(c.titel)).toEqual([{ art: "egenskab", navn: "dc:title" }]);
  expect(med(c.firma)).toEqual([{ art: "egenskab", navn: "Company" }]);
  expect(med(c.egen)).toEqual([{ art: "egenskab", navn: "brugerdefineret" }]);
  expect(med(c.navn)).toEqual([{ art: "navn", navn: "Borgerens_cpr" }]);
  expect(med(c.navnLokalt)).toEqual([{ art: "navn", navn: "Lokalt", ark: "Stamdata" }]);
  // Headers and footers: ExcelApi 1.9, the fake's default host.
  expect(med(c.sidefod)).toEqual([{ art: "sidehoved", ark: "Ydelser" }]);
  const fund = resultat.fund.filter((f) => f.regel === "persondata-cpr").map((f) => f.besked.split(" ser ud til")[0]);
  expect(fund).toEqual(
    expect.arrayContaining([
      'Projektmappens egenskab "Titel"',
      'Projektmappens egenskab "Firma"',
      "En brugerdefineret egenskab i projektmappen (navn eller værdi)",
      'Navnet "Borgerens_cpr" i projektmappen (Formler > Navnestyring)',
      'Navnet "Lokalt" i projektmappen (Formler > Navnestyring)',
      "Arkets sidehoved eller sidefod",
    ]),
  );
  for (const f of resultat.fund) expect(findCprITekst(JSON.stringify(f))).toEqual([]);
});

it("opgaveruden på en vært med ExcelApi 1.8: sidehoveder springes over (ingen fejl), resten læses i tre synkroniseringer", async () => {
  const snapshot = await laesXlsx(readFileSync(path.join(mappe, FIL)));
  const fake = lavFakeExcel(snapshot, { excelApi: "1.8" });
  const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
  const laest = await bog.laesSnapshot();
  expect(fake.syncs()).toBe(3);
  expect((laest.tekster ?? []).filter((t) => t.art === "sidehoved")).toEqual([]);
  expect((laest.tekster ?? []).some((t) => t.tekst.includes(CPR_SKJULT.titel))).toBe(true);
});

it("opgaveruden: kommentarer med svar (ExcelApi 1.10) og notater med forfatter (1.18) læses med deres celle, stadig i tre synkroniseringer", async () => {
  const snapshot = await laesXlsx(readFileSync(path.join(mappe, FIL)));
  const c = CPR_SKJULT;
  const laes = async (excelApi?: string) => {
    const fake = lavFakeExcel(snapshot, excelApi ? { excelApi } : {});
    const laest = await lavArbejdsbog(fake.run, { understoetter: fake.understoetter }).laesSnapshot();
    expect(fake.syncs()).toBe(3);
    return (cpr: string) => (laest.tekster ?? []).filter((x) => x.tekst.includes(cpr)).map(({ tekst: _, ...s }) => s);
  };
  const med118 = await laes("1.18");
  expect(med118(c.note)).toEqual([{ art: "note", ark: "Ydelser", celle: "T2" }]);
  expect(med118(c.noteForfatter)).toEqual([{ art: "note", ark: "Ydelser", celle: "T2" }]);
  expect(med118(c.traadNote)).toEqual([{ art: "note", ark: "Ydelser", celle: "T3", kommentar: true }]);
  // 1.10: the threaded comment, not yet the note.
  const med110 = await laes("1.10");
  expect(med110(c.traadNote)).toEqual([{ art: "note", ark: "Ydelser", celle: "T3", kommentar: true }]);
  expect(med110(c.note)).toEqual([]);
  // The default host (1.9) asks for neither.
  const med19 = await laes();
  expect([...med19(c.note), ...med19(c.traadNote)]).toEqual([]);
});
