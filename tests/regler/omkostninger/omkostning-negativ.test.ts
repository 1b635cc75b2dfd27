import regel from "../../../src/core/regler/omkostninger/omkostning-negativ";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, medOmkostninger } from "../../hjaelp/fixtur";

const medOmk = medOmkostninger;

testRegel(regel, {
  gyldige: [
    { navn: "fixturen", skema: gyldigtSkema() },
    {
      navn: "0 er ikke negativt",
      skema: medOmk((r) => {
        r[0].ejendom = 0;
        r[0].grundlag = 6408000;
      }),
    },
    {
      navn: "et negativt takstberegningsgrundlag er formlens resultat, ikke et indtastet beløb",
      skema: medOmk((r) => {
        r[1].grundlag = -1;
      }),
    },
  ],
  ugyldige: [
    {
      navn: "negative finansieringsindtægter",
      rettet: medOmk((r) => {
        r[0].finansieringsindtaegter = 10000;
      }),
      skema: medOmk((r) => {
        r[0].finansieringsindtaegter = -10000;
      }),
      fund: [
        {
          celle: "I2",
          ark: "Omkostninger",
          ydelsesId: "A1-108",
          besked:
            "Finansieringsindtægter for A1-108 er −10.000,00 kr. Alle beløb indtastes som positive tal – formlen trækker selv finansieringsindtægter fra. Skriv 10.000,00 kr., eller ret beløbet.",
        },
      ],
    },
    {
      navn: "negativt indregnet overskud og negativt vagtlag på samme række",
      skema: medOmk((r) => {
        r[1].indregnetOverskud = -5000;
        r[1].vagtlag = -1;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "C3",
          ydelsesId: "A2-104",
          besked:
            "Heraf fagpersonale i vagtlag for A2-104 er −1,00 kr. Alle beløb indtastes som positive tal. Skriv 1,00 kr., eller ret beløbet.",
        },
        {
          ark: "Omkostninger",
          celle: "L3",
          ydelsesId: "A2-104",
          besked:
            "Indregnet overskud for A2-104 er −5.000,00 kr. Alle beløb indtastes som positive tal – formlen trækker selv indregnet overskud fra. Skriv 5.000,00 kr., eller ret beløbet.",
        },
      ],
    },
    {
      navn: "negativt beløb skrevet som tekst",
      skema: medOmk((r) => {
        r[0].personale = "-5.000.000,00";
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "B2",
          besked:
            "Personaleomkostninger for A1-108 er −5.000.000,00 kr. Alle beløb indtastes som positive tal. Skriv 5.000.000,00 kr., eller ret beløbet.",
        },
      ],
    },
    {
      navn: "én negativ øre",
      skema: medOmk((r) => {
        r[1].kompetenceudvikling = -0.01;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "F3",
          besked:
            "Kompetenceudvikling for A2-104 er −0,01 kr. Alle beløb indtastes som positive tal. Skriv 0,01 kr., eller ret beløbet.",
        },
      ],
    },
  ],
});
