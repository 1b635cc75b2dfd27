/** Every citat of the omkostninger, resultater and tillæg rules is the agreement's own words (parts joined by " […] "). */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { aftalen } from "../hjaelp/kilder";
import { ALLE_REGLER } from "../../src/core/regler";
import { REGEL_IDER } from "../../src/core/regler/id";
import { aftaleFor, regelKilde, STANDARD_PROFIL_ID } from "../../src/core/profil/register";

// The rules whose modules are in these three area folders.
const mapper = ["omkostninger", "resultater", "tillaeg"].map((m) =>
  join(__dirname, "..", "..", "src", "core", "regler", m),
);
const filer = new Set(
  mapper.flatMap((m) =>
    readdirSync(m)
      .filter((f) => f.endsWith(".ts"))
      .map((f) => f.slice(0, -3)),
  ),
);
const regler = ALLE_REGLER.filter((r) => filer.has(r.meta.id));

describe("citater og rækkefølge", () => {
  it("har alle 23 regler i regelkatalogets rækkefølge", () => {
    const ider = regler.map((r) => r.meta.id);
    expect(ider).toHaveLength(23);
    const pladser = ider.map((id) => REGEL_IDER.indexOf(id));
    expect(pladser).not.toContain(-1);
    expect(pladser).toEqual([...pladser].sort((a, b) => a - b));
  });

  // The agreement is in the repo (docs/kilder/); without it this fails, it does not skip.
  it.each(regler.map((r) => [r.meta.id, regelKilde(aftaleFor(STANDARD_PROFIL_ID), r.meta.id).citat] as const))(
    "%s citerer aftalen ordret",
    (_id, citat) => {
      const kilde = aftalen();
      for (const del of citat.split(" […] ")) expect(kilde).toContain(del);
    },
  );
});
