import regel from "../../../src/core/regler/skema/skema-mangler-kolonne";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigTakstbilagRaekke, gyldigtSkema } from "../../hjaelp/fixtur";
import { TBL_TAKSTBILAG, TBL_YDELSER } from "../../../src/core/skema/tabeller";

const alleYdelseKolonner = TBL_YDELSER.kolonner.map((k) => k.key as string);
const udenKolonne = (key: string): string[] => alleYdelseKolonner.filter((k) => k !== key);

const takstbilagRaekke = gyldigTakstbilagRaekke();
const takstbilagKolonner = TBL_TAKSTBILAG.kolonner.map((k) => k.key as string);

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    {
      navn: "omdøbt overskrift med enhed, anden rækkefølge og en ekstra kolonne",
      skema: {
        ...gyldigtSkema(),
        ydelser: {
          raekker: gyldigeYdelser().map((r) => ({ ...r, note: "intern" })),
          kolonner: ["note", ...[...alleYdelseKolonner].reverse()],
          overskrifter: { takst: "Takst (kr.)", pladser: "  PLADSER " },
        },
      },
    },
    {
      // Issue 16 § 1 H4: Excel does not show them, so "Takst" with a zero-width space is "Takst".
      navn: "overskrifter med usynlige tegn (nulbreddemellemrum, blødt bindestreg, BOM, ordsammenbinder)",
      skema: {
        ...gyldigtSkema(),
        ydelser: {
          raekker: gyldigeYdelser(),
          overskrifter: { takst: "Takst\u200b", pladser: "\ufeffPlad\u00adser", maalgruppe: "Mål\u2060gruppe\u200d" },
        },
      },
    },
    {
      navn: "takstbilag uden de valgfrie kolonner Status og Fund",
      skema: {
        takstbilag: {
          raekker: [takstbilagRaekke],
          kolonner: takstbilagKolonner.filter((k) => k !== "status" && k !== "fund"),
        },
      },
    },
  ],
  ugyldige: [
    {
      navn: "tblYdelser uden Målgruppe",
      skema: { ...gyldigtSkema(), ydelser: { raekker: gyldigeYdelser(), kolonner: udenKolonne("maalgruppe") } },
      fund: [
        {
          ark: "Ydelser",
          celle: "A1:O1",
          besked:
            'Tabellen over ydelser på arket Ydelser mangler kolonnen "Målgruppe". Tilføj kolonnen med præcis den overskrift (eller indsæt skabelonen igen).',
        },
      ],
    },
    {
      navn: "tblYdelser med en stavefejl i Takst-overskriften",
      rettet: gyldigtSkema(),
      skema: { ...gyldigtSkema(), ydelser: { raekker: gyldigeYdelser(), overskrifter: { takst: "Taskt" } } },
      fund: [
        {
          ark: "Ydelser",
          celle: "A1:P1",
          besked:
            'Tabellen over ydelser på arket Ydelser mangler kolonnen "Takst". Tilføj kolonnen med præcis den overskrift (eller indsæt skabelonen igen).',
        },
      ],
    },
    {
      navn: "takstbilag uden kolonnen Takst (reglen gælder også et takstbilag)",
      skema: { takstbilag: { raekker: [takstbilagRaekke], kolonner: takstbilagKolonner.filter((k) => k !== "takst") } },
      fund: [
        {
          ark: "Takstbilag",
          celle: "A1:P1",
          besked:
            'Tabellen over takster på arket Takstbilag mangler kolonnen "Takst". Tilføj kolonnen med præcis den overskrift (eller indsæt skabelonen igen).',
        },
      ],
    },
  ],
});
