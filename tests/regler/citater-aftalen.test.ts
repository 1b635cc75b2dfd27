/**
 * Every rule's citat is either the agreement's own words or (for the pure input rules) the
 * workbook contract's, marked "(skabelon.md, version …)". Agreement quotes are checked against
 * the agreement in the repo (docs/kilder/), parts joined by " […] " or " … ", whitespace
 * collapsed (a quote may join two of the agreement's paragraphs). Missing text fails.
 */
import { ALLE_REGLER } from "../../src/core/regler";
import { aftalen, normaliser } from "../hjaelp/kilder";

const KONTRAKT = /\(skabelon\.md, version [\d.]+\)/;

const aftaleregler = ALLE_REGLER.filter((r) => !KONTRAKT.test(r.meta.citat));

describe("citater fra aftalen", () => {
  it("har aftaleteksten i repoet", () => {
    expect(aftalen()).toContain("Styringsaftalen 2025-2026");
  });

  it("alle regler med en paragraf citerer aftalen (ikke kontrakten)", () => {
    const medParagraf = ALLE_REGLER.filter((r) => r.meta.paragraf !== null).map((r) => r.meta.id);
    expect(medParagraf.filter((id) => !aftaleregler.some((r) => r.meta.id === id))).toEqual([]);
  });

  it.each(aftaleregler.map((r) => [r.meta.id, r.meta.citat] as const))("%s citerer aftalen ordret", (_id, citat) => {
    const kilde = normaliser(aftalen());
    const dele = citat.split(/ \[…\] | … /).map(normaliser);
    expect(dele.filter((d) => d.length < 15)).toEqual([]);
    for (const del of dele) expect(kilde).toContain(del);
  });
});
