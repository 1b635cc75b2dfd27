/**
 * Issue 19 §1: Excel on the web refuses a write request over about 5 MB
 * (RequestPayloadSizeLimitExceeded; older hosts say GeneralException). "Skriv rapport"
 * writes its rows in chunks and halves a chunk Excel refuses, as reads halve theirs.
 */
import type { Fund } from "../../src/core/regler/typer";
import { cellValue, findSheet } from "../../src/core/snapshot";
import { lavArbejdsbog, RAPPORT_ARK } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { fuldArbejdsbog } from "./hjaelp";

const MANGE: Fund[] = Array.from({ length: 3000 }, (_, i) => ({
  regel: "belaegning-over-100",
  alvor: "fejl",
  ark: "Ydelser",
  celle: `J${i + 2}`,
  ydelsesId: `Y${i + 1}`,
  paragraf: "5.2",
  besked: `Belægningen er 104,0 % i række ${i + 2}. ${"Forklaring. ".repeat(10)}`,
  beskedId: "overMax",
  data: {},
}));

describe("skrivRapport og Excels grænse for en anmodning", () => {
  it.each(["RequestPayloadSizeLimitExceeded", "GeneralException"] as const)(
    "skriver alle rækker i bidder, når Excel afviser anmodningen med %s",
    async (anmodningsfejl) => {
      // About 600 kB of rows against a 100 kB limit.
      const fake = lavFakeExcel(fuldArbejdsbog(3), { maksBytesPrAnmodning: 100_000, anmodningsfejl });
      await lavArbejdsbog(fake.run).skrivRapport(MANGE, "Stor rapport");
      const rapport = findSheet(fake.snapshot(), RAPPORT_ARK)!;
      expect(cellValue(rapport, 4, 1)).toBe("Alvor");
      expect(cellValue(rapport, 5, 4)).toBe("J2");
      expect(cellValue(rapport, 4 + MANGE.length, 4)).toBe(`J${MANGE.length + 1}`);
      expect(cellValue(rapport, 5 + MANGE.length, 1)).toBeNull();
      expect(fake.model.findArk(RAPPORT_ARK)!.frosneRaekker).toBe(4);
      // A handful of chunks, not one sync per row.
      expect(fake.syncs()).toBeLessThan(30);
    },
  );

  it("skriver i bidder af højst maksTegnPrSkrivning uden at Excel skal afvise noget", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3), { maksBytesPrAnmodning: 100_000 });
    await lavArbejdsbog(fake.run, { maksTegnPrSkrivning: 90_000 }).skrivRapport(MANGE, "Stor rapport");
    const rapport = findSheet(fake.snapshot(), RAPPORT_ARK)!;
    expect(cellValue(rapport, 4 + MANGE.length, 5)).toBe(`Y${MANGE.length}`);
    // 1 lookup, 1 sheet, ceil(~600 kB / 90 kB) chunks.
    expect(fake.syncs()).toBeLessThanOrEqual(2 + 8);
  });

  it("en lille rapport er stadig 2 syncs", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3), { maksBytesPrAnmodning: 100_000 });
    await lavArbejdsbog(fake.run).skrivRapport(MANGE.slice(0, 10), "Lille");
    expect(fake.syncs()).toBe(2);
  });
});
