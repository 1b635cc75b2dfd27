import regel from "../../../src/core/regler/ydelser/belaegning-over-anbefalet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed } from "../ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (96 %)", skema: gyldigtSkema() },
    {
      navn: "præcis 98 % (brøk og tal)",
      skema: skemaMed({ 0: { belaegningsprocent: 0.98 }, 1: { belaegningsprocent: 98 } }),
    },
    { navn: "over 100 % er belaegning-over-100's", skema: skemaMed({ 0: { belaegningsprocent: 1.01 } }) },
    { navn: "Time-takst", skema: skemaMed({ 1: { takstenhed: "Time", belaegningsprocent: 0.99 } }) },
    {
      navn: "profilens anbefalede max 99 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.99 } }),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, anbefaletMax: 99 } },
    },
  ],
  ugyldige: [
    {
      navn: "98,1 % og præcis 100 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.981 }, 1: { belaegningsprocent: 100 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          alvor: "info",
          besked:
            "Belægningsprocenten 98,1 % er over de anbefalede 98 %. Det er tilladt op til 100 %, men en så høj belægning giver risiko for underskud; overvej 95 %–98 %.",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          besked:
            "Belægningsprocenten 100,0 % er over de anbefalede 98 %. Det er tilladt op til 100 %, men en så høj belægning giver risiko for underskud; overvej 95 %–98 %.",
        },
      ],
    },
    {
      navn: "profilens anbefalede max 95 %",
      skema: gyldigtSkema(),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, anbefaletMax: 95 } },
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Belægningsprocenten 96,0 % er over de anbefalede 95 %. Det er tilladt op til 100 %, men en så høj belægning giver risiko for underskud; overvej 95 %–95 %.",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          besked:
            "Belægningsprocenten 96,0 % er over de anbefalede 95 %. Det er tilladt op til 100 %, men en så høj belægning giver risiko for underskud; overvej 95 %–95 %.",
        },
      ],
    },
  ],
});
