import type { Celle } from "../../model";
import { lavRegel } from "../lav-regel";
import { normaliser } from "./hjaelp/faelles";

function noegle(kategori: string, tidsrum: string): string {
  return `${normaliser(kategori)}\u0000${normaliser(tidsrum)}`;
}

/** The text as Excel's SUMIFS compares it: case-insensitive, but spaces count. */
function excelNoegle(kat: Celle<string>, tid: Celle<string>): string {
  const tekst = (c: Celle<string>) => String(c.raa ?? "").toLowerCase();
  return `${tekst(kat)}\u0000${tekst(tid)}`;
}

export default lavRegel({
  meta: {
    id: "tillaeg-ukendt-timetakst",
    standardAlvor: "fejl",
    beskrivelse:
      "En aftalt tillægsydelse skal bruge en ATA-timetakst, der findes i tabellen over ATA-timetakster (personalekategori og tidsrum).",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const beregninger = ctx.skema.tillaegsberegning;
    if (!beregninger) return;
    // No tblTillaeg at all: no rule asks for that table, so every row's lookup is reported here.
    const tillaeg = ctx.skema.tillaeg;
    // A tblTillaeg without one of its key columns: skema-mangler-kolonne reports it, and no row can be looked up.
    if (
      tillaeg &&
      (tillaeg.manglendeKolonner.includes("personalekategori") || tillaeg.manglendeKolonner.includes("tidsrum"))
    )
      return;
    const kendte = new Set<string>();
    const kendteIExcel = new Set<string>();
    for (const t of tillaeg?.raekker ?? []) {
      if (t.personalekategori.vaerdi && t.tidsrum.vaerdi) {
        kendte.add(noegle(t.personalekategori.vaerdi, t.tidsrum.vaerdi));
        kendteIExcel.add(excelNoegle(t.personalekategori, t.tidsrum));
      }
    }
    for (const r of beregninger.raekker) {
      const kat = r.personalekategori;
      const tid = r.tidsrum;
      // Unreadable values and missing columns are reported by felt-ugyldig-vaerdi / skema-mangler-kolonne.
      if (kat.mangler || kat.ulaeselig || tid.mangler || tid.ulaeselig) continue;
      const kategori = kat.vaerdi;
      const tidsrum = tid.vaerdi;
      if (kategori && tidsrum && kendte.has(noegle(kategori, tidsrum))) {
        // The template's formula (SUMIFS) finds the row only if the spaces match too.
        if (kendteIExcel.has(excelNoegle(kat, tid))) continue;
        ctx.rapporter({
          ark: kat.ark,
          celle: kat.adresse,
          besked:
            `${kategori}, ${tidsrum} står i tabellen over ATA-timetakster, men med andre mellemrum, så Excels opslag i formlen finder den ikke og giver 0 kr. ` +
            "Skriv personalekategori og tidsrum præcis som i tabellen (uden ekstra mellemrum).",
        });
        continue;
      }
      let besked: string;
      if (!kategori || !tidsrum) {
        const mangler = [!kategori ? "Personalekategori" : null, !tidsrum ? "Tidsrum" : null]
          .filter(Boolean)
          .join(" og ");
        besked = `${mangler} er tom, så ATA-timetaksten kan ikke slås op. Vælg personalekategori og tidsrum fra tabellen over ATA-timetakster.`;
      } else if (!tillaeg) {
        besked =
          `Der er ingen tabel over ATA-timetakster (tblTillaeg på arket Tillægsydelser), så ATA-timetaksten for ${kategori}, ${tidsrum} kan ikke slås op. ` +
          "Indsæt tabellen, og beregn timetaksten for personalekategorien og tidsrummet.";
      } else {
        besked =
          `Der er ingen ATA-timetakst for ${kategori}, ${tidsrum} i tabellen over ATA-timetakster, så formlen giver 0 kr. ` +
          "Tilføj en række for personalekategorien og tidsrummet, eller ret stavningen, så den svarer til tabellen.";
      }
      ctx.rapporter({ ark: kat.ark, celle: kat.adresse, besked });
    }
  },
});
