import regel from "../../../src/core/regler/ydelser/takst-afviger-fra-beregning";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigtSkema } from "../../hjaelp/fixtur";
import { hentProfil } from "../../../src/core/profil/register";
import { skemaMed } from "../ydelser-hjaelp";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

// A1-108: 7.008.000 ÷ (10 × 96 % × 365) = 2.000 kr.; tolerance max(1 kr., 0,1 % = 2 kr.) = 2 kr.
// A2-104: 3.504.000 ÷ (20 × 96 % × 365) = 500 kr.; tolerance max(1 kr., 0,50 kr.) = 1 kr.

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "præcis på tolerancen (2 kr. og 1 kr.)", skema: skemaMed({ 0: { takst: 2002 }, 1: { takst: 499 } }) },
    { navn: "Time-takst beregnes ikke", skema: skemaMed({ 1: { takstenhed: "Time", takst: 123 } }) },
    { navn: "Stk.-takst beregnes ikke", skema: skemaMed({ 1: { takstenhed: "Stk.", takst: 99999 } }) },
    {
      navn: "Måned: 3.504.000 ÷ (20 × 96 % × 12) = 15.208,33 kr.",
      skema: skemaMed({ 1: { takstenhed: "Måned", takst: 15208.33 } }),
    },
    { navn: "År: 3.504.000 ÷ (20 × 96 %) = 182.500 kr.", skema: skemaMed({ 1: { takstenhed: "År", takst: 182500 } }) },
    {
      navn: "ingen række i tblOmkostninger (omkostninger-mangler melder det)",
      skema: { ...skemaMed({ 1: { takst: 999 } }), omkostninger: gyldigeOmkostninger().slice(0, 1) },
    },
    { navn: "grundlag tomt", skema: skemaMed({ 0: { takst: 2500 } }, { omkostninger: { 0: { grundlag: null } } }) },
    {
      navn: "grundlag ulæseligt",
      skema: skemaMed({ 0: { takst: 2500 } }, { omkostninger: { 0: { grundlag: { v: { fejl: "#DIV/0!" } } } } }),
    },
    { navn: "Belægningsprocent tom", skema: skemaMed({ 0: { takst: 2500, belaegningsprocent: null } }) },
    { navn: "0 pladser: ingen takst at beregne", skema: skemaMed({ 0: { takst: 2500, pladser: 0 } }) },
    {
      navn: "beregnet med 366 dage: kun takst-beregnet-med-366-dage melder det",
      skema: skemaMed({ 0: { takst: 1994.54 } }),
    },
    {
      // Issue 7 § 3: the columns are the truth; the overwritten cell is grundlag-stemmer-ikke's finding alone.
      navn: "grundlaget er overskrevet, men taksten passer til kolonnernes sum",
      skema: skemaMed({}, { omkostninger: { 0: { grundlag: 7500000 } } }),
    },
    {
      navn: "individuelt forhandlet beregnes ikke (§ 5.4.2)",
      skema: skemaMed({ 0: { taksttype: "Individuelt forhandlet", takst: 2500 } }),
    },
    {
      // § 4.1 enhedstakst "(f.eks. en time- eller dagstakst)"; regler.md 2026.3 point 1: never recalculated.
      navn: "enhedstakst pr. dag beregnes ikke",
      skema: skemaMed({ 1: { taksttype: "Enhedstakst", tilbudsform: "Rådgivning", takst: 950 } }),
    },
    {
      navn: "trækningsret beregnes ikke",
      skema: skemaMed({ 1: { taksttype: "Trækningsret", takst: 700 } }),
    },
    {
      navn: "profilens tolerance 5 kr.",
      skema: skemaMed({ 1: { takst: 505 } }),
      profil: { tolerance: { ...NORDJYLLAND_2025_2026.tolerance, takstKr: 5 } },
    },
  ],
  ugyldige: [
    {
      // regler.md 2026.3 point 9: "12 pladser × 95,0 % × 365 dage" does not give the takst shown;
      // 7.008.000 ÷ (12 × 94,96 % × 365) = 1.684,92 kr. does.
      navn: "regnestykket viser den belægning, der giver den beregnede takst (94,96 %, ikke 95,0 %)",
      skema: skemaMed({ 0: { pladserSidsteAar: 12, pladser: 12, belaegningsprocent: 0.9496 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Taksten 2.000,00 kr. afviger 315,08 kr. fra den beregnede takst 1.684,92 kr. (Takstberegningsgrundlag 7.008.000,00 kr. ÷ (12 pladser × 94,96 % × 365 dage); tolerance 1,68 kr.). Ret taksten til 1.684,92 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
      ],
      rettet: skemaMed({ 0: { pladserSidsteAar: 12, pladser: 12, belaegningsprocent: 0.9496, takst: 1684.92 } }),
    },
    {
      navn: "én øre over tolerancen",
      skema: skemaMed({ 0: { takst: 2002.01 }, 1: { takst: 501.01 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked:
            "Taksten 2.002,01 kr. afviger 2,01 kr. fra den beregnede takst 2.000,00 kr. (Takstberegningsgrundlag 7.008.000,00 kr. ÷ (10 pladser × 96,0 % × 365 dage); tolerance 2,00 kr.). Ret taksten til 2.000,00 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
        {
          ark: "Ydelser",
          celle: "N3",
          ydelsesId: "A2-104",
          besked:
            "Taksten 501,01 kr. afviger 1,01 kr. fra den beregnede takst 500,00 kr. (Takstberegningsgrundlag 3.504.000,00 kr. ÷ (20 pladser × 96,0 % × 365 dage); tolerance 1,00 kr.). Ret taksten til 500,00 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
      ],
      rettet: skemaMed({ 0: { takst: 2000 }, 1: { takst: 500 } }),
    },
    {
      // Issue 7 § 3: never a target takst from the overwritten cell (7.500.000 ÷ 3.504 = 2.140,41 kr.).
      navn: "grundlaget er overskrevet, og taksten følger den overskrevne celle: målet er kolonnernes takst",
      skema: skemaMed({ 0: { takst: 2140.41 } }, { omkostninger: { 0: { grundlag: 7500000 } } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Takstberegningsgrundlaget i Omkostninger er overskrevet (cellen viser 7.500.000,00 kr., kolonnerne giver 7.008.000,00 kr.; se grundlag-stemmer-ikke). Med kolonnernes sum bliver taksten 2.000,00 kr. (7.008.000,00 kr. ÷ (10 pladser × 96,0 % × 365 dage)), men der står 2.140,41 kr. (forskel 140,41 kr.; tolerance 2,00 kr.). Sæt formlen for grundlaget ind igen, og ret derefter taksten, pladserne eller belægningen, så de passer sammen.",
        },
      ],
      rettet: skemaMed({ 0: { takst: 2000 } }, { omkostninger: { 0: { grundlag: 7008000 } } }),
    },
    {
      navn: "Ydelses-ID matches uden hensyn til store bogstaver og mellemrum",
      skema: skemaMed({ 0: { takst: 2100 } }, { omkostninger: { 0: { ydelsesId: " a1-108 " } } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Taksten 2.100,00 kr. afviger 100,00 kr. fra den beregnede takst 2.000,00 kr. (Takstberegningsgrundlag 7.008.000,00 kr. ÷ (10 pladser × 96,0 % × 365 dage); tolerance 2,00 kr.). Ret taksten til 2.000,00 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
      ],
    },
    {
      navn: "År-takst med døgnberegning",
      skema: skemaMed({ 1: { takstenhed: "År", takst: 500 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          besked:
            "Taksten 500,00 kr. afviger 182.000,00 kr. fra den beregnede takst 182.500,00 kr. (Takstberegningsgrundlag 3.504.000,00 kr. ÷ (20 pladser × 96,0 %); tolerance 182,50 kr.). Ret taksten til 182.500,00 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
      ],
    },
    {
      navn: "pladsantal ændret uden ny takst",
      skema: skemaMed({ 0: { pladser: 12 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Taksten 2.000,00 kr. afviger 333,33 kr. fra den beregnede takst 1.666,67 kr. (Takstberegningsgrundlag 7.008.000,00 kr. ÷ (12 pladser × 96,0 % × 365 dage); tolerance 1,67 kr.). Ret taksten til 1.666,67 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
      ],
    },
    {
      navn: "profilens tolerance 5 kr.: 505,01 kr. er for meget",
      skema: skemaMed({ 1: { takst: 505.01 } }),
      profil: { tolerance: { ...NORDJYLLAND_2025_2026.tolerance, takstKr: 5 } },
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          besked:
            "Taksten 505,01 kr. afviger 5,01 kr. fra den beregnede takst 500,00 kr. (Takstberegningsgrundlag 3.504.000,00 kr. ÷ (20 pladser × 96,0 % × 365 dage); tolerance 5,00 kr.). Ret taksten til 500,00 kr., eller ret grundlaget, pladserne eller belægningen, så de passer sammen.",
        },
      ],
    },
  ],
});
