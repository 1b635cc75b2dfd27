import regel from "../../src/core/regler/ydelser/takst-beregnet-med-366-dage";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { skemaMed } from "./ydelser-hjaelp";

// A1-108 with 366 days: 7.008.000 ÷ (10 × 96 % × 366) = 1.994,535… → 1.994,54 kr. (365 days: 2.000 kr.)
// A2-104 with 366 days: 3.504.000 ÷ (20 × 96 % × 366) = 498,633… → 498,63 kr. (365 days: 500 kr.)

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (365 dage)", skema: gyldigtSkema() },
    { navn: "en takst der afviger på anden vis", skema: skemaMed({ 0: { takst: 2100 }, 1: { takst: 450 } }) },
    { navn: "Måned-takst har ingen dage", skema: skemaMed({ 1: { takstenhed: "Måned", takst: 498.63 } }) },
    { navn: "Time-takst beregnes ikke", skema: skemaMed({ 1: { takstenhed: "Time", takst: 498.63 } }) },
    { navn: "uden grundlag", skema: skemaMed({ 0: { takst: 1994.54 } }, { omkostninger: { 0: { grundlag: null } } }) },
  ],
  ugyldige: [
    {
      navn: "begge takster beregnet med 366 dage",
      rettet: skemaMed({ 0: { takst: 2000 }, 1: { takst: 500 } }),
      skema: skemaMed({ 0: { takst: 1994.54 }, 1: { takst: 498.63 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked: ["1.994,54 kr.", "366 dage", "365 dage", "2.000,00 kr."],
        },
        { ark: "Ydelser", celle: "N3", ydelsesId: "A2-104", besked: ["498,63 kr.", "500,00 kr."] },
      ],
    },
    {
      navn: "inden for tolerancen af 366-beregningen (afrundet til hele kroner)",
      skema: skemaMed({ 0: { takst: 1995 } }),
      fund: [{ ark: "Ydelser", celle: "N2", besked: ["1.995,00 kr.", "(1.994,54 kr.)"] }],
    },
  ],
});
