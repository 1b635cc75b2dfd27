/**
 * The fixture's takstskema with a tblResultater (sheet "Over- og underskud", header row 1,
 * columns A Ydelses-ID … G Indregnet i takstår) that agrees with tblOmkostninger for Takstår 2026
 * (and takster recalculated from the regulated grundlag, so the whole registry passes it):
 *  row 2: A1-108, 2024: overskud 770.000 of 8.000.000 (§ 5.3's example): 400.000 hensat, 370.000 indregnet in 2026
 *  row 3: A2-104, 2025: underskud 300.000 of 3.500.000: 5 % = 175.000 stays out, 125.000 indregnet in 2026
 */
import type { ByggeRaekke, SkemaSpec } from "../hjaelp/snapshot-bygger";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "../hjaelp/fixtur";

export function resultatRaekker(): ByggeRaekke[] {
  return [
    {
      ydelsesId: "A1-108",
      regnskabsaar: 2024,
      grundlag: 8000000,
      resultat: 770000,
      hensat: 400000,
      indregnet: 370000,
      indregnetITakstaar: 2026,
    },
    {
      ydelsesId: "A2-104",
      regnskabsaar: 2025,
      grundlag: 3500000,
      resultat: -300000,
      hensat: 0,
      indregnet: 125000,
      indregnetITakstaar: 2026,
    },
  ];
}

export function omkostningerMedRegulering(): ByggeRaekke[] {
  const omk = gyldigeOmkostninger();
  omk[0].indregnetOverskud = 370000;
  omk[0].grundlag = { v: 6638000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2" };
  omk[1].indregnetUnderskud = 125000;
  omk[1].grundlag = { v: 3629000, f: "=B3+D3+E3+F3+G3+H3-I3+J3+K3-L3" };
  return omk;
}

/** The takster follow the regulated grundlag, so the whole skema still passes every rule. */
export function ydelserMedRegulering(): ByggeRaekke[] {
  const y = gyldigeYdelser();
  y[0].takst = 1894.41; // 6.638.000 / 3.504 døgn
  y[1].takst = 517.84; // 3.629.000 / 7.008 dage: +5,7 %, so it needs a begrundelse
  y[1].aarsag = "Regulering af over-/underskud";
  y[1].bemaerkninger = "Delen af underskuddet for 2025 over 5 % (125.000 kr.) er indregnet i taksten.";
  return y;
}

export interface Aendringer {
  resultater?: (r: ByggeRaekke[]) => void;
  omkostninger?: (r: ByggeRaekke[]) => void;
  stamdata?: Record<string, ByggeRaekke[string]>;
}

export function resultatSkema(a: Aendringer = {}): SkemaSpec {
  const s = gyldigtSkema();
  const res = resultatRaekker();
  a.resultater?.(res);
  const omk = omkostningerMedRegulering();
  a.omkostninger?.(omk);
  return {
    ...s,
    stamdata: { ...s.stamdata, ...a.stamdata },
    ydelser: ydelserMedRegulering(),
    omkostninger: omk,
    resultater: res,
  };
}

export const ARK = "Over- og underskud";
