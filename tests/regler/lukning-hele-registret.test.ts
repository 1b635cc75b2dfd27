/**
 * regler.md 2026.3 item 6, § 6.2.2 "Et underskud/overskud ved lukning af et socialaftaletilbud dækkes
 * ved, at underskuddet/overskuddet henføres til andre socialaftaletilbud hos driftsherren": a skema that
 * does exactly that reaches 0 fejl on the whole registry, both for a ydelse that closes this Takstår
 * (Pladser 0, no Takst or Belægningsprocent) and for one already closed (`lukket: <ID>`).
 */
import { laesTakstskema } from "../../src/core/reader/laes";
import { bygSnapshot, type ByggeRaekke, type SkemaSpec } from "../hjaelp/snapshot-bygger";
import { validerSkema } from "../../src/core/valider";
import { standardValg } from "../hjaelp/valider";
import { resultatSkema } from "./resultater-fixtur";

function fejl(spec: SkemaSpec): string[] {
  const snapshot = bygSnapshot(spec);
  return validerSkema(laesTakstskema(snapshot), snapshot, standardValg())
    .fund.filter((f) => f.alvor === "fejl")
    .map((f) => `${f.regel} ${f.ark}!${f.celle}: ${f.besked}`);
}

/** A1-108's 2024 overskud (370.000 kr. to indregne) moved onto A2-104, whose takst then follows its grundlag. */
function flyttet(a: { lukket?: boolean } = {}): SkemaSpec {
  const s = resultatSkema({
    resultater: (r) => {
      if (a.lukket) r[0].ydelsesId = "lukket: A3-100";
    },
    omkostninger: (o) => {
      o[0].indregnetOverskud = 0;
      o[0].grundlag = { v: 7008000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2" };
      o[1].indregnetOverskud = 370000;
      o[1].grundlag = { v: 3259000, f: "=B3+D3+E3+F3+G3+H3-I3+J3+K3-L3" };
    },
  });
  const y = s.ydelser as ByggeRaekke[];
  y[0] = a.lukket ? { ...y[0], takst: 2000 } : { ...y[0], pladser: 0, takst: null, belaegningsprocent: null };
  // 3.259.000 ÷ 7.008 dage = 465,04 kr.: −5,1 % against 490 kr., explained.
  y[1] = {
    ...y[1],
    takst: 465.04,
    aarsag: "Regulering af over-/underskud",
    bemaerkninger: "Overskuddet fra den lukkede ydelse A1-108 er indregnet her (§ 6.2.2), og underskuddet for 2025.",
  };
  return s;
}

describe("§ 6.2.2: et resultat flyttet ved lukning giver 0 fejl i hele registret", () => {
  it("en ydelse, der lukker i takståret (0 pladser)", () => {
    expect(fejl(flyttet())).toEqual([]);
  });
  it("en lukket ydelse, skrevet lukket: A3-100", () => {
    expect(fejl(flyttet({ lukket: true }))).toEqual([]);
  });
});
