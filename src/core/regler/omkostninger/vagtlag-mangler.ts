import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import type { Dec } from "../../penge";
import { omkLabel, personaleRaekker } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "vagtlag-mangler",
    standardAlvor: "advarsel",
    beskrivelse: "Lønudgiften til fagpersonale i vagtlag skal vises særskilt, når ydelsen har personaleomkostninger.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    mangler: (d: { kolonne: string; tom: boolean; ydelsesId?: string; personale: Dec }) =>
      `${d.kolonne} er ${d.tom ? "tom" : "0"}${d.ydelsesId ? ` for ${d.ydelsesId}` : ""}, men personaleomkostningerne er ${formaterKr(d.personale)} ` +
      "Skriv den del af personaleomkostningerne, der er løn til fagpersonale i vagtlag (de direkte støttetimer); den bruges ved forhandling af takster og tillægsydelser.",
  },
  tjek(ctx) {
    for (const { r, personale, id } of personaleRaekker(ctx.skema)) {
      const vagtlag = r.vagtlag;
      if (!personale.isPositive() || personale.isZero()) continue;
      if (vagtlag.mangler || vagtlag.ulaeselig) continue;
      const mangler = vagtlag.tom || (vagtlag.vaerdi !== null && vagtlag.vaerdi.isZero());
      if (!mangler) continue;
      ctx.rapporter({
        besked: "mangler",
        celle: vagtlag,
        ydelsesId: id,
        data: { kolonne: omkLabel("vagtlag"), tom: vagtlag.tom, ydelsesId: id, personale },
      });
    }
  },
});
