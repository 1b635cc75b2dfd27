import { fordelResultat, senestAnvendelsesaar, senestIndregningsaar } from "../../src/core/beregning/overunderskud";
import { hentProfil } from "../../src/core/profil/register";
import { dec } from "../../src/core/penge";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

describe("fordelResultat", () => {
  /*
   * § 5.3, "Eksempel på beregning af overskud": "Overskuddet på 9,6 % af beregningsgrundlaget,
   * er altså større end grænsen på 5 %. Dette indebærer, at kun en del af overskuddet
   * (400.000 kr.) kan hensættes, da der som beskrevet ovenfor, maksimalt kan hensættes 5 %.
   * De resterende 370.000 kr. vil typisk indgå i takstberegningen i næstfølgende
   * takstberegning som en indtægt, der reducerer taksten"
   */
  it("giver aftalens eksempel til øren: overskud 770.000 af 8.000.000 → 400.000 hensat, 370.000 indregnet", () => {
    const f = fordelResultat({ resultat: 770000, grundlag: 8000000, graensePct: 5 });
    expect(f.art).toBe("overskud");
    expect(f.maxHensat.toFixed(2)).toBe("400000.00");
    expect(f.skalIndregnes.toFixed(2)).toBe("370000.00");
    expect(f.maxIkkeIndregnet.toFixed(2)).toBe("0.00");
  });

  it("et overskud under 5 % må hensættes helt", () => {
    const f = fordelResultat({ resultat: 300000, grundlag: 8000000, graensePct: 5 });
    expect(f.maxHensat.toString()).toBe("300000");
    expect(f.skalIndregnes.toString()).toBe("0");
  });

  it("et overskud på præcis 5 % skal ikke indregnes", () => {
    const f = fordelResultat({ resultat: 400000, grundlag: 8000000, graensePct: 5 });
    expect(f.skalIndregnes.isZero()).toBe(true);
    expect(f.maxHensat.toString()).toBe("400000");
  });

  it("et underskud deles i den del, der ikke må indregnes, og delen over 5 %", () => {
    const f = fordelResultat({ resultat: -500000, grundlag: 8000000, graensePct: 5 });
    expect(f.art).toBe("underskud");
    expect(f.beloeb.toString()).toBe("500000");
    expect(f.maxIkkeIndregnet.toString()).toBe("400000");
    expect(f.skalIndregnes.toString()).toBe("100000");
    expect(f.maxHensat.toString()).toBe("0");
  });

  it("bruger profilens grænse", () => {
    const f = fordelResultat({ resultat: 770000, grundlag: 8000000, graensePct: 8 });
    expect(f.graense.toString()).toBe("640000");
    expect(f.skalIndregnes.toString()).toBe("130000");
  });

  it("runder grænsen til øre (halvt væk fra nul)", () => {
    // 5 % af 1.234.567,89 = 61.728,3945 → 61.728,39
    const f = fordelResultat({ resultat: dec("100000"), grundlag: dec("1234567.89"), graensePct: 5 });
    expect(f.graense.toFixed(2)).toBe("61728.39");
    expect(f.skalIndregnes.toFixed(2)).toBe("38271.61");
    // 5 % af 0,10 = 0,005 → 0,01
    expect(fordelResultat({ resultat: 1, grundlag: dec("0.1"), graensePct: 5 }).graense.toFixed(2)).toBe("0.01");
  });

  it("et resultat på 0 skal hverken hensættes eller indregnes", () => {
    const f = fordelResultat({ resultat: 0, grundlag: 8000000, graensePct: 5 });
    expect(f.art).toBe("nul");
    expect(f.skalIndregnes.isZero()).toBe(true);
  });

  it("et negativt grundlag giver ingen 5 %-ramme", () => {
    const f = fordelResultat({ resultat: 1000, grundlag: -5000, graensePct: 5 });
    expect(f.graense.isZero()).toBe(true);
    expect(f.skalIndregnes.toString()).toBe("1000");
  });
});

describe("senestIndregningsaar", () => {
  it("er Regnskabsår + 2 (§ 5.3.1, § 5.3.2)", () => {
    expect(senestIndregningsaar(2024, NORDJYLLAND_2025_2026, false)).toBe(2026);
  });
  it("er Regnskabsår + 4 for et nyt tilbuds første driftsår (§ 6.1.2: tre takstår, + 2, + 3 og + 4)", () => {
    expect(senestIndregningsaar(2024, NORDJYLLAND_2025_2026, true)).toBe(2028);
  });
  it("følger profilen", () => {
    const profil = {
      overUnderskud: { ...NORDJYLLAND_2025_2026.overUnderskud, indregnesSenestEfterAar: 1, nytTilbudEfterAar: 3 },
    };
    expect(senestIndregningsaar(2024, profil, false)).toBe(2025);
    expect(senestIndregningsaar(2024, profil, true)).toBe(2027);
  });
});

describe("senestAnvendelsesaar", () => {
  it("er Regnskabsår + 5 (§ 5.3.1: inden for 5 år)", () => {
    expect(senestAnvendelsesaar(2021, NORDJYLLAND_2025_2026)).toBe(2026);
  });
});
