/**
 * Every rule's citat is either the agreement's own words or (for the pure input rules) the
 * workbook contract's (docs/skabelon.md), marked KONTRAKT_MAERKE and checked word for word by
 * citater-kontrakten.test.ts. For every agreement in the register
 * (Nordjylland's and the fictitious test region's), its quotes are checked against its own text
 * (its `tekst` path in the repo), parts joined by " […] " or " … ", whitespace collapsed (a
 * quote may join two of the agreement's paragraphs). Missing text fails.
 */
import { ALLE_REGLER } from "../../src/core/regler";
import { erRegelId, REGEL_IDER } from "../../src/core/regler/id";
import { regelKilde, registreredeAftaler } from "../../src/core/profil/register";
import { KONTRAKT_MAERKE } from "../../src/core/skema/kontraktens-kilder";
import { aftalen, normaliser } from "../hjaelp/kilder";
import { registrerTestregion, TESTREGION } from "../profil/testregion";

registrerTestregion();

it("har Nordjyllands aftaletekst i repoet", () => {
  expect(aftalen()).toContain("Styringsaftalen 2025-2026");
});

it("gennemløber hver registreret aftale, også testregionens", () => {
  expect(registreredeAftaler().map((a) => a.id)).toEqual([
    "styringsaftale-nordjylland-2025-2026",
    TESTREGION.aftale.id,
  ]);
});

describe.each(registreredeAftaler().map((a) => [a.navn, a] as const))("citater fra %s", (_navn, aftale) => {
  const kilder = ALLE_REGLER.map((r) => ({ id: r.meta.id, ...regelKilde(aftale, r.meta.id) }));
  const aftaleregler = kilder.filter((k) => !k.citat.includes(KONTRAKT_MAERKE));

  it("har aftaleteksten i repoet", () => {
    expect(aftalen(aftale).length).toBeGreaterThan(0);
  });

  it("har en § og et citat for hver regel og ingen for ukendte regler", () => {
    expect(REGEL_IDER.filter((id) => !Object.prototype.hasOwnProperty.call(aftale.regler, id))).toEqual([]);
    expect(Object.keys(aftale.regler).filter((id) => !erRegelId(id))).toEqual([]);
    for (const id of REGEL_IDER) expect(aftale.regler[id].citat.length).toBeGreaterThan(10);
  });

  it("alle regler med en paragraf citerer aftalen (ikke kontrakten)", () => {
    const medParagraf = kilder.filter((k) => k.paragraf !== null).map((k) => k.id);
    expect(medParagraf.filter((id) => !aftaleregler.some((k) => k.id === id))).toEqual([]);
  });

  it.each(aftaleregler.map((k) => [k.id, k.citat] as const))("%s citerer aftalen ordret", (_id, citat) => {
    const kilde = normaliser(aftalen(aftale));
    const dele = citat.split(/ \[…\] | … /).map(normaliser);
    expect(dele.filter((d) => d.length < 15)).toEqual([]);
    // Lists only the parts not found (not the whole text). A quote from the workbook contract
    // instead carries KONTRAKT_MAERKE and is checked against docs/skabelon.md (citater-kontrakten.test.ts).
    expect(dele.filter((del) => !kilde.includes(del))).toEqual([]);
  });
});
