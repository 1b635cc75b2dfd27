import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere, type Dec } from "../../penge";
import { omkLabel, personaleRaekker } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "vagtlag-over-personale",
    standardAlvor: "fejl",
    beskrivelse:
      "Lønudgiften til fagpersonale i vagtlag er en del af personaleomkostningerne og kan ikke være større end dem.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    overPersonale: (d: { ydelsesId?: string; vagtlag: Dec; personale: Dec }) =>
      `${omkLabel("vagtlag")}${d.ydelsesId ? ` for ${d.ydelsesId}` : ""} er ${formaterKr(d.vagtlag)}, mere end ${omkLabel("personale")} (${formaterKr(d.personale)}). ` +
      "Vagtlaget er en del af personaleomkostningerne: ret et af de to beløb.",
  },
  tjek(ctx) {
    for (const { r, personale, id } of personaleRaekker(ctx.skema)) {
      const vagtlag = r.vagtlag.vaerdi;
      if (vagtlag === null || !tilOere(vagtlag).gt(tilOere(personale))) continue;
      ctx.rapporter({
        besked: "overPersonale",
        celle: r.vagtlag,
        ydelsesId: id,
        data: { ydelsesId: id, vagtlag, personale },
      });
    }
  },
});
