import { a1 } from "../../adresse";
import { lavRegel } from "../lav-regel";

const STI_START = /https?:|[A-Za-z]:\\|\\\\/;

/**
 * '[Budget2026.xlsx]Ark1'!B4, [1]Ark1!B4 (Excel's index form for external links), or a path
 * ending in .xls… outside quotes. Linear scans, not one regex: the regex this replaces,
 * /\[[^\]]+\][^!]*!|…/, is quadratic on a long formula of "[a]" without "!".
 */
export function harEksternReference(f: string): boolean {
  // [x] (a non-empty bracket) with a "!" somewhere after it.
  const sidsteUdraab = f.lastIndexOf("!");
  for (let i = f.indexOf("["); i >= 0 && i < sidsteUdraab;) {
    const j = f.indexOf("]", i + 1);
    if (j < 0 || j >= sidsteUdraab) break;
    if (j > i + 1) return true;
    i = f.indexOf("[", j + 1); // "[]": the next bracket starts after it
  }
  // A URL or a drive/UNC path followed by ".xls" before the next quote.
  for (const del of f.split("'")) {
    const m = STI_START.exec(del);
    if (m && del.indexOf(".xls", m.index + m[0].length) >= 0) return true;
  }
  return false;
}

export default lavRegel({
  meta: {
    id: "formel-ekstern-reference",
    standardAlvor: "advarsel",
    paragraf: "5.5",
    beskrivelse:
      "En formel henter sin værdi fra en anden projektmappe: tallet i skemaet er kun den gemte værdi og kan ikke efterprøves.",
    citat:
      "Beregningen af taksten sker med udgangspunkt i takstindmeldingsskemaerne. Nærværende afsnit vil uddybe, hvordan de enkelte elementer af taksten defineres og skal udregnes.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    for (const ark of ctx.snapshot.sheets) {
      const formler = ark.formulas;
      if (!formler) continue;
      formler.forEach((raekke, i) =>
        raekke?.forEach((f, j) => {
          if (typeof f !== "string" || !f.includes("[") || !harEksternReference(f)) return;
          ctx.rapporter({
            ark: ark.name,
            celle: a1(ark.top + i, ark.left + j),
            besked:
              "Formlen henter sin værdi fra en anden projektmappe, som ikke følger med skemaet; den viste værdi er den sidst gemte og kan ikke efterprøves. " +
              "Skriv tallet ind, eller flyt beregningen ind i skemaet.",
          });
        }),
      );
    }
  },
});
