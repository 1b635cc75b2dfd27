import regel from "../../../src/core/regler/skema/formel-i-inputkolonne";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema, gyldigTakstbilagRaekke } from "../../hjaelp/fixtur";

// Issue 16 § 1: Takst became =M2*1.5 with the old takst stored as its result.
function medTakst(takst: unknown) {
  const y = gyldigeYdelser();
  y[0].takst = takst as never;
  return { ...gyldigtSkema(), ydelser: y };
}

testRegel(regel, {
  gyldige: [
    { navn: "skabelonens egne formler i beregnede kolonner (Takstberegningsgrundlag)", skema: gyldigtSkema() },
    {
      navn: "takstbilagets Ændring kr. og Ændring pct. er formler",
      skema: {
        takstbilag: [
          {
            ...gyldigTakstbilagRaekke(),
            aendringKr: { v: 50, f: '=IF(I2="","",IF(J2="","",J2-I2))' },
            aendringPct: { v: 0.0256, f: '=IF(I2="","",IF(J2="","",IF(I2=0,"",J2/I2-1)))' },
          },
        ],
      },
    },
  ],
  ugyldige: [
    {
      navn: "Takst er en formel med et gammelt gemt resultat",
      skema: medTakst({ v: 2000, f: "=M2*1.5" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            "Takst skal udfyldes med en værdi, men cellen er formlen =M2*1.5. Programmet kan ikke efterregne formlen, og det resultat, der er gemt med den, er ikke nødvendigvis det, Excel viser (kontrollen og takstbilaget bruger det gemte resultat). Erstat formlen med sin værdi: kopiér cellen, og vælg Indsæt speciel → Værdier.",
        },
      ],
      rettet: medTakst(2000),
    },
    {
      navn: "en formel i et Stamdata-felt",
      skema: {
        ...gyldigtSkema(),
        stamdata: { ...gyldigtSkema().stamdata, takstaar: { v: 2026, f: "=YEAR(TODAY())+1" } },
      },
      fund: [
        {
          ark: "Stamdata",
          celle: "B6",
          besked:
            "Takstår skal udfyldes med en værdi, men cellen er formlen =YEAR(TODAY())+1. Programmet kan ikke efterregne formlen, og det resultat, der er gemt med den, er ikke nødvendigvis det, Excel viser (kontrollen og takstbilaget bruger det gemte resultat). Erstat formlen med sin værdi: kopiér cellen, og vælg Indsæt speciel → Værdier.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "en formel, der henter fra en anden projektmappe, i en inputkolonne",
      skema: medTakst({ v: 2000, f: "='[Budget2026.xlsx]Ark1'!B4" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Takst skal udfyldes med en værdi, men cellen er formlen ='[Budget2026.xlsx]Ark1'!B4. Programmet kan ikke efterregne formlen, og det resultat, der er gemt med den, er ikke nødvendigvis det, Excel viser (kontrollen og takstbilaget bruger det gemte resultat). Erstat formlen med sin værdi: kopiér cellen, og vælg Indsæt speciel → Værdier.",
        },
      ],
    },
  ],
});
