import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { omkLabel } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "vagtlag-mangler",
    standardAlvor: "advarsel",
    beskrivelse: "Lønudgiften til fagpersonale i vagtlag skal vises særskilt, når ydelsen har personaleomkostninger.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.omkostninger;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const personale = r.personale.vaerdi;
      const vagtlag = r.vagtlag;
      if (personale === null || !personale.isPositive() || personale.isZero()) continue;
      if (vagtlag.mangler || vagtlag.ulaeselig) continue;
      const mangler = vagtlag.tom || (vagtlag.vaerdi !== null && vagtlag.vaerdi.isZero());
      if (!mangler) continue;
      const id = r.ydelsesId.vaerdi ?? undefined;
      ctx.rapporter({
        ark: vagtlag.ark,
        celle: vagtlag.adresse,
        ydelsesId: id,
        besked:
          `${omkLabel("vagtlag")} er ${vagtlag.tom ? "tom" : "0"}${id ? ` for ${id}` : ""}, men personaleomkostningerne er ${formaterKr(personale)} ` +
          "Skriv den del af personaleomkostningerne, der er løn til fagpersonale i vagtlag (de direkte støttetimer); den bruges ved forhandling af takster og tillægsydelser.",
      });
    }
  },
});
