import { lavRegel } from "../lav-regel";
import { hvilken } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "tillaeg-uden-slutdato",
    standardAlvor: "fejl",
    beskrivelse: "En tillægsydelse er tidsbegrænset og skal have en slutdato.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    udenSlutdato: (d: { hvem: string | null }) =>
      `Tillægsydelsen${d.hvem ? ` "${d.hvem}"` : ""} har ingen slutdato. Tillægsydelser er midlertidige: skriv den aftalte slutdato, ` +
      "så uger og samlet pris kan beregnes.",
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaegsberegning;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const c = r.slutdato;
      if (!c.tom || c.mangler || c.ulaeselig) continue;
      const beskrivelse = r.beskrivelse.vaerdi;
      const hvem = beskrivelse ?? hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
      ctx.rapporter({ besked: "udenSlutdato", celle: c, data: { hvem } });
    }
  },
});
