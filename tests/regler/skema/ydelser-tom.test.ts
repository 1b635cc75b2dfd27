import regel from "../../../src/core/regler/skema/ydelser-tom";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema har ydelser", skema: gyldigtSkema() },
    { navn: "ingen tblYdelser (skema-mangler-tabel melder det)", skema: { ...gyldigtSkema(), ydelser: null } },
  ],
  ugyldige: [
    {
      navn: "tblYdelser uden rækker",
      rettet: gyldigtSkema(),
      skema: { ...gyldigtSkema(), ydelser: [] },
      fund: [
        {
          ark: "Ydelser",
          celle: "A1",
          alvor: "fejl",
          besked:
            "Tabellen over ydelser på arket Ydelser har ingen ydelser. Skriv én række pr. takst under overskrifterne (Ydelses-ID, Ydelse, Takst …).",
        },
      ],
    },
    {
      navn: "tblYdelser med kun tomme rækker",
      skema: { ...gyldigtSkema(), ydelser: [{}, {}] },
      fund: [
        {
          ark: "Ydelser",
          celle: "A1",
          besked:
            "Tabellen over ydelser på arket Ydelser har ingen ydelser. Skriv én række pr. takst under overskrifterne (Ydelses-ID, Ydelse, Takst …).",
        },
      ],
    },
  ],
});
