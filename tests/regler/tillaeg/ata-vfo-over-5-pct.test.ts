import regel from "../../../src/core/regler/tillaeg/ata-vfo-over-5-pct";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "fixturen (5 %)", skema: gyldigtSkema() },
    { navn: "tom vfo", skema: tillaegSkema({ tillaeg: (r) => void (r[0].vfo = null) }) },
    { navn: "5 skrevet som procenttal læses som 5 %", skema: tillaegSkema({ tillaeg: (r) => void (r[0].vfo = 5) }) },
    {
      navn: "profilen tillader 6 %",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].vfo = 0.06) }),
      profil: { tillaeg: { ...P.tillaeg, vfoMaxPct: 6 } },
    },
  ],
  ugyldige: [
    {
      navn: "5,01 %",
      rettet: tillaegSkema({ tillaeg: (r) => void (r[1].vfo = 0.05) }),
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].vfo = 0.0501) }),
      fund: [
        {
          celle: "F3",
          ark: ARK_TILLAEG,
          besked:
            "Variable følgeomkostninger for Socialpædagog, Hverdag 17-23 er 5,01 %, men højst 5 % må lægges til timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen.",
        },
      ],
    },
    {
      navn: "10 % på begge rækker",
      skema: tillaegSkema({ tillaeg: (r) => r.forEach((x) => (x.vfo = 0.1)) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "F2",
          besked:
            "Variable følgeomkostninger for Socialpædagog, Hverdag 06-17 er 10,0 %, men højst 5 % må lægges til timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen.",
        },
        {
          ark: "Tillægsydelser",
          celle: "F3",
          besked:
            "Variable følgeomkostninger for Socialpædagog, Hverdag 17-23 er 10,0 %, men højst 5 % må lægges til timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen.",
        },
      ],
    },
    {
      navn: "profilen sætter loftet til 4 %",
      skema: gyldigtSkema(),
      profil: { tillaeg: { ...P.tillaeg, vfoMaxPct: 4 } },
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "F2",
          besked:
            "Variable følgeomkostninger for Socialpædagog, Hverdag 06-17 er 5,0 %, men højst 4 % må lægges til timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen.",
        },
        {
          ark: "Tillægsydelser",
          celle: "F3",
          besked:
            "Variable følgeomkostninger for Socialpædagog, Hverdag 17-23 er 5,0 %, men højst 4 % må lægges til timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen.",
        },
      ],
    },
  ],
});
