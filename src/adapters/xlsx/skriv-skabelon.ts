/**
 * Writes the blank takstskema (docs/skabelon.md) as an .xlsx: an instruction
 * sheet, then one sheet per block with real Excel tables, dropdown lists, formats and the
 * formulas from src/core/skema/formler.ts.
 */
import ExcelJS from "exceljs";
import { maerkSomSkrevetAfTakstskema } from "./maerke";
import {
  type AfsnitNoegle,
  afsnitTekst,
  type Aftale,
  formaterAntal,
  formaterPct,
  JA_NEJ,
  kolonneHjaelp,
  type Profil,
  SKABELON_LAYOUT,
  SKABELON_PLAN,
  SKABELON_VERSION,
  STAMDATA_FELTER,
  stamdataHjaelp,
  TBL_STAMDATA,
} from "../../core";
import { frysRaekker, skrivTabel, type SkrivVaerdi } from "./tabel-skriver";
import { hoejde, skrift } from "./tekstmaal";

export interface SkabelonValg {
  takstaar: number;
  /** Blank rows per table, with the formulas filled in (default 5). */
  tommeRaekker?: number;
  /** The profile whose thresholds the help names (the shell picks it; there is no default below the shells). */
  profil: Profil;
  /** The agreement whose sections the help names: the profile's (`aftaleFor`, or a JSON profile's `ProfilResultat.aftale`). */
  aftale: Aftale;
}

/**
 * The layout, shared with the tests: every table's header sits on row 2 under a title on
 * row 1. On Tillægsydelser the three tables stand side by side (one blank column between)
 * so each can grow downwards; tblTillaegsberegning looks up tblTillaeg's columns by name.
 */
export { SKABELON_LAYOUT };

const ARK_FARVE = "FF1F4E79";

function nytArk(wb: ExcelJS.Workbook, navn: string): ExcelJS.Worksheet {
  return wb.addWorksheet(navn, {
    properties: { tabColor: { argb: ARK_FARVE } },
    pageSetup: { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
}

/** A blank row's formulas as cells to write. */
function formelCeller(formler: Record<string, string> = {}): Record<string, SkrivVaerdi> {
  return Object.fromEntries(Object.entries(formler).map(([key, formel]) => [key, { formel }]));
}

function skrivVejledning(wb: ExcelJS.Workbook, takstaar: number, p: Profil, aftale: Aftale): void {
  const ws = wb.addWorksheet("Vejledning", { properties: { tabColor: { argb: "FF70AD47" } } });
  const BREDDE = 90;
  ws.getColumn(1).width = BREDDE;
  ws.pageSetup = {
    paperSize: 9,
    orientation: "portrait",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  };
  const af = (n: AfsnitNoegle): string => afsnitTekst(aftale.afsnit[n]);
  const pct = formaterPct;
  const linjer: [string, "titel" | "afsnit" | "tekst"][] = [
    [`Takstskema for takstår ${takstaar}`, "titel"],
    [`Skabelon version ${SKABELON_VERSION} til ${aftale.navn}.`, "tekst"],
    ["Sådan udfylder du skemaet", "afsnit"],
    [
      "1. Stamdata: skriv en værdi ud for hvert felt. Takstår er udfyldt. Første driftsår skal udfyldes, når Nyt tilbud er Ja.",
      "tekst",
    ],
    ["2. Ydelser: én række pr. takst. Ydelses-ID er tilbuddets egen nøgle (fx A1-108) og skal være entydig.", "tekst"],
    [
      "3. Omkostninger: én række pr. Ydelses-ID med budgettet for takståret. Takstberegningsgrundlag beregnes af formlen.",
      "tekst",
    ],
    ["4. Over- og underskud: én række pr. Ydelses-ID (eller * for hele tilbuddet) og regnskabsår.", "tekst"],
    [
      `5. Tillægsydelser: ATA-timetakster pr. personalekategori og tidsrum, tillægsydelser til fast pris og aftalte tillægsydelser (${af("tillaeg")}).`,
      "tekst",
    ],
    [
      "Skriv i tabellerne. En ny række kommer, når du skriver lige under en tabel. Ret ikke kolonneoverskrifter, tabelnavne eller arknavne.",
      "tekst",
    ],
    ["Sådan skriver du tal", "afsnit"],
    [
      "Beløb skrives i kr. som positive tal (0, hvor intet gælder). Indtægter og indregnet overskud trækkes fra af formlen.",
      "tekst",
    ],
    [
      "Procenter skrives som procent, fx 96 % (eller 0,96). Datoer skrives som datoer, fx 01-01-" + takstaar + ".",
      "tekst",
    ],
    [
      "Overskriv ikke formlerne i de beregnede kolonner (Takstberegningsgrundlag, ATA-timetakst, Ugepris, Uger, Samlet pris).",
      "tekst",
    ],
    ["Reglerne i korte træk", "afsnit"],
    [
      `Taksten beregnes af takstberegningsgrundlaget med ${p.dagePrAar} dage om året, også i skudår (${af("beregning")}).`,
      "tekst",
    ],
    [
      `Belægningen budgetteres til mindst ${pct(p.belaegning.forventetMin)} og højst ${pct(p.belaegning.max)}; for aflastning, akuttilbud og korte forløb mindst ${pct(p.belaegning.minKortForloeb)} (${af("belaegning")}).`,
      "tekst",
    ],
    [
      `Ændres en takst væsentligt (over ${pct(p.takstaendring.vaesentligPct)}) eller ændres antallet af pladser, skal du vælge en årsag og skrive en begrundelse på mindst ${formaterAntal(p.begrundelse.minTegn)} tegn i Bemærkninger (${af("begrundelse")}). Pladsændringer godkendes af ${aftale.godkender}.`,
      "tekst",
    ],
    [
      `Overskud op til ${pct(p.overUnderskud.graensePct)} af takstberegningsgrundlaget må hensættes; resten indregnes i taksten senest ${p.overUnderskud.indregnesSenestEfterAar} år efter regnskabsåret. Underskud ud over ${pct(p.overUnderskud.graensePct)} indregnes på samme måde (${af("overUnderskud")}).`,
      "tekst",
    ],
    [
      `ATA-timetakst = Timeomkostning × (1 + fraværskorrektion + døgnkoefficient + vfo); vfo højst ${pct(p.tillaeg.vfoMaxPct)} (${af("tillaeg")}).`,
      "tekst",
    ],
    [`Tillægsydelser er tidsbegrænsede: skriv altid en slutdato (${af("tillaegTidsbegraenset")}).`, "tekst"],
    ["Persondata", "afsnit"],
    ["Skriv aldrig navne, CPR-numre eller andre personoplysninger om borgere i skemaet.", "tekst"],
  ];
  linjer.forEach(([tekst, art], i) => {
    const c = ws.getCell(i + 1, 1);
    c.value = tekst;
    c.alignment = { wrapText: true, vertical: "top" };
    c.font = skrift(art === "titel" ? { bold: true, size: 16 } : art === "afsnit" ? { bold: true, size: 12 } : {});
    ws.getRow(i + 1).height = art === "tekst" ? hoejde([[tekst, BREDDE]]) + 3 : art === "titel" ? 26 : 22;
  });
}

/** A whole number from `fra` to `til`; anything else is refused with `fejl`. */
function heltalMellem(fra: number, til: number, titel: string, fejl: string): ExcelJS.DataValidation {
  return {
    type: "whole",
    operator: "between",
    allowBlank: true,
    formulae: [fra, til],
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: titel,
    error: fejl,
  };
}

/** Stamdata beyond its table: help notes, Ja/Nej, whole numbers, and Tilbudsportal-ID as text. */
function stamdataDetaljer(ws: ExcelJS.Worksheet, top: number, aftale: Aftale): void {
  const hjaelpen = stamdataHjaelp(aftale);
  STAMDATA_FELTER.forEach((f, i) => {
    const raekke = top + 1 + i;
    const felt = ws.getCell(raekke, 1);
    const vaerdi = ws.getCell(raekke, 2);
    const hjaelp = hjaelpen[f.key];
    if (hjaelp) felt.note = hjaelp;
    vaerdi.alignment = { horizontal: "left" };
    if (f.key === "nytTilbud") {
      vaerdi.dataValidation = {
        type: "list",
        allowBlank: true,
        formulae: [`"${JA_NEJ.join(",")}"`],
        showErrorMessage: true,
        errorStyle: "stop",
        errorTitle: "Ugyldig værdi",
        error: "Vælg Ja eller Nej.",
      };
    } else if (f.key === "kategori") {
      vaerdi.dataValidation = heltalMellem(
        1,
        3,
        "Ugyldig kategori",
        `Kategori er 1, 2 eller 3 (${afsnitTekst(aftale.afsnit.kategorier)}).`,
      );
    } else if (f.key === "takstaar" || f.key === "foersteDriftsaar") {
      vaerdi.dataValidation = heltalMellem(2000, 2100, "Ugyldigt år", "Skriv et årstal, fx 2026.");
    } else if (f.key === "tilbudsportalId") {
      // Text, so a number with leading zeros keeps them.
      vaerdi.numFmt = "@";
    }
  });
}

/** The blank takstskema as .xlsx bytes, with the help of `opts.profil` and the sections of `opts.aftale`. */
export async function skrivSkabelon(opts: SkabelonValg): Promise<Buffer> {
  const { profil, aftale } = opts;
  const noter = kolonneHjaelp(profil, aftale);
  const antal = Math.max(1, opts.tommeRaekker ?? 5);
  const wb = new ExcelJS.Workbook();
  maerkSomSkrevetAfTakstskema(wb);
  wb.title = `Takstskema ${opts.takstaar}`;
  // The formulas are written without cached results: have Excel calculate them on opening.
  wb.calcProperties.fullCalcOnLoad = true;

  skrivVejledning(wb, opts.takstaar, profil, aftale);
  const top = SKABELON_LAYOUT.overskriftRaekke;
  const ark = new Map<string, ExcelJS.Worksheet>();
  for (const p of SKABELON_PLAN) {
    let ws = ark.get(p.def.ark);
    if (!ws) {
      ws = nytArk(wb, p.def.ark);
      ark.set(p.def.ark, ws);
    }
    const stamdata = p.def === TBL_STAMDATA;
    skrivTabel(ws, p.def, {
      top,
      venstre: p.venstre,
      titel: p.titel,
      noter: noter[p.def.navn],
      raekker: stamdata
        ? STAMDATA_FELTER.map((f) => ({ felt: f.label, vaerdi: f.key === "takstaar" ? opts.takstaar : null }))
        : Array.from({ length: antal }, (_, i) => formelCeller(p.formler?.(top + 1 + i))),
      formater: p.formater,
      ...(stamdata ? { valideringsRaekker: 0 } : {}),
    });
    if (stamdata) stamdataDetaljer(ws, top, aftale);
  }
  for (const ws of ark.values()) frysRaekker(ws, top);

  return Buffer.from(await wb.xlsx.writeBuffer());
}
