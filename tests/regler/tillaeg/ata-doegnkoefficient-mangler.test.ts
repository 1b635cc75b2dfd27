import regel from "../../../src/core/regler/tillaeg/ata-doegnkoefficient-mangler";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK_TILLAEG, tillaegSkema } from "../tillaeg-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "fixturen: 25 % i Hverdag 17-23, 0 % i normaltid", skema: gyldigtSkema() },
    {
      navn: "en lille døgnkoefficient er nok",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].doegnkoefficient = 0.01) }),
    },
    {
      navn: "ulæselig døgnkoefficient (felt-ugyldig-vaerdi melder den)",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].doegnkoefficient = "meget") }),
    },
    {
      navn: "ukendt tidsrum (felt-ugyldig-vaerdi melder det)",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].tidsrum = "Aften") }),
    },
  ],
  ugyldige: [
    {
      navn: "0 % om natten",
      skema: tillaegSkema({
        tillaeg: (r) =>
          void r.push({
            personalekategori: "Social- og sundhedsassistent",
            tidsrum: "Nat 23-06",
            timeomkostning: 190,
            fravaer: 0.3,
            doegnkoefficient: 0,
            vfo: 0.05,
            ataTimetakst: 256.5,
          }),
      }),
      fund: [
        {
          celle: "E4",
          ark: ARK_TILLAEG,
          besked:
            "Døgnkoefficienten for Social- og sundhedsassistent i tidsrummet Nat 23-06 er 0 %, men Nat 23-06 ligger uden for normal arbejdstid (Hverdag 06-17), så taksten skal dække de arbejdstidsbestemte tillæg. Skriv døgnkoefficienten (fx 25 %).",
        },
      ],
    },
    {
      navn: "tom døgnkoefficient i Hverdag 17-23",
      skema: tillaegSkema({ tillaeg: (r) => void (r[1].doegnkoefficient = null) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "E3",
          besked:
            "Døgnkoefficienten for Socialpædagog i tidsrummet Hverdag 17-23 er tom, men Hverdag 17-23 ligger uden for normal arbejdstid (Hverdag 06-17), så taksten skal dække de arbejdstidsbestemte tillæg. Skriv døgnkoefficienten (fx 25 %).",
        },
      ],
    },
    {
      navn: "profilens normaltid er en anden, så Hverdag 06-17 skal have en døgnkoefficient",
      skema: gyldigtSkema(),
      profil: { tillaeg: { ...P.tillaeg, normaltid: "Hverdag 17-23" } },
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "E2",
          besked:
            "Døgnkoefficienten for Socialpædagog i tidsrummet Hverdag 06-17 er 0 %, men Hverdag 06-17 ligger uden for normal arbejdstid (Hverdag 17-23), så taksten skal dække de arbejdstidsbestemte tillæg. Skriv døgnkoefficienten (fx 25 %).",
        },
      ],
    },
  ],
});
