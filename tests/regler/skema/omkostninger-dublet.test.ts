import regel from "../../../src/core/regler/skema/omkostninger-dublet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, medOmkostninger } from "../../hjaelp/fixtur";

testRegel(regel, {
  gyldige: [{ navn: "én række pr. ydelse", skema: gyldigtSkema() }],
  ugyldige: [
    {
      navn: "samme Ydelses-ID to gange (store/små bogstaver og mellemrum tæller ikke)",
      rettet: gyldigtSkema(),
      skema: medOmkostninger((r) => void r.push({ ...r[0], ydelsesId: " a1-108 " })),
      fund: [
        {
          ark: "Omkostninger",
          celle: "A4",
          ydelsesId: "a1-108",
          alvor: "fejl",
          besked:
            'Ydelses-ID "a1-108" har allerede en række i tabellen over omkostninger på arket Omkostninger (række 2), så taksten kan ikke efterregnes. Saml budgettet for ydelsen i én række.',
        },
      ],
    },
  ],
});
