/**
 * Inserts the takstskema layout into the open workbook, in the same layout as the .xlsx
 * template (src/adapters/xlsx/skriv-skabelon.ts): a title on row 1, the table header on
 * row 2, five blank rows with the formulas of formler.ts; on Tillægsydelser the three tables
 * side by side. The instruction sheet (Vejledning) of the .xlsx template is not inserted:
 * the task pane carries that help.
 *
 * Two syncs: one to check for name clashes, one to write everything.
 * tilfoejManglendeTabeller adds only the missing tables to a workbook that has the sheets,
 * making a table of the cells where a sheet already holds one as plain cells.
 */
import {
  a1 as a1Celle,
  ArbejdsbogFejl,
  arkAdresse,
  type CelleIndhold,
  findOverskriftsblok,
  type Fortrydelse,
  JA_NEJ,
  kolonneBogstaver,
  type Omraade,
  omraadeA1,
  type Overskriftsblok,
  parseOmraade,
  SKABELON_ARK,
  SKABELON_LAYOUT,
  SKABELON_PLAN,
  SKABELON_TABELLER,
  skabelonFormat,
  type SkabelonTabel,
  STAMDATA_FELTER,
  TBL_STAMDATA,
  type TilfoejedeTabeller,
} from "../core";
import { GENERELT, listeTekst } from "./faelles";
import { koeSkrivetjek, tjekArk } from "./skrivetjek";
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

/**
 * Queues one table of the template (title, header, formulas, formats, table, widths, lists) on
 * `ws`. Returns the ranges given a list (data validation), for Fortryd.
 */
function skrivTabel(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  p: TabelPlan,
  medDatavalidering: boolean,
): string[] {
  const lister: string[] = [];
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
      const liste = { top: top + 1, left: col, bottom: bund, right: col };
      omr(liste).dataValidation.rule = { list: { inCellDropDown: true, source: k.enumVaerdier.join(",") } };
      lister.push(omraadeA1(liste));
    }
  });
  return lister;
}

/** Stamdata: Ja/Nej for Nyt tilbud, and Tilbudsportal-ID as text so leading zeros stay. Returns the list's cell. */
function stamdataDetaljer(stamdata: Excel.Worksheet, medDatavalidering: boolean): string[] {
  const top = SKABELON.overskriftRaekke;
  const lister: string[] = [];
  STAMDATA_FELTER.forEach((f, i) => {
    const celle = `${kolonneBogstaver(2)}${top + 1 + i}`;
    if (f.key === "nytTilbud" && medDatavalidering) {
      stamdata.getRange(celle).dataValidation.rule = { list: { inCellDropDown: true, source: JA_NEJ.join(",") } };
      lister.push(celle);
    }
    if (f.key === "tilbudsportalId") stamdata.getRange(celle).numberFormat = [["@"]];
  });
  return lister;
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
): Promise<{
  ark: Excel.WorksheetCollection;
  tabeller: Excel.TableCollection;
  tabelnavne: Set<string>;
  struktur: () => void;
}> {
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
    tabeller,
    tabelnavne: new Set(tabeller.items.map((t) => t.name.toLowerCase())),
    struktur: () => skrivetjek.struktur(),
  };
}

/** How many cells in the way a message names before "og N flere". */
const MAKS_NAEVNTE_CELLER = 8;

/** «Takst» og «Årsag til ændring». */
function citeret(navne: readonly string[]): string {
  return listeTekst(navne.map((n) => `«${n}»`));
}

/** What keeps a found header row from becoming the table with every cell kept, in Danish sentences. */
function forskelle(ark: string, blok: Overskriftsblok): string[] {
  const sted = `i overskriftsrækken på arket ${ark} (række ${blok.omraade.top})`;
  const ud: string[] = [];
  if (blok.mangler.length > 0) {
    ud.push(`${blok.mangler.length === 1 ? "Kolonnen" : "Kolonnerne"} ${citeret(blok.mangler)} mangler ${sted}.`);
  }
  for (const d of blok.dubletter) {
    ud.push(
      `Overskriften «${d.tekst}» står ${d.celler.length} gange ${sted} (${listeTekst(d.celler)}); en tabels kolonner skal have hver sin overskrift.`,
    );
  }
  if (blok.ikkeTekst.length > 0) {
    const flere = blok.ikkeTekst.length > 1;
    ud.push(
      `${flere ? "Overskrifterne" : "Overskriften"} i ${listeTekst(blok.ikkeTekst.map((c) => arkAdresse(ark, c)))} er ikke tekst (et tal, en formel eller en fejl), og Excel ville skrive ${flere ? "dem" : "den"} om til tekst.`,
    );
  }
  return ud;
}

function overlapper(a: Omraade, b: Omraade): boolean {
  return !(a.bottom < b.top || a.top > b.bottom || a.right < b.left || a.left > b.right);
}

/** A missing table's plan: made from the cells that hold it, or inserted where the template has it. */
type Plan =
  | { art: "omdan"; p: TabelPlan; ws: Excel.Worksheet; omr: Omraade }
  /** ws and foer (the range as it was) are null on a sheet the insertion adds. */
  | { art: "indsaet"; p: TabelPlan; ws: Excel.Worksheet | null; foer: Excel.Range | null };

/**
 * For a workbook whose sheets exist but lack some of the template's tables (a copy of last
 * year's skema). Per missing table: where its sheet already has the table's header row (found
 * anywhere on the sheet, as the reader finds plain cells) with the contract's columns, that
 * range, down to the first empty row, becomes the table: same name, every cell kept (values,
 * formulas, number formats). Elsewhere the template's table is inserted where the template has
 * it, on its sheet (added when missing). Refuses, changing nothing, when a header row differs
 * from the contract (naming the difference) or a target range is not empty (naming the cells).
 * Three syncs: names, the sheets' cells, write (with what Fortryd needs).
 */
export async function tilfoejManglendeTabeller(
  context: Excel.RequestContext,
  takstaar: number,
  medDatavalidering: boolean,
  kanSeSkrivebeskyttelse: boolean,
): Promise<TilfoejedeTabeller> {
  const { ark, tabelnavne, tabeller, struktur } = await laesNavne(context, takstaar, kanSeSkrivebeskyttelse);
  const mangler = planer(takstaar).filter((p) => !tabelnavne.has(p.def.navn.toLowerCase()));
  if (mangler.length === 0) {
    throw new ArbejdsbogFejl("Projektmappen har allerede alle skabelonens tabeller. Intet er ændret.");
  }
  const eksisterende = new Map(ark.items.map((w) => [w.name.toLowerCase(), w]));
  // Sheets are added only for missing ones: only then does a protected structure stand in the way.
  if (mangler.some((p) => !eksisterende.has(p.def.ark.toLowerCase()))) struktur();

  // The second sync: each sheet's cells (values only), its protection, the template's ranges
  // (as they are, for Fortryd) and where the existing tables lie. Queued per sheet, one sync.
  const arkMedMangler = [...new Set(mangler.map((p) => p.def.ark.toLowerCase()))]
    .map((n) => eksisterende.get(n))
    .filter((w): w is Excel.Worksheet => w !== undefined);
  const brugt = new Map(
    arkMedMangler.map((ws) => {
      ws.load("name,protection/protected");
      return [ws, ws.getUsedRangeOrNullObject(true).load("address,values,formulas")] as const;
    }),
  );
  const skabelonOmr = new Map(
    mangler.flatMap((p) => {
      const ws = eksisterende.get(p.def.ark.toLowerCase());
      return ws ? [[p, ws.getRange(omraadeA1(planOmraade(p))).load("formulas,numberFormat")] as const] : [];
    }),
  );
  // The widths of the columns the template would set, as they are (for Fortryd).
  const bredderFoer = new Map(
    mangler.flatMap((p) => {
      const ws = eksisterende.get(p.def.ark.toLowerCase());
      if (!ws) return [];
      const celler = p.def.kolonner.flatMap((k, i) =>
        k.bredde ? [a1Celle(SKABELON.overskriftRaekke, p.venstre + i)] : [],
      );
      return [[p, celler.map((c) => ({ adresse: c, format: ws.getRange(c).format.load("columnWidth") }))] as const];
    }),
  );
  const tabelOmr =
    arkMedMangler.length > 0
      ? tabeller.items.map((t) => ({ ws: t.worksheet.load("name"), omr: t.getRange().load("address") }))
      : [];
  if (arkMedMangler.length > 0) await context.sync();

  const optaget = new Map<string, Omraade[]>(arkMedMangler.map((ws) => [ws.name.toLowerCase(), []]));
  for (const t of tabelOmr) {
    const o = parseOmraade(t.omr.address);
    if (o) optaget.get(t.ws.name.toLowerCase())?.push(o);
  }

  const afvist: string[] = [];
  const iVejen: string[] = [];
  const planlagt: Plan[] = [];
  for (const p of mangler) {
    const ws = eksisterende.get(p.def.ark.toLowerCase());
    if (!ws) {
      planlagt.push({ art: "indsaet", p, ws: null, foer: null });
      continue;
    }
    const brugtOmr = brugt.get(ws) as Excel.Range;
    const start = brugtOmr.isNullObject ? null : parseOmraade(brugtOmr.address);
    const optagetHer = optaget.get(ws.name.toLowerCase()) ?? [];
    const blok =
      start && !brugtOmr.isNullObject
        ? findOverskriftsblok(
            p.def,
            { top: start.top, left: start.left, values: brugtOmr.values, formulas: brugtOmr.formulas },
            optagetHer,
          )
        : null;
    if (blok) {
      const f = forskelle(ws.name, blok);
      const andre = optagetHer.filter((o) => overlapper(o, blok.omraade));
      if (andre.length > 0) {
        f.push(
          `Cellerne ${arkAdresse(ws.name, omraadeA1(blok.omraade))} under overskriftsrækken på arket ${ws.name} (række ${blok.omraade.top}) går ind i en anden tabel.`,
        );
      }
      afvist.push(...f);
      if (f.length === 0) {
        planlagt.push({ art: "omdan", p, ws, omr: blok.omraade });
        optagetHer.push(blok.omraade);
      }
      continue;
    }
    const omr = skabelonOmr.get(p) as Excel.Range;
    const o = planOmraade(p);
    omr.formulas.forEach((raekke, i) =>
      raekke.forEach((f, j) => {
        if (f !== "" && f !== null) iVejen.push(arkAdresse(ws.name, `${kolonneBogstaver(o.left + j)}${o.top + i}`));
      }),
    );
    planlagt.push({ art: "indsaet", p, ws, foer: omr });
  }
  if (afvist.length > 0 || iVejen.length > 0) {
    const dele: string[] = [];
    if (afvist.length > 0) dele.push(`${afvist.join(" ")} Ret overskrifterne, så de svarer til skabelonen.`);
    if (iVejen.length > 0) {
      const naevnt = iVejen.slice(0, MAKS_NAEVNTE_CELLER);
      const resten = iVejen.length - naevnt.length;
      dele.push(
        `${iVejen.length === 1 ? "Cellen" : "Cellerne"} ${listeTekst(naevnt)}${resten > 0 ? ` og ${resten} flere` : ""} ` +
          "har allerede indhold, hvor skabelonen skal stå, uden en overskriftsrække, der kan blive til tabellen. Flyt eller slet indholdet.",
      );
    }
    throw new ArbejdsbogFejl(
      `De manglende tabeller kan ikke tilføjes. ${dele.join(" ")} Prøv så igen. Intet er ændret.`,
    );
  }
  // A protected sheet: refused before anything is written, not half-way by Excel.
  for (const ws of arkMedMangler) tjekArk(ws);

  const nyeArk = new Map<string, Excel.Worksheet>();
  const efterOmr: { ark: string; adresse: string; foer: Excel.Range; efter: Excel.Range }[] = [];
  const lister: { ark: string; adresse: string }[] = [];
  const bredder: { ark: string; adresse: string; bredde: number | null }[] = [];
  for (const x of planlagt) {
    if (x.art === "omdan") {
      const tabel = context.workbook.tables.add(arkAdresse(x.ws.name, omraadeA1(x.omr)), true);
      tabel.name = x.p.def.navn;
      continue;
    }
    const navn = x.p.def.ark.toLowerCase();
    let ws = x.ws ?? nyeArk.get(navn);
    if (!ws) {
      ws = ark.add(x.p.def.ark);
      nyeArk.set(navn, ws);
    }
    const nyeLister = skrivTabel(context, ws, x.p, medDatavalidering);
    if (x.p.def === TBL_STAMDATA) nyeLister.push(...stamdataDetaljer(ws, medDatavalidering));
    if (x.ws && x.foer) {
      const arkNavn = x.ws.name;
      const adresse = omraadeA1(planOmraade(x.p));
      efterOmr.push({ ark: arkNavn, adresse, foer: x.foer, efter: ws.getRange(adresse).load("formulas") });
      lister.push(...nyeLister.map((a) => ({ ark: arkNavn, adresse: a })));
      for (const b of bredderFoer.get(x.p) ?? []) {
        bredder.push({ ark: arkNavn, adresse: b.adresse, bredde: b.format.columnWidth });
      }
    }
  }
  for (const ws of nyeArk.values()) ws.freezePanes.freezeRows(SKABELON.overskriftRaekke);
  const nyeBrugt = [...nyeArk].map(([, ws]) => ({
    ws,
    brugt: ws.getUsedRangeOrNullObject(true).load("address,formulas"),
  }));
  for (const ws of nyeArk.values()) ws.load("name");
  await context.sync();

  const fortrydelse: Fortrydelse = {
    ark: planlagt.find((x) => x.ws)?.ws?.name ?? "",
    omraader: efterOmr.map((o) => ({
      ark: o.ark,
      adresse: o.adresse,
      // The cells were empty (checked above): what goes back is empty cells with their old formats.
      foer: o.foer.formulas.map((r) => r.map((): CelleIndhold => "")),
      talformatFoer: o.foer.numberFormat.map((r) => r.map((f) => String(f))),
      efter: o.efter.formulas,
    })),
    // Tables on added sheets go with their sheet.
    tabeller: planlagt.flatMap((x) => (x.ws ? [{ navn: x.p.def.navn, ark: x.ws.name }] : [])),
    datavalideringer: lister,
    kolonnebredder: bredder,
    tilfoejedeArk: nyeBrugt.map(({ ws, brugt: b }) => ({
      navn: ws.name,
      adresse: b.isNullObject ? null : omraadeA1(parseOmraade(b.address) as Omraade),
      efter: b.isNullObject ? [] : b.formulas,
    })),
  };
  return {
    tabeller: mangler.map((p) => p.def.navn),
    omdannet: planlagt.filter((x) => x.art === "omdan").map((x) => x.p.def.navn),
    fortrydelse,
  };
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
