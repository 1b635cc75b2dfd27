/** Every citat of the omkostninger, resultater and tillæg rules is the agreement's own words (parts joined by " […] "). */
import { readFileSync } from "fs";
import { OMKOSTNING_REGLER } from "../../src/core/regler/omkostninger";
import { RESULTAT_REGLER } from "../../src/core/regler/resultater";
import { TILLAEG_REGLER } from "../../src/core/regler/tillaeg";
import { REGEL_IDER } from "../../src/core/regler/id";

const AFTALE = "/work/shared/sources/styringsaftale-nordjylland-2025-2026.txt";
const kilde = (() => {
  try {
    return readFileSync(AFTALE, "utf8");
  } catch {
    return null;
  }
})();

const regler = [...OMKOSTNING_REGLER, ...RESULTAT_REGLER, ...TILLAEG_REGLER];

describe("citater og rækkefølge", () => {
  it("har alle 19 regler i regler.md's rækkefølge", () => {
    const ider = regler.map((r) => r.meta.id);
    expect(ider).toHaveLength(19);
    const pladser = ider.map((id) => REGEL_IDER.indexOf(id));
    expect(pladser).not.toContain(-1);
    expect(pladser).toEqual([...pladser].sort((a, b) => a - b));
  });

  (kilde
    ? it.each(regler.map((r) => [r.meta.id, r.meta.citat] as const))
    : it.skip.each([["(aftalen findes ikke)", ""]]))("%s citerer aftalen ordret", (_id, citat) => {
    for (const del of citat.split(" […] ")) expect(kilde).toContain(del);
  });
});
