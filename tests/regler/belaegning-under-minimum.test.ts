import regel from "../../src/core/regler/ydelser/belaegning-under-minimum";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { hentProfil } from "../../src/core/profil/register";
import { skemaMed } from "./ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

const aflastning = (b: unknown) => ({ 0: { tilbudsform: "Aflastning", belaegningsprocent: b as number } });

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "aflastning på præcis 90 %", skema: skemaMed(aflastning(0.9)) },
    { navn: "akuttilbud på 90 (tal)", skema: skemaMed({ 1: { tilbudsform: "Akuttilbud", belaegningsprocent: 90 } }) },
    {
      navn: "døgntilbud på 89 % (belaegning-under-forventet melder det)",
      skema: skemaMed({ 0: { belaegningsprocent: 0.89 } }),
    },
    {
      navn: "aflastning med Time-takst: belægningen indgår ikke i taksten",
      skema: skemaMed({ 0: { tilbudsform: "Aflastning", takstenhed: "Time", belaegningsprocent: 0.5 } }),
    },
    {
      navn: "nyt tilbud i første driftsår (belaegning-nyt-tilbud melder det)",
      skema: skemaMed(aflastning(0.7), { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2026 } }),
    },
    {
      navn: "profilens minimum 85 %",
      skema: skemaMed(aflastning(0.89)),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, minKortForloeb: 85 } },
    },
  ],
  ugyldige: [
    {
      navn: "aflastning på 89,9 %",
      rettet: skemaMed(aflastning(0.9)),
      skema: skemaMed(aflastning(0.899)),
      fund: [{ ark: "Ydelser", celle: "J2", ydelsesId: "A1-108", besked: ["89,9 %", "minimum 90 %", "Aflastning"] }],
    },
    {
      navn: "kort forløb på 80 og akuttilbud på 85 %",
      skema: skemaMed({
        0: { tilbudsform: "Kort forløb", belaegningsprocent: 80 },
        1: { tilbudsform: "Akuttilbud", belaegningsprocent: { v: 0.85, nf: "0%" } },
      }),
      fund: [
        { ark: "Ydelser", celle: "J2", besked: ["80,0 %", "Kort forløb"] },
        { ark: "Ydelser", celle: "J3", ydelsesId: "A2-104", besked: ["85,0 %", "Akuttilbud"] },
      ],
    },
    {
      navn: "nyt tilbud i andet driftsår",
      skema: skemaMed(aflastning(0.85), { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 } }),
      fund: [{ ark: "Ydelser", celle: "J2" }],
    },
    {
      navn: "profilens minimum 92 %",
      skema: skemaMed(aflastning(0.91)),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, minKortForloeb: 92 } },
      fund: [{ ark: "Ydelser", celle: "J2", besked: ["91,0 %", "minimum 92 %"] }],
    },
  ],
});
