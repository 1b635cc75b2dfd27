import regel from "../../../src/core/regler/skema/talformat-skjuler-vaerdi";
import { fastTalIFormat, talformatForvraenger } from "../../../src/core/regler/skema/hjaelp/talformat";
import { bygSnapshot } from "../../hjaelp/snapshot-bygger";
import type { WorkbookSnapshot } from "../../../src/core/snapshot";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeYdelser, gyldigtSkema } from "../../hjaelp/fixtur";

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

describe("talformatForvraenger (issue 16 § 1 H3)", () => {
  it.each([
    [";;;", 2450, false, { slags: "skjuler" }],
    ['"kr."', 2450, false, { slags: "skjuler" }],
    ["0;;", -5, false, { slags: "skjuler" }],
    ["#,##0.00,", 2450, false, { slags: "tusinder", faktor: 1000 }],
    ['#,##0,, "mio."', 2450, false, { slags: "tusinder", faktor: 1000000 }],
    ["0,.00", 2450, false, { slags: "tusinder", faktor: 1000 }],
    ["0%", 2450, false, { slags: "procent" }],
    ["0*0", 2450, false, { slags: "fyld", ciffer: "0" }],
    ['#,##0.00 "kr."*1', 2450, false, { slags: "fyld", ciffer: "1" }],
    ['#,##0.00 "kr.";-0%', -3, false, { slags: "procent" }],
  ])("%s viser %p som noget andet", (format, v, pct, ud) => {
    expect(talformatForvraenger(format, v, pct)).toEqual(ud);
  });
  it.each([
    ['#,##0.00 "kr."', 2450, false],
    ["#,##0", 2450, false],
    ['#,##0 "kr.,"', 2450, false],
    ['_-* #,##0.00_-;-* #,##0.00_-;_-* "-"??_-;_-@_-', 2450, false],
    ["0.0%", 0.96, true],
    ["0%", 0.96, true],
    [";;;", 0, false],
    ["@", 2450, false],
    ["dd-mm-yyyy", 46027, false],
    ["[>0]0;;", 5, false],
    ["0.00E+00", 2450, false],
    ["#,##0* ", 2450, false],
    ['0"*0"', 2450, false],
    ["0\\*0", 2450, false],
    ["[$kr-406] #,##0.00", 2450, false],
  ])("%s viser værdien %p", (format, v, pct) => {
    expect(talformatForvraenger(format, v, pct)).toBeNull();
  });
});

/** Issue 16 § 1 H2: conditional formatting on Ydelser gives `ref` the number format `format`. */
function betinget(ref: string, format: string): WorkbookSnapshot {
  const s = bygSnapshot(gyldigtSkema());
  s.sheets.find((a) => a.name === "Ydelser")!.conditionalNumberFormats = [{ ref, format }];
  return s;
}

testRegel(regel, {
  gyldige: [
    { navn: "skabelonens talformater", skema: medTakst({ v: 2000, nf: '#,##0.00 "kr."' }) },
    { navn: "en tekstsektion gælder ikke for et tal", skema: medTakst({ v: 2000, nf: '0;0;0;"3.037,78"' }) },
    { navn: "betinget formatering med et almindeligt talformat", skema: betinget("A1:P3", '#,##0.00 "kr."') },
    { navn: "betinget formatering uden for tabellen", skema: betinget("T1:T40", '"3.585,00"') },
    {
      navn: "%-format på en procentkolonne (Belægningsprocent) og ;;; på et nul",
      skema: (() => {
        const y = gyldigeYdelser();
        y[0].belaegningsprocent = { v: 0.96, nf: "0%" };
        y[1].pladserSidsteAar = { v: 0, nf: ";;;" } as never;
        return { ...gyldigtSkema(), ydelser: y };
      })(),
    },
  ],
  ugyldige: [
    {
      navn: "betinget formatering viser Takst som 3.585,00",
      skema: betinget("N2", '"3.585,00"'),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          besked:
            'Takst kan vise den faste tekst "3.585,00" fra talformatet ("3.585,00"), men cellens værdi er 2.000; kontrollen og takstbilaget bruger værdien. Talformatet kommer fra en betinget formatering på N2. Fjern talformatet fra den betingede formatering (Startside → Betinget formatering → Administrer regler → Rediger regel → Formatér), eller slet reglen.',
        },
      ],
      rettet: betinget("N2", '#,##0.00 "kr."'),
    },
    {
      navn: "betinget formatering med ;;; på flere områder, også uden for tabellen",
      skema: betinget("A20:B30 N3:N9 Z1", ";;;"),
      fund: [
        {
          ark: "Ydelser",
          celle: "N3",
          besked:
            "Takst kan vise ingenting (cellen ser tom ud) med talformatet (;;;), men kontrollen og takstbilaget bruger værdien 500. Talformatet kommer fra en betinget formatering på A20:B30 N3:N9 Z1. Fjern talformatet fra den betingede formatering (Startside → Betinget formatering → Administrer regler → Rediger regel → Formatér), eller slet reglen.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "Takst vises som 3.037,78, men er 2.000",
      skema: medTakst({ v: 2000, nf: '"3.037,78"' }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            'Takst viser den faste tekst "3.037,78" fra talformatet ("3.037,78"), men cellens værdi er 2.000; kontrollen og takstbilaget bruger værdien. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.',
        },
      ],
      rettet: medTakst({ v: 2000, nf: '#,##0.00 "kr."' }),
    },
    {
      navn: "Takst skjult af ;;;",
      skema: medTakst({ v: 2000, nf: ";;;" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            "Takst viser ingenting (cellen ser tom ud) med talformatet (;;;), men kontrollen og takstbilaget bruger værdien 2.000. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
        },
      ],
      rettet: medTakst({ v: 2000, nf: '#,##0.00 "kr."' }),
    },
    {
      navn: "Takst efterfulgt af nuller, til cellen er fuld (0*0)",
      skema: medTakst({ v: 2000, nf: "0*0" }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Takst viser værdien efterfulgt af cifret 0, gentaget til cellen er fuld (som et større tal) med talformatet (0*0), men kontrollen og takstbilaget bruger værdien 2.000. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
        },
      ],
      rettet: medTakst(2000),
    },
    {
      navn: "Takst divideret med 1.000 af et komma til sidst",
      skema: medTakst({ v: 2000, nf: "#,##0.00," }),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Takst viser værdien divideret med 1.000 (2,00 for 2.000) med talformatet (#,##0.00,), men kontrollen og takstbilaget bruger værdien 2.000. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
        },
      ],
      rettet: medTakst(2000),
    },
    {
      navn: "Takst ganget med 100 af %, Pladser af 0%",
      skema: (() => {
        const y = gyldigeYdelser();
        y[0].takst = { v: 2000, nf: "0%" } as never;
        y[1].pladser = { v: 20, nf: "0%" } as never;
        return { ...gyldigtSkema(), ydelser: y };
      })(),
      fund: [
        {
          ark: "Ydelser",
          celle: "N2",
          besked:
            "Takst viser værdien ganget med 100 (200.000 % for 2.000) med talformatet (0%), men kontrollen og takstbilaget bruger værdien 2.000. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
        },
        {
          ark: "Ydelser",
          celle: "I3",
          besked:
            "Pladser viser værdien ganget med 100 (2.000 % for 20) med talformatet (0%), men kontrollen og takstbilaget bruger værdien 20. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
        },
      ],
      rettet: gyldigtSkema(),
    },
    {
      navn: "et fast tal i tekstsektionen for en tekstværdi",
      skema: (() => {
        const s = gyldigtSkema();
        const y = gyldigeYdelser();
        y[0].bemaerkninger = { v: "Uændret takst, intet at bemærke", nf: '0;0;0;"Takst 3.037,78 aftalt med DAS"' };
        return { ...s, ydelser: y };
      })(),
      fund: [
        {
          ark: "Ydelser",
          celle: "P2",
          besked:
            'Bemærkninger viser den faste tekst "Takst 3.037,78 aftalt med DAS" fra talformatet (0;0;0;"Takst 3.037,78 aftalt med DAS"), men cellens værdi er "Uændret takst, intet at bemærke"; kontrollen og takstbilaget bruger værdien. Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.',
        },
      ],
    },
  ],
});
