import { lavRegel } from "../lav-regel";
import { normaliser } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "ata-doegnkoefficient-mangler",
    standardAlvor: "advarsel",
    beskrivelse:
      "Uden for normal arbejdstid skal ATA-timetaksten have en døgnkoefficient for de arbejdstidsbestemte tillæg.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    mangler: (d: { kategori: string | null; tidsrum: string; tom: boolean; normaltid: string }) =>
      `Døgnkoefficienten${d.kategori ? ` for ${d.kategori}` : ""} i tidsrummet ${d.tidsrum} er ${d.tom ? "tom" : "0 %"}, men ${d.tidsrum} ligger uden for normal arbejdstid ` +
      `(${d.normaltid}), så taksten skal dække de arbejdstidsbestemte tillæg. Skriv døgnkoefficienten (fx 25 %).`,
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    const normaltid = normaliser(ctx.profil.tillaeg.normaltid);
    for (const r of tabel.raekker) {
      const tidsrum = r.tidsrum.vaerdi;
      const c = r.doegnkoefficient;
      if (tidsrum === null || normaliser(tidsrum) === normaltid || c.mangler || c.ulaeselig) continue;
      const mangler = c.tom || (c.vaerdi !== null && c.vaerdi.isZero());
      if (!mangler) continue;
      const kategori = r.personalekategori.vaerdi;
      ctx.rapporter({
        besked: "mangler",
        celle: c,
        data: { kategori, tidsrum, tom: c.tom, normaltid: ctx.profil.tillaeg.normaltid },
      });
    }
  },
});
