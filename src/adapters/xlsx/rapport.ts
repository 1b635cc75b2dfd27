/**
 * `takstskema valider --rapport`: the findings of every file as an .xlsx (sheet Fund, and Filer
 * with a summary per file). The columns, severity words and § text are the core's
 * (src/core/rapport/); this writes them with ExcelJS.
 */
import ExcelJS from "exceljs";
import {
  ALVOR_ETIKET,
  type FilResultat,
  fundCeller,
  fundRaekker,
  overskrifter,
  type Profil,
  RAPPORT_KOLONNER,
  samlet,
  samletTekst,
  skjulCpr,
  ulaeseligRaekke,
  xmlSikkerTekst,
} from "../../core";
import { maerkSomSkrevetAfTakstskema } from "./maerke";
import { hoejde } from "./tekstmaal";
import { sidefod, sideopsaetning } from "./udskrift";

/** Text from a workbook or a path, as the report may hold it: no CPR number, nothing XML forbids. */
const ren = (t: string): string => xmlSikkerTekst(skjulCpr(t));

/** Printed as the takstbilag prints: A4 landscape, one page wide, the header row on every page, page x of y. */
const udskrift = (dato: Date) => ({
  pageSetup: sideopsaetning("1:1"),
  headerFooter: sidefod("Valideringsrapport", dato),
});

export async function skrivRapport(
  profil: Profil,
  resultater: readonly FilResultat[],
  dato: Date = new Date(),
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  maerkSomSkrevetAfTakstskema(wb);

  const fund = wb.addWorksheet("Fund", { views: [{ state: "frozen", ySplit: 1 }], ...udskrift(dato) });
  const kolonner = RAPPORT_KOLONNER;
  const raekker = resultater
    .flatMap((r) => ("resultat" in r ? fundRaekker(r.fil, r.resultat) : [ulaeseligRaekke(r.fil, r.fejlVedLaesning)]))
    .map((f) => fundCeller(kolonner, f).map((c) => (c === null ? null : ren(c))));
  fund.addTable({
    name: "tblFund",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: overskrifter(kolonner).map((name) => ({ name, filterButton: true })),
    // An Excel table needs at least one body row.
    rows: raekker.length > 0 ? raekker : [kolonner.map(() => null)],
  });
  kolonner.forEach((k, i) => (fund.getColumn(i + 1).width = k.bredde));
  // Long file names, rule IDs and messages wrap inside the page width instead of widening it;
  // neither Excel nor LibreOffice fits a row to wrapped text on opening, so the heights are set.
  const ombrudte = kolonner.flatMap((k, i) => (k.ombryd ? [i] : []));
  kolonner.forEach(
    (k, i) => (fund.getColumn(i + 1).alignment = { vertical: "top", ...(k.ombryd ? { wrapText: true } : {}) }),
  );
  raekker.forEach((r, i) => {
    fund.getRow(i + 2).height = hoejde(ombrudte.map((k) => [r[k], kolonner[k].bredde]));
  });

  const filer = wb.addWorksheet("Filer", { views: [{ state: "frozen", ySplit: 1 }], ...udskrift(dato) });
  filer.addTable({
    name: "tblFiler",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [
      "Fil",
      ALVOR_ETIKET.fejl.overskrift,
      ALVOR_ETIKET.advarsel.overskrift,
      ALVOR_ETIKET.info.overskrift,
      "Kunne ikke læses",
    ].map((name) => ({ name, filterButton: true })),
    rows:
      resultater.length === 0
        ? [[null, null, null, null, null]]
        : resultater.map((r) =>
            "resultat" in r
              ? [
                  ren(r.fil),
                  r.resultat.opsummering.fejl,
                  r.resultat.opsummering.advarsler,
                  r.resultat.opsummering.info,
                  null,
                ]
              : [ren(r.fil), null, null, null, ren(r.fejlVedLaesning)],
          ),
  });
  [40, 8, 10, 8, 60].forEach((b, i) => (filer.getColumn(i + 1).width = b));
  const s = samlet(resultater);
  const bund = resultater.length + 3;
  filer.getCell(bund, 1).value = `Profil: ${profil.id}`;
  filer.getCell(bund + 1, 1).value = samletTekst(s);

  return new Uint8Array(await wb.xlsx.writeBuffer());
}
