import regel from "../../../src/core/regler/ydelser/takstaendring-uden-begrundelse";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed, takstbilag } from "../ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

// A2-104: Takst sidste år 490 kr., no Årsag, no Bemærkninger. 5 % of 490 = 24,50 kr.
const plProfil = {
  takstaendring: { ...NORDJYLLAND_2025_2026.takstaendring, maalestok: "ud_over_pl" as const, plFremskrivningPct: 3 },
};

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (ændringer under 5 %)", skema: gyldigtSkema() },
    { navn: "præcis 5 % stigning er ikke væsentlig", skema: skemaMed({ 1: { takst: 514.5 } }) },
    { navn: "præcis 5 % fald er ikke væsentlig", skema: skemaMed({ 1: { takst: 465.5 } }) },
    {
      navn: "væsentlig stigning med årsag og begrundelse",
      skema: skemaMed({
        0: { takst: 2400, aarsag: "Ændret serviceniveau", bemaerkninger: "Ekstra nattevagt fra 1. januar." },
      }),
    },
    { navn: "Takst sidste år tom (ny ydelse)", skema: skemaMed({ 1: { takstSidsteAar: null, takst: 900 } }) },
    { navn: "Takst sidste år 0", skema: skemaMed({ 1: { takstSidsteAar: 0, takst: 900 } }) },
    {
      navn: "Takst ulæselig (felt-ugyldig-vaerdi melder det)",
      skema: skemaMed({ 1: { takst: { v: { fejl: "#REF!" } } } }),
    },
    { navn: "ud over PL: +7 % med PL 3 % er 4 %", skema: skemaMed({ 1: { takst: 524.3 } }), profil: plProfil },
  ],
  ugyldige: [
    {
      navn: "væsentlig stigning uden begrundelse",
      rettet: skemaMed({
        1: {
          takst: 539,
          aarsag: "Ændret serviceniveau",
          bemaerkninger: "Ekstra nattevagt fra 1. januar.",
        },
      }),
      skema: skemaMed({ 1: { takst: 539 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          ydelsesId: "A2-104",
          besked:
            "Taksten ændres fra 490,00 kr. til 539,00 kr. (+10,0 %), en væsentlig ændring (over 5 %), uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for takststigningen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
    {
      // regler.md 2026.3 point 9 ("(+5,02 %)"): +5,0020 % is shown above 5 %, never "+5,0 %".
      navn: "stigning lige over 5 % (514,51 kr.): procenten vises over grænsen",
      skema: skemaMed({ 1: { takst: 514.51 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          besked:
            "Taksten ændres fra 490,00 kr. til 514,51 kr. (+5,002 %), en væsentlig ændring (over 5 %), uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for takststigningen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
    {
      navn: "væsentligt fald kræver også begrundelse",
      skema: skemaMed({ 0: { takst: 1700, bemaerkninger: "Se ovenfor" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          ydelsesId: "A1-108",
          besked:
            "Taksten ændres fra 1.950,00 kr. til 1.700,00 kr. (−12,8 %), en væsentlig ændring (over 5 %), uden tilstrækkelig begrundelse: »Se ovenfor« er ikke en begrundelse. Skriv en begrundelse for takstfaldet i Bemærkninger (mindst 12 tegn).",
        },
      ],
    },
    {
      navn: "profilens grænse: 2 % gør A1-108's 2,6 % væsentlig, A2-104's 1,8 % ikke",
      skema: skemaMed({ 0: { bemaerkninger: "kort" }, 1: { takst: 499 } }),
      profil: { takstaendring: { ...NORDJYLLAND_2025_2026.takstaendring, vaesentligPct: 2 } },
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            "Taksten ændres fra 1.950,00 kr. til 2.000,00 kr. (+2,6 %), en væsentlig ændring (over 2 %), uden tilstrækkelig begrundelse: Bemærkninger har kun 4 tegn (mindst 12). Skriv en begrundelse for takststigningen i Bemærkninger (mindst 12 tegn).",
        },
      ],
    },
    {
      navn: "ud over PL: +9 % med PL 3 % er 6 % ud over PL",
      skema: skemaMed({ 1: { takst: 534.1 } }),
      profil: plProfil,
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          besked:
            "Taksten ændres fra 490,00 kr. til 534,10 kr. (+9,0 %; +6,0 % ud over PL-fremskrivningen på 3 %), en væsentlig ændring (over 5 % ud over PL), uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for takststigningen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
    {
      navn: "fald lige over 5 % (465,49 kr.): −5,002 %",
      skema: skemaMed({ 1: { takst: 465.49 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          besked:
            "Taksten ændres fra 490,00 kr. til 465,49 kr. (−5,002 %), en væsentlig ændring (over 5 %), uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for takstfaldet i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
    {
      navn: "ud over PL lige over grænsen: +8,002 % med PL 3 % er +5,002 % ud over PL",
      skema: skemaMed({ 1: { takst: 529.21 } }),
      profil: plProfil,
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          besked:
            "Taksten ændres fra 490,00 kr. til 529,21 kr. (+8,002 %; +5,002 % ud over PL-fremskrivningen på 3 %), en væsentlig ændring (over 5 % ud over PL), uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for takststigningen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
    {
      navn: "takstbilag",
      skema: takstbilag([{ takst: 2500, bemaerkninger: null, aarsag: null }]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "O2",
          besked:
            "Taksten ændres fra 1.950,00 kr. til 2.500,00 kr. (+28,2 %), en væsentlig ændring (over 5 %), uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for takststigningen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
  ],
});
