/**
 * Inserts the takstskema layout into the open workbook, in the same layout as the .xlsx
 * template (src/adapters/xlsx/skriv-skabelon.ts): a title on row 1, the table header on
 * row 2, five blank rows with the formulas of formler.ts; on Tillægsydelser the three tables
 * side by side. The instruction sheet (Vejledning) of the .xlsx template is not inserted:
 * the task pane carries that help.
 *
 * Two syncs: one to check for name clashes, one to write everything.
 * tilfoejManglendeTabeller adds only the missing tables to a workbook that has the sheets.
 */
import {
  ArbejdsbogFejl,
  arkAdresse,
  JA_NEJ,
  kolonneBogstaver,
  type Omraade,
  omraadeA1,
  SKABELON_ARK,
  SKABELON_LAYOUT,
  SKABELON_PLAN,
  SKABELON_TABELLER,
  skabelonFormat,
  type SkabelonTabel,
  STAMDATA_FELTER,
  TBL_STAMDATA,
} from "../core";
import { GENERELT, listeTekst } from "./faelles";
import { koeSkrivetjek } from "./skrivetjek";
import { PUNKTER_PR_TEGN } from "./skriv";

/** The template's layout is shared with the .xlsx writer (src/core/skema/layout.ts). */
const SKABELON = SKABELON_LAYOUT;
export { SKABELON_ARK, SKABELON_TABELLER };

type Celleindhold = string | number;

interface TabelPlan extends SkabelonTabel {
  raekker: Record<string, Celleindhold>[];
}

/** The shared plan (core/skema/layout.ts) with its rows: Stamdata's fields, else blank rows with formulas. */
function planer(takstaar: number): TabelPlan[] {
  const top = SKABELON.overskriftRaekke;
  return SKABELON_PLAN.map((p) => ({
    ...p,
    raekker:
      p.def === TBL_STAMDATA
        ? STAMDATA_FELTER.map((f) => ({ felt: f.label, vaerdi: f.key === "takstaar" ? takstaar : "" }))
        : Array.from({ length: SKABELON.tommeRaekker }, (_, i) => p.formler?.(top + 1 + i) ?? {}),
  }));
}

/** Queues one table of the template (title, header, formulas, formats, table, widths, lists) on `ws`. */
function skrivTabel(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  p: TabelPlan,
  medDatavalidering: boolean,
): void {
  const top = SKABELON.overskriftRaekke;
  const hoejre = p.venstre + p.def.kolonner.length - 1;
  const bund = top + p.raekker.length;
  const omr = (o: Omraade) => ws.getRange(omraadeA1(o));

  const titel = omr({ top: top - 1, left: p.venstre, bottom: top - 1, right: p.venstre });
  titel.values = [[p.titel]];
  titel.format.font.bold = true;
  omr({ top, left: p.venstre, bottom: top, right: hoejre }).values = [p.def.kolonner.map((k) => k.label)];
  const krop = omr({ top: top + 1, left: p.venstre, bottom: bund, right: hoejre });
  krop.formulas = p.raekker.map((r) => p.def.kolonner.map((k) => r[k.key] ?? ""));
  krop.numberFormat = p.raekker.map(() => p.def.kolonner.map((k) => skabelonFormat(p, k) ?? GENERELT));

  const tabel = context.workbook.tables.add(
    arkAdresse(p.def.ark, omraadeA1({ top, left: p.venstre, bottom: bund, right: hoejre })),
    true,
  );
  tabel.name = p.def.navn;

  p.def.kolonner.forEach((k, i) => {
    const col = p.venstre + i;
    if (k.bredde) omr({ top, left: col, bottom: top, right: col }).format.columnWidth = k.bredde * PUNKTER_PR_TEGN;
    if (medDatavalidering && k.enumVaerdier && k.enumVaerdier.length > 0) {
      omr({ top: top + 1, left: col, bottom: bund, right: col }).dataValidation.rule = {
        list: { inCellDropDown: true, source: k.enumVaerdier.join(",") },
      };
    }
  });
}

/** Stamdata: Ja/Nej for Nyt tilbud, and Tilbudsportal-ID as text so leading zeros stay. */
function stamdataDetaljer(stamdata: Excel.Worksheet, medDatavalidering: boolean): void {
  const top = SKABELON.overskriftRaekke;
  STAMDATA_FELTER.forEach((f, i) => {
    const celle = `${kolonneBogstaver(2)}${top + 1 + i}`;
    if (f.key === "nytTilbud" && medDatavalidering) {
      stamdata.getRange(celle).dataValidation.rule = { list: { inCellDropDown: true, source: JA_NEJ.join(",") } };
    }
    if (f.key === "tilbudsportalId") stamdata.getRange(celle).numberFormat = [["@"]];
  });
}

/** The cells a plan writes: from the title row to the last body row, across the table's columns. */
function planOmraade(p: TabelPlan): Omraade {
  const top = SKABELON.overskriftRaekke;
  return {
    top: top - 1,
    left: p.venstre,
    bottom: top + p.raekker.length,
    right: p.venstre + p.def.kolonner.length - 1,
  };
}

/**
 * The first sync of both insertions: checks the year, then loads the sheets (kept for
 * adding) and the table names, lower-cased.
 */
async function laesNavne(
  context: Excel.RequestContext,
  takstaar: number,
  kanSeSkrivebeskyttelse: boolean,
): Promise<{ ark: Excel.WorksheetCollection; tabelnavne: Set<string>; struktur: () => void }> {
  if (!Number.isInteger(takstaar) || takstaar < 2000 || takstaar > 2100) {
    throw new ArbejdsbogFejl(`Takståret skal være et årstal, fx 2026 (fik ${String(takstaar)}).`);
  }
  const ark = context.workbook.worksheets;
  ark.load("items/name");
  const tabeller = context.workbook.tables;
  tabeller.load("items/name");
  const skrivetjek = koeSkrivetjek(context, kanSeSkrivebeskyttelse);
  await context.sync();
  skrivetjek();
  return {
    ark,
    tabelnavne: new Set(tabeller.items.map((t) => t.name.toLowerCase())),
    struktur: () => skrivetjek.struktur(),
  };
}

/** How many cells in the way a message names before "og N flere". */
const MAKS_NAEVNTE_CELLER = 8;

/**
 * For a workbook whose sheets exist but lack some of the template's tables (a copy of
 * last year's skema): adds only the missing tables, each where the template has it, on
 * its sheet (added when missing). Refuses, naming the cells, when a target range is not
 * empty: existing cells are never written. Three syncs: names, target contents, write.
 * Returns the names of the tables added.
 */
export async function tilfoejManglendeTabeller(
  context: Excel.RequestContext,
  takstaar: number,
  medDatavalidering: boolean,
  kanSeSkrivebeskyttelse: boolean,
): Promise<string[]> {
  const { ark, tabelnavne, struktur } = await laesNavne(context, takstaar, kanSeSkrivebeskyttelse);
  const mangler = planer(takstaar).filter((p) => !tabelnavne.has(p.def.navn.toLowerCase()));
  if (mangler.length === 0) {
    throw new ArbejdsbogFejl("Projektmappen har allerede alle skabelonens tabeller. Intet er ændret.");
  }
  const eksisterende = new Map(ark.items.map((w) => [w.name.toLowerCase(), w]));
  // Sheets are added only for missing ones: only then does a protected structure stand in the way.
  if (mangler.some((p) => !eksisterende.has(p.def.ark.toLowerCase()))) struktur();
  const tjek = mangler.flatMap((p) => {
    const ws = eksisterende.get(p.def.ark.toLowerCase());
    return ws ? [{ p, ws, omr: ws.getRange(omraadeA1(planOmraade(p))).load("formulas") }] : [];
  });
  if (tjek.length > 0) await context.sync();

  const iVejen: string[] = [];
  for (const { p, ws, omr } of tjek) {
    const o = planOmraade(p);
    omr.formulas.forEach((raekke, i) =>
      raekke.forEach((f, j) => {
        if (f !== "" && f !== null) iVejen.push(arkAdresse(ws.name, `${kolonneBogstaver(o.left + j)}${o.top + i}`));
      }),
    );
  }
  if (iVejen.length > 0) {
    const naevnt = iVejen.slice(0, MAKS_NAEVNTE_CELLER);
    const resten = iVejen.length - naevnt.length;
    throw new ArbejdsbogFejl(
      `De manglende tabeller kan ikke tilføjes, fordi ${iVejen.length === 1 ? "cellen" : "cellerne"} ${listeTekst(naevnt)}` +
        `${resten > 0 ? ` og ${resten} flere` : ""} allerede har indhold, hvor skabelonen skal stå. ` +
        "Flyt eller slet indholdet, og prøv igen. Intet er ændret.",
    );
  }

  const nyeArk = new Map<string, Excel.Worksheet>();
  for (const p of mangler) {
    const navn = p.def.ark.toLowerCase();
    let ws = eksisterende.get(navn) ?? nyeArk.get(navn);
    if (!ws) {
      ws = ark.add(p.def.ark);
      nyeArk.set(navn, ws);
    }
    skrivTabel(context, ws, p, medDatavalidering);
    if (p.def === TBL_STAMDATA) stamdataDetaljer(ws, medDatavalidering);
  }
  for (const ws of nyeArk.values()) ws.freezePanes.freezeRows(SKABELON.overskriftRaekke);
  await context.sync();
  return mangler.map((p) => p.def.navn);
}

export async function indsaetSkabelon(
  context: Excel.RequestContext,
  takstaar: number,
  medDatavalidering: boolean,
  kanSeSkrivebeskyttelse: boolean,
): Promise<void> {
  const { ark, tabelnavne, struktur } = await laesNavne(context, takstaar, kanSeSkrivebeskyttelse);
  const arknavne = new Set(ark.items.map((w) => w.name.toLowerCase()));
  const optagneArk = SKABELON_ARK.filter((n) => arknavne.has(n.toLowerCase()));
  if (optagneArk.length > 0) {
    const flere = optagneArk.length > 1;
    throw new ArbejdsbogFejl(
      `Skabelonen kan ikke indsættes, fordi projektmappen allerede har ${flere ? "arkene" : "arket"} ${listeTekst(optagneArk)}. ` +
        `Omdøb eller slet ${flere ? "dem" : "det"} først, eller indsæt skabelonen i en ny, tom projektmappe. Intet er ændret.`,
    );
  }
  const optagneTabeller = SKABELON_TABELLER.map((t) => t.navn).filter((n) => tabelnavne.has(n.toLowerCase()));
  if (optagneTabeller.length > 0) {
    throw new ArbejdsbogFejl(
      `Skabelonen kan ikke indsættes, fordi projektmappen allerede har ${optagneTabeller.length > 1 ? "tabellerne" : "tabellen"} ${listeTekst(optagneTabeller)} på et andet ark. Intet er ændret.`,
    );
  }

  struktur();
  const nyeArk = new Map(SKABELON_ARK.map((navn) => [navn as string, ark.add(navn)]));
  const top = SKABELON.overskriftRaekke;
  for (const p of planer(takstaar)) skrivTabel(context, nyeArk.get(p.def.ark) as Excel.Worksheet, p, medDatavalidering);
  const stamdata = nyeArk.get(TBL_STAMDATA.ark) as Excel.Worksheet;
  stamdataDetaljer(stamdata, medDatavalidering);

  for (const ws of nyeArk.values()) ws.freezePanes.freezeRows(top);
  stamdata.activate();
  await context.sync();
}
