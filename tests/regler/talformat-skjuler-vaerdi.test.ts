import regel from "../../src/core/regler/skema/talformat-skjuler-vaerdi";
import { fastTalIFormat } from "../../src/core/regler/skema/hjaelp/talformat";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

function medTakst(takst: unknown) {
  const y = gyldigeYdelser();
  y[0].takst = takst as never;
  return { ...gyldigtSkema(), ydelser: y };
}

describe("fastTalIFormat", () => {
  it.each([
    ['"3.037,78"', 4555, "3.037,78"],
    ['0;0;0;"3.037,78"', "abc", "3.037,78"],
    ["\\3\\.\\0\\3\\7", 1, "3.037"],
    ['[>0]"3.037,78";0', 4555, "3.037,78"],
    ['0;"1.000"', -5, "1.000"],
    ["[$2026-406] #,##0", 5, "2026"],
  ])("%s viser et fast tal for %p", (format, v, fast) => {
    expect(fastTalIFormat(format, v)).toBe(fast);
  });
  it.each([
    ['#,##0.00 "kr."', 4555],
    ['0;0;0;"3.037,78"', 4555],
    ['0;"1.000"', 5],
    ["0.0%", 0.96],
    ["dd-mm-yyyy", 46027],
    ["[Red]#,##0;[Color10]-#,##0", -5],
    ['#,##0.00 "kr.";-#,##0.00 "kr."', -1],
  ])("%s viser værdien %p", (format, v) => {
    expect(fastTalIFormat(format, v)).toBeNull();
  });
});

testRegel(regel, {
  gyldige: [
    { navn: "skabelonens talformater", skema: medTakst({ v: 2000, nf: '#,##0.00 "kr."' }) },
    { navn: "en tekstsektion gælder ikke for et tal", skema: medTakst({ v: 2000, nf: '0;0;0;"3.037,78"' }) },
  ],
  ugyldige: [
    {
      navn: "Takst vises som 3.037,78, men er 2.000",
      skema: medTakst({ v: 2000, nf: '"3.037,78"' }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked: ['den faste tekst "3.037,78"', "værdi er 2.000", "almindeligt talformat"],
        },
      ],
      rettet: medTakst({ v: 2000, nf: '#,##0.00 "kr."' }),
    },
    {
      navn: "et fast tal i tekstsektionen for en tekstværdi",
      skema: (() => {
        const s = gyldigtSkema();
        const y = gyldigeYdelser();
        y[0].bemaerkninger = { v: "Uændret takst, intet at bemærke", nf: '0;0;0;"Takst 3.037,78 aftalt med DAS"' };
        return { ...s, ydelser: y };
      })(),
      fund: [{ ark: "Ydelser", celle: "P2", besked: ["Bemærkninger viser den faste tekst"] }],
    },
  ],
});
