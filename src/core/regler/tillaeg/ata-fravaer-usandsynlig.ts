import { lavRegel } from "../lav-regel";
import { hvilken } from "./hjaelp/faelles";
import { fravaerBesked, fravaerInterval, fravaerUdenForInterval } from "./hjaelp/tjek";

export default lavRegel({
  meta: {
    id: "ata-fravaer-usandsynlig",
    standardAlvor: "advarsel",
    beskrivelse: "Fraværskorrektionen i ATA-timetaksten ligger uden for det sandsynlige interval (10–50 %).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    tom: (d: { hvem: string; minPct: number; maxPct: number }) =>
      `Fraværskorrektionen${d.hvem ? ` for ${d.hvem}` : ""} er tom, så ATA-timetaksten regnes uden fravær. Skriv fraværskorrektionen (typisk ${fravaerInterval({ fravaerMinPct: d.minPct, fravaerMaxPct: d.maxPct })}, fx 33 %).`,
    udenForInterval: fravaerBesked,
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    const { fravaerMinPct: minPct, fravaerMaxPct: maxPct } = ctx.profil.tillaeg;
    for (const r of tabel.raekker) {
      const c = r.fravaer;
      if (c.mangler || c.ulaeselig) continue;
      const hvem = hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
      if (c.vaerdi === null) {
        // No other rule asks for it, and an empty cell calculates as 0 % in the ATA-timetakst.
        if (!c.tom || r.timeomkostning.vaerdi === null) continue;
        ctx.rapporter({ besked: "tom", celle: c, data: { hvem, minPct, maxPct } });
        continue;
      }
      const data = fravaerUdenForInterval(c.vaerdi, hvem, ctx.profil.tillaeg);
      if (data) ctx.rapporter({ besked: "udenForInterval", celle: c, data });
    }
  },
});
