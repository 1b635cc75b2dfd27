/** regler.md 2026.3 point 9 ("Numbers in messages are true"): a percent keeps its true side of the threshold. */
import { decimalerMod, formaterGraensePct, formaterPctBroekMod, formaterPctMod } from "../src/core/format";
import { D } from "../src/core/penge";

describe("formaterPctMod: færrest decimaler (mindst én), der holder tallet på sin side af grænsen", () => {
  it("issue 15's eksempler: 94,96 % og 94,996 % er under 95 %; +5,02 % er over 5 %", () => {
    expect(formaterPctBroekMod(new D("0.9496"), 95)).toBe("94,96 %");
    expect(formaterPctBroekMod(new D("0.94996"), 95)).toBe("94,996 %");
    expect(formaterPctMod(new D("5.02"), [5, -5], { fortegn: true })).toBe("+5,02 %");
    expect(formaterPctMod(new D("-5.004"), [5, -5], { fortegn: true })).toBe("−5,004 %");
  });

  it("én decimal, når den er nok, og præcis grænsen, når tallet er grænsen", () => {
    expect(formaterPctBroekMod(new D("0.9"), 95)).toBe("90,0 %");
    expect(formaterPctBroekMod(new D("0.9449"), 95)).toBe("94,5 %");
    expect(formaterPctBroekMod(new D("0.95"), 95)).toBe("95,0 %");
    expect(formaterPctMod(new D("12.8"), [5, -5], { fortegn: true })).toBe("+12,8 %");
  });

  it("flere grænser: hver holdes (98 % < x ≤ 100 %)", () => {
    expect(formaterPctBroekMod(new D("0.98004"), [98, 100])).toBe("98,004 %");
    expect(formaterPctBroekMod(new D("0.99996"), [98, 100])).toBe("99,996 %");
  });

  it("en division med mange decimaler stopper ved den første, der holder", () => {
    const v = new D(2).div(3).times(100); // 66,666…
    // 66,67 would sit on the threshold, not below it.
    expect(decimalerMod(v, [66.67])).toBe(3);
    expect(decimalerMod(v, [70])).toBe(1);
    expect(decimalerMod(new D("95.00000000001"), [95])).toBe(11);
  });

  it("grænsen vises præcist", () => {
    expect(formaterGraensePct(95)).toBe("95 %");
    expect(formaterGraensePct(0.125)).toBe("0,125 %");
    expect(formaterGraensePct(new D("2.5"))).toBe("2,5 %");
  });
});
