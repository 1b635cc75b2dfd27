import regel from "../../../src/core/regler/ydelser/belaegning-nyt-tilbud";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed } from "../ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

const nyt = { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2026 } };

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (ikke nyt tilbud)", skema: gyldigtSkema() },
    { navn: "nyt tilbud på præcis 95 %", skema: skemaMed({ 0: { belaegningsprocent: 0.95 } }, nyt) },
    {
      navn: "eksisterende tilbud under 95 % (belaegning-under-forventet melder det)",
      skema: skemaMed({ 0: { belaegningsprocent: 0.667 } }),
    },
    {
      navn: "nyt tilbud i andet driftsår",
      skema: skemaMed({ 0: { belaegningsprocent: 0.667 } }, { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 } }),
    },
    {
      navn: "nyt aflastningstilbud på 92 % (minimum for korte forløb er 90 %)",
      skema: skemaMed({ 0: { tilbudsform: "Aflastning", belaegningsprocent: 0.92 } }, nyt),
    },
    { navn: "Time-takst", skema: skemaMed({ 1: { takstenhed: "Time", belaegningsprocent: 0.5 } }, nyt) },
  ],
  ugyldige: [
    {
      navn: "aftalens eksempel: 8 af 12 borgere budgetterer 66,7 %",
      skema: skemaMed(
        { 0: { pladserSidsteAar: null, pladser: 12, belaegningsprocent: { v: 8 / 12, nf: "0.0%" } } },
        nyt,
      ),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          alvor: "info",
          besked:
            "Nyt tilbud i første driftsår: belægningsprocenten 66,7 % er under 95 %. Det er tilladt, når den svarer til den forventede belægning (forventede borgere ÷ pladser). Et driftstab fra første driftsår kan afskrives over 3 år i stedet for ét (§ 6.1.2).",
        },
      ],
    },
    {
      navn: "tom Første driftsår regnes som første driftsår",
      skema: skemaMed({ 1: { belaegningsprocent: 75 } }, { stamdata: { nytTilbud: "Ja", foersteDriftsaar: null } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          besked:
            "Nyt tilbud i første driftsår: belægningsprocenten 75,0 % er under 95 %. Det er tilladt, når den svarer til den forventede belægning (forventede borgere ÷ pladser). Et driftstab fra første driftsår kan afskrives over 3 år i stedet for ét (§ 6.1.2).",
        },
      ],
    },
    {
      navn: "nyt aflastningstilbud under 90 %",
      skema: skemaMed({ 0: { tilbudsform: "Aflastning", belaegningsprocent: 0.85 } }, nyt),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Nyt tilbud i første driftsår: belægningsprocenten 85,0 % er under 90 %. Det er tilladt, når den svarer til den forventede belægning (forventede borgere ÷ pladser). Et driftstab fra første driftsår kan afskrives over 3 år i stedet for ét (§ 6.1.2).",
        },
      ],
    },
    {
      navn: "profilens forventede minimum 97 %",
      skema: skemaMed({}, nyt),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, forventetMin: 97 } },
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Nyt tilbud i første driftsår: belægningsprocenten 96,0 % er under 97 %. Det er tilladt, når den svarer til den forventede belægning (forventede borgere ÷ pladser). Et driftstab fra første driftsår kan afskrives over 3 år i stedet for ét (§ 6.1.2).",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          besked:
            "Nyt tilbud i første driftsår: belægningsprocenten 96,0 % er under 97 %. Det er tilladt, når den svarer til den forventede belægning (forventede borgere ÷ pladser). Et driftstab fra første driftsår kan afskrives over 3 år i stedet for ét (§ 6.1.2).",
        },
      ],
    },
  ],
});
