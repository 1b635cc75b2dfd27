import { datoTilSerial, serialFraUtcMs, serialTilDato, serialTilUtcDato } from "../src/core/dato";

describe("Excel-serienumre (src/core/dato.ts)", () => {
  it("regner som Excel: 1900-03-01 er 61, 2026-01-05 er 46027", () => {
    expect(datoTilSerial(1900, 3, 1)).toBe(61);
    expect(datoTilSerial(2026, 1, 5)).toBe(46027);
    expect(serialTilDato(46027)).toEqual({ aar: 2026, maaned: 1, dag: 5 });
    expect(serialTilUtcDato(46027).toISOString()).toBe("2026-01-05T00:00:00.000Z");
  });

  it("afviser datoer, der ikke findes, og år uden for 1900–9999", () => {
    expect(datoTilSerial(2026, 2, 29)).toBeNull();
    expect(datoTilSerial(2028, 2, 29)).toBe(46812);
    expect(datoTilSerial(1899, 12, 31)).toBeNull();
    expect(datoTilSerial(2026, 13, 1)).toBeNull();
  });

  it("beholder klokkeslættet som brøk, og runder til hele dage den anden vej", () => {
    expect(serialFraUtcMs(Date.UTC(2026, 0, 5, 12))).toBe(46027.5);
    expect(serialTilDato(46027.4)).toEqual({ aar: 2026, maaned: 1, dag: 5 });
  });

  it("går frem og tilbage for hver dag i 1900–2100", () => {
    for (let s = 61; s <= datoTilSerial(2100, 12, 31)!; s += 1) {
      const d = serialTilDato(s);
      if (datoTilSerial(d.aar, d.maaned, d.dag) !== s) throw new Error(`serial ${s} → ${JSON.stringify(d)}`);
    }
  });
});
