import regel from "../../../src/core/regler/skema/tal-som-tekst";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../../hjaelp/fixtur";
import type { ByggeRaekke, SkemaSpec } from "../../hjaelp/snapshot-bygger";

function medYdelse(i: number, aendring: ByggeRaekke): SkemaSpec {
  const y = gyldigeYdelser();
  y[i] = { ...y[i], ...aendring };
  return { ...gyldigtSkema(), ydelser: y };
}

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (tal som tal)", skema: gyldigtSkema() },
    {
      navn: "Belægningsprocent som %-formateret brøk",
      skema: medYdelse(1, { belaegningsprocent: { v: 0.96, nf: "0.0%" } }),
    },
    {
      navn: "tekst i en tekstkolonne der ligner et tal",
      skema: medYdelse(0, { ydelse: "1.234", bemaerkninger: "Taksten stiger med 2,6 % pga. løn- og prisudvikling." }),
    },
    {
      // regler.md 2026.2 item 12: "Kategori and Takstår typed as text are simply read".
      navn: "Stamdata: Kategori, Takstår og Første driftsår skrevet som tekst læses bare",
      skema: {
        ...gyldigtSkema(),
        stamdata: { ...gyldigtSkema().stamdata, kategori: "3", takstaar: "2026", tilbudsportalId: "12345" },
      },
    },
    {
      navn: "ulæselig tekst er felt-ugyldig-vaerdi, ikke tal-som-tekst",
      skema: medYdelse(0, { takst: "ca. to tusind" }),
    },
  ],
  ugyldige: [
    {
      navn: "Takst skrevet som dansk tekst",
      skema: medYdelse(0, { takst: "2.000,00" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked:
            'Takst er skrevet som tekst ("2.000,00"), men er læst som et tal. Skriv et tal i cellen, så Excel kan regne med det.',
        },
      ],
    },
    {
      navn: 'Belægningsprocent skrevet som "96 %"',
      skema: medYdelse(1, { belaegningsprocent: "96 %" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          besked:
            'Belægningsprocent er skrevet som tekst ("96 %"), men er læst som et tal. Skriv et tal i cellen, så Excel kan regne med det.',
        },
      ],
    },
    {
      navn: 'beløb med "kr." i Omkostninger og pladser som tekst',
      skema: (() => {
        const o = gyldigeOmkostninger();
        o[1] = { ...o[1], administration: "kr. 300.000" };
        const s = medYdelse(0, { pladser: "10" });
        return { ...s, omkostninger: o };
      })(),
      fund: [
        {
          ark: "Ydelser",
          celle: "I2",
          besked:
            'Pladser er skrevet som tekst ("10"), men er læst som et tal. Skriv et tal i cellen, så Excel kan regne med det.',
        },
        {
          ark: "Omkostninger",
          celle: "E3",
          ydelsesId: "A2-104",
          besked:
            'Administrationsomkostninger er skrevet som tekst ("kr. 300.000"), men er læst som et tal. Skriv et tal i cellen, så Excel kan regne med det.',
        },
      ],
    },
  ],
});
