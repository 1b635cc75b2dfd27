import { lavRegel } from "../lav-regel";
import { rapporterProblemer, tabelDef } from "./hjaelp/problemer";

export default lavRegel({
  meta: {
    id: "skema-mangler-kolonne",
    standardAlvor: "fejl",
    beskrivelse: "En fundet tabel skal have alle skabelonens påkrævede kolonner.",
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
