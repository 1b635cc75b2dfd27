import { lavRegel } from "../lav-regel";
import { gentagneIder } from "./hjaelp/ydelses-id";

export default lavRegel({
  meta: {
    id: "omkostninger-dublet",
    standardAlvor: "fejl",
    paragraf: "5.5.1",
    beskrivelse: "Hver ydelse har én række i tblOmkostninger; to rækker gør taksten umulig at efterregne.",
    citat:
      "Den enkelte takst pr. ydelser skal således være fordelt på følgende omkostningskategorier […] Personaleomkostninger […] Borgerrelaterede udgifter/aktivitetsomkostninger […] Administrationsomkostninger […] Kompetenceudvikling […] Ejendomsomkostninger […] Afskrivninger/øvrige kapitalapparatsomkostninger […] Finansieringsindtægter […] Finansieringsudgifter",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    for (const { celle: c, id, tidligereRaekke } of gentagneIder(ctx.skema.omkostninger?.raekker ?? [])) {
      ctx.rapporter({
        ark: c.ark,
        celle: c.adresse,
        ydelsesId: id,
        besked:
          `Ydelses-ID${id ? ` "${id}"` : ""} har allerede en række i tblOmkostninger (række ${tidligereRaekke}), så taksten kan ikke efterregnes. ` +
          "Saml budgettet for ydelsen i én række.",
      });
    }
  },
});
