import { antalUger, ataTimetakst, periodepris, ugepris } from "../../src/core/beregning/tillaeg";
import { dec } from "../../src/core/penge";

describe("ataTimetakst", () => {
  it("giver bilag 2's eksempel til øren: 206 × (1 + 0,33 + 0,25 + 0,05) = 335,78", () => {
    expect(ataTimetakst({ timeomkostning: 206, fravaer: 0.33, doegnkoefficient: 0.25, vfo: 0.05 }).toFixed(2)).toBe(
      "335.78",
    );
  });

  it("tager fraværskorrektionen med (eksemplet er bindende, ikke formellinjen 1 + d + vfo)", () => {
    const uden = dec(206).times(dec("1.30")).toFixed(2); // 267,80
    const med = ataTimetakst({ timeomkostning: 206, fravaer: 0.33, doegnkoefficient: 0.25, vfo: 0.05 }).toFixed(2);
    expect(med).not.toBe(uden);
  });

  it("normaltid uden døgnkoefficient: 206 × 1,38 = 284,28", () => {
    expect(ataTimetakst({ timeomkostning: 206, fravaer: 0.33, doegnkoefficient: 0, vfo: 0.05 }).toFixed(2)).toBe(
      "284.28",
    );
  });

  it("runder til øre, halvt væk fra nul", () => {
    // 100,005 × 1 → 100,01
    expect(ataTimetakst({ timeomkostning: "100.005" }).toFixed(2)).toBe("100.01");
    // 210,5 × 1,63 = 343,115 → 343,12 (binær float giver 343,11499… → 343,11)
    expect(ataTimetakst({ timeomkostning: 210.5, fravaer: 0.33, doegnkoefficient: 0.25, vfo: 0.05 }).toFixed(2)).toBe(
      "343.12",
    );
  });

  it("tomme procenter tæller som 0", () => {
    expect(ataTimetakst({ timeomkostning: 200, fravaer: null, doegnkoefficient: null, vfo: null }).toFixed(2)).toBe(
      "200.00",
    );
  });
});

describe("ugepris", () => {
  it("giver bilag 2's eksempel: ½ time på 5 hverdage = 2,5 × 335,78 = 839,45", () => {
    expect(ugepris({ ataTimetakst: 335.78, timerPrUge: 2.5 }).toFixed(2)).toBe("839.45");
  });
  it("runder til øre", () => {
    // 1,5 × 335,77 = 503,655 → 503,66
    expect(ugepris({ ataTimetakst: "335.77", timerPrUge: "1.5" }).toFixed(2)).toBe("503.66");
  });
  it("negative timer giver en negativ tillægsydelse, rundet væk fra nul", () => {
    expect(ugepris({ ataTimetakst: "335.77", timerPrUge: "-1.5" }).toFixed(2)).toBe("-503.66");
  });
});

describe("periodepris", () => {
  it("tæller begge datoer med: 1.–14. januar 2026 er 2 uger", () => {
    // 46023 = 1. januar 2026 som Excel-serienummer
    expect(antalUger(46023, 46036).toFixed(2)).toBe("2.00");
    expect(periodepris({ ugepris: 839.45, startdato: 46023, slutdato: 46036 }).toFixed(2)).toBe("1678.90");
  });
  it("brudne uger rundes til 2 decimaler som skabelonens Uger-formel: 10 dage = 1,43 uger", () => {
    expect(antalUger(46023, 46032).toFixed(2)).toBe("1.43");
    // 839,45 × 1,43 = 1.200,4135 → 1.200,41 (ikke 839,45 × 10/7 = 1.199,21)
    expect(periodepris({ ugepris: 839.45, startdato: 46023, slutdato: 46032 }).toFixed(2)).toBe("1200.41");
  });
  it("en enkelt dag er 0,14 uge", () => {
    expect(antalUger(46023, 46023).toFixed(2)).toBe("0.14");
    expect(periodepris({ ugepris: 700, startdato: 46023, slutdato: 46023 }).toFixed(2)).toBe("98.00");
  });
  it("runder uger halvt væk fra nul: 4 dage = 0,571… → 0,57; 5 dage = 0,714… → 0,71", () => {
    expect(antalUger(46023, 46026).toFixed(2)).toBe("0.57");
    expect(antalUger(46023, 46027).toFixed(2)).toBe("0.71");
  });
  it("negativ tillægsydelse giver negativ periodepris", () => {
    expect(periodepris({ ugepris: -839.45, startdato: 46023, slutdato: 46036 }).toFixed(2)).toBe("-1678.90");
  });
});
