import regel from "../../src/core/regler/tillaeg/tillaeg-beregning-afviger";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "./tillaeg-fixtur";

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
          besked: [
            "Ekstra støtte efter aktivitetstilbud",
            "330,00 kr.",
            "335,78 kr.",
            "Socialpædagog, Hverdag 17-23",
            // Issue 15 § 3: what the row's later cells should then hold.
            "Så bliver Ugepris 839,45 kr. og Samlet pris 10.795,33 kr.",
          ],
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
      fund: [{ ark: "Tillægsydelser", celle: "E7" }],
    },
    {
      navn: "ugeprisen passer ikke til timer × timetakst",
      skema: tillaegSkema({ beregning: (r) => void (r[0].ugepris = 850) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "F7",
          besked: ["850,00 kr.", "2,5 timer × 335,78 kr. = 839,45 kr.", "Så bliver Samlet pris 10.795,33 kr."],
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
          besked: ["12,71", "90 dage", "12,86 uger, og så bliver Samlet pris 10.795,33 kr."],
        },
      ],
      rettet: tillaegSkema(),
    },
    {
      navn: "samlet pris passer ikke til ugepris × uger",
      skema: tillaegSkema({ beregning: (r) => void (r[0].samletPris = 10000) }),
      fund: [
        { ark: "Tillægsydelser", celle: "J7", besked: ["10.000,00 kr.", "839,45 kr. × 12,86 uger = 10.795,33 kr."] },
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
      fund: [{ ark: ARK_TILLAEG, celle: "E8", besked: ["358,60 kr.", "har 335,78 kr."] }],
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
      fund: [{ ark: "Tillægsydelser", celle: "J7", besked: ["839,45 kr. × 12,85714 uger = 10.792,93 kr."] }],
      rettet: tillaegSkema({
        beregning: (r) => {
          r[0].uger = 90 / 7;
          r[0].samletPris = 10792.93;
        },
      }),
    },
  ],
});
