/**
 * Sheet Takstbilag: tblTakstbilag, one row per takst sorted by driftsherre and tilbud, with the
 * skema's Takstår first, Status and Fund; printed up to Status (Fund is the sekretariat's).
 */
import type ExcelJS from "exceljs";
import {
  aendringKrFormel,
  aendringPctFormel,
  type BilagRaekke,
  fundRegelNavn,
  kolonneBogstaverFor,
  omraadeA1,
  STATUSSER,
  TAKSTBILAG_HJAELP,
  TBL_TAKSTBILAG,
  tilDec,
  tilTal,
} from "../../../core";
import type { StroemBog } from "../stroem";
import { listeValidering } from "../tabel-skriver";
import { hoejde, skrift } from "../tekstmaal";
import { sidefod, sideopsaetning } from "../udskrift";
import {
  FORKLARING,
  KRAEVER_GODKENDELSE,
  PCT_FORTEGN,
  saetBredder,
  skrivOverskrift,
  STATUS_FARVE,
  titelCelle,
  TOP,
  TOP_OMBRYD,
  udfyld,
} from "./layout";
import type { BilagInput } from "./typer";

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

export function skrivTakstbilag(
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
    const fund = [...new Set(r.fund)].map(fundRegelNavn).join(", ") || null;
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
  const profil = input.takstaendring;
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
