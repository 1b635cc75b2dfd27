import regel from "../../src/core/regler/tillaeg/tillaeg-ukendt-timetakst";
import { testRegel } from "../hjaelp/regeltester";
import { ARK_TILLAEG, tillaegSkema, tillaegsberegningRaekker } from "./tillaeg-fixtur";
import { gyldigtSkema } from "../hjaelp/fixtur";

testRegel(regel, {
  gyldige: [
    { navn: "Socialpædagog, Hverdag 17-23 findes", skema: tillaegSkema() },
    {
      // The one rate lookup (and the written formula) ignores case (regler.md 2026.3 item 11).
      navn: "store/små bogstaver",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "SOCIALPÆDAGOG") }),
    },
    {
      // regler.md 2026.3 item 11: "trimmed, inner spaces (U+0020 and U+00A0) collapsed, case-insensitive",
      // as the written formula matches (the SUMIFS before 2026.3 gave 0 kr. here).
      navn: "bilag 2: ekstra mellemrum og hårde mellemrum (U+00A0) i begge tabeller",
      skema: tillaegSkema({
        tillaeg: (t) => void (t[1].personalekategori = "Social-\u00a0og  sundhedsassistent"),
        beregning: (r) => void (r[0].personalekategori = "  social- og\u00a0sundhedsassistent "),
      }),
    },
    {
      navn: "ulæseligt tidsrum (felt-ugyldig-vaerdi melder det)",
      skema: tillaegSkema({ beregning: (r) => void (r[0].tidsrum = "Aften") }),
    },
  ],
  ugyldige: [
    {
      // regler.md 2026.3 item 11: a tab is not a space to Excel's TRIM, so the formula does not find the row.
      navn: "bilag 2: et tabulatortegn i navnet: formlens opslag finder ikke rækken",
      rettet: tillaegSkema(),
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "Socialpædagog\t") }),
      fund: [{ celle: "B7", ark: ARK_TILLAEG, besked: ["stavet anderledes", "tabulatortegn", "0 kr."] }],
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
