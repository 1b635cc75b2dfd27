import regel from "../../../src/core/regler/ydelser/pladsaendring-uden-begrundelse";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { gyldigeYdelser } from "../../hjaelp/fixtur";
import type { ByggeRaekke } from "../../hjaelp/snapshot-bygger";
import { skemaMed, skemaUdenKolonner, takstbilag } from "../ydelser-hjaelp";

const GOD = "To nye pladser i den ombyggede fløj, jf. byrådsbeslutning.";

/**
 * regler.md 2026.3 point 3 (§ 2.2.3 "samt en begrundelse for ændringen i antal pladser",
 * "Årsagen noteres i indmeldingsskemaet"; § 5 "ny takststruktur"): a ny ydelse (Pladser sidste år
 * and Takst sidste år empty) as a third row (sheet row 4, Bemærkninger P4).
 */
function nyYdelse(aendring: ByggeRaekke = {}): ByggeRaekke {
  return {
    ...gyldigeYdelser()[0],
    ydelsesId: "A3-108",
    ydelse: "Skærmet botilbud",
    pladserSidsteAar: null,
    takstSidsteAar: null,
    pladser: 6,
    aarsag: null,
    bemaerkninger: null,
    ...aendring,
  };
}
const medNy = (aendring: ByggeRaekke = {}, stamdata: Record<string, string | number | null> = {}) =>
  skemaMed({}, { ekstraYdelser: [nyYdelse(aendring)], stamdata });
const BEGRUNDET_NY = { aarsag: "Ny takststruktur", bemaerkninger: "Ny skærmet enhed for borgere med svære behov." };

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
    {
      navn: "Pladser sidste år tom, men Takst sidste år udfyldt: hverken ny ydelse eller pladsændring",
      skema: skemaMed({ 1: { pladserSidsteAar: null, pladser: 18 } }),
    },
    { navn: "ny ydelse med årsag og begrundelse", skema: medNy(BEGRUNDET_NY) },
    {
      navn: "ny ydelse i et nyt tilbud i dets første driftsår (Nyt tilbud = Ja, Første driftsår = Takstår)",
      skema: medNy({}, { nytTilbud: "Ja", foersteDriftsaar: 2026 }),
    },
    { navn: "ny ydelse pr. time køber ingen pladser", skema: medNy({ takstenhed: "Time" }) },
    { navn: "Pladser tom (felt-mangler melder det)", skema: skemaMed({ 1: { pladser: null } }) },
    {
      navn: "kolonnen Bemærkninger mangler (skema-mangler-kolonne melder det)",
      skema: skemaUdenKolonner(["bemaerkninger"], { 1: { pladser: 18 } }),
    },
    { navn: "takstbilag med begrundet pladsændring", skema: takstbilag([{ pladser: 12, bemaerkninger: GOD }]) },
  ],
  ugyldige: [
    {
      navn: "ny ydelse i et eksisterende tilbud uden begrundelse: fejl, »ny ydelse med 6 pladser«",
      skema: medNy(),
      fund: [
        {
          ark: "Ydelser",
          celle: "P4",
          ydelsesId: "A3-108",
          alvor: "fejl",
          besked:
            "Ny ydelse med 6 pladser uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for den nye ydelse i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
      rettet: medNy(BEGRUNDET_NY),
    },
    {
      // "Nyt tilbud = Ja and Første driftsår = Takstår is exempt; "Ja" alone is not".
      navn: "ny ydelse i et nyt tilbud i andet driftsår, eller uden Første driftsår",
      skema: medNy({ bemaerkninger: "ok" }, { nytTilbud: "Ja", foersteDriftsaar: 2025 }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P4",
          besked:
            "Ny ydelse med 6 pladser uden tilstrækkelig begrundelse: »ok« er ikke en begrundelse, og Årsag til ændring er ikke valgt. Skriv en begrundelse for den nye ydelse i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
      rettet: medNy(BEGRUNDET_NY, { nytTilbud: "Ja", foersteDriftsaar: 2025 }),
    },
    {
      navn: "Nyt tilbud = Ja alene fritager ikke",
      skema: medNy({}, { nytTilbud: "Ja", foersteDriftsaar: null }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P4",
          besked:
            "Ny ydelse med 6 pladser uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for den nye ydelse i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
    },
    {
      navn: "0 → 6 pladser er en pladsændring",
      skema: skemaMed({ 1: { pladserSidsteAar: 0, pladser: 6 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          besked:
            "Pladsantallet ændres fra 0 til 6 uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
      rettet: skemaMed({ 1: { pladserSidsteAar: 0, pladser: 6, ...BEGRUNDET_NY } }),
    },
    {
      navn: "pladsændring uden årsag og uden bemærkninger",
      skema: skemaMed({ 1: { pladser: 18 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P3",
          ydelsesId: "A2-104",
          besked:
            "Pladsantallet ændres fra 20 til 18 uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn), og vælg en årsag.",
        },
      ],
      rettet: skemaMed({ 1: { pladser: 18, aarsag: "Ændring i pladsantal", bemaerkninger: GOD } }),
    },
    {
      navn: "intetsigende bemærkning »OK«",
      skema: skemaMed({ 0: { pladser: 12, aarsag: "Ændring i pladsantal", bemaerkninger: "OK" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          ydelsesId: "A1-108",
          besked:
            "Pladsantallet ændres fra 10 til 12 uden tilstrækkelig begrundelse: »OK« er ikke en begrundelse. Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn).",
        },
      ],
    },
    {
      navn: "11 tegn er for kort",
      skema: skemaMed({ 0: { pladser: 8, aarsag: "Ændring i pladsantal", bemaerkninger: "Færre børn" + "." } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            "Pladsantallet ændres fra 10 til 8 uden tilstrækkelig begrundelse: Bemærkninger har kun 11 tegn (mindst 12). Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn).",
        },
      ],
      rettet: skemaMed({
        0: { pladser: 8, aarsag: "Ændring i pladsantal", bemaerkninger: "Færre børn i målgruppen." },
      }),
    },
    {
      navn: "kun tegnsætning tæller som tom",
      skema: skemaMed({ 0: { pladser: 8, aarsag: "Ændring i pladsantal", bemaerkninger: "........................" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            "Pladsantallet ændres fra 10 til 8 uden tilstrækkelig begrundelse: Bemærkninger er tom. Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn).",
        },
      ],
    },
    {
      navn: "god tekst, men ingen årsag valgt",
      skema: skemaMed({ 0: { pladser: 8, aarsag: null, bemaerkninger: GOD } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            "Pladsantallet ændres fra 10 til 8 uden tilstrækkelig begrundelse: Årsag til ændring er ikke valgt. Vælg en årsag til pladsændringen i Årsag til ændring.",
        },
      ],
    },
    {
      navn: "profilen kræver 60 tegn",
      skema: skemaMed({ 0: { pladser: 12, aarsag: "Ændring i pladsantal", bemaerkninger: GOD } }),
      profil: { begrundelse: { minTegn: 60, intetsigende: [] } },
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            "Pladsantallet ændres fra 10 til 12 uden tilstrækkelig begrundelse: Bemærkninger har kun 58 tegn (mindst 60). Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 60 tegn).",
        },
      ],
    },
    {
      navn: "takstbilag: pladsændring uden bemærkninger",
      skema: takstbilag([{}, { ydelsesId: "A2-104", pladserSidsteAar: 20, pladser: 18, bemaerkninger: null }]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "O3",
          ydelsesId: "A2-104",
          besked:
            "Pladsantallet ændres fra 20 til 18 uden tilstrækkelig begrundelse: Bemærkninger er tom. Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn).",
        },
      ],
    },
    {
      navn: "takstbilag uden kolonnerne Årsag og Bemærkninger: peger på Pladser",
      skema: takstbilag([{ pladser: 11 }], ["aarsag", "bemaerkninger"]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "I2",
          besked:
            "Pladsantallet ændres fra 10 til 11 uden tilstrækkelig begrundelse: Bemærkninger er tom, og Årsag til ændring er ikke valgt. Skriv en begrundelse for pladsændringen i Bemærkninger (mindst 12 tegn), og vælg en årsag. Takstbilaget har ingen kolonne Årsag til ændring eller Bemærkninger; tilføj den.",
        },
      ],
    },
  ],
});
