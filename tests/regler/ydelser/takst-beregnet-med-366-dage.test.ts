import regel from "../../../src/core/regler/ydelser/takst-beregnet-med-366-dage";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { skemaMed } from "../ydelser-hjaelp";

// A1-108 with 366 days: 7.008.000 ÷ (10 × 96 % × 366) = 1.994,535… → 1.994,54 kr. (365 days: 2.000 kr.)
// A2-104 with 366 days: 3.504.000 ÷ (20 × 96 % × 366) = 498,633… → 498,63 kr. (365 days: 500 kr.)

/** A2-104 with Personaleomkostninger set so the grundlag (sum of the columns) is `grundlag`. */
function a2MedGrundlag(grundlag: number, takst: number) {
  // The other A2-104 columns sum to 1.004.000 kr.
  return skemaMed({ 1: { takst } }, { omkostninger: { 1: { personale: grundlag - 1004000, grundlag } } });
}
// regler.md 2026.3 item 5, § 5.1 "365 dage – også i skudår": grundlag 1.752.000 kr. gives 250,00 kr.
// with 365 days (7.008 dage) and 249,32 kr. with 366 (7.027,2): 0,68 kr., inside tolerance.takstKr.
// Grundlag 702.720 kr. gives 100,27 kr. with 365 days, and exactly 100,00 kr. with 366.

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (365 dage)", skema: gyldigtSkema() },
    { navn: "en takst der afviger på anden vis", skema: skemaMed({ 0: { takst: 2100 }, 1: { takst: 450 } }) },
    { navn: "Måned-takst har ingen dage", skema: skemaMed({ 1: { takstenhed: "Måned", takst: 498.63 } }) },
    { navn: "Time-takst beregnes ikke", skema: skemaMed({ 1: { takstenhed: "Time", takst: 498.63 } }) },
    { navn: "uden grundlag", skema: skemaMed({ 0: { takst: 1994.54 } }, { omkostninger: { 0: { grundlag: null } } }) },
    { navn: "§ 5.1: 365-dages-taksten til øre (250,00 kr.)", skema: a2MedGrundlag(1752000, 250) },
    {
      // § 5.1 item 5: the 366-day figure that is also the 365-day one rounded to whole kroner is not caught.
      navn: "§ 5.1: 366-dages-tallet (100,00 kr.) er også 365-dages-taksten 100,27 kr. afrundet til hele kroner",
      skema: a2MedGrundlag(702720, 100),
    },
  ],
  ugyldige: [
    {
      // regler.md 2026.3 item 5, § 5.1 "365 dage – også i skudår": caught however small the difference.
      navn: '§ 5.1 "365 dage – også i skudår": 249,32 kr. i stedet for 250,00 kr. (inden for tolerancen på 1 kr.)',
      skema: a2MedGrundlag(1752000, 249.32),
      rettet: a2MedGrundlag(1752000, 250),
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          ydelsesId: "A2-104",
          besked:
            "Taksten 249,32 kr. svarer til en beregning med 366 dage, men et takstår er 365 dage, også i skudår: ret taksten til 250,00 kr.",
        },
      ],
    },
    {
      navn: "begge takster beregnet med 366 dage",
      rettet: skemaMed({ 0: { takst: 2000 }, 1: { takst: 500 } }),
      skema: skemaMed({ 0: { takst: 1994.54 }, 1: { takst: 498.63 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked:
            "Taksten 1.994,54 kr. svarer til en beregning med 366 dage, men et takstår er 365 dage, også i skudår: ret taksten til 2.000,00 kr.",
        },
        {
          ark: "Ydelser",
          celle: "N3",
          ydelsesId: "A2-104",
          besked:
            "Taksten 498,63 kr. svarer til en beregning med 366 dage, men et takstår er 365 dage, også i skudår: ret taksten til 500,00 kr.",
        },
      ],
    },
    {
      navn: "inden for tolerancen af 366-beregningen (afrundet til hele kroner)",
      skema: skemaMed({ 0: { takst: 1995 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Taksten 1.995,00 kr. svarer til en beregning med 366 dage (1.994,54 kr.), men et takstår er 365 dage, også i skudår: ret taksten til 2.000,00 kr.",
        },
      ],
    },
  ],
});
