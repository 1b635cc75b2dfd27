/**
 * The input rules quote the workbook contract, the project's own docs/skabelon.md, word for word:
 * the part before KONTRAKT_MAERKE, parts joined by " […] ", whitespace collapsed (a quote may join
 * the contract's lines and list items). A quote may go on after the mark with one more source:
 * the agreement ("… <text> (§ x)", Nordjylland's text, which every contract quote is shared with)
 * or the template's Vejledning sheet ("– <text> (skabelonens Vejledning)", written by
 * src/adapters/xlsx/skriv-skabelon.ts). A missing part fails, and only the missing parts are shown.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { KONTRAKT_MAERKE, KONTRAKTENS_KILDER } from "../../src/core/skema/kontraktens-kilder";
import { aftalen, normaliser, ROD } from "../hjaelp/kilder";

const kontrakten = normaliser(readFileSync(join(ROD, "docs", "skabelon.md"), "utf8"));
const vejledningen = normaliser(readFileSync(join(ROD, "src", "adapters", "xlsx", "skriv-skabelon.ts"), "utf8"));

const EFTER_MAERKET = /^ (?:…|\[…\]|–) (.+) \((§ [\d.]+|skabelonens Vejledning)\)$/;

function dele(tekst: string): string[] {
  return tekst.split(" […] ").map(normaliser);
}

const citater = Object.entries(KONTRAKTENS_KILDER).map(([id, k]) => [id, k.citat] as const);

it("har kontrakten og mindst ét citat fra den", () => {
  expect(kontrakten).toContain("Arbejdsbogens kontrakt");
  expect(citater.length).toBeGreaterThan(0);
});

describe.each(citater)("%s", (_id, citat) => {
  const i = citat.indexOf(KONTRAKT_MAERKE);
  const foer = i < 0 ? citat : citat.slice(0, i);
  const efter = i < 0 ? "" : citat.slice(i + KONTRAKT_MAERKE.length);

  it("bærer kontraktens mærke én gang", () => {
    expect([citat.split(KONTRAKT_MAERKE).length - 1, citat]).toEqual([1, citat]);
    expect(KONTRAKT_MAERKE).toContain("docs/skabelon.md");
  });

  it("citerer docs/skabelon.md ordret", () => {
    const d = dele(foer);
    expect(d.filter((del) => del.length < 15)).toEqual([]);
    expect(d.filter((del) => !kontrakten.includes(del))).toEqual([]);
  });

  it("citerer, hvad der står efter mærket, ordret fra sin kilde", () => {
    if (efter === "") return;
    const m = EFTER_MAERKET.exec(efter);
    expect([m !== null, efter]).toEqual([true, efter]);
    const [, tekst, kilde] = m ?? ["", "", ""];
    const iKilden = kilde.startsWith("§") ? normaliser(aftalen()) : vejledningen;
    expect(dele(tekst).filter((del) => del.length < 15 || !iKilden.includes(del))).toEqual([]);
  });
});
