import regel from "../../../src/core/regler/tillaeg/ata-timetakst-afviger";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "fixturen: 284,28 og bilag 2's 335,78", skema: gyldigtSkema() },
    {
      navn: "én øre forskel er inden for tolerancen",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 335.79) }),
    },
    { navn: "uafrundet formelresultat", skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 335.7849) }) },
    {
      navn: "tom døgnkoefficient tæller som 0 ligesom i Excel",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].doegnkoefficient = null) }),
    },
    { navn: "tom ATA-timetakst", skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = null) }) },
    { navn: "ulæselig fraværskorrektion", skema: tillaegSkema({ tillaeg: (r) => void (r[1].fravaer = "#REF!") }) },
    {
      // regler.md 2026.2 item 8: "accepts a rate rounded to whole kroner (tolerance 0,50 kr.) when the table's values are whole kroner".
      navn: "en tabel med hele kroner: 284 og 336 er de rundede 284,28 og 335,78",
      skema: tillaegSkema({
        tillaeg: (r) => {
          r[0].ataTimetakst = 284;
          r[1].ataTimetakst = 336;
        },
      }),
    },
    {
      navn: "profilen tolererer 5 kr.",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 340) }),
      profil: { tolerance: { ...P.tolerance, ataKr: 5 } },
    },
  ],
  ugyldige: [
    {
      navn: "to øre forskel",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 335.8) }),
      fund: [
        {
          celle: "G3",
          ark: ARK_TILLAEG,
          besked:
            "ATA-timetaksten for Socialpædagog, Hverdag 17-23 er 335,80 kr., men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + Variable følgeomkostninger) giver 206,00 kr. × (1 + 0,33 + 0,25 + 0,05) = 335,78 kr. (forskel 0,02 kr.). Sæt formlen ind igen, eller ret tallene.",
        },
      ],
      rettet: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 335.78) }),
    },
    {
      navn: "hele kroner, men rundet forkert (337 for 335,78)",
      skema: tillaegSkema({
        tillaeg: (r) => {
          r[0].ataTimetakst = 284;
          r[1].ataTimetakst = 337;
        },
      }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "G3",
          besked:
            "ATA-timetaksten for Socialpædagog, Hverdag 17-23 er 337,00 kr., men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + Variable følgeomkostninger) giver 206,00 kr. × (1 + 0,33 + 0,25 + 0,05) = 335,78 kr. (forskel 1,22 kr.; rundet til hele kroner 336,00 kr.). Sæt formlen ind igen, eller ret tallene.",
        },
      ],
      rettet: tillaegSkema({
        tillaeg: (r) => {
          r[0].ataTimetakst = 284;
          r[1].ataTimetakst = 336;
        },
      }),
    },
    {
      navn: "en rundet takst i en tabel med øre er stadig en afvigelse",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 336) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "G3",
          besked:
            "ATA-timetaksten for Socialpædagog, Hverdag 17-23 er 336,00 kr., men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + Variable følgeomkostninger) giver 206,00 kr. × (1 + 0,33 + 0,25 + 0,05) = 335,78 kr. (forskel 0,22 kr.). Sæt formlen ind igen, eller ret tallene.",
        },
      ],
    },
    {
      navn: "bilag 2's formellinje uden fravær: 206 × (1 + 0,25 + 0,05) = 267,80",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].ataTimetakst = 267.8) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "G3",
          besked:
            "ATA-timetaksten for Socialpædagog, Hverdag 17-23 er 267,80 kr., men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + Variable følgeomkostninger) giver 206,00 kr. × (1 + 0,33 + 0,25 + 0,05) = 335,78 kr. (forskel 67,98 kr.). Sæt formlen ind igen, eller ret tallene.",
        },
      ],
    },
    {
      navn: "procenter skrevet som procenttal regnes som brøker",
      skema: tillaegSkema({
        tillaeg: (r) => {
          r[0].fravaer = 33;
          r[0].vfo = 5;
          r[0].ataTimetakst = 290;
        },
      }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "G2",
          besked:
            "ATA-timetaksten for Socialpædagog, Hverdag 06-17 er 290,00 kr., men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + Variable følgeomkostninger) giver 206,00 kr. × (1 + 0,33 + 0,00 + 0,05) = 284,28 kr. (forskel 5,72 kr.). Sæt formlen ind igen, eller ret tallene.",
        },
      ],
    },
  ],
});
