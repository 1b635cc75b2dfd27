/**
 * Issue 20 § 1: Fortryd for "Skriv profil" puts exactly back what was there: A1 of an existing
 * Takstprofil sheet (value, formula or text, number format), or the sheet it added is deleted.
 */
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { arbejdsbogFejl } from "./hjaelp";

const JSON_PROFIL = '{"id":"egen","udvider":"nordjylland-2025-2026"}';

function bog(ekstra: Parameters<typeof bygSnapshot>[0]["ekstraArk"] = []) {
  const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), ekstraArk: ekstra }));
  return { fake, bog: lavArbejdsbog(fake.run, { understoetter: fake.understoetter }) };
}

describe("Fortryd efter Skriv profil", () => {
  it("sletter arket Takstprofil igen, når skrivningen tilføjede det (3 syncs)", async () => {
    const { fake, bog: b } = bog();
    const foer = fake.snapshot();
    const fortrydelse = await b.skrivProfil(JSON_PROFIL);
    expect(fake.model.findArk("Takstprofil")).toBeDefined();
    const syncs = fake.syncs();
    await b.fortryd(fortrydelse);
    expect(fake.syncs() - syncs).toBe(3);
    expect(fake.snapshot()).toEqual(foer);
    expect(fake.model.findArk("Takstprofil")).toBeUndefined();
  });

  it("skriver den gamle A1 tilbage med sit talformat, og arkets andre celler er urørte (2 syncs)", async () => {
    const { fake, bog: b } = bog([
      {
        name: "Takstprofil",
        top: 1,
        left: 1,
        values: [["007", "note"]],
        formulas: [[null, null]],
        numberFormats: [["0.00", null]],
      },
    ]);
    const foer = fake.snapshot();
    const fortrydelse = await b.skrivProfil(JSON_PROFIL);
    const syncs = fake.syncs();
    await b.fortryd(fortrydelse);
    expect(fake.syncs() - syncs).toBe(2);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("nægter og rører intet, når profilen er ændret siden", async () => {
    const { fake, bog: b } = bog();
    const fortrydelse = await b.skrivProfil(JSON_PROFIL);
    fake.redigerCelle("Takstprofil", "B2", "min egen note");
    const foer = fake.snapshot();
    expect((await arbejdsbogFejl(b.fortryd(fortrydelse))).message).toBe(
      "Kan ikke fortryde: arket Takstprofil er ændret siden. Intet er rørt, så dine ændringer er bevaret.",
    );
    expect(fake.snapshot()).toEqual(foer);
  });
});
