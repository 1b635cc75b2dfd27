import regel from "../../../src/core/regler/resultater/regulering-stemmer-ikke";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { resultatSkema } from "../resultater-fixtur";
import type { ByggeRaekke } from "../../hjaelp/snapshot-bygger";

const OMK = "Omkostninger";

/**
 * regler.md 2026.3 item 6, § 6.2.2 "Et underskud/overskud ved lukning af et socialaftaletilbud dækkes
 * ved, at underskuddet/overskuddet henføres til andre socialaftaletilbud hos driftsherren": A1-108
 * closes (Pladser 0, no Takst or Belægningsprocent), and its 2024 overskud's 370.000 kr. is
 * indregnet on A2-104 instead (its tblOmkostninger Indregnet overskud).
 */
function lukning(a: { a2Overskud?: number; a1Pladser?: number; resultater?: (r: ByggeRaekke[]) => void } = {}) {
  const s = resultatSkema({
    resultater: a.resultater,
    omkostninger: (o) => {
      o[0].indregnetOverskud = 0;
      o[1].indregnetOverskud = a.a2Overskud ?? 370000;
    },
  });
  const y = s.ydelser as ByggeRaekke[];
  y[0] = { ...y[0], pladser: a.a1Pladser ?? 0, takst: null, belaegningsprocent: null };
  return s;
}

testRegel(regel, {
  gyldige: [
    { navn: "§ 6.2.2: en lukkende ydelses (0 pladser) overskud indregnet på en anden ydelse", skema: lukning() },
    {
      // § 6.2.2 also covers a ydelse or tilbud already closed, no longer in tblYdelser.
      navn: "§ 6.2.2: en lukket ydelses (lukket: A3-100) overskud indregnet på A2-104",
      skema: resultatSkema({
        resultater: (r) => void (r[0].ydelsesId = "lukket: A3-100"),
        omkostninger: (o) => {
          o[0].indregnetOverskud = 0;
          o[1].indregnetOverskud = 370000;
        },
      }),
    },
    {
      navn: "§ 6.2.2: overskuddet fordelt på to ydelser, den ene er den lukkende selv",
      skema: resultatSkema({
        resultater: (r) => void (r[0].ydelsesId = "Lukket:A3-100"),
        omkostninger: (o) => {
          o[0].indregnetOverskud = 200000;
          o[1].indregnetOverskud = 170000;
        },
      }),
    },
    { navn: "tblOmkostninger svarer til tblResultater", skema: resultatSkema() },
    { navn: "ingen regulering nogen steder (fixturen uden tblResultater)", skema: gyldigtSkema() },
    {
      navn: "rækker til et andet takstår tæller ikke med",
      skema: resultatSkema({
        resultater: (r) =>
          void r.push({
            ydelsesId: "A1-108",
            regnskabsaar: 2025,
            grundlag: 8000000,
            resultat: 500000,
            hensat: 400000,
            indregnet: 100000,
            indregnetITakstaar: 2027,
          }),
      }),
    },
    {
      navn: "to regnskabsår indregnet i samme takstår lægges sammen",
      skema: resultatSkema({
        resultater: (r) =>
          void r.push({
            ydelsesId: "A1-108",
            regnskabsaar: 2025,
            grundlag: 8000000,
            resultat: 430000,
            hensat: 400000,
            indregnet: 30000,
            indregnetITakstaar: 2026,
          }),
        omkostninger: (o) => void (o[0].indregnetOverskud = 400000),
      }),
    },
    {
      navn: "'*' for hele tilbuddet mod summen af kolonnen",
      skema: resultatSkema({
        resultater: (r) => void (r[0].ydelsesId = "*"),
        omkostninger: (o) => {
          o[0].indregnetOverskud = 200000;
          o[1].indregnetOverskud = 170000;
        },
      }),
    },
    {
      navn: "Ydelses-ID med andre store/små bogstaver og mellemrum",
      skema: resultatSkema({ resultater: (r) => void (r[0].ydelsesId = " a1-108 ") }),
    },
    {
      navn: "takstår mangler",
      skema: resultatSkema({ stamdata: { takstaar: null }, omkostninger: (o) => void (o[0].indregnetOverskud = 1) }),
    },
    {
      navn: "tom Indregnet-celle er 0, og intet er indregnet",
      skema: resultatSkema({
        resultater: (r) => void (r[0].indregnetITakstaar = 2025),
        omkostninger: (o) => void (o[0].indregnetOverskud = null),
      }),
    },
  ],
  ugyldige: [
    {
      navn: "Indregnet overskud afviger",
      skema: resultatSkema({ omkostninger: (o) => void (o[0].indregnetOverskud = 300000) }),
      fund: [
        {
          celle: "L2",
          ark: OMK,
          ydelsesId: "A1-108",
          besked:
            "Indregnet overskud for A1-108 er 300.000,00 kr., men tabellen over over- og underskud angiver 370.000,00 kr. overskud indregnet i takstår 2026 (rækkerne, hvor Indregnet i takstår er dette år). Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer (forskel 70.000,00 kr.).",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      // regler.md 2026.2 item 3: an empty Indregnet cell reads as 0, as the formula reads it.
      navn: "tom Indregnet overskud-celle er 0",
      skema: resultatSkema({ omkostninger: (o) => void (o[0].indregnetOverskud = null) }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "L2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet overskud for A1-108 er 0,00 kr., men tabellen over over- og underskud angiver 370.000,00 kr. overskud indregnet i takstår 2026 (rækkerne, hvor Indregnet i takstår er dette år). Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer (forskel 370.000,00 kr.).",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      navn: "Indregnet underskud afviger med én øre",
      skema: resultatSkema({ omkostninger: (o) => void (o[1].indregnetUnderskud = 125000.01) }),
      fund: [
        {
          celle: "K3",
          ark: OMK,
          ydelsesId: "A2-104",
          besked:
            "Indregnet underskud for A2-104 er 125.000,01 kr., men tabellen over over- og underskud angiver 125.000,00 kr. underskud indregnet i takstår 2026 (rækkerne, hvor Indregnet i takstår er dette år). Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer (forskel 0,01 kr.).",
        },
      ],
    },
    {
      navn: "tblOmkostninger har indregnet overskud, men tblResultater siger intet",
      skema: resultatSkema({ omkostninger: (o) => void (o[1].indregnetOverskud = 50000) }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "L3",
          ydelsesId: "A2-104",
          besked:
            "Indregnet overskud for A2-104 er 50.000,00 kr., men tabellen over over- og underskud har intet overskud indregnet i takstår 2026 for ydelsen. Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer.",
        },
      ],
    },
    {
      navn: "tblResultater indregner i et andet år end Takstår",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnetITakstaar = 2027) }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "L2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet overskud for A1-108 er 370.000,00 kr., men tabellen over over- og underskud har intet overskud indregnet i takstår 2026 for ydelsen. Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer.",
        },
      ],
    },
    {
      navn: "'*': summen af kolonnen afviger; fundet peger på kolonnens første celle",
      skema: resultatSkema({
        resultater: (r) => void (r[0].ydelsesId = "*"),
        omkostninger: (o) => {
          o[0].indregnetOverskud = 200000;
          o[1].indregnetOverskud = 100000;
        },
      }),
      fund: [
        {
          celle: "L2",
          ark: OMK,
          besked:
            'Indregnet overskud er i alt 300.000,00 kr. for hele tilbuddet (summen af kolonnen), men tabellen over over- og underskud angiver 370.000,00 kr. overskud indregnet i takstår 2026 (rækkerne, hvor Indregnet i takstår er dette år, heraf for hele tilbuddet med Ydelses-ID "*"). Ret beløbene, så de to stemmer (forskel 70.000,00 kr.).',
        },
      ],
    },
    {
      // § 6.2.2 is for a closing tilbud: A1-108 has 10 pladser, so its result belongs in its own takst.
      navn: "§ 6.2.2: giveren lukker ikke (10 pladser): forskellen meldes som før",
      skema: lukning({ a1Pladser: 10 }),
      rettet: resultatSkema(),
      fund: [
        {
          ark: OMK,
          celle: "L2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet overskud for A1-108 er 0,00 kr., men tabellen over over- og underskud angiver 370.000,00 kr. overskud indregnet i takstår 2026 (rækkerne, hvor Indregnet i takstår er dette år). Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer (forskel 370.000,00 kr.).",
        },
        {
          ark: OMK,
          celle: "L3",
          ydelsesId: "A2-104",
          besked:
            "Indregnet overskud for A2-104 er 370.000,00 kr., men tabellen over over- og underskud har intet overskud indregnet i takstår 2026 for ydelsen. Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer.",
        },
      ],
    },
    {
      // § 6.2.2: "henføres til andre socialaftaletilbud" moves the amount; the totals must still agree.
      navn: "§ 6.2.2: den lukkende ydelses overskud, men totalerne stemmer ikke (360.000 af 370.000)",
      skema: lukning({ a2Overskud: 360000 }),
      rettet: lukning(),
      fund: [
        {
          ark: OMK,
          celle: "L2",
          ydelsesId: "A1-108",
          besked:
            "Indregnet overskud for A1-108 er 0,00 kr., men tabellen over over- og underskud angiver 370.000,00 kr. overskud indregnet i takstår 2026 (rækkerne, hvor Indregnet i takstår er dette år). Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer (forskel 370.000,00 kr.).",
        },
        {
          ark: OMK,
          celle: "L3",
          ydelsesId: "A2-104",
          besked:
            "Indregnet overskud for A2-104 er 360.000,00 kr., men tabellen over over- og underskud har intet overskud indregnet i takstår 2026 for ydelsen. Ret beløbet, eller tilføj/ret rækken i tabellen over over- og underskud, så de to stemmer.",
        },
      ],
    },
  ],
});
