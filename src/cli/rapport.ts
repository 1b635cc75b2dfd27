/** `valider --rapport`: the findings of every file as an .xlsx (sheet Fund, and Filer with a summary per file). */
import ExcelJS from "exceljs";
import { maerkSomSkrevetAfTakstskema } from "../adapters/xlsx/maerke";
import { hoejde } from "../adapters/xlsx/tekstmaal";
import { sidefod, sideopsaetning } from "../adapters/xlsx/udskrift";
import type { Profil } from "../core/profil/typer";
import { skjulCpr } from "../core/cpr";
import { xmlSikkerTekst } from "../core/xml-tegn";
import { paragrafTekst, samlet, samletTekst, udeladtTekst, type FilResultat } from "./uddata";

/** Text from a workbook or a path, as the report may hold it: no CPR number, nothing XML forbids. */
const ren = (t: string): string => xmlSikkerTekst(skjulCpr(t));

const ALVOR_TEKST = { fejl: "Fejl", advarsel: "Advarsel", info: "Info" } as const;

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
  const raekker: (string | null)[][] = [];
  for (const r of resultater) {
    if (!("resultat" in r)) {
      raekker.push([ren(r.fil), "fejl-ved-laesning", "Fejl", null, null, null, null, ren(r.fejlVedLaesning)]);
      continue;
    }
    for (const f of r.resultat.fund) {
      raekker.push([
        ren(r.fil),
        f.regel,
        ALVOR_TEKST[f.alvor],
        ren(f.ark),
        f.celle,
        f.ydelsesId ? ren(f.ydelsesId) : null,
        paragrafTekst(f.paragraf) || null,
        ren(f.besked),
      ]);
    }
    for (const u of r.resultat.udeladt ?? []) {
      raekker.push([
        ren(r.fil),
        u.regel,
        ALVOR_TEKST[u.alvor],
        null,
        null,
        null,
        paragrafTekst(u.paragraf) || null,
        udeladtTekst(u),
      ]);
    }
  }
  const kolonner = [
    { name: "Fil", bredde: 26 },
    { name: "Regel", bredde: 24 },
    { name: "Alvor", bredde: 10 },
    { name: "Ark", bredde: 14 },
    { name: "Celle", bredde: 7 },
    { name: "Ydelses-ID", bredde: 11 },
    { name: "Paragraf", bredde: 11 },
    { name: "Besked", bredde: 68 },
  ];
  fund.addTable({
    name: "tblFund",
    ref: "A1",
    headerRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: kolonner.map((k) => ({ name: k.name, filterButton: true })),
    // An Excel table needs at least one body row.
    rows: raekker.length > 0 ? raekker : [kolonner.map(() => null)],
  });
  kolonner.forEach((k, i) => (fund.getColumn(i + 1).width = k.bredde));
  // Long file names, rule IDs and messages wrap inside the page width instead of widening it;
  // neither Excel nor LibreOffice fits a row to wrapped text on opening, so the heights are set.
  const ombrudte = [0, 1, 6, 7];
  kolonner.forEach(
    (_, k) =>
      (fund.getColumn(k + 1).alignment = { vertical: "top", ...(ombrudte.includes(k) ? { wrapText: true } : {}) }),
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
    columns: ["Fil", "Fejl", "Advarsler", "Info", "Kunne ikke læses"].map((name) => ({ name, filterButton: true })),
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
