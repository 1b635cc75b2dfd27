import regel from "../../../src/core/regler/resultater/resultat-dobbelt";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { ARK, resultatSkema } from "../resultater-fixtur";

// regler.md 2026.3 item 12; § 5.6: "Opgørelse af over- og underskud skal ske efter ensartede principper
// for de områder i kommunen eller Regionen, som er omfattet af Socialaftalen". One Regnskabsår opgjort
// both for '*' (the whole tilbud) and for single ydelser may count the same result twice.
// The fixture: row 2 A1-108 regnskabsår 2024, row 3 A2-104 regnskabsår 2025.
testRegel(regel, {
  gyldige: [
    { navn: "fixturen: kun enkelte ydelser", skema: resultatSkema() },
    { navn: "takstskema uden tblResultater", skema: gyldigtSkema() },
    {
      navn: "hele tilbuddet (*) for 2024, ydelserne for 2025: hvert år efter ét princip",
      skema: resultatSkema({ resultater: (r) => void (r[0].ydelsesId = "*") }),
    },
    {
      navn: "en '*'-række uden beløb for samme år tæller ikke",
      skema: resultatSkema({
        resultater: (r) =>
          void r.push({ ydelsesId: "*", regnskabsaar: 2024, grundlag: null, resultat: null, hensat: 0, indregnet: 0 }),
      }),
    },
  ],
  ugyldige: [
    {
      navn: '§ 5.6 "ensartede principper": regnskabsår 2024 både for * og for A1-108',
      skema: resultatSkema({
        resultater: (r) =>
          void r.push({
            ydelsesId: "*",
            regnskabsaar: 2024,
            grundlag: 11500000,
            resultat: 400000,
            hensat: 400000,
            indregnet: 0,
            indregnetITakstaar: null,
          }),
      }),
      fund: [
        {
          ark: ARK,
          celle: "A4",
          ydelsesId: "*",
          alvor: "advarsel",
          besked:
            "Regnskabsår 2024 står i tabellen over over- og underskud på arket Over- og underskud både for hele tilbuddet (*) og for ydelsen A1-108, så det samme resultat kan være talt med to gange. Opgør årets resultat efter ét princip: enten for hele tilbuddet eller pr. ydelse; hører beløbene til hver sin del af tilbuddet, så skriv det i Bemærkninger.",
        },
      ],
    },
    {
      navn: "§ 5.6: to '*'-rækker og to ydelser for samme år giver ét fund på den første '*'-række",
      skema: resultatSkema({
        resultater: (r) => {
          r[1].regnskabsaar = 2024;
          r.unshift({ ...r[0], ydelsesId: " * ", hensat: 100000, indregnet: 0 });
          r.push({ ...r[1], ydelsesId: "*", indregnet: 0, hensat: 0 });
        },
      }),
      fund: [
        {
          ark: ARK,
          celle: "A2",
          ydelsesId: "*",
          besked:
            "Regnskabsår 2024 står i tabellen over over- og underskud på arket Over- og underskud både for hele tilbuddet (*) og for ydelserne A1-108, A2-104, så det samme resultat kan være talt med to gange. Opgør årets resultat efter ét princip: enten for hele tilbuddet eller pr. ydelse; hører beløbene til hver sin del af tilbuddet, så skriv det i Bemærkninger.",
        },
      ],
    },
  ],
});
