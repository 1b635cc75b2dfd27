import { lavRegel } from "../lav-regel";
import { tabelOrd } from "../../skema/tabelord";

export default lavRegel({
  meta: {
    id: "ydelser-tom",
    standardAlvor: "fejl",
    beskrivelse: "Tabellen med ydelser er fundet, men har ingen ydelser: der er ingen takster at godkende.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    tom: (d: { tabel: string }) =>
      `${tabelOrd(d.tabel, { stort: true })} har ingen ydelser. Skriv én række pr. takst under overskrifterne (Ydelses-ID, Ydelse, Takst …).`,
  },
  tjek(ctx) {
    const t = ctx.skema.ydelser;
    if (!t || t.raekker.length > 0) return;
    ctx.rapporter({
      besked: "tom",
      celle: { ark: t.ark, adresse: t.kolonner["ydelsesId"]?.adresse ?? t.overskriftOmraade.split(":")[0] },
      data: { tabel: t.navn },
    });
  },
});
