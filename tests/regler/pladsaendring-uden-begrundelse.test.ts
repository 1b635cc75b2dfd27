import regel from "../../src/core/regler/ydelser/pladsaendring-uden-begrundelse";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { skemaMed, skemaUdenKolonner, takstbilag } from "./ydelser-hjaelp";

const GOD = "To nye pladser i den ombyggede fløj, jf. byrådsbeslutning.";

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (uændret pladsantal)", skema: gyldigtSkema() },
    {
      navn: "pladsændring med årsag og begrundelse",
      skema: skemaMed({ 0: { pladser: 12, aarsag: "Ændring i pladsantal", bemaerkninger: GOD } }),
    },
    {
      navn: "begrundelse på præcis 12 tegn (efter trim)",
      skema: skemaMed({
        1: { pladser: 18, aarsag: "Ændring i pladsantal", bemaerkninger: "  123456789012  " },
      }),
    },
    {
      // regler.md 2026.2 item 11: the agreement's own example reason (§ 5, "ex. ekstra nattevagt") has 16 tegn.
      navn: "aftalens eget eksempel »ekstra nattevagt« er nok",
      skema: skemaMed({ 1: { pladser: 18, aarsag: "Ændret serviceniveau", bemaerkninger: "ekstra nattevagt" } }),
    },
    { navn: "ny ydelse: Pladser sidste år tom", skema: skemaMed({ 1: { pladserSidsteAar: null, pladser: 18 } }) },
    { navn: "Pladser tom (felt-mangler melder det)", skema: skemaMed({ 1: { pladser: null } }) },
    {
      navn: "kolonnen Bemærkninger mangler (skema-mangler-kolonne melder det)",
      skema: skemaUdenKolonner(["bemaerkninger"], { 1: { pladser: 18 } }),
    },
    { navn: "takstbilag med begrundet pladsændring", skema: takstbilag([{ pladser: 12, bemaerkninger: GOD }]) },
  ],
  ugyldige: [
    {
      navn: "pladsændring uden årsag og uden bemærkninger",
      skema: skemaMed({ 1: { pladser: 18 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          ydelsesId: "A2-104",
          besked: [
            "fra 20 til 18",
            "Bemærkninger er tom",
            "Årsag til ændring er ikke valgt",
            "mindst 12 tegn",
            "vælg en årsag",
          ],
        },
      ],
      rettet: skemaMed({ 1: { pladser: 18, aarsag: "Ændring i pladsantal", bemaerkninger: GOD } }),
    },
    {
      navn: "intetsigende bemærkning »OK«",
      skema: skemaMed({ 0: { pladser: 12, aarsag: "Ændring i pladsantal", bemaerkninger: "OK" } }),
      fund: [
        { ark: "Ydelser", celle: "P2", ydelsesId: "A1-108", besked: ["fra 10 til 12", "»OK« er ikke en begrundelse"] },
      ],
    },
    {
      navn: "11 tegn er for kort",
      skema: skemaMed({ 0: { pladser: 8, aarsag: "Ændring i pladsantal", bemaerkninger: "Færre børn" + "." } }),
      fund: [{ ark: "Ydelser", celle: "P2", besked: ["fra 10 til 8", "kun 11 tegn (mindst 12)"] }],
      rettet: skemaMed({
        0: { pladser: 8, aarsag: "Ændring i pladsantal", bemaerkninger: "Færre børn i målgruppen." },
      }),
    },
    {
      navn: "kun tegnsætning tæller som tom",
      skema: skemaMed({ 0: { pladser: 8, aarsag: "Ændring i pladsantal", bemaerkninger: "........................" } }),
      fund: [{ ark: "Ydelser", celle: "P2", besked: ["Bemærkninger er tom"] }],
    },
    {
      navn: "god tekst, men ingen årsag valgt",
      skema: skemaMed({ 0: { pladser: 8, aarsag: null, bemaerkninger: GOD } }),
      fund: [{ ark: "Ydelser", celle: "P2", besked: ["Vælg en årsag til pladsændringen i Årsag til ændring."] }],
    },
    {
      navn: "profilen kræver 60 tegn",
      skema: skemaMed({ 0: { pladser: 12, aarsag: "Ændring i pladsantal", bemaerkninger: GOD } }),
      profil: { begrundelse: { minTegn: 60, intetsigende: [] } },
      fund: [{ ark: "Ydelser", celle: "P2", besked: ["mindst 60"] }],
    },
    {
      navn: "takstbilag: pladsændring uden bemærkninger",
      skema: takstbilag([{}, { ydelsesId: "A2-104", pladserSidsteAar: 20, pladser: 18, bemaerkninger: null }]),
      fund: [{ ark: "Takstbilag", celle: "N3", ydelsesId: "A2-104", besked: ["fra 20 til 18"] }],
    },
    {
      navn: "takstbilag uden kolonnerne Årsag og Bemærkninger: peger på Pladser",
      skema: takstbilag([{ pladser: 11 }], ["aarsag", "bemaerkninger"]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "H2",
          besked: ["fra 10 til 11", "ingen kolonne Årsag til ændring eller Bemærkninger"],
        },
      ],
    },
  ],
});
