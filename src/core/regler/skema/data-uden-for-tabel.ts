import { a1, kolonneBogstaver, omraadeA1, parseOmraade, type Omraade } from "../../adresse";
import { formaterAntal } from "../../format";
import { ALLE_TABELLER, TBL_YDELSER } from "../../skema/tabeller";
import {
  cellFormula,
  cellValue,
  findSheet,
  sheetBottom,
  sheetRight,
  type SnapshotSheet,
  type WorkbookSnapshot,
} from "../../snapshot";
import { lavRegel } from "../lav-regel";
import { tabelOrd } from "../../skema/tabelord";

/**
 * The extent looked at, so a huge sheet stays fast: below a table, rows until two empty
 * rows in a row (one blank row does not end it: a row typed after a gap is just as unread);
 * to the right, columns until the first empty one (the template's Tillægsydelser tables
 * stand one blank column apart). Never past the used range, never into another table.
 */
const TOMME_RAEKKER_STOP = 2;
/** Findings per table and direction; the rest are summed up in one more. */
const MAKS_FUND = 10;
const VIST_CELLER = 4;

/** A totals row under a table (SUM/SUBTOTAL … with at most a text label) is not data. */
const SAMMENTAELLING =
  /^=\s*(?:_xlfn\.)?(SUM|SUBTOTAL|AGGREGATE|AVERAGE|COUNTA?|COUNTIFS?|SUMIFS?|AVERAGEIFS?|MIN|MAX|SUMPRODUCT)\s*\(/i;

function erTom(v: ReturnType<typeof cellValue>): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

interface Fundne {
  /** Row (or column) number. */
  nr: number;
  celler: string[];
}

function celleListe(celler: readonly string[]): string {
  const vist = celler.slice(0, VIST_CELLER).join(", ");
  return celler.length > VIST_CELLER ? `${vist} …` : vist;
}

function antalCeller(n: number): string {
  return n === 1 ? "1 udfyldt celle" : `${formaterAntal(n)} udfyldte celler`;
}

interface Tabel {
  /** The table's name as the workbook has it, its sheet and range, and the range that would take the cells in. */
  tabel: string;
  ark: string;
  omraade: string;
  udvidet: string;
  /** The table is tblYdelser (its rows also make the takstbilag). */
  ydelser: boolean;
}

const hvor = (d: Tabel): string => `${tabelOrd(d.tabel, { udenArk: true })} (${d.ark}!${d.omraade})`;

const udvid = (d: Tabel): string =>
  `Hører de med til tabellen, så udvid den: træk i håndtaget i tabellens nederste højre hjørne, ` +
  `så tabellen også dækker dem, eller vælg Tabeldesign → Tilpas tabelstørrelse og skriv ${d.udvidet}. ` +
  `Hører de ikke til, så slet dem eller flyt dem til et andet ark.`;

class Tabelscanner {
  private andre: Omraade[];
  constructor(
    private ark: SnapshotSheet,
    private o: Omraade,
    snapshot: WorkbookSnapshot,
    navn: string,
  ) {
    const arkNavn = ark.name.trim().toLowerCase();
    this.andre = snapshot.tables
      .filter((t) => t.sheet.trim().toLowerCase() === arkNavn && t.name.toLowerCase() !== navn.toLowerCase())
      .map((t) => parseOmraade(t.ref))
      .filter((x): x is Omraade => !!x);
  }

  private iAndenTabel(r: number, c: number): boolean {
    return this.andre.some((t) => r >= t.top && r <= t.bottom && c >= t.left && c <= t.right);
  }

  private erSammentaelling(r: number, celler: number[]): boolean {
    let formler = 0;
    for (const c of celler) {
      const f = cellFormula(this.ark, r, c);
      if (f) {
        if (!SAMMENTAELLING.test(f)) return false;
        formler++;
      } else if (typeof cellValue(this.ark, r, c) !== "string") return false;
    }
    return formler > 0;
  }

  under(): Fundne[] {
    const { ark, o } = this;
    const ud: Fundne[] = [];
    const bund = sheetBottom(ark);
    let tomme = 0;
    for (let r = o.bottom + 1; r <= bund; r++) {
      // Another table starting here, under this one, ends the area.
      if (this.andre.some((t) => t.top === r && t.left <= o.right && t.right >= o.left)) break;
      const kolonner: number[] = [];
      for (let c = o.left; c <= o.right; c++) {
        if (!erTom(cellValue(ark, r, c)) && !this.iAndenTabel(r, c)) kolonner.push(c);
      }
      if (kolonner.length === 0) {
        if (++tomme >= TOMME_RAEKKER_STOP) break;
        continue;
      }
      tomme = 0;
      if (this.erSammentaelling(r, kolonner)) continue;
      ud.push({ nr: r, celler: kolonner.map((c) => a1(r, c)) });
    }
    return ud;
  }

  hoejre(): Fundne[] {
    const { ark, o } = this;
    const ud: Fundne[] = [];
    const hoejre = sheetRight(ark);
    for (let c = o.right + 1; c <= hoejre; c++) {
      const celler: string[] = [];
      for (let r = o.top; r <= o.bottom; r++) {
        if (!erTom(cellValue(ark, r, c)) && !this.iAndenTabel(r, c)) celler.push(a1(r, c));
      }
      if (celler.length === 0) break;
      ud.push({ nr: c, celler });
    }
    return ud;
  }
}

export default lavRegel({
  meta: {
    id: "data-uden-for-tabel",
    standardAlvor: "fejl",
    beskrivelse:
      "Celler lige under en af skemaets tabeller (eller i kolonnerne lige til højre for den) er ikke en del af tabellen og bliver ikke læst; tabellen skal udvides, så de kommer med.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    raekke: (d: Tabel & { raekke: number; celler: readonly string[] }) =>
      `Række ${d.raekke} står under ${hvor(d)} uden at være en del af den: ${antalCeller(d.celler.length)} (${celleListe(d.celler)}) ` +
      // A ydelse row below tblYdelser would also be missing from the takstbilag DAS sees.
      `bliver ikke læst, og rækken kommer ${d.ydelser ? "hverken med i kontrollen eller i takstbilaget" : "ikke med i kontrollen"}. ${udvid(d)}`,
    flereRaekker: (d: Tabel & { antal: number; fra: number; til: number }) =>
      `Yderligere ${formaterAntal(d.antal)} rækker (række ${d.fra}–${d.til}) under ${hvor(d)} bliver heller ikke læst. ${udvid(d)}`,
    kolonne: (d: Tabel & { kolonne: string; celler: readonly string[] }) =>
      `Kolonne ${d.kolonne} lige til højre for ${hvor(d)} er ikke en del af tabellen: ${antalCeller(d.celler.length)} (${celleListe(d.celler)}) ` +
      `bliver ikke læst. ${udvid(d)}`,
    flereKolonner: (d: Tabel & { antal: number; fra: string; til: string }) =>
      `Yderligere ${formaterAntal(d.antal)} kolonner (${d.fra}–${d.til}) til højre for ${hvor(d)} bliver heller ikke læst. ${udvid(d)}`,
  },
  tjek(ctx) {
    const { snapshot } = ctx;
    for (const def of ALLE_TABELLER) {
      const navn = def.navn.toLowerCase();
      const tabel = snapshot.tables.find((t) => t.name.toLowerCase() === navn);
      if (!tabel) continue;
      const ark = findSheet(snapshot, tabel.sheet);
      const o = parseOmraade(tabel.ref);
      if (!ark || !o) continue;
      const scanner = new Tabelscanner(ark, o, snapshot, def.navn);
      const under = scanner.under();
      const hoejre = scanner.hoejre();
      if (under.length === 0 && hoejre.length === 0) continue;

      const ny: Omraade = {
        ...o,
        bottom: under.length ? under[under.length - 1].nr : o.bottom,
        right: hoejre.length ? hoejre[hoejre.length - 1].nr : o.right,
      };
      const t: Tabel = {
        tabel: tabel.name,
        ark: ark.name,
        omraade: tabel.ref,
        udvidet: omraadeA1(ny),
        ydelser: def.navn === TBL_YDELSER.navn,
      };
      const sted = (celle: string) => ({ ark: ark.name, adresse: celle });

      for (const f of under.slice(0, MAKS_FUND))
        ctx.rapporter({ besked: "raekke", celle: sted(f.celler[0]), data: { ...t, raekke: f.nr, celler: f.celler } });
      if (under.length > MAKS_FUND) {
        const rest = under.slice(MAKS_FUND);
        ctx.rapporter({
          besked: "flereRaekker",
          celle: sted(rest[0].celler[0]),
          data: { ...t, antal: rest.length, fra: rest[0].nr, til: rest[rest.length - 1].nr },
        });
      }
      for (const f of hoejre.slice(0, MAKS_FUND))
        ctx.rapporter({
          besked: "kolonne",
          celle: sted(f.celler[0]),
          data: { ...t, kolonne: kolonneBogstaver(f.nr), celler: f.celler },
        });
      if (hoejre.length > MAKS_FUND) {
        const rest = hoejre.slice(MAKS_FUND);
        ctx.rapporter({
          besked: "flereKolonner",
          celle: sted(rest[0].celler[0]),
          data: {
            ...t,
            antal: rest.length,
            fra: kolonneBogstaver(rest[0].nr),
            til: kolonneBogstaver(rest[rest.length - 1].nr),
          },
        });
      }
    }
  },
});
