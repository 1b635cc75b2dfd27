/**
 * The adapter's writes into the user's workbook: each touches only the cells its button
 * names (README, "Tilføjelsesprogrammet i Excel"; the product spec: "never writes into cells the user typed, except where the user
 * clicked a button that says so").
 */
import {
  a1,
  ArbejdsbogFejl,
  arkAdresse,
  ataTimetakstFormel,
  type CelleIndhold,
  DATO_FORMAT,
  DECIMAL_FORMAT,
  type Fortrydelse,
  fraSerial1900,
  type Fund,
  fundCeller,
  kolonneBogstaver,
  KR_FORMAT,
  type NyTillaegsberegning,
  type NyTimetakst,
  type Omraade,
  omraadeA1,
  opsummeringTekst,
  overskrifter,
  parseOmraade,
  PCT_FORMAT,
  skjulCpr,
  type TabelDef,
  taelAlvor,
  type TakstbilagStatus,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEGSBEREGNING,
  tabelOrd,
  timetakstPar,
  tillaegOpslagTabel,
  tillaegsberegningFormler,
  VALIDERINGSRAPPORT_KOLONNER,
} from "../core";
import { RAPPORT_ARK, kolonnerFraOverskrifter, listeTekst, somTekst } from "./faelles";
import { officeKode } from "./fejl";
import { laesDatosystem } from "./datosystem";
import { koeSkrivetjek, tjekArk, type Skrivetjek } from "./skrivetjek";

// ------------------------------------------------------------------ Valideringsrapport

// The columns, severity words and § text are the core's (src/core/rapport/), as in `--rapport` and the bilag's Fund.
const RAPPORT_KOLONNER = VALIDERINGSRAPPORT_KOLONNER;
/** Points per character of column width (Calibri 11). */
export const PUNKTER_PR_TEGN = 6;
const RAPPORT_OVERSKRIFT_RAEKKE = 4;

/**
 * Text for a report cell: never a CPR number (the heading carries Stamdata's Tilbud and
 * Driftsherre as typed; findings are already masked by the engine, this is the last guard).
 */
function rapportTekst(s: string): string {
  return somTekst(skjulCpr(s));
}

/**
 * Characters of cell data per write request (default). Excel on the web refuses a request
 * over about 5 MB (RequestPayloadSizeLimitExceeded); a million characters stays far below
 * it even when every character takes several bytes as JSON.
 */
export const STANDARD_MAKS_TEGN_PR_SKRIVNING = 1_000_000;

function tegn(raekker: readonly (readonly unknown[])[]): number {
  return JSON.stringify(raekker).length;
}

/**
 * Whether Excel refused a write request for its size: RequestPayloadSizeLimitExceeded on
 * the web, GeneralException on older hosts (then maybe something else, so a caller retries
 * only with less, down to one row, before giving up).
 */
function erForStorAnmodning(e: unknown): boolean {
  const kode = officeKode(e);
  return kode === "RequestPayloadSizeLimitExceeded" || kode === "GeneralException";
}

/**
 * Writes `raekker` from sheet row `top` in chunks of at most `maksTegn` characters, one sync
 * each; a chunk Excel refuses for its size is halved and written again (a refused request
 * changed nothing), as reads halve on ResponsePayloadSizeLimitExceeded.
 */
async function skrivIBidder(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  raekker: (string | number)[][],
  top: number,
  maksTegn: number,
): Promise<void> {
  if (raekker.length === 0) return;
  let n = 1;
  let sum = tegn([raekker[0]]);
  while (n < raekker.length && sum + tegn([raekker[n]]) <= maksTegn) sum += tegn([raekker[n++]]);
  const bredde = raekker[0].length;
  ws.getRange(omraadeA1({ top, left: 1, bottom: top + n - 1, right: bredde })).values = raekker.slice(0, n);
  try {
    await context.sync();
  } catch (e) {
    if (!erForStorAnmodning(e) || n === 1) throw e;
    return skrivIBidder(context, ws, raekker, top, Math.floor(sum / 2));
  }
  return skrivIBidder(context, ws, raekker.slice(n), top + n, maksTegn);
}

/**
 * Replaces the sheet Valideringsrapport (2 syncs; more only for findings beyond one write
 * request, see skrivIBidder). A sheet of that name is the add-in's by definition: it is
 * deleted and written anew, and no other sheet is touched.
 */
export async function skrivRapport(
  context: Excel.RequestContext,
  fund: Fund[],
  overskrift: string,
  kanSeSkrivebeskyttelse: boolean,
  maksTegn = STANDARD_MAKS_TEGN_PR_SKRIVNING,
): Promise<void> {
  const ark = context.workbook.worksheets;
  const eksisterende = ark.getItemOrNullObject(RAPPORT_ARK);
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  await context.sync();
  skrivetjek();
  skrivetjek.struktur();

  const raekker: (string | number)[][] = [overskrifter(RAPPORT_KOLONNER)];
  for (const f of fund) raekker.push(fundCeller(RAPPORT_KOLONNER, f).map((c) => rapportTekst(c ?? "")));
  if (fund.length === 0) raekker.push(RAPPORT_KOLONNER.map((k) => (k.kolonne === "besked" ? "Ingen fund." : "")));
  const top = RAPPORT_OVERSKRIFT_RAEKKE;
  const hoejre = RAPPORT_KOLONNER.length;

  /** The sheet with its heading and layout, and the first `antal` rows of the table. */
  const opret = (antal: number): Excel.Worksheet => {
    if (!eksisterende.isNullObject) eksisterende.delete();
    const ny = ark.add(RAPPORT_ARK);
    ny.getRange("A1:A2").values = [[rapportTekst(overskrift)], [somTekst(opsummeringTekst(taelAlvor(fund)))]];
    ny.getRange("A1").format.font.bold = true;
    if (antal > 0) {
      ny.getRange(omraadeA1({ top, left: 1, bottom: top + antal - 1, right: hoejre })).values = raekker.slice(0, antal);
    }
    ny.getRange(omraadeA1({ top, left: 1, bottom: top, right: hoejre })).format.font.bold = true;
    RAPPORT_KOLONNER.forEach((k, i) => {
      ny.getRange(a1(top, i + 1)).format.columnWidth = k.bredde * PUNKTER_PR_TEGN;
    });
    ny.freezePanes.freezeRows(top);
    ny.activate();
    return ny;
  };

  // Usually everything goes in one request. If Excel refuses it for its size, it ran none
  // of it: the sheet is made again without the rows, and they follow in chunks.
  const alle = tegn(raekker) <= maksTegn;
  let ny = opret(alle ? raekker.length : 0);
  try {
    await context.sync();
    if (alle) return;
  } catch (e) {
    if (!alle || !erForStorAnmodning(e)) throw e;
    ny = opret(0);
    await context.sync();
  }
  await skrivIBidder(context, ny, raekker, top, Math.min(maksTegn, Math.floor(tegn(raekker) / 2)));
}

/** Text for a cell: with the apostrophe that keeps it text, except in a Text (@) cell, which would keep the apostrophe. */
function tekstTil(s: string, talformat: unknown): string {
  return talformat === "@" ? s : somTekst(s);
}

// ------------------------------------------------------------------ what Fortryd writes back

/** What a write loads of its cells before it writes them (in the same batch, so as they were). */
export const FOER = "values,formulas,numberFormat,valueTypes";

/**
 * What to write through `formulas` so Excel stores a cell as it was: a formula as its
 * formula, text as text (an apostrophe keeps "=…", "007" or "#N/A" text, except in a Text
 * cell, which takes it literally), an error value as the error, an empty cell as "".
 */
export function tilbageskrivning(v: unknown, f: unknown, talformat: unknown, type: unknown): CelleIndhold {
  // A formula's text never equals its own result; text like "=abc" comes back the same in both.
  if (typeof f === "string" && f.startsWith("=") && f !== v) return f;
  if (type === "Empty" || v === null || v === undefined || v === "") return "";
  if (type === "String" && typeof v === "string") return talformat === "@" ? v : somTekst(v);
  return v as CelleIndhold;
}

/** tilbageskrivning for every cell of a range loaded with FOER; null where `skrevet` says the write did not touch it. */
function tilbageskrivninger(r: Excel.Range, skrevet?: boolean[][]): (CelleIndhold | null)[][] {
  return r.values.map((raekke, i) =>
    raekke.map((v, j) =>
      skrevet && !skrevet[i][j]
        ? null
        : tilbageskrivning(v, r.formulas[i][j], r.numberFormat[i][j], r.valueTypes[i][j]),
    ),
  );
}

// ------------------------------------------------------------------ tblTillaegsberegning

const TILLAEGSBEREGNING_INPUT = [
  "beskrivelse",
  "personalekategori",
  "tidsrum",
  "timerPrUge",
  "startdato",
  "slutdato",
] as const;
const TILLAEGSBEREGNING_FORMLER = ["ataTimetakst", "ugepris", "uger", "samletPris"] as const;

function mangler(def: TabelDef, kol: Map<string, number>, keys: readonly string[]): string[] {
  return keys.filter((k) => !kol.has(k)).map((k) => def.kolonner.find((d) => d.key === k)?.label ?? k);
}

function tjekTal(navn: string, v: number): void {
  if (typeof v !== "number" || !Number.isFinite(v)) {
    throw new ArbejdsbogFejl(`${navn} skal være et tal.`);
  }
}

/**
 * Writes one agreed tillægsydelse into tblTillaegsberegning (3 syncs): the user's values
 * and the native formulas of formler.ts, looking up tblTillaeg's columns by their headers (as the
 * .xlsx template does). The first row whose input cells are all empty (the template's
 * blank rows) is filled; without one, a row is appended and the table grows.
 */
export async function indsaetTillaegsberegning(
  context: Excel.RequestContext,
  r: NyTillaegsberegning,
  kanSeSkrivebeskyttelse: boolean,
): Promise<{ ark: string; celle: string; fortrydelse: Fortrydelse }> {
  tjekTal("Timer pr. uge", r.timerPrUge);
  tjekTal("Startdato", r.startdato);
  tjekTal("Slutdato", r.slutdato);

  const tabeller = context.workbook.tables;
  const beregning = tabeller.getItemOrNullObject(TBL_TILLAEGSBEREGNING.navn);
  const tillaeg = tabeller.getItemOrNullObject(TBL_TILLAEG.navn);
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  await context.sync();
  skrivetjek();
  if (beregning.isNullObject) {
    throw new ArbejdsbogFejl(
      `Projektmappen har ingen tabel over beregnede tillægsydelser (på arket Tillægsydelser). Tilføj den under Skabelon med Tilføj manglende tabeller (eller Indsæt skabelon i en tom projektmappe).`,
    );
  }
  if (tillaeg.isNullObject) {
    throw new ArbejdsbogFejl(
      `Projektmappen har ingen tabel med ATA-timetakster (på arket Tillægsydelser), som formlerne kan slå op i. Tilføj den under Skabelon med Tilføj manglende tabeller, og udfyld ATA-timetaksterne.`,
    );
  }

  beregning.worksheet.load("name,protection/protected");
  const bOverskrift = beregning.getHeaderRowRange().load("values,address");
  const bKrop = beregning.getDataBodyRange().load("address,values,numberFormat");
  tillaeg.worksheet.load("name");
  const tOverskrift = tillaeg.getHeaderRowRange().load("values,address");
  const datosystem = laesDatosystem(context);
  await context.sync();

  tjekArk(beregning.worksheet);
  const kol = kolonnerFraOverskrifter(TBL_TILLAEGSBEREGNING, bOverskrift.values[0]);
  const mangl = mangler(TBL_TILLAEGSBEREGNING, kol, [
    ...TILLAEGSBEREGNING_INPUT.filter((k) => k !== "beskrivelse"),
    ...TILLAEGSBEREGNING_FORMLER,
  ]);
  if (mangl.length > 0) {
    throw new ArbejdsbogFejl(
      `Tabellen over beregnede tillægsydelser mangler kolonnen ${listeTekst(mangl)}. Ret overskrifterne, så de svarer til skabelonen.`,
    );
  }
  const tKol = kolonnerFraOverskrifter(TBL_TILLAEG, tOverskrift.values[0]);
  const tMangl = mangler(TBL_TILLAEG, tKol, ["personalekategori", "tidsrum", "ataTimetakst"]);
  if (tMangl.length > 0) {
    throw new ArbejdsbogFejl(
      `Tabellen over ATA-timetakster mangler kolonnen ${listeTekst(tMangl)}. Ret overskrifterne, så de svarer til skabelonen.`,
    );
  }

  const hoved = parseOmraade(bOverskrift.address) as Omraade;
  const krop = parseOmraade(bKrop.address) as Omraade;
  const bredde = hoved.right - hoved.left + 1;
  const tomRaekke = bKrop.values.findIndex((raekke) =>
    TILLAEGSBEREGNING_INPUT.every((k) => {
      const i = kol.get(k);
      return i === undefined || raekke[i] === "" || raekke[i] === null;
    }),
  );
  const raekkeNr = tomRaekke >= 0 ? krop.top + tomRaekke : krop.bottom + 1;

  // Column letters of this table as it lies in the sheet (columns may have been moved).
  const bogstav = {} as Record<(typeof TBL_TILLAEGSBEREGNING.kolonner)[number]["key"], string>;
  for (const k of TBL_TILLAEGSBEREGNING.kolonner) bogstav[k.key] = kolonneBogstaver(hoved.left + (kol.get(k.key) ?? 0));
  // The lookup names tblTillaeg's columns by their headers as they stand (structured references).
  const tNavn = (key: string) => String((tOverskrift.values[0] as unknown[])[tKol.get(key) as number]);
  const opslag = tillaegOpslagTabel({
    personalekategori: tNavn("personalekategori"),
    tidsrum: tNavn("tidsrum"),
    ataTimetakst: tNavn("ataTimetakst"),
  });
  const formler = tillaegsberegningFormler(raekkeNr, bogstav, opslag);

  // The row written (or, for a new row, the last one, whose formats the table carries on).
  const formatKilde = bKrop.numberFormat[tomRaekke >= 0 ? tomRaekke : bKrop.numberFormat.length - 1] ?? [];
  const tekst = (key: string, v: string) => tekstTil(v, formatKilde[kol.get(key) ?? -1]);
  const indhold: Record<string, string | number> = {
    beskrivelse: tekst("beskrivelse", r.beskrivelse),
    personalekategori: tekst("personalekategori", r.personalekategori),
    tidsrum: tekst("tidsrum", r.tidsrum),
    timerPrUge: r.timerPrUge,
    // The pane gives 1900 serials; a 1904 workbook stores 1462 days fewer for the same date.
    startdato: fraSerial1900(r.startdato, datosystem.date1904),
    slutdato: fraSerial1900(r.slutdato, datosystem.date1904),
    ...formler,
  };
  const format: Record<string, string> = {
    timerPrUge: DECIMAL_FORMAT,
    ataTimetakst: KR_FORMAT,
    ugepris: KR_FORMAT,
    startdato: DATO_FORMAT,
    slutdato: DATO_FORMAT,
    uger: DECIMAL_FORMAT,
    samletPris: KR_FORMAT,
  };
  // null leaves a cell as it is (the user's own extra columns).
  const raekke: (string | number | null)[] = new Array(bredde).fill(null);
  const formatRaekke: (string | null)[] = new Array(bredde).fill(null);
  for (const [key, i] of kol) {
    if (key in indhold) raekke[i] = indhold[key];
    if (key in format) formatRaekke[i] = format[key];
  }

  const arket = beregning.worksheet;
  const raekkeOmr = omraadeA1({ top: raekkeNr, left: hoved.left, bottom: raekkeNr, right: hoved.right });
  // Loaded before the writes in the same batch: Office runs a batch in order, so this is the row as it was.
  const foer = tomRaekke >= 0 ? arket.getRange(raekkeOmr).load(FOER) : null;
  // An empty row first (rows.add documents no null "leave as is"), then the row's cells
  // through a range, where null is documented: the user's other columns stay as the table
  // made them (a calculated column fills in its formula); "" would write an empty cell over it.
  if (tomRaekke < 0) beregning.rows.add();
  const omr = arket.getRange(raekkeOmr);
  omr.numberFormat = [formatRaekke];
  omr.formulas = [raekke];
  const efter = arket.getRange(raekkeOmr).load("formulas");
  await context.sync();
  const arkNavn = beregning.worksheet.name;
  // Only the cells the pane wrote are kept (null elsewhere): Fortryd leaves the user's own columns alone.
  const fortrydelse: Fortrydelse = foer
    ? {
        ark: arkNavn,
        omraader: [
          {
            adresse: raekkeOmr,
            foer: tilbageskrivninger(foer, [raekke.map((v) => v !== null)]),
            talformatFoer: [formatRaekke.map((f, i) => (f === null ? null : foer.numberFormat[0][i]))],
            efter: [efter.formulas[0].map((f, i) => (raekke[i] === null ? null : f))],
          },
        ],
      }
    : {
        ark: arkNavn,
        omraader: [],
        tilfoejetRaekke: { tabel: TBL_TILLAEGSBEREGNING.navn, adresse: raekkeOmr, efter: efter.formulas },
      };
  return { ark: arkNavn, celle: a1(raekkeNr, hoved.left), fortrydelse };
}

// ------------------------------------------------------------------ tblTillaeg

const TIMETAKST_INPUT = [
  "personalekategori",
  "tidsrum",
  "timeomkostning",
  "fravaer",
  "doegnkoefficient",
  "vfo",
] as const;

/**
 * Adds a Personalekategori/Tidsrum pair with the user's numbers to the table over
 * ATA-timetakster (3 syncs), with the template's ATA-timetakst formula on the row: the
 * table's first row whose input cells are all empty (the template's blank rows), else a row
 * added at the bottom (rows.add, then the row's cells through a range, as Indsæt does).
 * Refuses when the pair is already there (the lookup would find that row, not this one).
 */
export async function tilfoejTimetakst(
  context: Excel.RequestContext,
  r: NyTimetakst,
  kanSeSkrivebeskyttelse: boolean,
): Promise<{ ark: string; celle: string; fortrydelse: Fortrydelse }> {
  for (const [navn, v] of [
    ["Timeomkostning", r.timeomkostning],
    ["Fraværskorrektion", r.fravaer],
    ["Døgnkoefficient", r.doegnkoefficient],
    ["Variable følgeomkostninger", r.vfo],
  ] as const)
    tjekTal(navn, v);
  const par = timetakstPar(r.personalekategori, r.tidsrum);
  if (par === null) throw new ArbejdsbogFejl("Personalekategori og tidsrum skal begge være udfyldt.");

  const tabel = context.workbook.tables.getItemOrNullObject(TBL_TILLAEG.navn);
  const alleTabeller = context.workbook.tables.load("items/name,items/worksheet/name");
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  await context.sync();
  skrivetjek();
  if (tabel.isNullObject) {
    throw new ArbejdsbogFejl(
      `Projektmappen har ingen tabel med ATA-timetakster (på arket Tillægsydelser). Tilføj den under Skabelon med Tilføj manglende tabeller. Intet er ændret.`,
    );
  }
  const arket = tabel.worksheet.load("name,protection/protected");
  const overskrift = tabel.getHeaderRowRange().load("values,address");
  const krop = tabel.getDataBodyRange().load("address,values,numberFormat");
  const tabelArk = alleTabeller.items.find((t) => t.name.toLowerCase() === TBL_TILLAEG.navn.toLowerCase())?.worksheet
    .name;
  // The other tables on its sheet: a row added at the bottom must not cut through one below.
  const naboer = alleTabeller.items
    .filter((t) => t.worksheet.name === tabelArk && t.name.toLowerCase() !== TBL_TILLAEG.navn.toLowerCase())
    .map((t) => ({ navn: t.name, omr: t.getRange().load("address") }));
  await context.sync();

  tjekArk(arket);
  const kol = kolonnerFraOverskrifter(TBL_TILLAEG, overskrift.values[0]);
  const mangl = mangler(TBL_TILLAEG, kol, [...TIMETAKST_INPUT, "ataTimetakst"]);
  if (mangl.length > 0) {
    throw new ArbejdsbogFejl(
      `Tabellen over ATA-timetakster på arket ${arket.name} mangler kolonnen ${listeTekst(mangl)}. Ret overskrifterne, så de svarer til skabelonen. Intet er ændret.`,
    );
  }
  const tekstI = (raekke: unknown[], key: string): string => {
    const v = raekke[kol.get(key) as number];
    return typeof v === "string" ? v : v === null || v === undefined ? "" : String(v);
  };
  const hoved = parseOmraade(overskrift.address) as Omraade;
  const body = parseOmraade(krop.address) as Omraade;
  const findes = krop.values.findIndex(
    (raekke) => timetakstPar(tekstI(raekke, "personalekategori"), tekstI(raekke, "tidsrum")) === par,
  );
  if (findes >= 0) {
    throw new ArbejdsbogFejl(
      `${r.personalekategori.trim()}, ${r.tidsrum.trim()} står allerede i tabellen over ATA-timetakster på arket ${arket.name} (række ${body.top + findes}). Intet er ændret.`,
    );
  }
  const tomRaekke = krop.values.findIndex((raekke) =>
    TIMETAKST_INPUT.every((k) => {
      const v = raekke[kol.get(k) as number];
      return v === "" || v === null;
    }),
  );
  // Without an empty row: rows.add() moves the cells below the table down, in its columns
  // only, which Excel refuses when that cuts through another table (the sheet Tillægsydelser
  // with its tables one below the other). Then a whole sheet row is inserted inside the table
  // instead, above its last row: everything below moves down whole, and the table grows.
  const naboOmr = naboer.map((n) => ({ navn: n.navn, o: parseOmraade(n.omr.address) as Omraade }));
  const skaeres = naboOmr.filter(
    ({ o }) =>
      o.top > body.bottom &&
      !(o.right < hoved.left || o.left > hoved.right) &&
      (o.left < hoved.left || o.right > hoved.right),
  );
  const helRaekke = tomRaekke < 0 && skaeres.length > 0;
  if (helRaekke) {
    const paaRaekken = naboOmr.filter(({ o }) => o.top <= body.bottom && o.bottom >= body.bottom);
    if (paaRaekken.length > 0) {
      throw new ArbejdsbogFejl(
        `Tabellen over ATA-timetakster på arket ${arket.name} har ingen tom række, og en ny række ville flytte ${listeTekst(skaeres.map((x) => tabelOrd(x.navn)))} skævt og gå gennem ${listeTekst(paaRaekken.map((x) => tabelOrd(x.navn)))}. Indsæt en tom række i tabellen over ATA-timetakster, og prøv igen. Intet er ændret.`,
      );
    }
  }
  const raekkeNr = tomRaekke >= 0 ? body.top + tomRaekke : helRaekke ? body.bottom : body.bottom + 1;
  const bogstav = {} as Record<(typeof TBL_TILLAEG.kolonner)[number]["key"], string>;
  for (const k of TBL_TILLAEG.kolonner) bogstav[k.key] = kolonneBogstaver(hoved.left + (kol.get(k.key) ?? 0));

  const formatKilde = krop.numberFormat[tomRaekke >= 0 ? tomRaekke : krop.numberFormat.length - 1] ?? [];
  const tekst = (key: string, v: string) => tekstTil(v.trim(), formatKilde[kol.get(key) ?? -1]);
  const indhold: Record<string, string | number> = {
    personalekategori: tekst("personalekategori", r.personalekategori),
    tidsrum: tekst("tidsrum", r.tidsrum),
    timeomkostning: r.timeomkostning,
    fravaer: r.fravaer,
    doegnkoefficient: r.doegnkoefficient,
    vfo: r.vfo,
    ataTimetakst: ataTimetakstFormel(raekkeNr, bogstav),
  };
  const format: Record<string, string> = {
    timeomkostning: KR_FORMAT,
    fravaer: PCT_FORMAT,
    doegnkoefficient: PCT_FORMAT,
    vfo: PCT_FORMAT,
    ataTimetakst: KR_FORMAT,
  };
  const bredde = hoved.right - hoved.left + 1;
  // null leaves a cell as it is (the user's own extra columns).
  const raekke: (string | number | null)[] = new Array(bredde).fill(null);
  const formatRaekke: (string | null)[] = new Array(bredde).fill(null);
  for (const [key, i] of kol) {
    if (key in indhold) raekke[i] = indhold[key];
    if (key in format) formatRaekke[i] = format[key];
  }
  const raekkeOmr = omraadeA1({ top: raekkeNr, left: hoved.left, bottom: raekkeNr, right: hoved.right });
  const foer = tomRaekke >= 0 ? arket.getRange(raekkeOmr).load(FOER) : null;
  if (helRaekke) arket.getRange(raekkeOmr).getEntireRow().insert("Down");
  else if (tomRaekke < 0) tabel.rows.add();
  const omr = arket.getRange(raekkeOmr);
  omr.numberFormat = [formatRaekke];
  omr.formulas = [raekke];
  const efter = arket.getRange(raekkeOmr).load("formulas");
  await context.sync();
  const fortrydelse: Fortrydelse = foer
    ? {
        ark: arket.name,
        omraader: [
          {
            adresse: raekkeOmr,
            foer: tilbageskrivninger(foer, [raekke.map((v) => v !== null)]),
            talformatFoer: [formatRaekke.map((f, i) => (f === null ? null : foer.numberFormat[0][i]))],
            efter: [efter.formulas[0].map((f, i) => (raekke[i] === null ? null : f))],
          },
        ],
      }
    : {
        ark: arket.name,
        omraader: [],
        tilfoejetRaekke: {
          tabel: TBL_TILLAEG.navn,
          adresse: raekkeOmr,
          efter: efter.formulas,
          ...(helRaekke ? { helArkRaekke: true } : {}),
        },
      };
  return { ark: arket.name, celle: a1(raekkeNr, hoved.left), fortrydelse };
}

// ------------------------------------------------------------------ tblTakstbilag

/** Runs of consecutive row indexes, so contiguous rows are written as one range. */
function sammenhaengende(statusser: TakstbilagStatus[]): TakstbilagStatus[][] {
  const sorteret = [...statusser].sort((a, b) => a.raekkeIndex - b.raekkeIndex);
  const ud: TakstbilagStatus[][] = [];
  for (const s of sorteret) {
    const sidste = ud[ud.length - 1];
    if (sidste && sidste[sidste.length - 1].raekkeIndex + 1 === s.raekkeIndex) sidste.push(s);
    else ud.push([s]);
  }
  return ud;
}

function noegle(v: unknown): string {
  return v === null || v === undefined ? "" : String(v).trim();
}

/**
 * The body row (1-based) each status belongs to now: its own row while that row still holds
 * its Ydelses-ID, else the one row that does (a co-author sorted the table since the
 * validation). Refuses when an ID is gone or no longer unique, rather than mark a wrong row.
 */
function findRaekker(statusser: TakstbilagStatus[], ider: unknown[][]): TakstbilagStatus[] {
  const raekkerMed = new Map<string, number[]>();
  ider.forEach((r, i) => {
    const k = noegle(r[0]);
    raekkerMed.set(k, [...(raekkerMed.get(k) ?? []), i + 1]);
  });
  return statusser.map((s) => {
    if (s.ydelsesId === undefined) return s;
    const k = noegle(s.ydelsesId);
    if (noegle(ider[s.raekkeIndex - 1]?.[0]) === k) return s;
    const fundne = raekkerMed.get(k) ?? [];
    if (fundne.length !== 1) {
      throw new ArbejdsbogFejl(
        `Takstbilagets tabel er ændret siden valideringen: Ydelses-ID ${k || "(tom)"} står ikke længere i række ${s.raekkeIndex}${fundne.length > 1 ? " og findes flere gange" : ""}. Valider igen, og marker så status. Intet er ændret.`,
      );
    }
    return { ...s, raekkeIndex: fundne[0] };
  });
}

/**
 * Fills Status and Fund of tblTakstbilag's rows (3 syncs: the header, the Ydelses-ID column
 * read again right before the write, the write with the column read once more); no other cell. A row is found by its
 * Ydelses-ID, so a co-author's sort after the validation cannot put a status on the wrong row.
 */
export async function markerStatus(
  context: Excel.RequestContext,
  statusser: TakstbilagStatus[],
  kanSeSkrivebeskyttelse: boolean,
): Promise<Fortrydelse> {
  if (statusser.length === 0) return { ark: "", omraader: [] };
  const tabel = context.workbook.tables.getItem(TBL_TAKSTBILAG.navn);
  const overskrift = tabel.getHeaderRowRange().load("values,address");
  const krop = tabel.getDataBodyRange().load("address");
  const arket = tabel.worksheet.load("name,protection/protected");
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  try {
    await context.sync();
  } catch (e) {
    // The table is the only item looked up in this sync, so ItemNotFound means it.
    if (officeKode(e) === "ItemNotFound") {
      throw new ArbejdsbogFejl(
        `Projektmappen har ingen tabel med et takstbilag, så der er ingen status at markere.`,
        e,
      );
    }
    throw e;
  }

  skrivetjek();
  tjekArk(arket);
  const kol = kolonnerFraOverskrifter(TBL_TAKSTBILAG, overskrift.values[0]);
  const mangl = mangler(TBL_TAKSTBILAG, kol, ["status", "fund"]);
  if (mangl.length > 0) {
    throw new ArbejdsbogFejl(
      `Takstbilagets tabel har ingen kolonne ${listeTekst(mangl)}. Tilføj kolonnen (overskrift ${listeTekst(mangl)}), og prøv igen.`,
    );
  }
  const hoved = parseOmraade(overskrift.address) as Omraade;
  const body = parseOmraade(krop.address) as Omraade;
  const antal = body.bottom - body.top + 1;
  const udenfor = statusser.filter(
    (s) => !Number.isInteger(s.raekkeIndex) || s.raekkeIndex < 1 || s.raekkeIndex > antal,
  );
  if (udenfor.length > 0) {
    throw new ArbejdsbogFejl(
      `Takstbilagets tabel har ${antal} rækker, men der skulle markeres række ${udenfor[0].raekkeIndex}. Valider igen, og prøv så igen.`,
    );
  }
  const statusKol = hoved.left + (kol.get("status") as number);
  const fundKol = hoved.left + (kol.get("fund") as number);
  const idKol = kol.get("ydelsesId");
  let placeret = statusser;
  const idOmraade =
    idKol !== undefined && statusser.some((s) => s.ydelsesId !== undefined)
      ? omraadeA1({ top: body.top, bottom: body.bottom, left: hoved.left + idKol, right: hoved.left + idKol })
      : null;
  let iderVedSkrivning: Excel.Range | null = null;
  let fundFormater: unknown[][] | null = null;
  if (idOmraade) {
    const ider = arket.getRange(idOmraade).load("values");
    const fundKolonne = arket
      .getRange(omraadeA1({ top: body.top, bottom: body.bottom, left: fundKol, right: fundKol }))
      .load("numberFormat");
    await context.sync();
    placeret = findRaekker(statusser, ider.values);
    fundFormater = fundKolonne.numberFormat;
    // Read again in the write's own request, before its writes (Office runs a request in
    // order): a sort that lands between the two syncs is caught below.
    iderVedSkrivning = arket.getRange(idOmraade).load("values");
  }
  const skrevet: { adresse: string; foer: Excel.Range; efter: Excel.Range }[] = [];
  for (const run of sammenhaengende(placeret)) {
    const top = body.top + run[0].raekkeIndex - 1;
    const bottom = top + run.length - 1;
    const kolonner: [number, CelleIndhold[][]][] = [
      [statusKol, run.map((s) => [s.status])],
      [fundKol, run.map((s) => [tekstTil(s.fund, fundFormater?.[s.raekkeIndex - 1]?.[0])])],
    ];
    for (const [k, vaerdier] of kolonner) {
      const adresse = omraadeA1({ top, bottom, left: k, right: k });
      // Loaded before the write in the same batch (Office runs it in order): the cells as they were.
      const foer = arket.getRange(adresse).load(FOER);
      arket.getRange(adresse).values = vaerdier;
      skrevet.push({ adresse, foer, efter: arket.getRange(adresse).load("formulas") });
    }
  }
  await context.sync();
  if (iderVedSkrivning) {
    const nu = iderVedSkrivning.values;
    const flyttet = placeret.some(
      (s) => s.ydelsesId !== undefined && noegle(nu[s.raekkeIndex - 1]?.[0]) !== noegle(s.ydelsesId),
    );
    if (flyttet) {
      // The rows moved as the statuses were written: put every written cell back at once.
      for (const x of skrevet) arket.getRange(x.adresse).formulas = tilbageskrivninger(x.foer);
      await context.sync();
      throw new ArbejdsbogFejl(
        `En anden ændrede rækkefølgen i tabellen på arket ${TBL_TAKSTBILAG.ark}, mens status blev skrevet. Intet er ændret. Valider igen, og marker så status.`,
      );
    }
  }
  return {
    ark: arket.name,
    omraader: skrevet.map((x) => ({
      adresse: x.adresse,
      foer: tilbageskrivninger(x.foer),
      efter: x.efter.formulas,
    })),
  };
}

// ------------------------------------------------------------------ Fortryd

/** Whether the cells the write left (non-null in `efter`) still hold it. */
function sammeIndhold(nu: CelleIndhold[][], efter: (CelleIndhold | null)[][]): boolean {
  return (
    nu.length === efter.length &&
    efter.every((raekke, i) => raekke.length === nu[i].length && raekke.every((v, j) => v === null || v === nu[i][j]))
  );
}

/**
 * Puts back what a write changed (2 syncs): the cells' old content and number formats, and
 * an appended table row is deleted. Refuses, changing nothing, when any of the cells no
 * longer holds what the write left there (the user has worked on since).
 */
export async function fortryd(
  context: Excel.RequestContext,
  f: Fortrydelse,
  kanSeSkrivebeskyttelse: boolean,
  medDatavalidering = false,
): Promise<void> {
  if (f.omraader.length === 0 && !f.tilfoejetRaekke && !f.tabeller?.length && !f.tilfoejedeArk?.length) return;
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  if (f.tabeller?.length || f.tilfoejedeArk?.length || f.omraader.some((o) => o.ark !== undefined)) {
    return fortrydStruktur(context, f, skrivetjek, medDatavalidering);
  }
  const arket = context.workbook.worksheets.getItem(f.ark).load("name,protection/protected");
  const nu = f.omraader.map((o) => arket.getRange(o.adresse).load("formulas"));
  const tilfoejet = f.tilfoejetRaekke;
  const tabel = tilfoejet ? context.workbook.tables.getItemOrNullObject(tilfoejet.tabel) : null;
  const raekkeNu = tilfoejet ? arket.getRange(tilfoejet.adresse).load("formulas") : null;
  const krop = tabel ? tabel.getDataBodyRange().load("address") : null;
  try {
    await context.sync();
  } catch (e) {
    // The sheet (and a table's body through a null table) are all that can be missing here.
    if (officeKode(e) === "ItemNotFound") {
      const hvad = tilfoejet ? `Arket ${f.ark} eller tabellen, rækken blev føjet til,` : `Arket ${f.ark}`;
      throw new ArbejdsbogFejl(`${hvad} findes ikke længere, så der er intet at fortryde.`, e);
    }
    throw e;
  }

  skrivetjek();
  tjekArk(arket);
  const aendret = f.omraader.filter((o, i) => !sammeIndhold(nu[i].formulas, o.efter)).map((o) => o.adresse);
  if (tilfoejet && raekkeNu && !sammeIndhold(raekkeNu.formulas, tilfoejet.efter)) aendret.push(tilfoejet.adresse);
  let raekkeIndex = -1;
  if (tilfoejet && tabel && krop) {
    if (tabel.isNullObject) aendret.push(tilfoejet.adresse);
    else {
      const k = parseOmraade(krop.address) as Omraade;
      const r = parseOmraade(tilfoejet.adresse) as Omraade;
      raekkeIndex = r.top - k.top;
      if (raekkeIndex < 0 || r.top > k.bottom) aendret.push(tilfoejet.adresse);
    }
  }
  if (aendret.length > 0) {
    throw new ArbejdsbogFejl(
      `Kan ikke fortryde: ${listeTekst(aendret.map((a) => `${f.ark}!${a}`))} er ændret siden. Intet er rørt, så dine ændringer er bevaret.`,
    );
  }
  for (const o of f.omraader) {
    const r = arket.getRange(o.adresse);
    // The format first: a cell that was Text (@) takes its old text literally.
    if (o.talformatFoer) r.numberFormat = o.talformatFoer;
    // null (a cell the pane did not write) leaves the cell as it is.
    r.formulas = o.foer;
  }
  if (tabel && tilfoejet && raekkeIndex >= 0) {
    // A whole sheet row went in (a table stood below): the whole row goes out again.
    if (tilfoejet.helArkRaekke) arket.getRange(tilfoejet.adresse).getEntireRow().delete("Up");
    else tabel.rows.getItemAt(raekkeIndex).delete();
  }
  await context.sync();
}

/**
 * Fortryd for a write that made tables or sheets, or wrote on several sheets ("Tilføj
 * manglende tabeller", "Skriv profil" on a new sheet). Three syncs: which sheets and tables
 * are there, whether the written cells and added sheets still hold what the write left, then
 * all at once: the tables back to plain cells (Table.convertToRange, every cell kept), the
 * cells and formats as they were, the added sheets deleted. Refuses, touching nothing, when
 * anything is gone or the user has written there since.
 */
async function fortrydStruktur(
  context: Excel.RequestContext,
  f: Fortrydelse,
  skrivetjek: Skrivetjek,
  medDatavalidering: boolean,
): Promise<void> {
  const tabeller = f.tabeller ?? [];
  const nyeArk = f.tilfoejedeArk ?? [];
  const omraader = f.omraader.map((o) => ({ ...o, ark: o.ark ?? f.ark }));
  const alleArk = context.workbook.worksheets.load("items/name,items/protection/protected");
  const alleTabeller = context.workbook.tables.load("items/name");
  await context.sync();
  skrivetjek();
  if (nyeArk.length > 0) skrivetjek.struktur();

  const ark = new Map(alleArk.items.map((w) => [w.name.toLowerCase(), w]));
  const tabelnavne = new Set(alleTabeller.items.map((t) => t.name.toLowerCase()));
  const borte = [
    ...new Set([...omraader.map((o) => o.ark), ...tabeller.map((t) => t.ark), ...nyeArk.map((a) => a.navn)]),
  ].filter((n) => !ark.has(n.toLowerCase()));
  if (borte.length > 0) {
    throw new ArbejdsbogFejl(
      `${borte.length === 1 ? "Arket" : "Arkene"} ${listeTekst(borte)} findes ikke længere, så der er intet at fortryde. Intet er rørt.`,
    );
  }
  const vaekTabeller = tabeller.filter((t) => !tabelnavne.has(t.navn.toLowerCase()));
  if (vaekTabeller.length > 0) {
    throw new ArbejdsbogFejl(
      `Kan ikke fortryde: ${listeTekst(vaekTabeller.map((t) => tabelOrd(t.navn)))} findes ikke længere (omdøbt eller lavet om til almindelige celler). Intet er rørt.`,
    );
  }
  // Sheets written in (not those deleted again) must not be protected.
  for (const n of new Set([...omraader.map((o) => o.ark), ...tabeller.map((t) => t.ark)])) {
    tjekArk(ark.get(n.toLowerCase()) as Excel.Worksheet);
  }

  const nu = omraader.map((o) =>
    (ark.get(o.ark.toLowerCase()) as Excel.Worksheet).getRange(o.adresse).load("formulas"),
  );
  const nyeNu = nyeArk.map((a) =>
    (ark.get(a.navn.toLowerCase()) as Excel.Worksheet).getUsedRangeOrNullObject(true).load("address,formulas"),
  );
  await context.sync();
  const aendret = omraader
    .filter((o, i) => !sammeIndhold(nu[i].formulas, o.efter))
    .map((o) => arkAdresse(o.ark, o.adresse));
  nyeArk.forEach((a, i) => {
    const r = nyeNu[i];
    const adresse = r.isNullObject ? null : omraadeA1(parseOmraade(r.address) as Omraade);
    if (adresse !== a.adresse || (!r.isNullObject && !sammeIndhold(r.formulas, a.efter))) {
      aendret.push(`arket ${a.navn}`);
    }
  });
  if (aendret.length > 0) {
    throw new ArbejdsbogFejl(
      `Kan ikke fortryde: ${listeTekst(aendret)} er ændret siden. Intet er rørt, så dine ændringer er bevaret.`,
    );
  }

  const slettes = new Set(nyeArk.map((a) => a.navn.toLowerCase()));
  // Tables first: a header cell of a table cannot be emptied.
  for (const t of tabeller)
    if (!slettes.has(t.ark.toLowerCase())) context.workbook.tables.getItem(t.navn).convertToRange();
  for (const o of omraader) {
    if (slettes.has(o.ark.toLowerCase())) continue;
    const r = (ark.get(o.ark.toLowerCase()) as Excel.Worksheet).getRange(o.adresse);
    if (o.talformatFoer) r.numberFormat = o.talformatFoer;
    r.formulas = o.foer;
  }
  const paaArk = (n: string) => ark.get(n.toLowerCase()) as Excel.Worksheet;
  // Lists are added only where the host has data validation (ExcelApi 1.8): cleared on the same condition.
  if (medDatavalidering) {
    for (const l of f.datavalideringer ?? []) {
      if (!slettes.has(l.ark.toLowerCase())) paaArk(l.ark).getRange(l.adresse).dataValidation.clear();
    }
  }
  for (const b of f.kolonnebredder ?? []) {
    if (b.bredde !== null && !slettes.has(b.ark.toLowerCase()))
      paaArk(b.ark).getRange(b.adresse).format.columnWidth = b.bredde;
  }
  for (const a of nyeArk) paaArk(a.navn).delete();
  await context.sync();
}
