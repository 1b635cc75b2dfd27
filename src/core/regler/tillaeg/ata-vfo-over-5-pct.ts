import { lavRegel } from "../lav-regel";
import { hvilken } from "./hjaelp/faelles";
import { vfoBesked, vfoOverMax } from "./hjaelp/tjek";

export default lavRegel({
  meta: {
    id: "ata-vfo-over-5-pct",
    standardAlvor: "fejl",
    beskrivelse:
      "Tillægget for variable følgeomkostninger i ATA-timetaksten må højst være 5 % af marginalomkostningerne.",
    gaelderFor: ["takstskema"],
  },
  beskeder: { overMax: vfoBesked },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const data = vfoOverMax(r.vfo.vaerdi, hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi), ctx.profil.tillaeg);
      if (data) ctx.rapporter({ besked: "overMax", celle: r.vfo, data });
    }
  },
});
