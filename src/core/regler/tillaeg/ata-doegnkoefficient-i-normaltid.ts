import { lavRegel } from "../lav-regel";
import { doegnkoefficientBesked, doegnkoefficientINormaltid } from "./hjaelp/tjek";

export default lavRegel({
  meta: {
    id: "ata-doegnkoefficient-i-normaltid",
    standardAlvor: "advarsel",
    beskrivelse: "I normal arbejdstid (hverdage kl. 06–17) er der ingen døgnkoefficient (arbejdstidsbestemte tillæg).",
    gaelderFor: ["takstskema"],
  },
  beskeder: { iNormaltid: doegnkoefficientBesked },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const d = r.doegnkoefficient;
      const data = doegnkoefficientINormaltid(
        d.vaerdi,
        r.tidsrum.vaerdi,
        r.personalekategori.vaerdi,
        ctx.profil.tillaeg,
      );
      if (data) ctx.rapporter({ besked: "iNormaltid", celle: d, data });
    }
  },
});
