import { a1 } from "../../adresse";
import { lavRegel } from "../lav-regel";
import { harEksternReference } from "./hjaelp/ekstern-reference";

export default lavRegel({
  meta: {
    id: "formel-ekstern-reference",
    standardAlvor: "advarsel",
    beskrivelse:
      "En formel henter sin værdi fra en anden projektmappe: tallet i skemaet er kun den gemte værdi og kan ikke efterprøves.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    ekstern: () =>
      "Formlen henter sin værdi fra en anden projektmappe, som ikke følger med skemaet; den viste værdi er den sidst gemte og kan ikke efterprøves. " +
      "Skriv tallet ind, eller flyt beregningen ind i skemaet.",
  },
  tjek(ctx) {
    for (const ark of ctx.snapshot.sheets) {
      const formler = ark.formulas;
      if (!formler) continue;
      formler.forEach((raekke, i) =>
        raekke?.forEach((f, j) => {
          if (typeof f !== "string" || !f.includes("[") || !harEksternReference(f)) return;
          ctx.rapporter({ besked: "ekstern", celle: { ark: ark.name, adresse: a1(ark.top + i, ark.left + j) } });
        }),
      );
    }
  },
});
