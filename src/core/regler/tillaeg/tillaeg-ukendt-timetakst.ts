import { lavRegel } from "../lav-regel";
import { normaliser } from "./hjaelp/faelles";
import { cellensTekst, tillaegRaekkeForPar } from "./hjaelp/sats";

/** The pair as a reader would accept it (any white space, the enum's spelling): to tell a misspelling from an unknown pair. */
function loestNoegle(kategori: string, tidsrum: string): string {
  return `${normaliser(kategori)}\u0000${normaliser(tidsrum)}`;
}

export default lavRegel({
  meta: {
    id: "tillaeg-ukendt-timetakst",
    standardAlvor: "fejl",
    beskrivelse:
      "En aftalt tillægsydelse skal bruge en ATA-timetakst, der findes i tabellen over ATA-timetakster (personalekategori og tidsrum).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    stavetAnderledes: (d: { kategori: string; tidsrum: string }) =>
      `${d.kategori}, ${d.tidsrum} står i tabellen over ATA-timetakster, men stavet anderledes (fx med et tabulatortegn, et linjeskift eller et punktum), ` +
      "så formlens opslag ikke finder den og giver 0 kr. Skriv personalekategori og tidsrum som i tabellen.",
    tom: (d: { mangler: readonly string[] }) =>
      `${d.mangler.join(" og ")} er tom, så ATA-timetaksten kan ikke slås op. Vælg personalekategori og tidsrum fra tabellen over ATA-timetakster.`,
    udenTabel: (d: { kategori: string; tidsrum: string }) =>
      `Der er ingen tabel over ATA-timetakster på arket Tillægsydelser, så ATA-timetaksten for ${d.kategori}, ${d.tidsrum} kan ikke slås op. ` +
      "Indsæt tabellen, giv den navnet tblTillaeg (Tabeldesign → Tabelnavn), og beregn timetaksten for personalekategorien og tidsrummet.",
    ukendt: (d: { kategori: string; tidsrum: string }) =>
      `Der er ingen ATA-timetakst for ${d.kategori}, ${d.tidsrum} i tabellen over ATA-timetakster, så formlen giver 0 kr. ` +
      "Tilføj en række for personalekategorien og tidsrummet, eller ret stavningen, så den svarer til tabellen.",
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
    const loest = new Set<string>();
    for (const t of tillaeg?.raekker ?? []) {
      if (t.personalekategori.vaerdi && t.tidsrum.vaerdi)
        loest.add(loestNoegle(t.personalekategori.vaerdi, t.tidsrum.vaerdi));
    }
    for (const r of beregninger.raekker) {
      const kat = r.personalekategori;
      const tid = r.tidsrum;
      // Unreadable values and missing columns are reported by felt-ugyldig-vaerdi / skema-mangler-kolonne.
      if (kat.mangler || kat.ulaeselig || tid.mangler || tid.ulaeselig) continue;
      const kategori = kat.vaerdi;
      const tidsrum = tid.vaerdi;
      // The one rate lookup (regler.md 2026.3 item 11), as the written formula does it.
      if (tillaeg && tillaegRaekkeForPar(tillaeg.raekker, cellensTekst(kat), cellensTekst(tid))) continue;
      if (kategori && tidsrum && loest.has(loestNoegle(kategori, tidsrum))) {
        ctx.rapporter({ besked: "stavetAnderledes", celle: kat, data: { kategori, tidsrum } });
        continue;
      }
      if (!kategori || !tidsrum) {
        const mangler = [!kategori ? "Personalekategori" : null, !tidsrum ? "Tidsrum" : null].filter(
          (s): s is string => s !== null,
        );
        ctx.rapporter({ besked: "tom", celle: kat, data: { mangler } });
      } else if (!tillaeg) ctx.rapporter({ besked: "udenTabel", celle: kat, data: { kategori, tidsrum } });
      else ctx.rapporter({ besked: "ukendt", celle: kat, data: { kategori, tidsrum } });
    }
  },
});
