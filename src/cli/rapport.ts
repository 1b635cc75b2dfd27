/** `valider --rapport`: the findings of every file as an .xlsx (sheet Fund, and Filer with a summary per file). */
import ExcelJS from "exceljs";
import { maerkSomSkrevetAfTakstskema } from "../adapters/xlsx/maerke";
import type { Profil } from "../core/profil/typer";
import { skjulCpr } from "../core/cpr";
import { xmlSikkerTekst } from "../core/xml-tegn";
import { paragrafTekst, samlet, samletTekst, udeladtTekst, type FilResultat } from "./uddata";

/** Text from a workbook or a path, as the report may hold it: no CPR number, nothing XML forbids. */
const ren = (t: string): string => xmlSikkerTekst(skjulCpr(t));

const ALVOR_TEKST = { fejl: "Fejl", advarsel: "Advarsel", info: "Info" } as const;

export async function skrivRapport(profil: Profil, resultater: readonly FilResultat[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  maerkSomSkrevetAfTakstskema(wb);

  const fund = wb.addWorksheet("Fund", { views: [{ state: "frozen", ySplit: 1 }] });
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
    { name: "Fil", bredde: 40 },
    { name: "Regel", bredde: 32 },
    { name: "Alvor", bredde: 10 },
    { name: "Ark", bredde: 16 },
    { name: "Celle", bredde: 8 },
    { name: "Ydelses-ID", bredde: 12 },
    { name: "Paragraf", bredde: 14 },
    { name: "Besked", bredde: 90 },
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
  fund.getColumn(8).alignment = { wrapText: true, vertical: "top" };

  const filer = wb.addWorksheet("Filer", { views: [{ state: "frozen", ySplit: 1 }] });
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
