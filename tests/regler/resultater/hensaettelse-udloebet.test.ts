import regel from "../../../src/core/regler/resultater/hensaettelse-udloebet";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { ARK, resultatSkema } from "../resultater-fixtur";
import type { ByggeRaekke } from "../../hjaelp/snapshot-bygger";

const P = hentProfil("nordjylland-2025-2026");

const gammel = (aar: number, hensat: number | null): ByggeRaekke => ({
  ydelsesId: "A1-108",
  regnskabsaar: aar,
  grundlag: 7000000,
  resultat: 300000,
  hensat,
  indregnet: 0,
  indregnetITakstaar: null,
});

testRegel(regel, {
  gyldige: [
    { navn: "fixturen", skema: resultatSkema() },
    {
      navn: "regnskabsår 2021: præcis 5 år før takstår 2026",
      skema: resultatSkema({ resultater: (r) => void r.push(gammel(2021, 300000)) }),
    },
    {
      navn: "gammelt overskud uden noget hensat",
      skema: resultatSkema({ resultater: (r) => void r.push(gammel(2019, 0)) }),
    },
    {
      navn: "takstår mangler",
      skema: resultatSkema({ stamdata: { takstaar: null }, resultater: (r) => void r.push(gammel(2019, 300000)) }),
    },
  ],
  ugyldige: [
    {
      navn: "regnskabsår 2020 har stadig noget hensat i takstår 2026",
      skema: resultatSkema({ resultater: (r) => void r.push(gammel(2020, 250000)) }),
      fund: [
        {
          celle: "E4",
          ark: ARK,
          ydelsesId: "A1-108",
          besked:
            "Der står stadig 250.000,00 kr. hensat for A1-108 fra regnskabsår 2020, men hensatte overskud skal anvendes inden for 5 år, dvs. senest i 2025, og takståret er 2026. Anvend eller indregn beløbet, og sæt Hensat til 0.",
        },
      ],
    },
    {
      navn: "profilen tillader kun 3 år",
      skema: resultatSkema({ resultater: (r) => void r.push(gammel(2022, 1)) }),
      profil: { overUnderskud: { ...P.overUnderskud, hensaettelseAar: 3 } },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "E4",
          besked:
            "Der står stadig 1,00 kr. hensat for A1-108 fra regnskabsår 2022, men hensatte overskud skal anvendes inden for 3 år, dvs. senest i 2025, og takståret er 2026. Anvend eller indregn beløbet, og sæt Hensat til 0.",
        },
      ],
    },
  ],
});
