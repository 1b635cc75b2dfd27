import regel from "../../../src/core/regler/ydelser/sidste-aar-afviger-fra-godkendt";
import takstaendring from "../../../src/core/regler/ydelser/takstaendring-uden-begrundelse";
import pladsaendring from "../../../src/core/regler/ydelser/pladsaendring-kraever-godkendelse";
import { kolonneBogstaverFor } from "../../../src/core/skema/formler";
import { TBL_YDELSER } from "../../../src/core/skema/tabeller";
import { koerRegel, testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { fixturGrundlag } from "../../takstbilag/grundlag-hjaelp";
import { skemaMed } from "../ydelser-hjaelp";

const k = kolonneBogstaverFor(TBL_YDELSER);

testRegel(regel, {
  gyldige: [
    { navn: "uden grundlag: reglen tier", skema: skemaMed({ 0: { takstSidsteAar: 1 } }) },
    { navn: "skemaet har de godkendte værdier", skema: gyldigtSkema(), grundlag: fixturGrundlag() },
    {
      navn: "et takstbilag i hele kroner sammenlignes i hele kroner (1.950,40 er 1.950)",
      skema: skemaMed({ 0: { takstSidsteAar: 1950.4 } }),
      grundlag: fixturGrundlag(),
    },
    {
      navn: "en ydelse, det godkendte takstbilag ikke har, er en anden regels sag",
      skema: skemaMed({ 0: { ydelsesId: "A9-999" } }),
      grundlag: fixturGrundlag(),
    },
  ],
  ugyldige: [
    {
      navn: "Takst sidste år sat lavere end den godkendte",
      skema: gyldigtSkema(),
      grundlag: fixturGrundlag({ takst: 1800 }),
      fund: [
        {
          ark: "Ydelser",
          celle: `${k.takstSidsteAar}2`,
          ydelsesId: "A1-108",
          besked:
            "Takst sidste år er 1.950 kr., men sidste års godkendte takstbilag har 1.800 kr. for A1-108. Skriv den godkendte værdi, eller forklar forskellen i Bemærkninger (fx en takst, Forretningsudvalget har godkendt i årets løb). Ændringen måles fra den godkendte værdi.",
          alvor: "advarsel",
        },
      ],
      rettet: skemaMed({ 0: { takstSidsteAar: 1800 } }),
    },
    {
      navn: "et grundlag med øre sammenlignes på øren",
      skema: skemaMed({ 1: { takstSidsteAar: 490.4 } }),
      grundlag: fixturGrundlag({}, { takst: 490.45 }),
      fund: [
        {
          ark: "Ydelser",
          celle: `${k.takstSidsteAar}3`,
          ydelsesId: "A2-104",
          besked:
            "Takst sidste år er 490,40 kr., men sidste års godkendte takstbilag har 490,45 kr. for A2-104. Skriv den godkendte værdi, eller forklar forskellen i Bemærkninger (fx en takst, Forretningsudvalget har godkendt i årets løb). Ændringen måles fra den godkendte værdi.",
        },
      ],
    },
    {
      navn: "Pladser sidste år tom er en forskel",
      skema: skemaMed({ 0: { pladserSidsteAar: null } }),
      grundlag: fixturGrundlag(),
      fund: [
        {
          ark: "Ydelser",
          celle: `${k.pladserSidsteAar}2`,
          ydelsesId: "A1-108",
          besked:
            "Pladser sidste år er tom, men sidste års godkendte takstbilag har 10 for A1-108. Skriv den godkendte værdi, eller forklar forskellen i Bemærkninger (fx en takst, Forretningsudvalget har godkendt i årets løb). Ændringen måles fra den godkendte værdi.",
        },
      ],
    },
  ],
});

describe("ændringsreglerne måler fra den godkendte værdi", () => {
  it("en takst, der i skemaet stiger 2,6 %, men 11,1 % fra den godkendte, er en væsentlig ændring uden begrundelse", () => {
    const skema = skemaMed({ 0: { aarsag: null, bemaerkninger: null } });
    expect(koerRegel(takstaendring, { navn: "", skema })).toEqual([]);
    const fund = koerRegel(takstaendring, { navn: "", skema, grundlag: fixturGrundlag({ takst: 1800 }) });
    expect(fund).toHaveLength(1);
    expect(fund[0].besked).toContain("fra 1.800,00 kr. til 2.000,00 kr. (+11,1 %");
    expect(fund[0].besked).toContain("målt fra sidste års godkendte takstbilag");
  });

  it("en pladsændring, skemaet skjuler (10 → 10, men 8 godkendt), skal godkendes", () => {
    const fund = koerRegel(pladsaendring, {
      navn: "",
      skema: gyldigtSkema(),
      grundlag: fixturGrundlag({ pladser: 8 }),
    });
    expect(fund.map((f) => f.besked)).toEqual([expect.stringContaining("øges fra 8 til 10")]);
  });
});
