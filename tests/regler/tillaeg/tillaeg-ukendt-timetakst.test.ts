import regel from "../../../src/core/regler/tillaeg/tillaeg-ukendt-timetakst";
import { testRegel } from "../../hjaelp/regeltester";
import { ARK_TILLAEG, tillaegSkema, tillaegsberegningRaekker } from "../tillaeg-fixtur";
import { gyldigtSkema } from "../../hjaelp/fixtur";

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
      fund: [
        {
          celle: "B7",
          ark: ARK_TILLAEG,
          besked:
            "Socialpædagog, Hverdag 17-23 står i tabellen over ATA-timetakster, men stavet anderledes (fx med et tabulatortegn, et linjeskift eller et punktum), så formlens opslag ikke finder den og giver 0 kr. Skriv personalekategori og tidsrum som i tabellen.",
        },
      ],
    },
    {
      navn: "personalekategori uden ATA-timetakst",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = "Sygeplejerske") }),
      fund: [
        {
          celle: "B7",
          ark: ARK_TILLAEG,
          besked:
            "Der er ingen ATA-timetakst for Sygeplejerske, Hverdag 17-23 i tabellen over ATA-timetakster, så formlen giver 0 kr. Tilføj en række for personalekategorien og tidsrummet, eller ret stavningen, så den svarer til tabellen.",
        },
      ],
    },
    {
      navn: "kendt personalekategori, men tidsrummet mangler i tblTillaeg",
      skema: tillaegSkema({ beregning: (r) => void (r[0].tidsrum = "Nat 23-06") }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "B7",
          besked:
            "Der er ingen ATA-timetakst for Socialpædagog, Nat 23-06 i tabellen over ATA-timetakster, så formlen giver 0 kr. Tilføj en række for personalekategorien og tidsrummet, eller ret stavningen, så den svarer til tabellen.",
        },
      ],
    },
    {
      navn: "tom personalekategori",
      skema: tillaegSkema({ beregning: (r) => void (r[0].personalekategori = null) }),
      fund: [
        {
          ark: "Tillægsydelser",
          celle: "B7",
          besked:
            "Personalekategori er tom, så ATA-timetaksten kan ikke slås op. Vælg personalekategori og tidsrum fra tabellen over ATA-timetakster.",
        },
      ],
    },
    {
      navn: "ingen tblTillaeg",
      skema: { ...gyldigtSkema(), tillaeg: null, tillaegsberegning: tillaegsberegningRaekker() },
      fund: [
        {
          celle: "B2",
          ark: ARK_TILLAEG,
          besked:
            "Der er ingen tabel over ATA-timetakster på arket Tillægsydelser, så ATA-timetaksten for Socialpædagog, Hverdag 17-23 kan ikke slås op. Indsæt tabellen, giv den navnet tblTillaeg (Tabeldesign → Tabelnavn), og beregn timetaksten for personalekategorien og tidsrummet.",
        },
      ],
    },
  ],
});
