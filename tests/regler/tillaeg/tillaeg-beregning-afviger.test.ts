import regel from "../../../src/core/regler/tillaeg/tillaeg-beregning-afviger";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

// regler.md 2026.2 item 8: "each step is checked against the row's own previous cell, so the first
// wrong cell is the one reported (one finding per row)". Bilag 2: "Ugepris = 5 * 335,78 / 2 = 839,45 kr."
// tblTillaegsberegning on row 7: E ATA-timetakst, F Ugepris, I Uger, J Samlet pris.
const FEM_JAN = 46027; // 5. januar 2026
const NIOGTYVENDE_MARTS = 46110; // 29. marts 2026: 84 dage med begge datoer = 12 uger

testRegel(regel, {
  gyldige: [
    { navn: "bilag 2's eksempel: 2,5 timer × 335,78 kr. = 839,45 kr.; 90 dage = 12,86 uger", skema: tillaegSkema() },
    { navn: "ingen tillægsberegning", skema: gyldigtSkema() },
    {
      navn: "5. januar – 29. marts 2026 er 84 dage = 12 uger (begge datoer tæller)",
      skema: tillaegSkema({
        beregning: (r) => {
          r[0].startdato = FEM_JAN;
          r[0].slutdato = NIOGTYVENDE_MARTS;
          r[0].uger = 12;
          r[0].samletPris = 10073.4;
        },
      }),
    },
    {
      navn: "tomme formelresultater (ingen slutdato endnu) tjekkes ikke",
      skema: tillaegSkema({
        beregning: (r) => {
          r[0].slutdato = null;
          r[0].uger = "";
          r[0].samletPris = "";
        },
      }),
    },
    {
      navn: "ukendt personalekategori (tillaeg-ukendt-timetakst melder det); resten regner",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "Sygeplejerske") }),
    },
    {
      navn: "uden de valgfrie formelkolonner",
      skema: {
        ...tillaegSkema(),
        tillaegsberegning: {
          raekker: tillaegSkema().tillaegsberegning as never,
          kolonner: ["beskrivelse", "personalekategori", "tidsrum", "timerPrUge", "startdato", "slutdato"],
        },
      },
    },
  ],
  ugyldige: [
    {
      navn: "ATA-timetaksten er ikke tabellens",
      skema: tillaegSkema({ beregning: (r) => void (r[0].ataTimetakst = 330) }),
      fund: [
        {
          ark: ARK_TILLAEG,
          celle: "E7",
          alvor: "fejl",
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": ATA-timetaksten er 330,00 kr., men tabellen over ATA-timetakster har 335,78 kr. for Socialpædagog, Hverdag 17-23. Så bliver Ugepris 839,45 kr. og Samlet pris 10.795,33 kr. Sæt formlen ind igen (opslaget i tabellen), eller ret tabellen.',
        },
      ],
      rettet: tillaegSkema(),
    },
    {
      navn: "forkert timetakst, og ugeprisen regnet af den: kun den første celle",
      skema: tillaegSkema({
        beregning: (r) => {
          r[0].ataTimetakst = 330;
          r[0].ugepris = 825;
          r[0].samletPris = 10609.5;
        },
      }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "E7",
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": ATA-timetaksten er 330,00 kr., men tabellen over ATA-timetakster har 335,78 kr. for Socialpædagog, Hverdag 17-23. Så bliver Ugepris 839,45 kr. og Samlet pris 10.795,33 kr. Sæt formlen ind igen (opslaget i tabellen), eller ret tabellen.',
        },
      ],
    },
    {
      navn: "ugeprisen passer ikke til timer × timetakst",
      skema: tillaegSkema({ beregning: (r) => void (r[0].ugepris = 850) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "F7",
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": Ugeprisen er 850,00 kr., men 2,5 timer × 335,78 kr. = 839,45 kr. Så bliver Samlet pris 10.795,33 kr. Sæt formlen ind igen (Timer pr. uge × ATA-timetakst).',
        },
      ],
      rettet: tillaegSkema(),
    },
    {
      navn: "Uger regnet uden den sidste dag (89 ÷ 7)",
      skema: tillaegSkema({ beregning: (r) => void (r[0].uger = 12.71) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "I7",
          // Issue 15 § 3: "the Uger and Samlet pris a tillæg row should have".
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": Uger er 12,71, men perioden har 90 dage (begge datoer tæller med), dvs. 12,86 uger, og så bliver Samlet pris 10.795,33 kr. Sæt formlen ind igen ((Slutdato − Startdato + 1) ÷ 7).',
        },
      ],
      rettet: tillaegSkema(),
    },
    {
      navn: "samlet pris passer ikke til ugepris × uger",
      skema: tillaegSkema({ beregning: (r) => void (r[0].samletPris = 10000) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "J7",
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": Samlet pris er 10.000,00 kr., men 839,45 kr. × 12,86 uger = 10.795,33 kr. Sæt formlen ind igen (Ugepris × Uger).',
        },
      ],
      rettet: tillaegSkema(),
    },
    {
      // regler.md 2026.3 item 11 (bilag 2): the row's pair is matched as the written formula matches it
      // (U+00A0 and runs of spaces as one space, trimmed, any case), and the first tblTillaeg row gives the rate.
      navn: "bilag 2: opslaget med hårdt mellemrum og store bogstaver finder tabellens første række",
      skema: tillaegSkema({
        tillaeg: (t) => void t.push({ ...t[1], timeomkostning: 220, ataTimetakst: 358.6 }),
        beregning: (r) => {
          r[0].personalekategori = " SOCIALPÆDAGOG\u00a0";
          r[0].ataTimetakst = 358.6;
        },
      }),
      fund: [
        {
          ark: ARK_TILLAEG,
          celle: "E8",
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": ATA-timetaksten er 358,60 kr., men tabellen over ATA-timetakster har 335,78 kr. for SOCIALPÆDAGOG, Hverdag 17-23. Så bliver Ugepris 839,45 kr. og Samlet pris 10.795,33 kr. Sæt formlen ind igen (opslaget i tabellen), eller ret tabellen.',
        },
      ],
      rettet: tillaegSkema({
        tillaeg: (t) => void t.push({ ...t[1], timeomkostning: 220, ataTimetakst: 358.6 }),
        beregning: (r) => void (r[0].personalekategori = " SOCIALPÆDAGOG\u00a0"),
      }),
    },
    {
      // regler.md 2026.3 point 9: a shown calculation gives its result with the figures shown. Uger
      // 90 ÷ 7 unrounded (inside the 0,01 tolerance): 839,45 × 12,86 would not give 10.792,93 kr.
      navn: "uger uden afrunding: regnestykket viser de decimaler, der giver den samlede pris",
      skema: tillaegSkema({
        beregning: (r) => {
          r[0].uger = 90 / 7;
          r[0].samletPris = 10000;
        },
      }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "J7",
          besked:
            'Tillægsydelsen "Ekstra støtte efter aktivitetstilbud": Samlet pris er 10.000,00 kr., men 839,45 kr. × 12,85714 uger = 10.792,93 kr. Sæt formlen ind igen (Ugepris × Uger).',
        },
      ],
      rettet: tillaegSkema({
        beregning: (r) => {
          r[0].uger = 90 / 7;
          r[0].samletPris = 10792.93;
        },
      }),
    },
  ],
});
