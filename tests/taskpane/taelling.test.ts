/**
 * Issue 20 § 2: the Takstbilag section's "Fejl: 10" and Validering's "Fejl (2)" count different
 * things; each section says what it counts, with both numbers, before the user clicks anything.
 */
import { fundForklaring, statusForklaring } from "../../src/taskpane/faelles/taelling";

const STATUS = { OK: 30, Advarsel: 1, Fejl: 10, tom: 2 };
const FUND = { fejl: 2, advarsler: 1, info: 0 };

describe("takstbilagets tal og valideringens tal", () => {
  it("Takstbilag: takster efter kolonnen Status, og valideringens fund ved siden af", () => {
    expect(statusForklaring(STATUS, FUND)).toBe(
      "Knapperne tæller takstbilagets 43 takster efter kolonnen Status, som den står i projektmappen (10 takster med Fejl). " +
        "Validering tæller fund i den seneste kontrol (2 fejl, 1 advarsel, 0 info); ét fund kan gælde flere takster. " +
        "Marker status skriver kontrollens resultat i kolonnen.",
    );
  });

  it("Takstbilag før første validering: kun hvad knapperne tæller", () => {
    expect(statusForklaring({ OK: 1, Advarsel: 0, Fejl: 0, tom: 0 }, null)).toBe(
      "Knapperne tæller takstbilagets 1 takst efter kolonnen Status, som den står i projektmappen.",
    );
  });

  it("Validering: fund i denne kontrol, og takstbilagets status ved siden af", () => {
    expect(fundForklaring(FUND, STATUS)).toBe(
      "Tallene her er fund i denne kontrol (2 fejl, 1 advarsel, 0 info). " +
        "Afsnittet Takstbilag tæller takster efter kolonnen Status i projektmappen: 10 takster med Fejl, 1 med Advarsel.",
    );
  });
});
