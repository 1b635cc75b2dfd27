import regel from "../../../src/core/regler/skema/formel-ikke-beregnet";
import { beregnFormel } from "../../../src/core/regler/skema/hjaelp/formelregner";
import type { SnapshotSheet } from "../../../src/core/snapshot";
import { bygSnapshot } from "../../hjaelp/snapshot-bygger";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema, medOmkostninger } from "../../hjaelp/fixtur";

/** The valid skema, saved with "recalculate every formula on opening". */
function genberegnes(spec = gyldigtSkema()) {
  return { ...bygSnapshot(spec), recalcOnLoad: true };
}

const udenGemtGrundlag = medOmkostninger((o) => {
  o[1].grundlag = { v: null, f: "=B3+D3+E3+F3+G3+H3-I3+J3+K3-L3" };
});

describe("formelregneren", () => {
  const ark: SnapshotSheet = {
    name: "A",
    top: 1,
    left: 1,
    values: [
      [10, 2.675, "", "tekst", null],
      [-3, 0.96, 4, { fejl: "#REF!" }, true],
    ],
  };
  it.each([
    ["=A1*1.5", 15],
    ["=$A$1+A2*2^2", -2],
    ["=ROUND(B1,2)", 2.68],
    ["=ROUND(-2.675,2)", -2.68],
    ['=IF(C1="","",A1)', ""],
    ['=IF(E1="","",A1)', ""],
    ['=IF(A1="","",A1-A2)', 13],
    ["=IF(A1>5,1,0)", 1],
    ["=SUM(A1:C2)", 10 + 2.675 - 3 + 0.96 + 4],
    ["=SUM(A1,A2,5)", 12],
    ["=MAX(A1:A2)-MIN(A1:A2)", 13],
    ["=-A2", 3],
    ["=E1+1", 1],
    ["=2^3^2", 64],
    ["=-2^2", 4],
    ["=--A1", 10],
    ["=+-+A1", -10],
  ])("%s giver %p", (f, v) => {
    expect(beregnFormel(f, ark)).toBe(v);
  });
  it.each([
    "=Ark2!A1*2",
    "='Over- og underskud'!C2",
    "=VLOOKUP(A1,B:C,2,FALSE)",
    "=D1+1",
    "=D2*2",
    "=E2+1",
    "=A1/0",
    "=[@Takst]*2",
    "=TODAY()",
    "=SUM(A1:XFD1048576)",
    "=A1+",
    "=NavngivetOmraade*2",
    "=ROUND(A1,-1)",
    "=IF(A1>0,TRUE,FALSE)",
    "=A1*5%",
    "=SUM(A:A)",
  ])("%s kan regneren ikke afgøre", (f) => {
    expect(beregnFormel(f, ark)).toBeUndefined();
  });
  it.each([
    ["=Ark2!A1*2", 14],
    ["='Over- og underskud'!A1+A1", 17],
    ["='Bob''s ark'!A1", 1],
    ["=SUM(Ark2!A1:B1)+Ark2!B1", 7 + 5 + 5],
    ["=ark2!a1", 7],
  ])("%s giver %p med et andet ark (issue 16 § 1 H1)", (f, v) => {
    const andre: Record<string, SnapshotSheet> = {
      ark2: { name: "Ark2", top: 1, left: 1, values: [[7, 5]] },
      "over- og underskud": { name: "Over- og underskud", top: 1, left: 1, values: [[7]] },
      "bob's ark": { name: "Bob's ark", top: 1, left: 1, values: [[1]] },
    };
    expect(beregnFormel(f, ark, undefined, (n) => andre[n.toLowerCase()])).toBe(v);
  });
  it.each(["=Ukendt!A1", "=Ark2!A1:Ark2!B1", "=[1]Ark2!A1", "=Ark2!", "=Ark2!A1B"])(
    "%s kan regneren ikke afgøre, heller ikke med andre ark",
    (f) => {
      const ark2: SnapshotSheet = { name: "Ark2", top: 1, left: 1, values: [[7, 5]] };
      expect(beregnFormel(f, ark, undefined, (n) => (n.toLowerCase() === "ark2" ? ark2 : undefined))).toBeUndefined();
    },
  );
  it("regner formler op til Excels 8.192 tegn (issue 16 § 1 H1: før 2.000, og det gemte resultat blev troet)", () => {
    expect(beregnFormel("=" + "A1+".repeat(2500) + "0", ark)).toBe(25000);
    expect(beregnFormel("=" + "A1+".repeat(3000) + "0", ark)).toBeUndefined();
  });
  it.each([
    ["4.000 parenteser", "=" + "(".repeat(4000) + "1" + ")".repeat(4000)],
    ["8.000 minusser", "=" + "-".repeat(8000) + "1"],
    ["4.000 potenser", "=" + "2^".repeat(4000) + "1"],
    ["2.000 indlejrede ABS", "=" + "ABS(".repeat(2000) + "1" + ")".repeat(2000)],
  ])("dyb indlejring (%s) afgøres ikke og sprænger ikke stakken", (_navn, f) => {
    expect(beregnFormel(f, ark)).toBeUndefined();
  });
  it("holder sig inden for sit budget", () => {
    const budget = { rest: 10 };
    expect(beregnFormel("=A1*1.5+A1*1.5", ark, budget)).toBeUndefined();
  });
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
      navn: "en formel, der henviser til et andet ark, gemt med sit resultat",
      skema: medOmkostninger((o) => {
        o[0].grundlag = { v: 7008000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2+Ydelser!I2*0" };
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
          besked:
            "Projektmappen er gemt uden at være beregnet: den beder Excel beregne alle formler igen, når den åbnes. 2 celler i skemaets tabeller er formler (den første er Omkostninger!M2), og de resultater, der er gemt med dem, er ikke nødvendigvis dem, Excel viser. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
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
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Takst er formlen =M2*1.5, som giver 2.925, men resultatet, der er gemt med den, er 2.000, og det er det, kontrollen og takstbilaget bruger, mens Excel viser formlens resultat. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
        },
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Projektmappen er gemt uden at være beregnet: den beder Excel beregne alle formler igen, når den åbnes. 3 celler i skemaets tabeller er formler (den første er Ydelser!N2), og de resultater, der er gemt med dem, er ikke nødvendigvis dem, Excel viser. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
        },
      ],
    },
    {
      navn: "en fremmed formel i Takstberegningsgrundlag med skabelonens sum som gemt resultat",
      skema: medOmkostninger((o) => {
        o[0].grundlag = { v: 7008000, f: "=B2*2" };
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M2",
          ydelsesId: "A1-108",
          besked:
            "Takstberegningsgrundlag er formlen =B2*2, som giver 10.000.000, men resultatet, der er gemt med den, er 7.008.000, og det er det, kontrollen og takstbilaget bruger, mens Excel viser formlens resultat. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      // Issue 16 § 1 H1: the evaluator gave up on another sheet's cell, and the old result was trusted.
      navn: "en formel, der henviser til et andet ark, med et gammelt gemt resultat",
      skema: medOmkostninger((o) => {
        o[0].grundlag = { v: 7008000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2+'Ydelser'!I2*100000" };
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M2",
          ydelsesId: "A1-108",
          besked:
            "Takstberegningsgrundlag er formlen =B2+D2+E2+F2+G2+H2-I2+J2+K2-L2+'Ydelser'!I2*100000, som giver 8.008.000, men resultatet, der er gemt med den, er 7.008.000, og det er det, kontrollen og takstbilaget bruger, mens Excel viser formlens resultat. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      // A formula the evaluator cannot follow, saved without its result where the template's gives one.
      navn: "en formel, programmet ikke kan regne efter, er gemt uden sit resultat",
      skema: medOmkostninger((o) => {
        o[1].grundlag = { v: null, f: '=INDIRECT("M2")' };
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M3",
          ydelsesId: "A2-104",
          besked:
            "Takstberegningsgrundlag er en formel, der er gemt uden sit resultat, så kontrollen læser cellen som tom, mens Excel viser et tal. Tryk F9 (Beregn nu), hvis Excel er sat til manuel beregning. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "Takstberegningsgrundlag er gemt uden sit resultat",
      skema: udenGemtGrundlag,
      fund: [
        {
          ark: "Omkostninger",
          celle: "M3",
          ydelsesId: "A2-104",
          besked:
            "Takstberegningsgrundlag er formlen =B3+D3+E3+F3+G3+H3-I3+J3+K3-L3, som giver 3.504.000, men den er gemt uden sit resultat, så kontrollen læser cellen som tom, mens Excel viser formlens resultat. Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.",
        },
      ],
      rettet: gyldigtSkema(),
    },
  ],
});
