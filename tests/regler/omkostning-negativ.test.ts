import regel from "../../src/core/regler/omkostninger/omkostning-negativ";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema, medOmkostninger } from "../hjaelp/fixtur";

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
          besked: ["Finansieringsindtægter", "−10.000,00 kr.", "positive", "Skriv 10.000,00 kr."],
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
          besked: ["Heraf fagpersonale i vagtlag", "−1,00 kr."],
        },
        {
          ark: "Omkostninger",
          celle: "L3",
          ydelsesId: "A2-104",
          besked: ["Indregnet overskud", "−5.000,00 kr.", "trækker selv"],
        },
      ],
    },
    {
      navn: "negativt beløb skrevet som tekst",
      skema: medOmk((r) => {
        r[0].personale = "-5.000.000,00";
      }),
      fund: [{ ark: "Omkostninger", celle: "B2", besked: ["Personaleomkostninger", "−5.000.000,00 kr."] }],
    },
    {
      navn: "én negativ øre",
      skema: medOmk((r) => {
        r[1].kompetenceudvikling = -0.01;
      }),
      fund: [{ ark: "Omkostninger", celle: "F3", besked: ["−0,01 kr."] }],
    },
  ],
});
