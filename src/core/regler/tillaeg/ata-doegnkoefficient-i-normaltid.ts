import { lavRegel } from "../lav-regel";
import { tjekDoegnkoefficient } from "./hjaelp/tjek";

export default lavRegel({
  meta: {
    id: "ata-doegnkoefficient-i-normaltid",
    standardAlvor: "advarsel",
    beskrivelse: "I normal arbejdstid (hverdage kl. 06–17) er der ingen døgnkoefficient (arbejdstidsbestemte tillæg).",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const d = r.doegnkoefficient;
      const besked = tjekDoegnkoefficient(d.vaerdi, r.tidsrum.vaerdi, r.personalekategori.vaerdi, ctx.profil.tillaeg);
      if (besked) ctx.rapporter({ ark: d.ark, celle: d.adresse, besked });
    }
  },
});
