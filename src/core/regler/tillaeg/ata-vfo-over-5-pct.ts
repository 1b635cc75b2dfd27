import { lavRegel } from "../lav-regel";
import { CITAT_VFO, hvilken } from "./hjaelp/faelles";
import { tjekVfo } from "./hjaelp/tjek";

export default lavRegel({
  meta: {
    id: "ata-vfo-over-5-pct",
    standardAlvor: "fejl",
    paragraf: "5.4.7, bilag 2",
    beskrivelse:
      "Tillægget for variable følgeomkostninger i ATA-timetaksten må højst være 5 % af marginalomkostningerne.",
    citat: CITAT_VFO,
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const besked = tjekVfo(r.vfo.vaerdi, hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi), ctx.profil.tillaeg);
      if (besked) ctx.rapporter({ ark: r.vfo.ark, celle: r.vfo.adresse, besked });
    }
  },
});
