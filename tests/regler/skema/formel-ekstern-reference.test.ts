import regel from "../../../src/core/regler/skema/formel-ekstern-reference";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, gyldigeYdelser } from "../../hjaelp/fixtur";

function medTakstFormel(f: string) {
  const y = gyldigeYdelser();
  y[0].takst = { v: 2000, f };
  return { ...gyldigtSkema(), ydelser: y };
}

testRegel(regel, {
  gyldige: [
    { navn: "formler i skemaet selv (grundlaget)", skema: gyldigtSkema() },
    {
      navn: "en formel, der henviser til et andet ark i samme projektmappe",
      skema: medTakstFormel("='Over- og underskud'!C2/3504"),
    },
    { navn: "tekst med kantede parenteser er ingen formel", skema: medTakstFormel("=ROUND(M2*1.025,2)") },
  ],
  ugyldige: [
    {
      navn: "takst hentet fra en anden projektmappe",
      skema: medTakstFormel("='[Budget2026.xlsx]Ark1'!B4"),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          alvor: "advarsel",
          besked:
            "Formlen henter sin værdi fra en anden projektmappe, som ikke følger med skemaet; den viste værdi er den sidst gemte og kan ikke efterprøves. Skriv tallet ind, eller flyt beregningen ind i skemaet.",
        },
      ],
    },
    {
      navn: "Excels indeksform for eksterne links",
      skema: medTakstFormel("=[1]Ark1!B4*1.02"),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Formlen henter sin værdi fra en anden projektmappe, som ikke følger med skemaet; den viste værdi er den sidst gemte og kan ikke efterprøves. Skriv tallet ind, eller flyt beregningen ind i skemaet.",
        },
      ],
    },
    {
      navn: "sti til en fil på et netværksdrev",
      skema: medTakstFormel("='\\\\server\\budget\\[Budget.xlsx]Ark1'!B4"),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Formlen henter sin værdi fra en anden projektmappe, som ikke følger med skemaet; den viste værdi er den sidst gemte og kan ikke efterprøves. Skriv tallet ind, eller flyt beregningen ind i skemaet.",
        },
      ],
    },
  ],
});
