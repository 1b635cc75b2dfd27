import regel from "../../../src/core/regler/ydelser/belaegning-over-100";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed } from "../ydelser-hjaelp";

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
    {
      // § 4.1 enhedstakst; regler.md 2026.3 point 1: "no belægning rule applies to it".
      navn: "enhedstakst: ingen belægningsregel",
      skema: skemaMed({ 1: { taksttype: "Enhedstakst", tilbudsform: "Rådgivning", belaegningsprocent: 1.2 } }),
    },
  ],
  ugyldige: [
    {
      navn: "104 % som brøk og 100,5 som tal",
      rettet: skemaMed({ 0: { belaegningsprocent: { v: 0.96, nf: "0.0%" } }, 1: { belaegningsprocent: 96 } }),
      skema: skemaMed({ 0: { belaegningsprocent: { v: 1.04, nf: "0.0%" } }, 1: { belaegningsprocent: 100.5 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          // Issue 15 § 3: 7.008.000 ÷ (10 × 100 % × 365) = 1.920,00 kr.
          besked:
            "Belægningsprocenten 104,0 % er over 100 %. Budgettér med højst 100 % (anbefalet 95 %–98 %); med den højeste belægning bliver taksten 1.920,00 kr.",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          besked:
            "Belægningsprocenten 100,5 % er over 100 %. Budgettér med højst 100 % (anbefalet 95 %–98 %); med den højeste belægning bliver taksten 480,00 kr.",
        },
      ],
    },
    {
      // regler.md 2026.3 point 9: 100,004 % is above 100 % and is shown so, never "100,0 %".
      navn: "100,004 % vises over 100 %",
      skema: skemaMed({ 0: { belaegningsprocent: 1.00004 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Belægningsprocenten 100,004 % er over 100 %. Budgettér med højst 100 % (anbefalet 95 %–98 %); med den højeste belægning bliver taksten 1.920,00 kr.",
        },
      ],
      rettet: skemaMed({ 0: { belaegningsprocent: 1 } }),
    },
    {
      navn: "også for en Time-ydelse",
      skema: skemaMed({ 1: { takstenhed: "Time", belaegningsprocent: 120 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J3",
          besked: "Belægningsprocenten 120,0 % er over 100 %. Budgettér med højst 100 % (anbefalet 95 %–98 %).",
        },
      ],
    },
    {
      navn: "profilens max 98 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.99 } }),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, max: 98 } },
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Belægningsprocenten 99,0 % er over 98 %. Budgettér med højst 98 % (anbefalet 95 %–98 %); med den højeste belægning bliver taksten 1.959,18 kr.",
        },
      ],
    },
  ],
});
