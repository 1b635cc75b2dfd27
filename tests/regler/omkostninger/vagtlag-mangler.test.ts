import regel from "../../../src/core/regler/omkostninger/vagtlag-mangler";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, medOmkostninger } from "../../hjaelp/fixtur";

const medOmk = medOmkostninger;

testRegel(regel, {
  gyldige: [
    { navn: "fixturen", skema: gyldigtSkema() },
    {
      navn: "ingen personaleomkostninger, intet vagtlag",
      skema: medOmk((r) => {
        r[1].personale = 0;
        r[1].vagtlag = 0;
      }),
    },
    {
      navn: "et lille vagtlag er nok",
      skema: medOmk((r) => {
        r[0].vagtlag = 0.01;
      }),
    },
    {
      navn: "ulæseligt vagtlag melder felt-ugyldig-vaerdi",
      skema: medOmk((r) => {
        r[0].vagtlag = "#N/A";
      }),
    },
  ],
  ugyldige: [
    {
      navn: "tomt vagtlag",
      skema: medOmk((r) => {
        r[0].vagtlag = null;
      }),
      fund: [
        {
          celle: "C2",
          ark: "Omkostninger",
          ydelsesId: "A1-108",
          besked:
            "Heraf fagpersonale i vagtlag er tom for A1-108, men personaleomkostningerne er 5.000.000,00 kr. Skriv den del af personaleomkostningerne, der er løn til fagpersonale i vagtlag (de direkte støttetimer); den bruges ved forhandling af takster og tillægsydelser.",
        },
      ],
    },
    {
      navn: "vagtlag 0",
      skema: medOmk((r) => {
        r[1].vagtlag = 0;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "C3",
          ydelsesId: "A2-104",
          besked:
            "Heraf fagpersonale i vagtlag er 0 for A2-104, men personaleomkostningerne er 2.500.000,00 kr. Skriv den del af personaleomkostningerne, der er løn til fagpersonale i vagtlag (de direkte støttetimer); den bruges ved forhandling af takster og tillægsydelser.",
        },
      ],
    },
  ],
});
