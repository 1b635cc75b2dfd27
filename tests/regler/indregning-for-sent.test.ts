import regel from "../../src/core/regler/resultater/indregning-for-sent";
import { testRegel } from "../hjaelp/regeltester";
import { NORDJYLLAND_2025_2026 as P } from "../../src/core/profil/nordjylland-2025-2026";
import { ARK, resultatSkema } from "./resultater-fixtur";

testRegel(regel, {
  gyldige: [
    { navn: "regnskabsår 2024 indregnet i 2026 (præcis + 2)", skema: resultatSkema() },
    {
      navn: "intet indregnet: året betyder intet",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].indregnet = 0;
          r[0].indregnetITakstaar = 2030;
        },
      }),
    },
    {
      navn: "et underskud fra et nyt tilbuds første driftsår må indregnes i regnskabsår + 3 (§ 6.1.2: driftstab)",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 },
        resultater: (r) => void (r[1].indregnetITakstaar = 2028),
      }),
    },
    {
      navn: "tomt Indregnet i takstår",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnetITakstaar = null) }),
    },
  ],
  ugyldige: [
    {
      navn: "regnskabsår 2024 indregnet i 2027",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnetITakstaar = 2027) }),
      fund: [
        {
          celle: "G2",
          ark: ARK,
          ydelsesId: "A1-108",
          besked: ["370.000,00 kr.", "overskud", "2024", "2027", "senest i takstår 2026"],
        },
      ],
    },
    {
      navn: "nyt tilbuds første driftsår indregnet i regnskabsår + 4",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 },
        resultater: (r) => void (r[1].indregnetITakstaar = 2029),
      }),
      fund: [
        { celle: "G3", ydelsesId: "A2-104", besked: ["underskud", "2029", "2028", "nyt tilbuds første driftsår"] },
      ],
    },
    {
      navn: "et overskud fra et nyt tilbuds første driftsår har stadig fristen + 2 (§ 6.1.2 gælder driftstab)",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2024 },
        resultater: (r) => void (r[0].indregnetITakstaar = 2027),
      }),
      fund: [{ celle: "G2", besked: ["overskud", "2027", "senest i takstår 2026"] }],
    },
    {
      navn: "nyt tilbud, men ikke dets første driftsår: + 2",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2023 },
        resultater: (r) => void (r[0].indregnetITakstaar = 2027),
      }),
      fund: [{ celle: "G2", besked: ["2026"] }],
    },
    {
      navn: "profilens frist: regnskabsår + 1",
      skema: resultatSkema(),
      profil: { overUnderskud: { ...P.overUnderskud, indregnesSenestEfterAar: 1 } },
      fund: [{ celle: "G2", besked: ["senest i takstår 2025"] }],
    },
  ],
});
