import { lavRegel } from "../lav-regel";
import { rapporterProblemer, tabelDef } from "./hjaelp/problemer";
import { tabelOrd } from "../../skema/tabelord";

export default lavRegel({
  meta: {
    id: "skema-mangler-kolonne",
    standardAlvor: "fejl",
    beskrivelse: "En fundet tabel skal have alle skabelonens påkrævede kolonner.",
    // A takstbilag without its Takst column must be told so: felt-mangler skips missing columns.
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    mangler: (d: { tabel: string; kolonne: string }) =>
      `${tabelOrd(d.tabel, { stort: true })} mangler kolonnen "${d.kolonne}". Tilføj kolonnen med præcis den overskrift (eller indsæt skabelonen igen).`,
  },
  tjek(ctx) {
    rapporterProblemer(ctx, ["kolonne-mangler"], (p) => ({
      besked: "mangler",
      data: {
        tabel: p.tabel,
        kolonne: tabelDef(p.tabel)?.kolonner.find((k) => k.key === p.kolonne)?.label ?? p.kolonne,
      },
    }));
  },
});
