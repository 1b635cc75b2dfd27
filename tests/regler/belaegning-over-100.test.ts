import regel from "../../src/core/regler/ydelser/belaegning-over-100";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { hentProfil } from "../../src/core/profil/register";
import { skemaMed } from "./ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (96 %)", skema: gyldigtSkema() },
    {
      navn: "præcis 100 % (brøk og tal)",
      skema: skemaMed({ 0: { belaegningsprocent: { v: 1, nf: "0%" } }, 1: { belaegningsprocent: 100 } }),
    },
    { navn: "tom belægning", skema: skemaMed({ 1: { belaegningsprocent: null } }) },
    {
      navn: "profilens max 110 %",
      skema: skemaMed({ 0: { belaegningsprocent: 1.05 } }),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, max: 110 } },
    },
  ],
  ugyldige: [
    {
      navn: "104 % som brøk og 100,5 som tal",
      rettet: skemaMed({ 0: { belaegningsprocent: { v: 0.96, nf: "0.0%" } }, 1: { belaegningsprocent: 96 } }),
      skema: skemaMed({ 0: { belaegningsprocent: { v: 1.04, nf: "0.0%" } }, 1: { belaegningsprocent: 100.5 } }),
      fund: [
        { ark: "Ydelser", celle: "J2", ydelsesId: "A1-108", besked: ["104,0 %", "over 100 %", "højst 100 %"] },
        { ark: "Ydelser", celle: "J3", ydelsesId: "A2-104", besked: ["100,5 %"] },
      ],
    },
    {
      navn: "også for en Time-ydelse",
      skema: skemaMed({ 1: { takstenhed: "Time", belaegningsprocent: 120 } }),
      fund: [{ ark: "Ydelser", celle: "J3", besked: ["120,0 %"] }],
    },
    {
      navn: "profilens max 98 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.99 } }),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, max: 98 } },
      fund: [{ ark: "Ydelser", celle: "J2", besked: ["99,0 %", "over 98 %"] }],
    },
  ],
});
