import regel from "../../../src/core/regler/tillaeg/tillaeg-dublet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

// regler.md 2026.3 item 11. Bilag 2: "Timeprisen beregnes ud fra den aktuelle medarbejder der skal lever
// ydelsen eller der kan anvendes en gennemsnits beregning på personalekategorien": several rates per
// personalekategori are legitimate, but each needs its own name, for the lookup takes the first row.
// tblTillaeg: header row 1, rows 2 (Socialpædagog, Hverdag 06-17) and 3 (Socialpædagog, Hverdag 17-23).
const SOSU = {
  personalekategori: "Social- og sundhedsassistent",
  tidsrum: "Nat 23-06",
  timeomkostning: 190,
  fravaer: 0.3,
  doegnkoefficient: 0.3,
  vfo: 0.05,
  ataTimetakst: 313.5,
};

testRegel(regel, {
  gyldige: [
    { navn: "to tidsrum for samme personalekategori", skema: tillaegSkema() },
    { navn: "ingen tblTillaeg", skema: { ...gyldigtSkema(), tillaeg: null } },
    {
      navn: "bilag 2: to takster for samme kategori med hver sit navn",
      skema: tillaegSkema({
        tillaeg: (t) =>
          void t.push({ ...t[1], personalekategori: "Socialpædagog 2", timeomkostning: 220, ataTimetakst: 358.6 }),
      }),
    },
  ],
  ugyldige: [
    {
      navn: "bilag 2: samme par med en anden takst (fejl på den senere række)",
      skema: tillaegSkema({
        tillaeg: (t) => void t.push(SOSU, { ...t[1], timeomkostning: 220, ataTimetakst: 358.6 }),
      }),
      fund: [
        {
          ark: ARK_TILLAEG,
          celle: "A5",
          alvor: "fejl",
          besked:
            'Socialpædagog, Hverdag 17-23 står også i række 3 i tabellen over ATA-timetakster på arket Tillægsydelser, men med en anden ATA-timetakst (335,78 kr. dér, 358,60 kr. her). Opslaget i de aftalte tillægsydelser bruger den første række, så denne række bruges aldrig. Giv hver række sit eget navn, eller slet den, der er forkert. Flere timetakster for samme personalekategori er i orden, når de har hver sit navn, fx "Socialpædagog 1" og "Socialpædagog 2"; skriv så det rigtige navn i de aftalte tillægsydelser.',
        },
      ],
      rettet: tillaegSkema({
        tillaeg: (t) =>
          void t.push(SOSU, {
            ...t[1],
            personalekategori: "Socialpædagog 2",
            timeomkostning: 220,
            ataTimetakst: 358.6,
          }),
      }),
    },
    {
      // regler.md 2026.3 item 11: matched "trimmed, inner spaces (U+0020 and U+00A0) collapsed, case-insensitive".
      navn: "bilag 2: en identisk række, også stavet med hårdt mellemrum og store bogstaver: advarsel på hver række efter den første",
      skema: tillaegSkema({
        tillaeg: (t) => void t.push({ ...t[1] }, { ...t[1], personalekategori: " SOCIALPÆDAGOG\u00a0" }),
      }),
      fund: [
        {
          ark: ARK_TILLAEG,
          celle: "A4",
          alvor: "advarsel",
          besked:
            'Socialpædagog, Hverdag 17-23 står også i række 3 i tabellen over ATA-timetakster på arket Tillægsydelser med de samme tal. Slet den ene række, eller giv hver række sit eget navn. Flere timetakster for samme personalekategori er i orden, når de har hver sit navn, fx "Socialpædagog 1" og "Socialpædagog 2"; skriv så det rigtige navn i de aftalte tillægsydelser.',
        },
        {
          ark: ARK_TILLAEG,
          celle: "A5",
          alvor: "advarsel",
          besked:
            'SOCIALPÆDAGOG, Hverdag 17-23 står også i række 3 i tabellen over ATA-timetakster på arket Tillægsydelser med de samme tal. Slet den ene række, eller giv hver række sit eget navn. Flere timetakster for samme personalekategori er i orden, når de har hver sit navn, fx "SOCIALPÆDAGOG 1" og "SOCIALPÆDAGOG 2"; skriv så det rigtige navn i de aftalte tillægsydelser.',
        },
      ],
    },
  ],
});
