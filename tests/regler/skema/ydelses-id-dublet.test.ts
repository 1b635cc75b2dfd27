import regel from "../../../src/core/regler/skema/ydelses-id-dublet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../../hjaelp/fixtur";
import type { SkemaSpec } from "../../hjaelp/snapshot-bygger";

/** The fixture's ydelser plus copies of the first one under the given IDs. */
function medEkstra(...ider: (string | number | null)[]): SkemaSpec {
  const y = gyldigeYdelser();
  return { ...gyldigtSkema(), ydelser: [...y, ...ider.map((id) => ({ ...y[0], ydelsesId: id }))] };
}

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "ID'er der kun ligner hinanden", skema: medEkstra("A1-1080", "A1 108", "A1-108b") },
    { navn: "to tomme ID'er er felt-mangler, ikke dubletter", skema: medEkstra(null, null) },
    { navn: "et tal-ID og et andet tekst-ID", skema: medEkstra(108, "0108") },
  ],
  ugyldige: [
    {
      navn: "samme ID på række 2 og 4",
      rettet: medEkstra("A3-108"),
      skema: medEkstra("A1-108"),
      fund: [
        {
          ark: "Ydelser",
          celle: "A4",
          ydelsesId: "A1-108",
          besked:
            'Ydelses-ID "A1-108" står allerede i række 2 (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.',
        },
      ],
    },
    {
      navn: "forskel kun i store/små bogstaver og mellemrum",
      skema: medEkstra("  a2-104 "),
      fund: [
        {
          ark: "Ydelser",
          celle: "A4",
          ydelsesId: "a2-104",
          besked:
            'Ydelses-ID "a2-104" står allerede i række 3 (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.',
        },
      ],
    },
    {
      navn: "tre gange samme ID: anden og tredje forekomst",
      skema: medEkstra("A1-108", "a1-108"),
      fund: [
        {
          ark: "Ydelser",
          celle: "A4",
          besked:
            'Ydelses-ID "A1-108" står allerede i række 2 (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.',
        },
        {
          ark: "Ydelser",
          celle: "A5",
          besked:
            'Ydelses-ID "a1-108" står allerede i række 2 (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.',
        },
      ],
    },
    {
      navn: "et tal-ID skrevet to gange",
      skema: medEkstra(108, 108),
      fund: [
        {
          ark: "Ydelser",
          celle: "A5",
          ydelsesId: "108",
          besked:
            'Ydelses-ID "108" står allerede i række 4 (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.',
        },
      ],
    },
  ],
});
