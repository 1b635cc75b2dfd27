import { lavRegel } from "../lav-regel";
import { rapporterProblemer, tabelDef } from "./hjaelp/problemer";

export default lavRegel({
  meta: {
    id: "skema-mangler-kolonne",
    standardAlvor: "fejl",
    paragraf: null,
    beskrivelse: "En fundet tabel skal have alle skabelonens påkrævede kolonner.",
    citat:
      "Overskrifterne sammenlignes uden hensyn til store og små bogstaver, omgivende og gentagne mellemrum og en afsluttende enhed i parentes, fx matcher `Takst (kr.)` `Takst`. Kolonnernes rækkefølge er fri. Ekstra kolonner bevares og ignoreres. (skabelon.md, version 2026.1)",
    // A takstbilag without its Takst column must be told so: felt-mangler skips missing columns.
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    rapporterProblemer(ctx, ["kolonne-mangler"], (p) => {
      const label = tabelDef(p.tabel)?.kolonner.find((k) => k.key === p.kolonne)?.label ?? p.kolonne;
      return `Tabellen ${p.tabel} mangler kolonnen "${label}". Tilføj kolonnen med præcis den overskrift (eller indsæt skabelonen igen).`;
    });
  },
});
