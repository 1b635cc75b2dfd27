import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere } from "../../penge";
import { omkLabel, personaleRaekker } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "vagtlag-over-personale",
    standardAlvor: "fejl",
    beskrivelse:
      "Lønudgiften til fagpersonale i vagtlag er en del af personaleomkostningerne og kan ikke være større end dem.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const { r, personale, id, forId } of personaleRaekker(ctx.skema)) {
      const vagtlag = r.vagtlag.vaerdi;
      if (vagtlag === null || !tilOere(vagtlag).gt(tilOere(personale))) continue;
      ctx.rapporter({
        ark: r.vagtlag.ark,
        celle: r.vagtlag.adresse,
        ydelsesId: id,
        besked:
          `${omkLabel("vagtlag")}${forId} er ${formaterKr(vagtlag)}, mere end ${omkLabel("personale")} (${formaterKr(personale)}). ` +
          "Vagtlaget er en del af personaleomkostningerne: ret et af de to beløb.",
      });
    }
  },
});
