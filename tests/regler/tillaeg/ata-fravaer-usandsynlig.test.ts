import regel from "../../../src/core/regler/tillaeg/ata-fravaer-usandsynlig";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "fixturen: 33 %", skema: gyldigtSkema() },
    { navn: "præcis 10 %", skema: tillaegSkema({ tillaeg: (r) => void (r[0].fravaer = 0.1) }) },
    { navn: "præcis 50 %", skema: tillaegSkema({ tillaeg: (r) => void (r[0].fravaer = 0.5) }) },
    {
      navn: "ulæselig værdi (felt-ugyldig-vaerdi melder den)",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].fravaer = "#DIV/0!") }),
    },
    {
      navn: "profilen tillader 5–60 %",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].fravaer = 0.06) }),
      profil: { tillaeg: { ...P.tillaeg, fravaerMinPct: 5, fravaerMaxPct: 60 } },
    },
  ],
  ugyldige: [
    {
      navn: "9,9 %",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].fravaer = 0.099) }),
      fund: [
        {
          celle: "D2",
          ark: ARK_TILLAEG,
          besked:
            "Fraværskorrektionen for Socialpædagog, Hverdag 06-17 er 9,9 %, uden for det sandsynlige interval 10 %–50 % (ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten.",
        },
      ],
    },
    {
      navn: "50,1 %",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].fravaer = 0.501) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "D3",
          besked:
            "Fraværskorrektionen for Socialpædagog, Hverdag 17-23 er 50,1 %, uden for det sandsynlige interval 10 %–50 % (ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten.",
        },
      ],
    },
    {
      navn: "tom fraværskorrektion",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].fravaer = null) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "D3",
          besked:
            "Fraværskorrektionen for Socialpædagog, Hverdag 17-23 er tom, så ATA-timetaksten regnes uden fravær. Skriv fraværskorrektionen (typisk 10 %–50 %, fx 33 %).",
        },
      ],
    },
    {
      navn: "profilen kræver mindst 35 %",
      skema: gyldigtSkema(),
      profil: { tillaeg: { ...P.tillaeg, fravaerMinPct: 35 } },
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "D2",
          besked:
            "Fraværskorrektionen for Socialpædagog, Hverdag 06-17 er 33,0 %, uden for det sandsynlige interval 35 %–50 % (ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten.",
        },
        {
          ark: "Tillægsydelser",
          celle: "D3",
          besked:
            "Fraværskorrektionen for Socialpædagog, Hverdag 17-23 er 33,0 %, uden for det sandsynlige interval 35 %–50 % (ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten.",
        },
      ],
    },
  ],
});
