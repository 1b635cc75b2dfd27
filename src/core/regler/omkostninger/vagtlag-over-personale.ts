import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere } from "../../penge";
import { omkLabel } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "vagtlag-over-personale",
    standardAlvor: "fejl",
    beskrivelse:
      "Lønudgiften til fagpersonale i vagtlag er en del af personaleomkostningerne og kan ikke være større end dem.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.omkostninger;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const personale = r.personale.vaerdi;
      const vagtlag = r.vagtlag.vaerdi;
      if (personale === null || vagtlag === null) continue;
      if (!tilOere(vagtlag).gt(tilOere(personale))) continue;
      const id = r.ydelsesId.vaerdi ?? undefined;
      ctx.rapporter({
        ark: r.vagtlag.ark,
        celle: r.vagtlag.adresse,
        ydelsesId: id,
        besked:
          `${omkLabel("vagtlag")}${id ? ` for ${id}` : ""} er ${formaterKr(vagtlag)}, mere end ${omkLabel("personale")} (${formaterKr(personale)}). ` +
          "Vagtlaget er en del af personaleomkostningerne: ret et af de to beløb.",
      });
    }
  },
});
