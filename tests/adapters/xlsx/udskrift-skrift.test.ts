/**
 * Printed text is at least 9 pt (issue 17 § 3) on every sheet the program prints: the
 * takstbilag's Oversigt, Takstbilag and Fund, and the CLI's `--rapport`. A sheet printed "one
 * page wide" is shrunk to fit, so the printed size is the font's size times the fit-to-width
 * scale. The scale is worked out here from the workbook itself (paper, orientation, margins,
 * column widths of the print area), as Excel does it: a column w characters wide is 7w + 5
 * pixels at 96 dpi, and the percentage is rounded down.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { skrivBilag, type BilagInput, type BilagRaekke } from "../../../src/adapters/xlsx/skriv-bilag";
import { skrivRapport } from "../../../src/adapters/xlsx/rapport";
import { D } from "../../../src/core/penge";
import { hentProfil, STANDARD_PROFIL_ID } from "../../../src/core/profil/register";
import type { FilResultat } from "../../../src/cli/uddata";
import { standardBilag } from "../../hjaelp/valider";

const MINDST = 9;
/** Calibri 11: the workbook's default font, for a cell without a font of its own. */
const STANDARD = 11;

/** A4 (paperSize 9), in points: [short, long]. */
const A4 = [595.28, 841.89];

function kolonneNr(a1: string): number {
  let n = 0;
  for (const c of a1.replace(/[$\d]/g, "")) n = n * 26 + (c.charCodeAt(0) - 64);
  return n;
}

/** The printed columns and rows: the print area, else every column with a width and every row. */
function udskriftsomraade(ws: ExcelJS.Worksheet): { kol: number; raekker: number } {
  const pa = ws.pageSetup.printArea;
  if (pa) {
    const [, til] = pa.split(":");
    return { kol: kolonneNr(til), raekker: Number(til.replace(/[^\d]/g, "")) };
  }
  return { kol: ws.columnCount, raekker: ws.rowCount };
}

/** The fit-to-width scale, rounded down to whole percent as Excel prints. */
function skala(ws: ExcelJS.Worksheet): number {
  const ps = ws.pageSetup;
  expect(ps.paperSize).toBe(9);
  expect(ps.fitToPage && ps.fitToWidth === 1).toBe(true);
  const papir = ps.orientation === "landscape" ? A4[1] : A4[0];
  const m = ps.margins!;
  const plads = papir - 72 * (m.left + m.right);
  const { kol } = udskriftsomraade(ws);
  let px = 0;
  for (let c = 1; c <= kol; c++) px += 7 * (ws.getColumn(c).width ?? 8.43) + 5;
  return Math.min(100, Math.floor((100 * plads) / (0.75 * px))) / 100;
}

/** A cell of the sheet (ExcelJS, not Office.js: no load or sync). */
function celle(ws: ExcelJS.Worksheet, r: number, c: number): ExcelJS.Cell {
  return ws.getRow(r).getCell(c);
}

/** Every text on the sheet's printed part whose printed size is below 9 pt: "Ark!A1 8,25 pt". */
function forSmaa(ws: ExcelJS.Worksheet): string[] {
  const s = skala(ws);
  const { kol, raekker } = udskriftsomraade(ws);
  const ud: string[] = [];
  for (let r = 1; r <= raekker; r++) {
    for (let c = 1; c <= kol; c++) {
      const cell = celle(ws, r, c);
      if (cell.value === null || cell.value === undefined || cell.value === "") continue;
      if (cell.isMerged && cell.master !== cell) continue;
      const egen = cell.font?.size ?? STANDARD;
      const stoerrelser = [egen];
      const v = cell.value as ExcelJS.CellRichTextValue;
      if (v && typeof v === "object" && "richText" in v)
        stoerrelser.push(...v.richText.map((x) => x.font?.size ?? egen));
      for (const pt of stoerrelser)
        if (pt * s < MINDST) ud.push(`${ws.name}!${cell.address} ${(pt * s).toFixed(2)} pt`);
    }
  }
  return ud;
}

/** Font sizes (pt) in the workbook's charts, on the sheet that holds them. */
async function diagramSkrift(buf: Buffer | Uint8Array): Promise<number[]> {
  const zip = await JSZip.loadAsync(buf);
  const ud: number[] = [];
  for (const navn of Object.keys(zip.files).filter((n) => /^xl\/charts\/chart\d+\.xml$/.test(n))) {
    const xml = await zip.file(navn)!.async("string");
    // A chart without a text size of its own is drawn in 10 pt by Excel.
    const sz = [...xml.matchAll(/\bsz="(\d+)"/g)].map((m) => Number(m[1]) / 100);
    ud.push(...(/<c:txPr>/.test(xml) ? sz : [...sz, 10]));
  }
  return ud;
}

function raekke(i: number, over: Partial<BilagRaekke> = {}): BilagRaekke {
  return {
    fil: `tilbud-${i}.xlsx`,
    takstaar: 2026,
    driftsherre: i % 2 ? "Frederikshavn Kommune" : "Region Nordjylland",
    tilbud: `Bofællesskabet Havblik ${i}`,
    ydelsesId: `A1-${i}`,
    ydelse: "Længerevarende botilbud efter servicelovens § 108",
    paragraf: "SEL § 108",
    takstenhed: "Døgn",
    pladserSidsteAar: 10,
    pladser: i % 3 ? 10 : 12,
    takstSidsteAar: 1950,
    takst: new D(1950 + 40 * i),
    belaegning: 0.96,
    aarsag: i % 4 ? "Regulering af over-/underskud" : null,
    bemaerkninger:
      i % 4
        ? "Taksten stiger, fordi tilbuddet har ansat to ekstra medarbejdere i nattevagten efter tilsynets påbud."
        : null,
    status: i % 5 ? "OK" : "Fejl",
    fund: i % 5 ? [] : ["takstaendring-uden-begrundelse"],
    ...over,
  };
}

const BILAG: BilagInput = {
  ...standardBilag(),
  takstaar: 2026,
  profil: "nordjylland-2025-2026",
  godkender: "DAS",
  dato: new Date(2026, 10, 30),
  raekker: Array.from({ length: 30 }, (_, i) => raekke(i + 1)),
  fund: [
    {
      fil: "tilbud-5.xlsx",
      ark: "Ydelser",
      celle: "P4",
      ydelsesId: "A1-5",
      regel: "takstaendring-uden-begrundelse",
      alvor: "fejl",
      paragraf: "3.1",
      besked: "Skriv en begrundelse for ændringen fra 1.950,00 kr. til 2.150,00 kr.",
    },
  ],
  tilbudsfund: [{ driftsherre: "Region Nordjylland", tilbud: "Bofællesskabet Havblik 2", fejl: 1, advarsler: 2 }],
  ikkeIndsendt: [{ driftsherre: "Hjørring Kommune", tilbud: "Kysthuset", ydelser: [] }],
  ulaeseligeFiler: [{ fil: "gammel.xlsx", aarsag: "Filen er ikke en .xlsx-projektmappe." }],
};

describe("trykt tekst er mindst 9 pt", () => {
  it("takstbilaget: Oversigt, Takstbilag og Fund, også med takstårsnoten, og diagrammet", async () => {
    for (const input of [BILAG, { ...BILAG, takstaarNote: "Takstår 2027 ligger uden for aftalen." }]) {
      const buf = await skrivBilag(input);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(buf);
      const trykte = wb.worksheets.filter((ws) => ws.state === "visible");
      expect(trykte.map((ws) => ws.name)).toEqual(["Oversigt", "Takstbilag", "Fund"]);
      expect(trykte.flatMap(forSmaa)).toEqual([]);
      const oversigt = skala(wb.getWorksheet("Oversigt")!);
      expect((await diagramSkrift(buf)).filter((pt) => pt * oversigt < MINDST)).toEqual([]);
    }
  });

  it("valideringsrapporten (--rapport): Fund og Filer", async () => {
    const resultater: FilResultat[] = [
      { fil: "indsendt/aalborg-egebakken.xlsx", fejlVedLaesning: "Filen er ikke en .xlsx-projektmappe." },
    ];
    const buf = await skrivRapport(hentProfil(STANDARD_PROFIL_ID), resultater, new Date(2026, 10, 30));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(buf));
    expect(wb.worksheets.map((ws) => ws.name)).toEqual(["Fund", "Filer"]);
    expect(wb.worksheets.flatMap(forSmaa)).toEqual([]);
  });
});
