import regel from "../../../src/core/regler/ydelser/belaegning-under-forventet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed } from "../ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (96 %)", skema: gyldigtSkema() },
    {
      navn: "præcis 95 % (brøk og tal)",
      skema: skemaMed({ 0: { belaegningsprocent: { v: 0.95, nf: "0%" } }, 1: { belaegningsprocent: 95 } }),
    },
    {
      navn: "kort forløb på 92 % (minimum 90 %)",
      skema: skemaMed({ 0: { tilbudsform: "Kort forløb", belaegningsprocent: 0.92 } }),
    },
    {
      navn: "Time-takst: belægningen indgår ikke i taksten",
      skema: skemaMed({ 1: { takstenhed: "Time", belaegningsprocent: 0.5 } }),
    },
    {
      // § 5.2: "Overordnet forventes det, at den budgetterede belægningsprocent ligger fra 95 til 100 for dag- og døgntilbud."
      // regler.md 2026.3 "Dag- og døgntilbud": with Tilbudsform Andet or empty, the Takstenhed decides.
      navn: "Måned- og År-takster med Tilbudsform Andet eller tom er ikke dag- og døgntilbud",
      skema: skemaMed({
        0: { takstenhed: "Måned", tilbudsform: "Andet", belaegningsprocent: 0.9 },
        1: { takstenhed: "År", tilbudsform: null, belaegningsprocent: 0.8 },
      }),
    },
    {
      // regler.md 2026.3 "Dag- og døgntilbud": "Never Rådgivning".
      navn: "Rådgivning er aldrig et dag- og døgntilbud, heller ikke på dagstakst",
      skema: skemaMed({ 1: { tilbudsform: "Rådgivning", belaegningsprocent: 0.9 } }),
    },
    {
      // § 4.1 enhedstakst, regler.md 2026.3 point 1: "no belægning rule applies to it".
      navn: "enhedstakst pr. dag: ingen belægningsregel",
      skema: skemaMed({ 1: { taksttype: "Enhedstakst", belaegningsprocent: 0.5 } }),
    },
    {
      // regler.md 2026.3 "Dag- og døgntilbud": "a recalculated ydelse"; § 5.4.2 has no predefined takst.
      navn: "individuelt forhandlet og 0 pladser genberegnes ikke",
      skema: skemaMed({
        0: { taksttype: "Individuelt forhandlet", belaegningsprocent: 0.8 },
        1: { pladser: 0, belaegningsprocent: 0.8 },
      }),
    },
    {
      navn: "nyt tilbud i første driftsår",
      skema: skemaMed({ 0: { belaegningsprocent: 0.667 } }, { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2026 } }),
    },
    {
      navn: "nyt tilbud uden Første driftsår regnes som første driftsår (nyt-tilbud-uden-driftsaar melder det)",
      skema: skemaMed({ 0: { belaegningsprocent: 0.667 } }, { stamdata: { nytTilbud: "Ja", foersteDriftsaar: null } }),
    },
    {
      navn: "profilens forventede minimum 90 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.92 } }),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, forventetMin: 90 } },
    },
  ],
  ugyldige: [
    {
      navn: "94,9 % på et døgntilbud og 80 på et dagtilbud",
      skema: skemaMed({ 0: { belaegningsprocent: 0.949, bemaerkninger: null }, 1: { belaegningsprocent: 80 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 94,9 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 2.021,05 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          besked:
            "Belægningsprocenten 80,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 505,26 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
      ],
    },
    {
      // regler.md 2026.3 point 9: "94,96 % er under de forventede 95 %", never "95,0 % er under 95 %".
      navn: "94,96 % og 94,996 % vises under 95 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.9496, bemaerkninger: null }, 1: { belaegningsprocent: 0.94996 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Belægningsprocenten 94,96 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 2.021,05 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          besked:
            "Belægningsprocenten 94,996 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 505,26 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
      ],
    },
    {
      navn: "nyt tilbud i andet driftsår",
      skema: skemaMed({ 0: { belaegningsprocent: 0.667 } }, { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Belægningsprocenten 66,7 % er under de forventede 95 %. Bemærkninger begrunder den lavere belægning (§ 5.2: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.",
        },
      ],
    },
    {
      // § 5.2 "for dag- og døgntilbud" is the kind of tilbud (regler.md 2026.3 point 2): "a § 108
      // døgntilbud priced per måned at 90 % gets belaegning-under-forventet like a døgntakst".
      navn: "§ 108-døgntilbud med månedstakst på 90 % og dagtilbud med årstakst",
      skema: skemaMed({
        0: { takstenhed: "Måned", belaegningsprocent: 0.9, bemaerkninger: null },
        1: { takstenhed: "År", belaegningsprocent: 0.9 },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 90,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 61.473,68 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 90,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 184.421,05 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
      ],
    },
    {
      navn: "Tilbudsform tom eller Andet: en døgntakst gør det til et døgntilbud",
      skema: skemaMed({
        0: { tilbudsform: null, belaegningsprocent: 0.8 },
        1: { tilbudsform: "Andet", belaegningsprocent: 0.8 },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J3",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 80,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 505,26 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
        {
          ark: "Ydelser",
          celle: "J2",
          alvor: "info",
          besked:
            "Belægningsprocenten 80,0 % er under de forventede 95 %. Bemærkninger begrunder den lavere belægning (§ 5.2: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.",
        },
      ],
    },
    {
      // Issue 15 § 3: "med 95 % bliver taksten …": 7.008.000 ÷ (10 × 95 % × 365) = 2.021,05 kr.
      navn: "beskeden siger taksten med 95 %",
      skema: skemaMed({ 0: { belaegningsprocent: 0.9, bemaerkninger: null } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          besked:
            "Belægningsprocenten 90,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 2.021,05 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
      ],
    },
    {
      // § 7.4: "for særlige tilbud […] beregnes takster med udgangspunkt i en særlig lav belægningsprocent.
      // Der kan her være tale om f.eks. krisecentre, forsorgstilbud eller misbrugstilbud".
      navn: "særligt tilbud (SEL § 110) med forklaring i Bemærkninger: info, der nævner § 7.4",
      skema: skemaMed({
        0: {
          paragraf: "SEL § 110",
          belaegningsprocent: 0.7,
          bemaerkninger: "Forsorgshjem med korte, afbrudte ophold; belægning 70 % i 2024-2025.",
        },
        1: { paragraf: "SEL § 101", belaegningsprocent: 0.7, bemaerkninger: null },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J3",
          ydelsesId: "A2-104",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 70,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 505,26 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
        {
          ark: "Ydelser",
          celle: "J2",
          ydelsesId: "A1-108",
          alvor: "info",
          besked:
            "Belægningsprocenten 70,0 % er under de forventede 95 %. Ydelsen er et særligt tilbud efter sin paragraf, som § 7.4 tillader at beregne med en særlig lav belægningsprocent, og Bemærkninger forklarer den; kontrollér, at forklaringen holder.",
        },
      ],
    },
    {
      navn: "profilens forventede minimum 97 %",
      skema: gyldigtSkema(),
      profil: { belaegning: { ...NORDJYLLAND_2025_2026.belaegning, forventetMin: 97 } },
      fund: [
        // Severity first: the unexplained one (advarsel) before the explained one (info).
        {
          ark: "Ydelser",
          celle: "J3",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 96,0 % er under de forventede 97 %. Budgettér med 97 %–98 % (med den laveste bliver taksten 494,85 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
        {
          ark: "Ydelser",
          celle: "J2",
          alvor: "info",
          besked:
            "Belægningsprocenten 96,0 % er under de forventede 97 %. Bemærkninger begrunder den lavere belægning (§ 5.2: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.",
        },
      ],
    },
    {
      // § 5.2 principle 1: "gennemsnittet af de to foregående års faktiske belægningsprocent".
      navn: "begrundet i Bemærkninger (princip 1 i § 5.2): info, og beskeden siger det",
      skema: skemaMed({
        0: {
          belaegningsprocent: 0.92,
          aarsag: null,
          bemaerkninger: "Gennemsnit af faktisk belægning 2024-2025: 92 %.",
        },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          alvor: "info",
          besked:
            "Belægningsprocenten 92,0 % er under de forventede 95 %. Bemærkninger begrunder den lavere belægning (§ 5.2: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.",
        },
      ],
    },
    {
      navn: "en intetsigende bemærkning er ikke en begrundelse: advarsel",
      skema: skemaMed({ 0: { belaegningsprocent: 0.92, bemaerkninger: "se ovenfor" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "J2",
          alvor: "advarsel",
          besked:
            "Belægningsprocenten 92,0 % er under de forventede 95 %. Budgettér med 95 %–98 % (med den laveste bliver taksten 2.021,05 kr.), eller begrund den lavere belægning i Bemærkninger (mindst 12 tegn, fx gennemsnittet af de to foregående års faktiske belægning).",
        },
      ],
    },
  ],
});
