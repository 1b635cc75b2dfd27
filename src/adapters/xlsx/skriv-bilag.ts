/**
 * Writes the takstbilag workbook of the CLI's `bilag` command, for DAS: sheet Oversigt first
 * (a legend; "Kræver DAS' stillingtagen" as two lists, væsentlige takstændringer and
 * pladsændringer, largest first, with Årsag and Bemærkninger; findings about whole skemaer
 * once per tilbud; "Ikke indsendt" with a baseline; per driftsherre: takster, status, pladser
 * and expected takstindtægt this year and last, like with like; a bar chart of the largest
 * takstændringer with the threshold), sheet Takstbilag (tblTakstbilag, sorted by driftsherre
 * and tilbud, printed up to Status) and sheet Fund (the sekretariat's: every finding). Every
 * sheet prints on A4 landscape, one page wide, with its header row on every page and page x
 * of y in the footer. The figures come from src/core/takstbilag/oversigt.ts; this file lays
 * them out.
 *
 * The workbook is streamed (stroem.ts): rows are written as they are made, so 100.000 takster
 * cost the size of the input, not of an ExcelJS workbook model.
 */
import type ExcelJS from "exceljs";

// The takstbilag's figures live in the core; these names stay importable from the writer.
export {
  MAKS_SOEJLER,
  MAKS_STILLINGTAGEN,
  sammenlignelig,
  sorterRaekker,
  type BilagRaekke,
  type BilagTal,
  type Tilbudsfund,
} from "../../core/takstbilag/oversigt";
import { formaterTal } from "../../core/format";
import { tilOere } from "../../core/penge";
import { aftaleFor, STANDARD_PROFIL_ID } from "../../core/profil/register";
import type { Profil } from "../../core/profil/typer";
import { regelNavn } from "../../core/regler/navn";
import { aendringKrFormel, aendringPctFormel, kolonneBogstaverFor } from "../../core/skema/formler";
import { TAKSTBILAG_HJAELP } from "../../core/skema/hjaelpetekster";
import { STATUSSER, TBL_TAKSTBILAG, type TabelDef } from "../../core/skema/tabeller";
import { omraadeA1 } from "../../core/adresse";
import type { IkkeIndsendt } from "../../core/takstbilag/grundlag";
import {
  samlOversigt,
  sorterRaekker,
  STANDARD_TAKSTAENDRING,
  tilTal,
  tilDec,
  type Aendringslinje,
  type BilagRaekke,
  type DriftsherreSum,
  type OversigtData,
  type Tilbudsfund,
} from "../../core/takstbilag/oversigt";
import { maerkSomSkrevetAfTakstskema } from "./maerke";
import { datoTekst, sidefod, sidehoejde, sideopsaetning } from "./udskrift";
import { StroemBog } from "./stroem";
import { hoejde, LINJE_PT, overskriftHoejde, skrift } from "./tekstmaal";
import { listeValidering, PCT_FORMAT } from "./tabel-skriver";

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
  /** Under every sheet's title when the Takstår is outside the agreement's years (profile's takstaar). */
  takstaarNote?: string;
  /** Profile id, shown on Oversigt. */
  profil?: string;
  /** The body the bilag goes to, from the profile's agreement ("DAS", the default profile's). */
  godkender?: string;
  /** Days per year for Døgn/Dag takster (the profile's dagePrAar, default 365). */
  dagePrAar?: number;
  /** The profile's væsentlig-threshold and its measure (default: over 5 %, nominal). */
  takstaendring?: Profil["takstaendring"];
  /** Last year's tilbud and ydelser with no submission this year (with `--sidste-aar`). */
  ikkeIndsendt?: readonly IkkeIndsendt[];
  /** Findings about a whole skema (not one takst), counted once per tilbud. */
  tilbudsfund?: readonly Tilbudsfund[];
  /** Files that could not be read, with the reason (listed on Fund). */
  ulaeseligeFiler?: readonly { fil: string; aarsag: string }[];
  /** The date the bilag is made (footer); default today. */
  dato?: Date;
}

/** The Fund sheet's table (not part of the takstskema contract). */
export const TBL_FUND = {
  navn: "tblFund",
  ark: "Fund",
  kolonner: [
    { key: "fil", label: "Fil", type: "tekst", bredde: 26 },
    { key: "ark", label: "Ark", type: "tekst", bredde: 13 },
    { key: "celle", label: "Celle", type: "tekst", bredde: 7 },
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 10 },
    { key: "regel", label: "Regel", type: "tekst", bredde: 24 },
    { key: "alvor", label: "Alvor", type: "tekst", bredde: 9.5 },
    { key: "paragraf", label: "§", type: "tekst", bredde: 9.5 },
    { key: "besked", label: "Besked", type: "tekst", bredde: 70 },
  ],
} as const satisfies TabelDef;

const ALVOR_TEKST: Record<BilagFund["alvor"], string> = { fejl: "Fejl", advarsel: "Advarsel", info: "Info" };
const ALVOR_ORDEN: Record<BilagFund["alvor"], number> = { fejl: 0, advarsel: 1, info: 2 };

// ------------------------------------------------------------------ layout

const HVID_FED: Partial<ExcelJS.Font> = skrift({ bold: true, color: { argb: "FFFFFFFF" } });
const MOERKEBLAA: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
const TOP_OMBRYD: Partial<ExcelJS.Alignment> = { wrapText: true, vertical: "top" };
const TOP: Partial<ExcelJS.Alignment> = { vertical: "top" };

function saetBredder(ws: ExcelJS.Worksheet, bredder: readonly number[]): void {
  ws.columns = bredder.map((width) => ({ width }));
}

// ------------------------------------------------------------------ Oversigt

/** Sheet grid of Oversigt: the per-driftsherre table uses A–J, the list A–L with merged cells. */
// Never exactly 9: ExcelJS drops a width of 9 as its default, and Excel's default is 8,43.
// 166 wide: printed one page wide at 87 % (11 pt text at 9,5 pt), and wide enough that the lists'
// Ændring and Bemærkninger wrap little, so both lists of "Kræver DAS' stillingtagen" start on page 1.
const OVERSIGT_BREDDER = [24, 8, 6, 9.5, 6, 9.5, 8, 24, 20, 11.5, 30, 9.5];
/** Columns of the "Kræver DAS' stillingtagen" list: first and last grid column (1-based). */
const LISTE = [
  { overskrift: "Driftsherre", fra: 1, til: 1 },
  { overskrift: "Tilbud", fra: 2, til: 4 },
  { overskrift: "Ydelse", fra: 5, til: 7 },
  { overskrift: "Ændring", fra: 8, til: 8 },
  { overskrift: "Årsag til ændring", fra: 9, til: 9 },
  { overskrift: "Bemærkninger", fra: 10, til: 11 },
  { overskrift: "Status", fra: 12, til: 12 },
] as const;
/** Height (pt) of a section's start on Oversigt: heading, explanation, header row and first rows. */
const AFSNIT_START = 8 * LINJE_PT;
const STATUS_FARVE: Record<string, string> = { OK: "FFC6EFCE", Advarsel: "FFFFEB9C", Fejl: "FFFFC7CE" };
/** A pladsændring or væsentlig takstændring: DAS decides; not an error, so not the Fejl colour. */
const KRAEVER_GODKENDELSE = "FFBDD7EE";
/** The legend on Oversigt and Takstbilag: label, colour, explanation. */
const FORKLARING: readonly [string, string, string][] = [
  ["Fejl", STATUS_FARVE.Fejl, "Taksten har en fejl, som skal rettes, før den kan godkendes."],
  [
    "Advarsel",
    STATUS_FARVE.Advarsel,
    "Der er noget ved taksten, som bør ses efter, men det hindrer ikke en godkendelse.",
  ],
  ["OK", STATUS_FARVE.OK, "Ingen bemærkninger til taksten."],
  [
    "Kræver godkendelse",
    KRAEVER_GODKENDELSE,
    "En pladsændring eller en væsentlig takstændring, som skal godkendes (ikke en fejl).",
  ],
];
/** Columns of the list of findings about a whole skema. */
const HELE = [
  { overskrift: "Driftsherre", fra: 1, til: 1 },
  { overskrift: "Tilbud", fra: 2, til: 4 },
  { overskrift: "Fejl og advarsler uden for taksterne", fra: 5, til: 11 },
  { overskrift: "Status", fra: 12, til: 12 },
] as const;

/** Columns of "Ikke indsendt". */
const IKKE_INDSENDT = [
  { overskrift: "Driftsherre", fra: 1, til: 1 },
  { overskrift: "Tilbud", fra: 2, til: 4 },
  { overskrift: "Ydelser, der ikke er indsendt", fra: 5, til: 12 },
] as const;

function udfyld(argb: string): ExcelJS.Fill {
  return { type: "pattern", pattern: "solid", fgColor: { argb } };
}
const KR_HELE = '#,##0 "kr."';
const PCT_FORTEGN = "+0.0%;-0.0%;0.0%";

function breddeAf(k: { fra: number; til: number }): number {
  let b = 0;
  for (let c = k.fra; c <= k.til; c++) b += OVERSIGT_BREDDER[c - 1];
  return b;
}

/** "DAS'" and "testudvalgets": the Danish genitive of the body the bilag goes to. */
export function godkenderGenitiv(input: Pick<BilagInput, "godkender">): string {
  const navn = input.godkender ?? aftaleFor(STANDARD_PROFIL_ID).godkender;
  return /[sxz]$/i.test(navn) ? `${navn}'` : `${navn}s`;
}

function skrivOversigt(bog: StroemBog, input: BilagInput, data: OversigtData, titel: string, dato: Date): void {
  const ws = bog.wb.addWorksheet("Oversigt", {
    properties: { tabColor: { argb: "FF70AD47" } },
    views: [{ state: "normal", showGridLines: false, activeCell: "A1" }],
    pageSetup: sideopsaetning(),
    headerFooter: sidefod(titel, dato),
  });
  saetBredder(ws, OVERSIGT_BREDDER);
  const sideH = sidehoejde(OVERSIGT_BREDDER);
  // Rows so far on the current printed page (pt), to keep the chart off a page break.
  let brugt = 0;
  let nr = 0;
  const raekke = (hoejdePt: number = LINJE_PT): ExcelJS.Row => {
    const row = ws.getRow(++nr);
    row.height = hoejdePt;
    brugt = brugt + hoejdePt > sideH ? hoejdePt : brugt + hoejdePt;
    return row;
  };
  /**
   * A spacer row before a section: a page break after it when the section's heading, header
   * row and first rows (about AFSNIT_START pt) would not fit on this page, so a heading never
   * stands alone at the foot of a page.
   */
  const luft = (hoejdePt: number) => {
    const row = raekke(hoejdePt);
    if (brugt + AFSNIT_START > sideH) {
      row.addPageBreak();
      brugt = 0;
    }
    row.commit();
  };
  const tekstRaekke = (tekst: string, font: Partial<ExcelJS.Font>, hoejdePt = LINJE_PT) => {
    const row = raekke(hoejdePt);
    const c = row.getCell(1);
    c.value = tekst;
    c.font = skrift(font);
    c.alignment = TOP_OMBRYD;
    ws.mergeCells(nr, 1, nr, OVERSIGT_BREDDER.length);
    row.commit();
  };
  const samletBredde = OVERSIGT_BREDDER.reduce((s, b) => s + b, 0);
  const overskrift = (tekster: readonly string[], kolonner: readonly { fra: number; til: number }[]) => {
    const h = overskriftHoejde(tekster.map((t, i) => [t, breddeAf(kolonner[i])]));
    const row = raekke(h);
    tekster.forEach((t, i) => {
      const c = row.getCell(kolonner[i].fra);
      c.value = t;
      for (let k = kolonner[i].fra; k <= kolonner[i].til; k++) {
        row.getCell(k).font = HVID_FED;
        row.getCell(k).fill = MOERKEBLAA;
        row.getCell(k).alignment = TOP_OMBRYD;
      }
      if (kolonner[i].til > kolonner[i].fra) ws.mergeCells(nr, kolonner[i].fra, nr, kolonner[i].til);
    });
    row.commit();
  };

  const dage = input.dagePrAar ?? 365;
  const profil = input.takstaendring ?? STANDARD_TAKSTAENDRING;
  tekstRaekke(titel, { bold: true, size: 16 }, 24);
  if (input.takstaarNote)
    tekstRaekke(
      input.takstaarNote,
      { bold: true, color: { argb: "FF9C0006" } },
      hoejde([[input.takstaarNote, samletBredde]]),
    );
  const n = data.total.antal;
  const intro =
    `${formaterTal(n)} ${n === 1 ? "takst" : "takster"} fra ${formaterTal(data.driftsherrer.length)} ` +
    `${data.driftsherrer.length === 1 ? "driftsherre" : "driftsherrer"}. Dannet ${datoTekst(dato)}` +
    (input.profil ? ` med profilen ${input.profil}` : "") +
    ". Detaljerne står i arket Takstbilag.";
  tekstRaekke(intro, { italic: true }, hoejde([[intro, samletBredde]]));
  raekke(8).commit();

  // What the colours mean, on paper too.
  tekstRaekke("Farvernes betydning", { bold: true }, LINJE_PT);
  for (const [navn, farve, forkl] of FORKLARING) {
    const row = raekke(hoejde([[forkl, samletBredde - OVERSIGT_BREDDER[0]]]));
    const c = row.getCell(1);
    c.value = navn;
    c.fill = udfyld(farve);
    c.alignment = TOP;
    const f = row.getCell(2);
    f.value = forkl;
    f.alignment = TOP_OMBRYD;
    ws.mergeCells(nr, 2, nr, OVERSIGT_BREDDER.length);
    row.commit();
  }
  raekke(8).commit();

  // Kræver DAS' stillingtagen: first on the page, each list largest change first.
  const graense =
    `${formaterTal(profil.vaesentligPct, profil.vaesentligPct % 1 === 0 ? 0 : 1)} %` +
    (profil.maalestok === "ud_over_pl" ? " ud over PL-fremskrivningen" : "");
  tekstRaekke(
    `Kræver ${godkenderGenitiv(input)} stillingtagen (${formaterTal(data.antalTakster + data.antalPladser)})`,
    { bold: true, size: 13 },
    20,
  );
  const skrivListe = (overskriftTekst: string, linjer: Aendringslinje[], antal: number, tom: string) => {
    tekstRaekke(`${overskriftTekst} (${formaterTal(antal)})`, { bold: true, size: 12 }, 18);
    if (linjer.length === 0) {
      tekstRaekke(tom, {});
      return;
    }
    overskrift(
      LISTE.map((k) => k.overskrift),
      LISTE,
    );
    for (const { r, aendring } of linjer) {
      const ydelse = [r.ydelsesId, r.ydelse].filter((x) => x && x.trim()).join(" ");
      // Where the driftsherre gave no reason, say so in words: two blank cells look like a printing glitch.
      const uden = !r.aarsag?.trim() && !r.bemaerkninger?.trim();
      const celler = [
        r.driftsherre,
        r.tilbud,
        ydelse,
        aendring,
        uden ? "Ingen begrundelse" : r.aarsag,
        uden ? "–" : r.bemaerkninger,
        r.status,
      ];
      const row = raekke(hoejde(celler.map((t, i) => [t, breddeAf(LISTE[i])])));
      celler.forEach((t, i) => {
        const c = row.getCell(LISTE[i].fra);
        c.value = t ?? null;
        c.alignment = TOP_OMBRYD;
        if (i === 3) c.fill = udfyld(KRAEVER_GODKENDELSE);
        if (i === 4 && uden) c.font = skrift({ italic: true, bold: true });
        if (i === 6 && STATUS_FARVE[r.status]) c.fill = udfyld(STATUS_FARVE[r.status]);
        if (LISTE[i].til > LISTE[i].fra) ws.mergeCells(nr, LISTE[i].fra, nr, LISTE[i].til);
        for (let k = LISTE[i].fra; k <= LISTE[i].til; k++) row.getCell(k).border = { bottom: { style: "hair" } };
      });
      row.commit();
    }
    const flere = antal - linjer.length;
    if (flere > 0)
      tekstRaekke(`… og ${formaterTal(flere)} mere. Se dem i arket Takstbilag: filtrér på Ændring pct. og Pladser.`, {
        italic: true,
      });
  };
  skrivListe(`Takstændringer over ${graense}`, data.takster, data.antalTakster, "Ingen takstændringer over grænsen.");
  luft(6);
  skrivListe("Pladsændringer til godkendelse", data.pladser, data.antalPladser, "Ingen pladsændringer.");
  luft(8);

  // Findings about a whole skema (Stamdata, tillæg …), once per tilbud: they do not set a takst's status.
  const hele = input.tilbudsfund ?? [];
  if (hele.length > 0) {
    tekstRaekke(
      `Fejl og advarsler i skemaet uden for taksterne (${formaterTal(hele.length)})`,
      { bold: true, size: 12 },
      18,
    );
    const forkl =
      "Fund, der gælder hele skemaet (fx Stamdata eller tillæg) og ikke en bestemt takst. Sekretariatet følger op på dem.";
    tekstRaekke(forkl, { italic: true }, hoejde([[forkl, samletBredde]]));
    overskrift(
      HELE.map((k) => k.overskrift),
      HELE,
    );
    for (const h of hele) {
      const tekst = [
        h.fejl > 0 ? `${formaterTal(h.fejl)} ${h.fejl === 1 ? "fejl" : "fejl"}` : null,
        h.advarsler > 0 ? `${formaterTal(h.advarsler)} ${h.advarsler === 1 ? "advarsel" : "advarsler"}` : null,
      ]
        .filter(Boolean)
        .join(" og ");
      const celler = [h.driftsherre, h.tilbud, tekst, h.fejl > 0 ? "Fejl" : "Advarsel"];
      const row = raekke(hoejde(celler.map((t, i) => [t, breddeAf(HELE[i])])));
      celler.forEach((t, i) => {
        const c = row.getCell(HELE[i].fra);
        c.value = t ?? null;
        c.alignment = TOP_OMBRYD;
        if (i === 3) c.fill = udfyld(STATUS_FARVE[t as string]);
        if (HELE[i].til > HELE[i].fra) ws.mergeCells(nr, HELE[i].fra, nr, HELE[i].til);
      });
      row.commit();
    }
    luft(8);
  }

  // Last year's takster with no submission (§ 5: they "behandles særskilt").
  if (input.ikkeIndsendt) {
    const mangler = input.ikkeIndsendt;
    tekstRaekke(`Ikke indsendt (${formaterTal(mangler.length)})`, { bold: true, size: 12 }, 18);
    const forkl =
      "Tilbud og ydelser i sidste års godkendte takstbilag, som ikke er indsendt i år. Manglende takster behandles særskilt.";
    tekstRaekke(forkl, { italic: true }, hoejde([[forkl, samletBredde]]));
    if (mangler.length === 0) tekstRaekke("Alle tilbud og ydelser fra sidste år er indsendt.", {});
    else {
      overskrift(
        IKKE_INDSENDT.map((k) => k.overskrift),
        IKKE_INDSENDT,
      );
      for (const m of mangler) {
        const celler = [m.driftsherre, m.tilbud, m.ydelser.length > 0 ? m.ydelser.join(", ") : "Hele tilbuddet"];
        const row = raekke(hoejde(celler.map((t, i) => [t, breddeAf(IKKE_INDSENDT[i])])));
        celler.forEach((t, i) => {
          const c = row.getCell(IKKE_INDSENDT[i].fra);
          c.value = t ?? null;
          c.alignment = TOP_OMBRYD;
          if (IKKE_INDSENDT[i].til > IKKE_INDSENDT[i].fra)
            ws.mergeCells(nr, IKKE_INDSENDT[i].fra, nr, IKKE_INDSENDT[i].til);
        });
        row.commit();
      }
    }
    luft(8);
  }

  // Per driftsherre.
  tekstRaekke("Pr. driftsherre", { bold: true, size: 13 }, 20);
  const kolonner = [
    "Driftsherre",
    "Takster",
    "OK",
    "Advarsel",
    "Fejl",
    "Pladser sidste år",
    "Pladser",
    "Forventet takstindtægt sidste år",
    "Forventet takstindtægt",
    "Ændring pct.",
    "Ikke med i summerne",
  ];
  overskrift(
    kolonner,
    kolonner.map((_, i) => ({ fra: i + 1, til: i + 1 })),
  );
  const formater = [
    null,
    "#,##0",
    "#,##0",
    "#,##0",
    "#,##0",
    "#,##0.##",
    "#,##0.##",
    KR_HELE,
    KR_HELE,
    PCT_FORTEGN,
    null,
  ];
  const skriv = (s: DriftsherreSum, fed: boolean) => {
    const row = raekke(
      hoejde([
        [s.navn, OVERSIGT_BREDDER[0]],
        [s.ikkeSammenlignet > 0 ? "99 takster uden tal for begge år" : null, OVERSIGT_BREDDER[10]],
      ]),
    );
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
      s.ikkeSammenlignet > 0
        ? `${formaterTal(s.ikkeSammenlignet)} ${s.ikkeSammenlignet === 1 ? "takst" : "takster"} uden tal for begge år`
        : null,
    ];
    vaerdier.forEach((v, i) => {
      const c = row.getCell(i + 1);
      c.value = v;
      const nf = formater[i];
      if (nf) c.numFmt = nf;
      c.alignment = i === 0 || i === 10 ? TOP_OMBRYD : TOP;
      if (fed) {
        c.font = skrift({ bold: true });
        c.border = { top: { style: "thin" } };
      }
      if (i === 4 && typeof v === "number" && v > 0)
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FARVE.Fejl } };
      if (i === 3 && typeof v === "number" && v > 0)
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: STATUS_FARVE.Advarsel } };
    });
    row.commit();
  };
  for (const s of data.driftsherrer) skriv(s, false);
  skriv(data.total, true);
  const note =
    `Forventet takstindtægt = Takst × Pladser × Belægning × ${dage} dage for døgn- og dagtakster ` +
    "(sidste år med årets budgetterede belægning). Kun takster med tal for begge år er med i pladser og " +
    "takstindtægt, så ændringen sammenligner det samme: en takst uden Takst eller Pladser sidste år " +
    "(ny, tom eller ulæselig som #REF!) står under Ikke med i summerne.";
  tekstRaekke(note, { italic: true, color: { argb: "FF595959" } }, hoejde([[note, samletBredde]]));
  raekke(8).commit();

  // The chart: whole on one page (a page break before it when it would not fit), full width.
  if (data.soejler.length > 0) {
    const antal = data.soejler.length;
    const diagramRaekker = Math.max(12, antal + 6);
    const foerDiagram = raekke(8);
    if (brugt + LINJE_PT * diagramRaekker > sideH) {
      foerDiagram.addPageBreak();
      brugt = 0;
    }
    foerDiagram.commit();
    const titelTekst =
      data.antalAendringer > antal
        ? `De ${antal} største takstændringer af ${formaterTal(data.antalAendringer)}, i procent`
        : "Takstændringer i procent";
    const stoerst = Math.max(...data.soejler.map((x) => Math.abs(x.pct)));
    const top = nr; // 0-based row index of the row after the spacer
    bog.diagram(ws, {
      ark: "Oversigt",
      dataArk: DIAGRAMDATA,
      titel: `${titelTekst} (rødt: over ${graense})`,
      serieNavn: "Ændring pct.",
      serieNavnCelle: "B1",
      kategoriOmraade: `A2:A${antal + 1}`,
      vaerdiOmraade: `B2:B${antal + 1}`,
      kategorier: data.soejler.map((s) => s.navn),
      vaerdier: data.soejler.map((s) => s.pct),
      talformat: PCT_FORMAT,
      // The threshold on paper: bars above it in red, named in the title, a gridline on it.
      fremhaevet: data.soejler.flatMap((x, i) => (x.vaesentlig ? [i] : [])),
      fremhaevFarve: "C00000",
      ...(profil.maalestok === "nominel" && stoerst > 0 && stoerst <= (10 * profil.vaesentligPct) / 100
        ? { hovedenhed: profil.vaesentligPct / 100 }
        : {}),
      fra: { kol: 0, raekke: top },
      til: { kol: OVERSIGT_BREDDER.length, raekke: top + diagramRaekker },
    });
    // Rows under the chart keep their default height, which the anchor assumes.
    for (let i = 0; i < diagramRaekker; i++) raekke().commit();
  }
  ws.commit();
}

const DIAGRAMDATA = "Diagramdata";

/** The chart's data, on a hidden sheet (not printed, not in the way). */
function skrivDiagramdata(bog: StroemBog, data: OversigtData): void {
  const ws = bog.wb.addWorksheet(DIAGRAMDATA, { state: "hidden" });
  saetBredder(ws, [30, 12]);
  ws.getRow(1).values = ["Takst", "Ændring pct."];
  ws.getRow(1).commit();
  data.soejler.forEach((s, i) => {
    const row = ws.getRow(i + 2);
    row.getCell(1).value = s.navn;
    row.getCell(2).value = s.pct;
    row.getCell(2).numFmt = PCT_FORMAT;
    row.commit();
  });
  ws.commit();
}

// ------------------------------------------------------------------ Takstbilag

/**
 * Column widths on the bilag (narrower than the template's): Status shows without scrolling,
 * and the printed columns (to Status) are at most 170 wide, so the sheet prints one page wide
 * at 83 % or more and its 11 pt text at 9 pt or more (udskrift.ts). Text wraps instead.
 */
const BILAG_BREDDER: Record<string, number> = {
  takstaar: 7,
  driftsherre: 12.5,
  tilbud: 13.5,
  ydelsesId: 9.5,
  ydelse: 14,
  paragraf: 9.5,
  takstenhed: 10,
  pladserSidsteAar: 8,
  pladser: 8,
  takstSidsteAar: 10,
  takst: 10,
  aendringKr: 10,
  aendringPct: 8,
  aarsag: 12,
  bemaerkninger: 21,
  status: 8,
  fund: 20,
};
const OMBRYDES = new Set([
  "driftsherre",
  "tilbud",
  "ydelsesId",
  "ydelse",
  "paragraf",
  "aarsag",
  "bemaerkninger",
  "fund",
]);
const BILAG_FORMATER: Record<string, string> = {
  pladserSidsteAar: "#,##0.##",
  pladser: "#,##0.##",
  takstSidsteAar: "#,##0.00",
  takst: "#,##0.00",
  aendringKr: "+#,##0.00;-#,##0.00;0.00",
  aendringPct: PCT_FORTEGN,
};

/** A table's header row: labels, white on dark blue, wrapped, with notes; height to fit. */
function skrivOverskrift(
  hoved: ExcelJS.Row,
  def: TabelDef,
  bredder: readonly number[],
  noter: Record<string, string> = {},
): void {
  def.kolonner.forEach((c, i) => {
    const celle = hoved.getCell(i + 1);
    celle.value = c.label;
    // Also in the cells, for programs that do not draw Excel's table styles (LibreOffice).
    celle.font = HVID_FED;
    celle.fill = MOERKEBLAA;
    celle.alignment = TOP_OMBRYD;
    if (noter[c.key]) celle.note = noter[c.key];
  });
  hoved.height = overskriftHoejde(def.kolonner.map((c, i) => [c.label, bredder[i]]));
  hoved.commit();
}

/** A sheet's title row: the title, and under it the Takstår note when there is one, across the table's width. */
function titelCelle(
  ws: ExcelJS.Worksheet,
  row: ExcelJS.Row,
  titel: string,
  note: string | undefined,
  bredder: readonly number[],
): void {
  const c = row.getCell(1);
  if (note) {
    c.value = {
      richText: [
        { text: titel, font: skrift({ bold: true, size: 13 }) },
        { text: `\n${note}`, font: skrift({ bold: true, color: { argb: "FF9C0006" } }) },
      ],
    };
    c.alignment = TOP_OMBRYD;
    ws.mergeCells(row.number, 1, row.number, bredder.length);
    row.height = 20 + hoejde([[note, bredder.reduce((s, b) => s + b, 0)]]);
  } else {
    c.value = titel;
    c.font = skrift({ bold: true, size: 13 });
    row.height = 20;
  }
  row.commit();
}

const REGELNAVNE = new Map<string, string>();
/** regelNavn, once per rule (100.000 rows name the same few rules). */
function navn(regel: string): string {
  let n = REGELNAVNE.get(regel);
  if (n === undefined) REGELNAVNE.set(regel, (n = regelNavn(regel)));
  return n;
}

function skrivTakstbilag(
  bog: StroemBog,
  raekker: readonly BilagRaekke[],
  input: BilagInput,
  titel: string,
  dato: Date,
): void {
  const def = TBL_TAKSTBILAG;
  const top = 2;
  const k = kolonneBogstaverFor(def);
  const ws = bog.wb.addWorksheet(def.ark, {
    properties: { tabColor: { argb: "FF1F4E79" } },
    // The keys stay while scrolling; at 85 % the table to Status fits a 1366 px laptop screen.
    views: [{ state: "frozen", xSplit: 4, ySplit: top, topLeftCell: "E3", activeCell: "E3", zoomScale: 85 }],
    pageSetup: sideopsaetning(`${top}:${top}`),
    headerFooter: sidefod(titel, dato),
  });
  const bredder = def.kolonner.map((c) => BILAG_BREDDER[c.key] ?? c.bredde ?? 10);
  saetBredder(ws, bredder);
  const kol = def.kolonner.length;

  const t = ws.getRow(1);
  // The legend beside the title (Årsag … Status), unless the title row is taken by the Takstår note.
  if (!input.takstaarNote) {
    FORKLARING.forEach(([navn, farve], i) => {
      const c = t.getCell(kol - 1 - FORKLARING.length + i);
      c.value = navn;
      c.fill = udfyld(farve);
      c.font = skrift();
      c.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
    });
  }
  titelCelle(ws, t, `${titel} (beløb i kr.)`, input.takstaarNote, bredder);

  skrivOverskrift(ws.getRow(top), def, bredder, TAKSTBILAG_HJAELP);

  raekker.forEach((r, i) => {
    const nr = top + 1 + i;
    const gl = tilDec(r.takstSidsteAar);
    const ny = tilDec(r.takst);
    const kr = gl && ny ? ny.minus(gl).toNumber() : "";
    const pct = gl && ny && !gl.isZero() ? ny.div(gl).minus(1).toNumber() : "";
    const fund = [...new Set(r.fund)].map(navn).join(", ") || null;
    const v: Record<string, ExcelJS.CellValue> = {
      takstaar: r.takstaar ?? null,
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
      aendringKr: { formula: aendringKrFormel(nr, k).slice(1), result: kr } as ExcelJS.CellFormulaValue,
      aendringPct: { formula: aendringPctFormel(nr, k).slice(1), result: pct } as ExcelJS.CellFormulaValue,
      aarsag: r.aarsag,
      bemaerkninger: r.bemaerkninger,
      status: r.status,
      fund,
    };
    const row = ws.getRow(nr);
    def.kolonner.forEach((c, j) => {
      const celle = row.getCell(j + 1);
      celle.value = v[c.key] ?? null;
      celle.alignment = OMBRYDES.has(c.key) ? TOP_OMBRYD : TOP;
      const nf = BILAG_FORMATER[c.key];
      if (nf) celle.numFmt = nf;
    });
    row.height = hoejde(
      def.kolonner.flatMap((c, j) => (OMBRYDES.has(c.key) ? [[v[c.key] as string | null, bredder[j]]] : [])) as [
        string | null,
        number,
      ][],
    );
    row.commit();
  });

  const bund = top + Math.max(1, raekker.length);
  // DAS' paper ends at Status: the Fund column names rules for the sekretariat (the sheet keeps it).
  // ExcelJS prefixes only the column with $: "A$1" is written as $A$1.
  ws.pageSetup.printArea = `A$1:${k.status}$${bund}`;
  const data = (key: string) => `${k[key as keyof typeof k]}${top + 1}:${k[key as keyof typeof k]}${bund}`;
  const profil = input.takstaendring ?? STANDARD_TAKSTAENDRING;
  const pl = profil.maalestok === "ud_over_pl" ? (profil.plFremskrivningPct ?? 0) / 100 : 0;
  const pctCelle = `$${k.aendringPct}${top + 1}`;
  ws.addConditionalFormatting({
    ref: data("aendringPct"),
    rules: [
      {
        type: "expression",
        priority: 1,
        // As takstaendring(): the change, less PL when measured beyond PL, above the threshold.
        formulae: [`AND(ISNUMBER(${pctCelle}),ABS(${pctCelle}-${pl})>${profil.vaesentligPct / 100})`],
        style: {
          font: skrift({ bold: true, color: { argb: "FF1F3864" } }),
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: KRAEVER_GODKENDELSE } },
        },
      },
    ],
  });
  const pladsCelle = (key: "pladser" | "pladserSidsteAar") => `$${k[key]}${top + 1}`;
  ws.addConditionalFormatting({
    ref: data("pladser"),
    rules: [
      {
        type: "expression",
        priority: 2,
        formulae: [
          `AND(ISNUMBER(${pladsCelle("pladser")}),ISNUMBER(${pladsCelle("pladserSidsteAar")}),${pladsCelle("pladser")}<>${pladsCelle("pladserSidsteAar")})`,
        ],
        style: {
          font: skrift({ bold: true, color: { argb: "FF1F3864" } }),
          fill: { type: "pattern", pattern: "solid", bgColor: { argb: KRAEVER_GODKENDELSE } },
        },
      },
    ],
  });
  ws.addConditionalFormatting({
    ref: data("status"),
    rules: STATUSSER.map((s, i) => ({
      type: "expression" as const,
      priority: 3 + i,
      formulae: [`$${k.status}${top + 1}="${s}"`],
      style: { fill: { type: "pattern" as const, pattern: "solid" as const, bgColor: { argb: STATUS_FARVE[s] } } },
    })),
  });
  for (const c of def.kolonner) {
    if (!("enumVaerdier" in c) || !c.enumVaerdier) continue;
    (ws as ArkMedValidering).dataValidations.add(data(c.key), listeValidering(c.enumVaerdier));
  }
  bog.tabel(ws, {
    navn: def.navn,
    ref: omraadeA1({ top, left: 1, bottom: bund, right: kol }),
    kolonner: def.kolonner.map((c) => c.label),
  });
  ws.commit();
}

/** ExcelJS 4.4 has range-wide data validations, but its typings lack them. */
type ArkMedValidering = ExcelJS.Worksheet & {
  dataValidations: { add(omraade: string, validering: ExcelJS.DataValidation): void };
};

// ------------------------------------------------------------------ Fund

function skrivFund(bog: StroemBog, input: BilagInput, titel: string, dato: Date): void {
  const def = TBL_FUND;
  const top = 2;
  const ws = bog.wb.addWorksheet(def.ark, {
    properties: { tabColor: { argb: "FFC00000" } },
    views: [{ state: "frozen", xSplit: 0, ySplit: top, topLeftCell: "A3", activeCell: "A3" }],
    pageSetup: sideopsaetning(`${top}:${top}`),
    headerFooter: sidefod(titel, dato),
  });
  const bredder = def.kolonner.map((c) => c.bredde);
  saetBredder(ws, bredder);
  const fund = [...input.fund].sort(
    // File paths in plain code-point order (Danish collation would put "aa" after "ø").
    (a, b) => (a.fil < b.fil ? -1 : a.fil > b.fil ? 1 : 0) || ALVOR_ORDEN[a.alvor] - ALVOR_ORDEN[b.alvor],
  );
  const ulaeselige = input.ulaeseligeFiler ?? [];
  const antal = fund.length + ulaeselige.length;

  const t = ws.getRow(1);
  titelCelle(
    ws,
    t,
    `${titel}: fund til sekretariatet (${formaterTal(antal)}), ikke en del af takstbilaget til ${input.godkender ?? aftaleFor(STANDARD_PROFIL_ID).godkender}`,
    input.takstaarNote,
    bredder,
  );
  skrivOverskrift(ws.getRow(top), def, bredder);

  let nr = top;
  const skriv = (v: (string | null)[]) => {
    const row = ws.getRow(++nr);
    v.forEach((x, i) => {
      const c = row.getCell(i + 1);
      c.value = x;
      c.alignment = TOP_OMBRYD;
    });
    row.height = hoejde(v.map((x, i) => [x, bredder[i]]));
    row.commit();
  };
  for (const f of fund)
    skriv([
      f.fil,
      f.ark,
      f.celle,
      f.ydelsesId ?? null,
      navn(f.regel),
      ALVOR_TEKST[f.alvor] ?? f.alvor,
      f.paragraf ? `§ ${f.paragraf}` : null,
      f.besked,
    ]);
  for (const u of ulaeselige) skriv([u.fil, null, null, null, "Filen kan ikke læses", "Fejl", null, u.aarsag]);
  bog.tabel(ws, {
    navn: def.navn,
    ref: omraadeA1({ top, left: 1, bottom: top + Math.max(1, antal), right: def.kolonner.length }),
    kolonner: def.kolonner.map((c) => c.label),
  });
  ws.commit();
}

// ------------------------------------------------------------------ the workbook

/** The takstbilag workbook as .xlsx bytes. */
export async function skrivBilag(input: BilagInput): Promise<Buffer> {
  const dato = input.dato ?? new Date();
  const titel = input.takstaar ? `Takstbilag ${input.takstaar}` : "Takstbilag";
  const bog = new StroemBog();
  maerkSomSkrevetAfTakstskema(bog.wb);
  bog.wb.title = titel;
  bog.wb.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: "visible" }];

  const raekker = sorterRaekker(input.raekker);
  const data = samlOversigt(raekker, input);
  skrivOversigt(bog, input, data, titel, dato);
  skrivTakstbilag(bog, raekker, input, titel, dato);
  skrivFund(bog, input, titel, dato);
  skrivDiagramdata(bog, data);
  return bog.faerdig();
}
