import { takstberegningsgrundlag } from "../../src/core/beregning/grundlag";
import { dec } from "../../src/core/penge";

describe("takstberegningsgrundlag", () => {
  it("lægger omkostninger og indregnet underskud til og trækker indtægter og indregnet overskud fra", () => {
    const g = takstberegningsgrundlag({
      personale: 5000000,
      borgerrelaterede: 600000,
      administration: 500000,
      kompetenceudvikling: 100000,
      ejendom: 600000,
      afskrivninger: 200000,
      finansieringsindtaegter: 10000,
      finansieringsudgifter: 18000,
      indregnetUnderskud: 50000,
      indregnetOverskud: 370000,
    });
    // 7.008.000 + 50.000 − 370.000
    expect(g.toString()).toBe("6688000");
  });

  it("lægger ikke vagtlag til (det er en del af personaleomkostningerne)", () => {
    const raekke = { personale: 1000, vagtlag: 800 } as Parameters<typeof takstberegningsgrundlag>[0];
    expect(takstberegningsgrundlag(raekke).toString()).toBe("1000");
  });

  it("regner i decimaler, ikke binære tal: 0,1 + 0,2 giver præcis 0,3", () => {
    expect(takstberegningsgrundlag({ personale: 0.1, ejendom: 0.2 }).eq(dec("0.3"))).toBe(true);
  });

  it("tæller tomme beløb som 0, ligesom Excel", () => {
    expect(
      takstberegningsgrundlag({ personale: dec(100), ejendom: null, finansieringsindtaegter: dec(30) }).toString(),
    ).toBe("70");
  });
});
