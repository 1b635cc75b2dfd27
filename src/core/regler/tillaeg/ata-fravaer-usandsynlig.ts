import { lavRegel } from "../lav-regel";
import { hvilken } from "./hjaelp/faelles";
import { fravaerInterval, tjekFravaer } from "./hjaelp/tjek";

export default lavRegel({
  meta: {
    id: "ata-fravaer-usandsynlig",
    standardAlvor: "advarsel",
    beskrivelse: "Fraværskorrektionen i ATA-timetaksten ligger uden for det sandsynlige interval (10–50 %).",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    const interval = fravaerInterval(ctx.profil.tillaeg);
    for (const r of tabel.raekker) {
      const c = r.fravaer;
      if (c.mangler || c.ulaeselig) continue;
      const hvem = hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
      if (c.vaerdi === null) {
        // No other rule asks for it, and an empty cell calculates as 0 % in the ATA-timetakst.
        if (!c.tom || r.timeomkostning.vaerdi === null) continue;
        ctx.rapporter({
          ark: c.ark,
          celle: c.adresse,
          besked: `Fraværskorrektionen${hvem ? ` for ${hvem}` : ""} er tom, så ATA-timetaksten regnes uden fravær. Skriv fraværskorrektionen (typisk ${interval}, fx 33 %).`,
        });
        continue;
      }
      const besked = tjekFravaer(c.vaerdi, hvem, ctx.profil.tillaeg);
      if (besked) ctx.rapporter({ ark: c.ark, celle: c.adresse, besked });
    }
  },
});
