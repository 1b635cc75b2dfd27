/**
 * Writes the takstbilag workbook of the CLI's `bilag` command: sheet Takstbilag
 * (tblTakstbilag), sheet Fund (every finding) and sheet Oversigt (per driftsherre: status
 * counts, pladser and expected takstindtægt this year and last; a bar chart of the
 * takstændringer in percent).
 */
import ExcelJS from "exceljs";
import { D, NUL, tilOere, type Dec } from "../../core/penge";
import { aendringKrFormel, aendringPctFormel, kolonneBogstaverFor } from "../../core/skema/formler";
import { KOLONNE_HJAELP } from "../../core/skema/hjaelpetekster";
import { STATUSSER, TBL_TAKSTBILAG, type TabelDef } from "../../core/skema/tabeller";
import { tilfoejSoejleDiagram } from "./diagram";
import { frysRaekker, KR_FORMAT, PCT_FORMAT, skrivTabel, type SkrivVaerdi } from "./tabel-skriver";

/** A number as the engine holds it (Decimal) or as plain JS/text; null when empty. */
export type BilagTal = number | string | Dec | null | undefined;

/** One takst (a tblYdelser row of one skema) with its validation outcome. */
export interface BilagRaekke {
  /** The file the takst came from (shown on Fund rows; not a tblTakstbilag column). */
  fil?: string;
  driftsherre: string | null;
  tilbud: string | null;
  ydelsesId: string | null;
  ydelse: string | null;
  paragraf: string | null;
  takstenhed: string | null;
  pladserSidsteAar: BilagTal;
  pladser: BilagTal;
  takstSidsteAar: BilagTal;
  takst: BilagTal;
  /** Budgeted occupancy as a fraction (96 % = 0,96). */
  belaegning: BilagTal;
  aarsag: string | null;
  bemaerkninger: string | null;
  status: "OK" | "Advarsel" | "Fejl";
  /** Rule IDs of the findings on this takst (duplicates are dropped). */
  fund: readonly string[];
}

/** One finding, as the CLI reports it. */
export interface BilagFund {
  fil: string;
  ark: string;
  celle: string;
  ydelsesId?: string | null;
  regel: string;
  alvor: "fejl" | "advarsel" | "info";
  paragraf: string | null;
  besked: string;
}

export interface BilagInput {
  raekker: readonly BilagRaekke[];
  fund: readonly BilagFund[];
  /** Shown in titles. */
  takstaar?: number;
  /** Profile id, shown on Oversigt. */
  profil?: string;
  /** Days per year for Døgn/Dag takster (the profile's dagePrAar, default 365). */
  dagePrAar?: number;
  /** Files that could not be read, with the reason (listed on Fund). */
  ulaeseligeFiler?: readonly { fil: string; aarsag: string }[];
}

/** The Fund sheet's table (not part of the takstskema contract). */
export const TBL_FUND = {
  navn: "tblFund",
  ark: "Fund",
  kolonner: [
    { key: "fil", label: "Fil", type: "tekst", bredde: 36 },
    { key: "ark", label: "Ark", type: "tekst", bredde: 18 },
    { key: "celle", label: "Celle", type: "tekst", bredde: 8 },
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 12 },
    { key: "regel", label: "Regel", type: "tekst", bredde: 32 },
    { key: "alvor", label: "Alvor", type: "tekst", bredde: 10 },
    { key: "paragraf", label: "§", type: "tekst", bredde: 10 },
    { key: "besked", label: "Besked", type: "tekst", bredde: 100 },
  ],
} as const satisfies TabelDef;

const ALVOR_TEKST: Record<BilagFund["alvor"], string> = { fejl: "Fejl", advarsel: "Advarsel", info: "Info" };
const ALVOR_ORDEN: Record<BilagFund["alvor"], number> = { fejl: 0, advarsel: 1, info: 2 };

function tilDec(v: BilagTal): Dec | null {
  if (v === null || v === undefined || v === "") return null;
  try {
    const d = new D(v as number | string | Dec);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

function tilTal(v: BilagTal): number | null {
  const d = tilDec(v);
  return d ? d.toNumber() : null;
}

/** Takst × Pladser × Belægning × dage for Døgn and Dag takster; null for other units or missing inputs. */
function takstindtaegt(
  takst: BilagTal,
  pladser: BilagTal,
  belaegning: BilagTal,
  enhed: string | null,
  dage: number,
): Dec | null {
  const e = (enhed ?? "").trim().toLowerCase();
  if (e !== "døgn" && e !== "dag") return null;
  const t = tilDec(takst);
  const p = tilDec(pladser);
  const b = tilDec(belaegning);
  if (!t || !p || !b) return null;
  return t.times(p).times(b).times(dage);
}

interface DriftsherreSum {
  navn: string;
  antal: number;
  status: Record<string, number>;
  pladserSidsteAar: Dec;
  pladser: Dec;
  indtaegtSidsteAar: Dec;
  indtaegt: Dec;
}

function skrivTakstbilag(wb: ExcelJS.Workbook, input: BilagInput): { kolonner: Record<string, string>; top: number } {
  const ws = wb.addWorksheet(TBL_TAKSTBILAG.ark, { properties: { tabColor: { argb: "FF1F4E79" } } });
  const top = 2;
  const k = kolonneBogstaverFor(TBL_TAKSTBILAG);
  const raekker = input.raekker.map((r, i): Record<string, SkrivVaerdi> => {
    const raekke = top + 1 + i;
    const gl = tilDec(r.takstSidsteAar);
    const ny = tilDec(r.takst);
    const kr = gl && ny ? ny.minus(gl).toNumber() : "";
    const pct = gl && ny && !gl.isZero() ? ny.div(gl).minus(1).toNumber() : "";
    return {
      driftsherre: r.driftsherre,
      tilbud: r.tilbud,
      ydelsesId: r.ydelsesId,
      ydelse: r.ydelse,
      paragraf: r.paragraf,
      takstenhed: r.takstenhed,
      pladserSidsteAar: tilTal(r.pladserSidsteAar),
      pladser: tilTal(r.pladser),
      takstSidsteAar: tilTal(r.takstSidsteAar),
      takst: tilTal(r.takst),
      aendringKr: { formel: aendringKrFormel(raekke, k), resultat: kr },
      aendringPct: { formel: aendringPctFormel(raekke, k), resultat: pct },
      aarsag: r.aarsag,
      bemaerkninger: r.bemaerkninger,
      status: r.status,
      fund: [...new Set(r.fund)].join(", ") || null,
    };
  });
  const titel = input.takstaar ? `Takstbilag ${input.takstaar}` : "Takstbilag";
  const t = skrivTabel(ws, TBL_TAKSTBILAG, {
    top,
    titel,
    raekker,
    noter: KOLONNE_HJAELP[TBL_TAKSTBILAG.navn],
    formater: { aendringKr: '#,##0.00 "kr.";-#,##0.00 "kr."' },
    ikkeNegative: false,
    valideringsRaekker: 0,
  });
  const bund = top + Math.max(1, raekker.length);
  const status = `${k.status}${top + 1}:${k.status}${bund}`;
  const farver: Record<string, string> = { OK: "FFC6EFCE", Advarsel: "FFFFEB9C", Fejl: "FFFFC7CE" };
  ws.addConditionalFormatting({
    ref: status,
    rules: STATUSSER.map((s, i) => ({
      type: "expression",
      priority: i + 1,
      formulae: [`$${k.status}${top + 1}="${s}"`],
      style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: farver[s] } } },
    })),
  });
  for (let r = top + 1; r <= bund; r++)
    ws.getCell(`${k.bemaerkninger}${r}`).alignment = { wrapText: true, vertical: "top" };
  frysRaekker(ws, top);
  return { kolonner: t.kolonner, top };
}

function skrivFund(wb: ExcelJS.Workbook, input: BilagInput): void {
  const ws = wb.addWorksheet(TBL_FUND.ark, { properties: { tabColor: { argb: "FFC00000" } } });
  const fund = [...input.fund].sort(
    // File paths in plain code-point order (Danish collation would put "aa" after "ø").
    (a, b) => (a.fil < b.fil ? -1 : a.fil > b.fil ? 1 : 0) || ALVOR_ORDEN[a.alvor] - ALVOR_ORDEN[b.alvor],
  );
  const raekker: Record<string, SkrivVaerdi>[] = fund.map((f) => ({
    fil: f.fil,
    ark: f.ark,
    celle: f.celle,
    ydelsesId: f.ydelsesId ?? null,
    regel: f.regel,
    alvor: ALVOR_TEKST[f.alvor] ?? f.alvor,
    paragraf: f.paragraf ? `§ ${f.paragraf}` : null,
    besked: f.besked,
  }));
  for (const u of input.ulaeseligeFiler ?? []) {
    raekker.push({
      fil: u.fil,
      ark: null,
      celle: null,
      ydelsesId: null,
      regel: "fejl-ved-laesning",
      alvor: "Fejl",
      paragraf: null,
      besked: u.aarsag,
    });
  }
  skrivTabel(ws, TBL_FUND, {
    top: 2,
    titel: `Fund (${raekker.length})`,
    raekker,
    ikkeNegative: false,
    valideringsRaekker: 0,
  });
  frysRaekker(ws, 2);
}

function overskrift(ws: ExcelJS.Worksheet, raekke: number, tekster: string[], venstre = 1): void {
  tekster.forEach((t, i) => {
    const c = ws.getCell(raekke, venstre + i);
    c.value = t;
    c.font = { bold: true, color: { argb: "FFFFFFFF" } };
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
    c.alignment = { wrapText: true, vertical: "top" };
  });
  ws.getRow(raekke).height = 32;
}

async function skrivOversigt(wb: ExcelJS.Workbook, input: BilagInput): Promise<Diagramdata> {
  const ws = wb.addWorksheet("Oversigt", { properties: { tabColor: { argb: "FF70AD47" } } });
  const dage = input.dagePrAar ?? 365;

  const pr = new Map<string, DriftsherreSum>();
  for (const r of input.raekker) {
    const navn = (r.driftsherre ?? "").trim() || "(uden driftsherre)";
    let s = pr.get(navn);
    if (!s) {
      s = { navn, antal: 0, status: {}, pladserSidsteAar: NUL, pladser: NUL, indtaegtSidsteAar: NUL, indtaegt: NUL };
      pr.set(navn, s);
    }
    s.antal++;
    s.status[r.status] = (s.status[r.status] ?? 0) + 1;
    s.pladserSidsteAar = s.pladserSidsteAar.plus(tilDec(r.pladserSidsteAar) ?? NUL);
    s.pladser = s.pladser.plus(tilDec(r.pladser) ?? NUL);
    // Last year's occupancy is not in the skema: last year's figure uses this year's budget.
    s.indtaegtSidsteAar = s.indtaegtSidsteAar.plus(
      takstindtaegt(r.takstSidsteAar, r.pladserSidsteAar, r.belaegning, r.takstenhed, dage) ?? NUL,
    );
    s.indtaegt = s.indtaegt.plus(takstindtaegt(r.takst, r.pladser, r.belaegning, r.takstenhed, dage) ?? NUL);
  }
  const driftsherrer = [...pr.values()].sort((a, b) => a.navn.localeCompare(b.navn, "da"));

  ws.getCell("A1").value = input.takstaar ? `Oversigt, takstår ${input.takstaar}` : "Oversigt";
  ws.getCell("A1").font = { bold: true, size: 14 };
  ws.getCell("A2").value =
    `Forventet takstindtægt = Takst × Pladser × Belægning × ${dage} dage for døgn- og dagtakster. ` +
    "Sidste år er beregnet med årets budgetterede belægning." +
    (input.profil ? ` Profil: ${input.profil}.` : "");
  ws.getCell("A2").font = { italic: true };

  const kolonner = [
    "Driftsherre",
    "Takster",
    "OK",
    "Advarsel",
    "Fejl",
    "Pladser sidste år",
    "Pladser",
    "Takstindtægt sidste år",
    "Takstindtægt",
    "Ændring pct.",
  ];
  const hoved = 4;
  overskrift(ws, hoved, kolonner);
  const formater = [null, "0", "0", "0", "0", "#,##0.##", "#,##0.##", KR_FORMAT, KR_FORMAT, PCT_FORMAT];
  const skriv = (raekke: number, s: DriftsherreSum, fed = false) => {
    const aendring = s.indtaegtSidsteAar.isZero() ? null : s.indtaegt.div(s.indtaegtSidsteAar).minus(1).toNumber();
    const vaerdier = [
      s.navn,
      s.antal,
      s.status.OK ?? 0,
      s.status.Advarsel ?? 0,
      s.status.Fejl ?? 0,
      s.pladserSidsteAar.toNumber(),
      s.pladser.toNumber(),
      tilOere(s.indtaegtSidsteAar).toNumber(),
      tilOere(s.indtaegt).toNumber(),
      aendring,
    ];
    vaerdier.forEach((v, i) => {
      const c = ws.getCell(raekke, i + 1);
      c.value = v;
      const nf = formater[i];
      if (nf) c.numFmt = nf;
      if (fed) c.font = { bold: true };
    });
  };
  driftsherrer.forEach((s, i) => skriv(hoved + 1 + i, s));
  const total: DriftsherreSum = {
    navn: "I alt",
    antal: 0,
    status: {},
    pladserSidsteAar: NUL,
    pladser: NUL,
    indtaegtSidsteAar: NUL,
    indtaegt: NUL,
  };
  for (const s of driftsherrer) {
    total.antal += s.antal;
    for (const [k, v] of Object.entries(s.status)) total.status[k] = (total.status[k] ?? 0) + v;
    total.pladserSidsteAar = total.pladserSidsteAar.plus(s.pladserSidsteAar);
    total.pladser = total.pladser.plus(s.pladser);
    total.indtaegtSidsteAar = total.indtaegtSidsteAar.plus(s.indtaegtSidsteAar);
    total.indtaegt = total.indtaegt.plus(s.indtaegt);
  }
  const totalRaekke = hoved + 1 + driftsherrer.length;
  skriv(totalRaekke, total, true);
  [24, 9, 7, 9, 7, 10, 9, 20, 20, 11].forEach((b, i) => (ws.getColumn(i + 1).width = b));

  // The chart's data: every takst with a change, largest increase first.
  const aendringer = input.raekker
    .map((r) => {
      const gl = tilDec(r.takstSidsteAar);
      const ny = tilDec(r.takst);
      const pct = gl && ny && !gl.isZero() ? ny.div(gl).minus(1).toNumber() : null;
      const navn = [r.tilbud, r.ydelsesId].filter((x) => x && String(x).trim()).join(" ");
      return { navn: navn || "(uden navn)", pct };
    })
    .filter((a): a is { navn: string; pct: number } => a.pct !== null)
    .sort((a, b) => b.pct - a.pct);

  const dataTop = totalRaekke + 3;
  ws.getCell(dataTop - 1, 1).value = "Takstændringer (data til diagrammet)";
  ws.getCell(dataTop - 1, 1).font = { bold: true, size: 12 };
  overskrift(ws, dataTop, ["Takst", "Ændring pct."]);
  aendringer.forEach((a, i) => {
    ws.getCell(dataTop + 1 + i, 1).value = a.navn;
    const c = ws.getCell(dataTop + 1 + i, 2);
    c.value = a.pct;
    c.numFmt = PCT_FORMAT;
  });
  ws.views = [{ state: "normal", activeCell: "A1" }];
  return { dataTop, aendringer };
}

interface Diagramdata {
  dataTop: number;
  aendringer: { navn: string; pct: number }[];
}

/** The takstbilag workbook as .xlsx bytes. */
export async function skrivBilag(input: BilagInput): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Takstskema";
  wb.title = input.takstaar ? `Takstbilag ${input.takstaar}` : "Takstbilag";
  wb.calcProperties.fullCalcOnLoad = true;

  skrivTakstbilag(wb, input);
  skrivFund(wb, input);
  const data = await skrivOversigt(wb, input);
  const xlsx = Buffer.from(await wb.xlsx.writeBuffer());
  if (data.aendringer.length === 0) return xlsx;

  const n = data.aendringer.length;
  const foerste = data.dataTop + 1;
  const sidste = data.dataTop + n;
  return tilfoejSoejleDiagram(xlsx, {
    ark: "Oversigt",
    dataArk: "Oversigt",
    titel: "Takstændringer i procent",
    serieNavn: "Ændring pct.",
    serieNavnCelle: `B${data.dataTop}`,
    kategoriOmraade: `A${foerste}:A${sidste}`,
    vaerdiOmraade: `B${foerste}:B${sidste}`,
    kategorier: data.aendringer.map((a) => a.navn),
    vaerdier: data.aendringer.map((a) => a.pct),
    talformat: PCT_FORMAT,
    // Right of the per-driftsherre table, from the top; about one row per bar, at least 20.
    fra: { kol: 11, raekke: 3 },
    til: { kol: 21, raekke: 3 + Math.max(20, Math.ceil(n * 1.2) + 4) },
  });
}
