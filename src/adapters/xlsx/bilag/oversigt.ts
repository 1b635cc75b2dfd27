/**
 * Sheet Oversigt of the takstbilag, page 1 of DAS' paper: a legend; "Kræver DAS' stillingtagen"
 * as two lists, væsentlige takstændringer and pladsændringer, largest first, with Årsag and
 * Bemærkninger; findings about whole skemaer once per tilbud; "Ikke indsendt" with a baseline;
 * per driftsherre like with like; a bar chart of the largest takstændringer with the threshold,
 * its data on the hidden sheet Diagramdata. The figures come from src/core/takstbilag/oversigt.ts.
 */
import type ExcelJS from "exceljs";
import {
  type Aendringslinje,
  antalTekst,
  type DriftsherreSum,
  formaterTal,
  graenseTekst,
  type OversigtData,
  tilOere,
} from "../../../core";
import type { StroemBog } from "../stroem";
import { PCT_FORMAT } from "../tabel-skriver";
import { hoejde, LINJE_PT, overskriftHoejde, skrift } from "../tekstmaal";
import { datoTekst, sidefod, sidehoejde, sideopsaetning } from "../udskrift";
import {
  FORKLARING,
  HVID_FED,
  KRAEVER_GODKENDELSE,
  MOERKEBLAA,
  PCT_FORTEGN,
  saetBredder,
  STATUS_FARVE,
  TOP,
  TOP_OMBRYD,
  udfyld,
} from "./layout";
import type { BilagInput } from "./typer";

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

const KR_HELE = '#,##0 "kr."';

function breddeAf(k: { fra: number; til: number }): number {
  let b = 0;
  for (let c = k.fra; c <= k.til; c++) b += OVERSIGT_BREDDER[c - 1];
  return b;
}

/** "DAS'" and "testudvalgets": the Danish genitive of the body the bilag goes to. */
export function godkenderGenitiv(input: Pick<BilagInput, "godkender">): string {
  const navn = input.godkender;
  return /[sxz]$/i.test(navn) ? `${navn}'` : `${navn}s`;
}

export function skrivOversigt(bog: StroemBog, input: BilagInput, data: OversigtData, titel: string, dato: Date): void {
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

  const dage = input.dagePrAar;
  const profil = input.takstaendring;
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
    (input.profil ? ` efter ${input.profil}` : "") +
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
  const graense = graenseTekst(profil);
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
        h.fejl > 0 ? antalTekst(h.fejl, "fejl", formaterTal) : null,
        h.advarsler > 0 ? antalTekst(h.advarsler, "advarsel", formaterTal) : null,
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
export function skrivDiagramdata(bog: StroemBog, data: OversigtData): void {
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
