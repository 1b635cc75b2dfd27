import regel from "../../src/core/regler/skema/formel-ikke-beregnet";
import { bygSnapshot } from "../../src/core/snapshot-bygger";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema, medOmkostninger } from "../hjaelp/fixtur";

/** The valid skema, saved with "recalculate every formula on opening". */
function genberegnes(spec = gyldigtSkema()) {
  return { ...bygSnapshot(spec), recalcOnLoad: true };
}

const udenGemtGrundlag = medOmkostninger((o) => {
  o[1].grundlag = { v: null, f: "=B3+D3+E3+F3+G3+H3-I3+J3+K3-L3" };
});

testRegel(regel, {
  gyldige: [
    { navn: "formlerne er beregnet og gemt med deres resultater", skema: gyldigtSkema() },
    {
      navn: "genberegning ved åbning, men ingen formler i tabellerne",
      skema: genberegnes({
        ...gyldigtSkema(),
        omkostninger: gyldigeOmkostninger().map((r) => ({ ...r, grundlag: (r.grundlag as { v: number }).v })),
      }),
    },
    {
      navn: "en skabelonformel, der giver tom, fordi rækkens Ydelses-ID er tom",
      skema: medOmkostninger((o) => {
        o.push({ ...o[1], ydelsesId: null, grundlag: { v: null, f: '=IF(A4="","",B4)' } });
      }),
    },
  ],
  ugyldige: [
    {
      navn: "projektmappen beder Excel beregne alt ved åbning",
      skema: genberegnes(),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M2",
          alvor: "fejl",
          besked: ["beder Excel beregne alle formler igen", "2 celler", "Åbn skemaet i Excel, og gem det"],
        },
      ],
      // Excel saves the calculated results and drops the request.
      rettet: gyldigtSkema(),
    },
    {
      navn: "en input-formel tæller med, når alt genberegnes",
      skema: genberegnes({
        ...gyldigtSkema(),
        ydelser: gyldigeYdelser().map((y, i) => (i === 0 ? { ...y, takst: { v: 2000, f: "=M2*1.5" } } : y)),
      }),
      fund: [{ ark: "Ydelser", celle: "N2", besked: ["3 celler"] }],
    },
    {
      navn: "Takstberegningsgrundlag er gemt uden sit resultat",
      skema: udenGemtGrundlag,
      fund: [{ ark: "Omkostninger", celle: "M3", ydelsesId: "A2-104", besked: ["gemt uden sit resultat"] }],
      rettet: gyldigtSkema(),
    },
  ],
});
