import regel from "../../../src/core/regler/omkostninger/vagtlag-over-personale";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, medOmkostninger } from "../../hjaelp/fixtur";

const medOmk = medOmkostninger;

testRegel(regel, {
  gyldige: [
    { navn: "fixturen", skema: gyldigtSkema() },
    {
      navn: "vagtlag lig personaleomkostningerne",
      skema: medOmk((r) => {
        r[0].vagtlag = 5000000;
      }),
    },
    {
      navn: "forskel under en halv øre",
      skema: medOmk((r) => {
        r[0].vagtlag = 5000000.004;
      }),
    },
    {
      navn: "tomt vagtlag (vagtlag-mangler melder det)",
      skema: medOmk((r) => {
        r[0].vagtlag = null;
      }),
    },
  ],
  ugyldige: [
    {
      navn: "vagtlag én øre over personaleomkostningerne",
      skema: medOmk((r) => {
        r[1].vagtlag = 2500000.01;
      }),
      fund: [
        {
          celle: "C3",
          ark: "Omkostninger",
          ydelsesId: "A2-104",
          besked:
            "Heraf fagpersonale i vagtlag for A2-104 er 2.500.000,01 kr., mere end Personaleomkostninger (2.500.000,00 kr.). Vagtlaget er en del af personaleomkostningerne: ret et af de to beløb.",
        },
      ],
    },
    {
      navn: "vagtlag og personale byttet om",
      rettet: medOmk((r) => {
        r[0].personale = 5000000;
        r[0].vagtlag = 3500000;
      }),
      skema: medOmk((r) => {
        r[0].personale = 3500000;
        r[0].vagtlag = 5000000;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "C2",
          ydelsesId: "A1-108",
          besked:
            "Heraf fagpersonale i vagtlag for A1-108 er 5.000.000,00 kr., mere end Personaleomkostninger (3.500.000,00 kr.). Vagtlaget er en del af personaleomkostningerne: ret et af de to beløb.",
        },
      ],
    },
  ],
});
