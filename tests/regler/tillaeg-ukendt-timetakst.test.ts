import regel from "../../src/core/regler/tillaeg/tillaeg-ukendt-timetakst";
import { testRegel } from "../hjaelp/regeltester";
import { ARK_TILLAEG, tillaegSkema, tillaegsberegningRaekker } from "./tillaeg-fixtur";
import { gyldigtSkema } from "../hjaelp/fixtur";

testRegel(regel, {
  gyldige: [
    { navn: "Socialpædagog, Hverdag 17-23 findes", skema: tillaegSkema() },
    {
      // SUMIFS ignores case, so the template's formula finds the row.
      navn: "store/små bogstaver",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "SOCIALPÆDAGOG") }),
    },
    {
      navn: "ulæseligt tidsrum (felt-ugyldig-vaerdi melder det)",
      skema: tillaegSkema({ beregning: (r) => void (r[0].tidsrum = "Aften") }),
    },
  ],
  ugyldige: [
    {
      // SUMIFS compares spaces too: the formula would give 0 kr. although the reader matches.
      navn: "ekstra mellemrum: Excels opslag finder ikke rækken",
      rettet: tillaegSkema(),
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "  Socialpædagog ") }),
      fund: [{ celle: "B7", ark: ARK_TILLAEG, besked: ["andre mellemrum", "0 kr."] }],
    },
    {
      navn: "personalekategori uden ATA-timetakst",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "Sygeplejerske") }),
      fund: [{ celle: "B7", ark: ARK_TILLAEG, besked: ["Sygeplejerske, Hverdag 17-23", "ingen ATA-timetakst"] }],
    },
    {
      navn: "kendt personalekategori, men tidsrummet mangler i tblTillaeg",
      skema: tillaegSkema({ beregning: (r) => void (r[0].tidsrum = "Nat 23-06") }),
      fund: [{ ark: "Tillægsydelser", celle: "B7", besked: ["Socialpædagog, Nat 23-06"] }],
    },
    {
      navn: "tom personalekategori",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = null) }),
      fund: [{ ark: "Tillægsydelser", celle: "B7", besked: ["Personalekategori er tom"] }],
    },
    {
      navn: "ingen tblTillaeg",
      skema: { ...gyldigtSkema(), tillaeg: null, tillaegsberegning: tillaegsberegningRaekker() },
      fund: [{ celle: "B2", ark: ARK_TILLAEG, besked: ["ingen tabel over ATA-timetakster"] }],
    },
  ],
});
