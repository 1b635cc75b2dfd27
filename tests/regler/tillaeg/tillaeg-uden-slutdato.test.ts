import regel from "../../../src/core/regler/tillaeg/tillaeg-uden-slutdato";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

testRegel(regel, {
  gyldige: [
    { navn: "fixturen har ingen tillægsberegning", skema: gyldigtSkema() },
    { navn: "aftale med slutdato", skema: tillaegSkema() },
    {
      navn: "ulæselig slutdato (felt-ugyldig-vaerdi melder den)",
      skema: tillaegSkema({ beregning: (r) => void (r[0].slutdato = "snart") }),
    },
  ],
  ugyldige: [
    {
      navn: "ingen slutdato",
      rettet: tillaegSkema(),
      skema: tillaegSkema({ beregning: (r) => void (r[0].slutdato = null) }),
      fund: [
        {
          celle: "H7",
          ark: ARK_TILLAEG,
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud" har ingen slutdato. Tillægsydelser er midlertidige: skriv den aftalte slutdato, så uger og samlet pris kan beregnes.',
        },
      ],
    },
    {
      navn: "anden række uden slutdato og uden beskrivelse",
      skema: tillaegSkema({
        beregning: (r) =>
          void r.push({
            beskrivelse: null,
            personalekategori: "Socialpædagog",
            tidsrum: "Hverdag 06-17",
            timerPrUge: -3,
            startdato: 46023,
            slutdato: "  ",
          }),
      }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "H8",
          besked:
            'Tillægsydelsen "Socialpædagog, Hverdag 06-17" har ingen slutdato. Tillægsydelser er midlertidige: skriv den aftalte slutdato, så uger og samlet pris kan beregnes.',
        },
      ],
    },
  ],
});
