import regel from "../../src/core/regler/tillaeg/ata-fravaer-usandsynlig";
import { testRegel } from "../hjaelp/regeltester";
import { hentProfil } from "../../src/core/profil/register";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "./tillaeg-fixtur";

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
      fund: [{ celle: "D2", ark: ARK_TILLAEG, besked: ["9,9 %", "10 %–50 %", "Socialpædagog, Hverdag 06-17"] }],
    },
    {
      navn: "50,1 %",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].fravaer = 0.501) }),
      fund: [{ ark: "Tillægsydelser", celle: "D3", besked: ["50,1 %"] }],
    },
    {
      navn: "tom fraværskorrektion",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].fravaer = null) }),
      fund: [{ ark: "Tillægsydelser", celle: "D3", besked: ["er tom", "uden fravær"] }],
    },
    {
      navn: "profilen kræver mindst 35 %",
      skema: gyldigtSkema(),
      profil: { tillaeg: { ...P.tillaeg, fravaerMinPct: 35 } },
      fund: [
        { ark: "Tillægsydelser", celle: "D2", besked: ["35 %–50 %"] },
        { ark: "Tillægsydelser", celle: "D3" },
      ],
    },
  ],
});
