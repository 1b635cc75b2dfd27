import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { omkLabel, personaleRaekker } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "vagtlag-mangler",
    standardAlvor: "advarsel",
    beskrivelse: "Lønudgiften til fagpersonale i vagtlag skal vises særskilt, når ydelsen har personaleomkostninger.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const { r, personale, id, forId } of personaleRaekker(ctx.skema)) {
      const vagtlag = r.vagtlag;
      if (!personale.isPositive() || personale.isZero()) continue;
      if (vagtlag.mangler || vagtlag.ulaeselig) continue;
      const mangler = vagtlag.tom || (vagtlag.vaerdi !== null && vagtlag.vaerdi.isZero());
      if (!mangler) continue;
      ctx.rapporter({
        ark: vagtlag.ark,
        celle: vagtlag.adresse,
        ydelsesId: id,
        besked:
          `${omkLabel("vagtlag")} er ${vagtlag.tom ? "tom" : "0"}${forId}, men personaleomkostningerne er ${formaterKr(personale)} ` +
          "Skriv den del af personaleomkostningerne, der er løn til fagpersonale i vagtlag (de direkte støttetimer); den bruges ved forhandling af takster og tillægsydelser.",
      });
    }
  },
});
