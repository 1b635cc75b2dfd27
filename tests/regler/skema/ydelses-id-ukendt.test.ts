import regel from "../../../src/core/regler/skema/ydelses-id-ukendt";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtResultat, gyldigtSkema } from "../../hjaelp/fixtur";
import type { ByggeRaekke, SkemaSpec } from "../../hjaelp/snapshot-bygger";
import { TBL_YDELSER } from "../../../src/core/skema/tabeller";

function medOmkostningsId(i: number, id: string | null): SkemaSpec {
  const o = gyldigeOmkostninger();
  o[i] = { ...o[i], ydelsesId: id };
  return { ...gyldigtSkema(), omkostninger: o };
}

const resultat = (ydelsesId: string | null): ByggeRaekke => gyldigtResultat({ ydelsesId });

function medResultater(...ider: (string | null)[]): SkemaSpec {
  return { ...gyldigtSkema(), resultater: ider.map(resultat) };
}

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "ID i Omkostninger med andre bogstaver og mellemrum", skema: medOmkostningsId(0, " a1-108 ") },
    { navn: "resultater pr. ydelse og for hele tilbuddet (*)", skema: medResultater("A1-108", "*", "A2-104") },
    {
      // regler.md 2026.3 item 6, § 6.2.2 "Et underskud/overskud ved lukning af et socialaftaletilbud
      // dækkes ved, at underskuddet/overskuddet henføres til andre socialaftaletilbud hos driftsherren".
      navn: "§ 6.2.2: en lukket ydelses resultat (lukket: A3-100, også LUKKET:A3-100)",
      skema: medResultater("lukket: A3-100", " LUKKET:A3-100 "),
    },
    {
      navn: "tblYdelser uden Ydelses-ID-kolonne: intet at sammenligne med",
      skema: {
        ...gyldigtSkema(),
        ydelser: {
          raekker: gyldigeYdelser(),
          kolonner: TBL_YDELSER.kolonner.map((k) => k.key as string).filter((k) => k !== "ydelsesId"),
        },
      },
    },
  ],
  ugyldige: [
    {
      navn: "ukendt ID i Omkostninger",
      rettet: medOmkostningsId(1, "A2-104"),
      skema: medOmkostningsId(1, "A3-999"),
      fund: [
        {
          ark: "Omkostninger",
          celle: "A3",
          ydelsesId: "A3-999",
          besked:
            'Ydelses-ID "A3-999" i tabellen over omkostninger på arket Omkostninger findes ikke i tabellen over ydelser på arket Ydelser, så omkostningerne kan ikke knyttes til en ydelse. Ret ID\'et, så det svarer til en ydelse, eller tilføj ydelsen.',
        },
      ],
    },
    {
      navn: "* er ikke tilladt i Omkostninger",
      skema: medOmkostningsId(0, "*"),
      fund: [
        {
          ark: "Omkostninger",
          celle: "A2",
          besked:
            'Ydelses-ID "*" i tabellen over omkostninger på arket Omkostninger findes ikke i tabellen over ydelser på arket Ydelser, så omkostningerne kan ikke knyttes til en ydelse. Ret ID\'et, så det svarer til en ydelse, eller tilføj ydelsen.',
        },
      ],
    },
    {
      navn: "omkostninger uden Ydelses-ID",
      skema: medOmkostningsId(0, null),
      fund: [
        {
          ark: "Omkostninger",
          celle: "A2",
          besked:
            "Rækken i tabellen over omkostninger på arket Omkostninger har intet Ydelses-ID, så omkostningerne kan ikke knyttes til en ydelse. Skriv ydelsens ID fra tabellen over ydelser på arket Ydelser.",
        },
      ],
    },
    {
      navn: "ukendt ID i Over- og underskud",
      skema: medResultater("*", "B9"),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "A3",
          ydelsesId: "B9",
          besked:
            "Ydelses-ID \"B9\" i tabellen over over- og underskud på arket Over- og underskud findes ikke i tabellen over ydelser på arket Ydelser, så resultatet kan ikke knyttes til en ydelse. Ret ID'et, så det svarer til en ydelse (eller * for hele tilbuddet, eller lukket: og ID'et for en lukket ydelse), eller tilføj ydelsen.",
        },
      ],
    },
    {
      navn: "ID'et findes kun i et andet tilbuds skema (ydelsen er slettet)",
      skema: { ...gyldigtSkema(), ydelser: [gyldigeYdelser()[0]] },
      fund: [
        {
          ark: "Omkostninger",
          celle: "A3",
          ydelsesId: "A2-104",
          besked:
            'Ydelses-ID "A2-104" i tabellen over omkostninger på arket Omkostninger findes ikke i tabellen over ydelser på arket Ydelser, så omkostningerne kan ikke knyttes til en ydelse. Ret ID\'et, så det svarer til en ydelse, eller tilføj ydelsen.',
        },
      ],
    },
    {
      navn: '§ 6.2.2: "lukket:" uden ID er ikke en lukket ydelse, og lukket: er ikke tilladt i Omkostninger',
      skema: { ...medOmkostningsId(1, "lukket: A2-104"), resultater: [resultat("lukket:")] },
      fund: [
        {
          ark: "Omkostninger",
          celle: "A3",
          ydelsesId: "lukket: A2-104",
          besked:
            'Ydelses-ID "lukket: A2-104" i tabellen over omkostninger på arket Omkostninger findes ikke i tabellen over ydelser på arket Ydelser, så omkostningerne kan ikke knyttes til en ydelse. Ret ID\'et, så det svarer til en ydelse, eller tilføj ydelsen.',
        },
        {
          ark: "Over- og underskud",
          celle: "A2",
          ydelsesId: "lukket:",
          besked:
            "Ydelses-ID \"lukket:\" i tabellen over over- og underskud på arket Over- og underskud findes ikke i tabellen over ydelser på arket Ydelser, så resultatet kan ikke knyttes til en ydelse. Ret ID'et, så det svarer til en ydelse (eller * for hele tilbuddet, eller lukket: og ID'et for en lukket ydelse), eller tilføj ydelsen.",
        },
      ],
    },
  ],
});
