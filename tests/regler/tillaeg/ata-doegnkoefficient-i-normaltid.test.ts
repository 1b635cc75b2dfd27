import regel from "../../../src/core/regler/tillaeg/ata-doegnkoefficient-i-normaltid";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "fixturen: 0 % i Hverdag 06-17", skema: gyldigtSkema() },
    {
      navn: "tom døgnkoefficient i normaltid",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].doegnkoefficient = null) }),
    },
    {
      navn: "døgnkoefficient uden for normaltid",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].doegnkoefficient = 0.4) }),
    },
  ],
  ugyldige: [
    {
      navn: "25 % i Hverdag 06-17",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].doegnkoefficient = 0.25) }),
      fund: [
        {
          celle: "E2",
          ark: ARK_TILLAEG,
          besked:
            "Døgnkoefficienten for Socialpædagog i tidsrummet Hverdag 06-17 er 25,0 %, men Hverdag 06-17 er normal arbejdstid, hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet.",
        },
      ],
    },
    {
      navn: "stavet med små bogstaver",
      skema: tillaegSkema({
        tillaeg: (r) => {
          r[0].tidsrum = " hverdag 06-17 ";
          r[0].doegnkoefficient = 0.001;
        },
      }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "E2",
          besked:
            "Døgnkoefficienten for Socialpædagog i tidsrummet Hverdag 06-17 er 0,1 %, men Hverdag 06-17 er normal arbejdstid, hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet.",
        },
      ],
    },
    {
      navn: "profilen kalder normaltiden noget andet",
      skema: gyldigtSkema(),
      profil: { tillaeg: { ...P.tillaeg, normaltid: "Hverdag 17-23" } },
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "E3",
          besked:
            "Døgnkoefficienten for Socialpædagog i tidsrummet Hverdag 17-23 er 25,0 %, men Hverdag 17-23 er normal arbejdstid, hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet.",
        },
      ],
    },
    {
      navn: "profilens normaltid sammenlignes uden hensyn til store/små bogstaver og mellemrum",
      skema: tillaegSkema({ tillaeg: (r) => void (r[0].doegnkoefficient = 0.25) }),
      profil: { tillaeg: { ...P.tillaeg, normaltid: " hverdag  06-17" } },
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "E2",
          besked:
            "Døgnkoefficienten for Socialpædagog i tidsrummet Hverdag 06-17 er 25,0 %, men Hverdag 06-17 er normal arbejdstid, hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet.",
        },
      ],
    },
  ],
});
