import regel from "../../../src/core/regler/omkostninger/grundlag-stemmer-ikke";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, gyldigeYdelser, medOmkostninger } from "../../hjaelp/fixtur";
import { bygSnapshot } from "../../hjaelp/snapshot-bygger";
import { valider } from "../../hjaelp/valider";

const medOmk = medOmkostninger;

testRegel(regel, {
  gyldige: [
    { navn: "fixturen", skema: gyldigtSkema() },
    {
      navn: "indregnet underskud og overskud er med i summen",
      skema: medOmk((r) => {
        r[0].indregnetUnderskud = 50000;
        r[0].indregnetOverskud = 20000;
        r[0].grundlag = { v: 7038000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2" };
      }),
    },
    {
      navn: "en tom kategori tæller som 0 ligesom i Excel (omkostningskategori-tom melder den)",
      skema: medOmk((r) => {
        r[1].kompetenceudvikling = null;
        r[1].grundlag = 3454000;
      }),
    },
    {
      navn: "forskel under en halv øre",
      skema: medOmk((r) => {
        r[0].grundlag = 7008000.004;
      }),
    },
    {
      navn: "vagtlag lægges ikke til igen",
      skema: medOmk((r) => {
        r[0].vagtlag = 4999999;
      }),
    },
    {
      navn: "tomt grundlag giver intet fund her",
      skema: medOmk((r) => {
        r[0].grundlag = null;
      }),
    },
    {
      navn: "ulæselig kategori: intet fund (felt-ugyldig-vaerdi melder den)",
      skema: medOmk((r) => {
        r[0].ejendom = "mange penge";
      }),
    },
  ],
  ugyldige: [
    {
      navn: "overskrevet formel",
      skema: medOmk((r) => {
        r[0].grundlag = 7000000;
      }),
      fund: [
        {
          celle: "M2",
          ark: "Omkostninger",
          ydelsesId: "A1-108",
          besked:
            "Takstberegningsgrundlaget for A1-108 er 7.000.000,00 kr., men omkostningskategorierne giver 7.008.000,00 kr. (forskel 8.000,00 kr.). Formlen er måske overskrevet: sæt formlen ind igen (kolonnerne, den lægger sammen, står i forklaringen).",
        },
      ],
      rettet: medOmk((r) => {
        r[0].grundlag = { v: 7008000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2" };
      }),
    },
    {
      navn: "én øre forskel",
      skema: medOmk((r) => {
        r[1].grundlag = 3504000.01;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M3",
          ydelsesId: "A2-104",
          besked:
            "Takstberegningsgrundlaget for A2-104 er 3.504.000,01 kr., men omkostningskategorierne giver 3.504.000,00 kr. (forskel 0,01 kr.). Formlen er måske overskrevet: sæt formlen ind igen (kolonnerne, den lægger sammen, står i forklaringen).",
        },
      ],
    },
    {
      navn: "finansieringsindtægter lagt til i stedet for trukket fra",
      skema: medOmk((r) => {
        r[0].grundlag = 7028000;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M2",
          besked:
            "Takstberegningsgrundlaget for A1-108 er 7.028.000,00 kr., men omkostningskategorierne giver 7.008.000,00 kr. (forskel 20.000,00 kr.). Formlen er måske overskrevet: sæt formlen ind igen (kolonnerne, den lægger sammen, står i forklaringen).",
        },
      ],
    },
    {
      navn: "indregnet overskud ikke trukket fra",
      skema: medOmk((r) => {
        r[1].indregnetOverskud = 100000;
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "M3",
          besked:
            "Takstberegningsgrundlaget for A2-104 er 3.504.000,00 kr., men omkostningskategorierne giver 3.404.000,00 kr. (forskel 100.000,00 kr.). Formlen er måske overskrevet: sæt formlen ind igen (kolonnerne, den lægger sammen, står i forklaringen).",
        },
      ],
    },
  ],
});

describe("grundlag-stemmer-ikke: årsagen før virkningen (issue 7 § 3)", () => {
  it("i hele motoren står det overskrevne grundlag før taksten, der afviger, og taksten får kolonnernes mål", () => {
    const y = gyldigeYdelser();
    y[0].takst = 2140.41; // follows the overwritten cell: 7.500.000 ÷ 3.504 døgn
    const spec = medOmk((r) => {
      r[0].grundlag = 7500000;
    });
    const fund = valider(bygSnapshot({ ...spec, ydelser: y })).fund.filter((f) => f.ydelsesId === "A1-108");
    const regler = fund.map((f) => f.regel);
    expect(regler.indexOf("grundlag-stemmer-ikke")).toBeGreaterThanOrEqual(0);
    expect(regler.indexOf("grundlag-stemmer-ikke")).toBeLessThan(regler.indexOf("takst-afviger-fra-beregning"));
    const takst = fund.find((f) => f.regel === "takst-afviger-fra-beregning")!;
    expect(takst.besked).toContain("bliver taksten 2.000,00 kr.");
    expect(takst.besked).not.toMatch(/beregnede takst 2\.140,41/);
  });
});

describe("grundlag-stemmer-ikke: forklaringen har kolonnerne", () => {
  it("beskrivelsen (rudens Forklaring) nævner de ti kolonner med fortegn", () => {
    expect(regel.meta.beskrivelse).toContain(
      "Personaleomkostninger + Borgerrelaterede udgifter + Administrationsomkostninger + Kompetenceudvikling + Ejendomsomkostninger + Afskrivninger og kapitalomkostninger − Finansieringsindtægter + Finansieringsudgifter + Indregnet underskud − Indregnet overskud",
    );
  });
});
