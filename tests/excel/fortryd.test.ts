/**
 * "Fortryd" (issue 10 §3): the writes of Indsæt and Marker status return what they changed,
 * and fortryd puts exactly those cells back, in 2 syncs, or refuses without touching
 * anything when the user has changed them since.
 */
import { a1, parseOmraade } from "../../src/core/adresse";
import { TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { cellFormula, cellValue, findSheet } from "../../src/core/snapshot";
import { lavArbejdsbog } from "../../src/excel";
import { aendredeCeller, lavFakeExcel } from "../../src/excel/fake";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { arbejdsbogFejl, fuldArbejdsbog, NY_TILLAEG, takstbilagRaekker } from "./hjaelp";

describe("fortryd efter Indsæt", () => {
  it("sletter en tilføjet række igen, så tabellen og cellerne under den er som før", async () => {
    // A cell under the table in its columns moves down with the appended row and back again.
    const snap = fuldArbejdsbog(3);
    const fake0 = lavFakeExcel(snap);
    const t0 = parseOmraade(fake0.snapshot().tables.find((t) => t.name === TBL_TILLAEGSBEREGNING.navn)!.ref)!;
    fake0.redigerCelle("Tillægsydelser", `B${t0.bottom + 3}`, "Note under tabellen");
    const fake = lavFakeExcel(fake0.snapshot());
    const foer = fake.snapshot();
    const bog = lavArbejdsbog(fake.run);
    const { fortrydelse } = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    expect(fake.syncs()).toBe(3);
    expect(fortrydelse.tilfoejetRaekke?.tabel).toBe(TBL_TILLAEGSBEREGNING.navn);
    expect(aendredeCeller(foer, fake.snapshot()).length).toBeGreaterThan(0);

    await bog.fortryd(fortrydelse);
    expect(fake.syncs()).toBe(5);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("genskaber skabelonens tomme række med dens formler og talformater", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] });
    const bog = lavArbejdsbog(fake.run);
    await bog.indsaetSkabelon(2026);
    const foer = fake.snapshot();
    const syncs = fake.syncs();
    const { fortrydelse } = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    expect(fortrydelse.tilfoejetRaekke).toBeUndefined();
    expect(fortrydelse.omraader).toHaveLength(1);
    await bog.fortryd(fortrydelse);
    expect(fake.syncs() - syncs).toBe(3 + 2);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("nægter og rører intet, når brugeren har rettet i rækken siden", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const bog = lavArbejdsbog(fake.run);
    const sted = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    const raekke = Number(sted.celle.replace(/^[A-Z]+/, ""));
    fake.redigerCelle(sted.ark, `D${raekke}`, 3);
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(bog.fortryd(sted.fortrydelse));
    expect(fejl.message).toMatch(/^Kan ikke fortryde: Tillægsydelser!A\d+:J\d+ er ændret siden\. Intet er rørt/);
    expect(fake.snapshot()).toEqual(foer);
  });
});

describe("fortryd efter Marker status", () => {
  it("skriver de gamle Status og Fund tilbage (også tekst, der ligner tal) i 2 syncs", async () => {
    const raekker = takstbilagRaekker(6);
    raekker[1].status = "Fejl";
    raekker[1].fund = "007";
    const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), takstbilag: raekker }));
    const foer = fake.snapshot();
    const bog = lavArbejdsbog(fake.run);
    const fortrydelse = await bog.markerStatus([
      { raekkeIndex: 1, status: "OK", fund: "" },
      { raekkeIndex: 2, status: "Advarsel", fund: "belaegning-over-100" },
      { raekkeIndex: 5, status: "Fejl", fund: "x" },
    ]);
    expect(fake.syncs()).toBe(2);
    expect(fortrydelse.omraader.map((o) => o.adresse)).toEqual(["P2:P3", "Q2:Q3", "P6", "Q6"]);
    expect(cellValue(findSheet(fake.snapshot(), "Takstbilag")!, 3, 17)).toBe("belaegning-over-100");

    await bog.fortryd(fortrydelse);
    expect(fake.syncs()).toBe(4);
    const efter = fake.snapshot();
    expect(aendredeCeller(foer, efter)).toEqual([]);
    expect(cellValue(findSheet(efter, "Takstbilag")!, 3, 17)).toBe("007");
    expect(efter).toEqual(foer);
  });

  it("nægter, når en markeret celle er ændret siden, og når arket er væk", async () => {
    const fake = lavFakeExcel(bygSnapshot({ takstbilag: takstbilagRaekker(3) }));
    const bog = lavArbejdsbog(fake.run);
    const fortrydelse = await bog.markerStatus([{ raekkeIndex: 1, status: "OK", fund: "" }]);
    fake.redigerCelle("Takstbilag", "P2", "Fejl");
    const foer = fake.snapshot();
    expect((await arbejdsbogFejl(bog.fortryd(fortrydelse))).message).toMatch(/Takstbilag!P2 er ændret siden/);
    expect(fake.snapshot()).toEqual(foer);
    expect((await arbejdsbogFejl(bog.fortryd({ ...fortrydelse, ark: "Findes ikke" }))).message).toMatch(
      /Arket Findes ikke findes ikke længere/,
    );
  });
});

describe("fortryd rører kun de celler, ruden skrev (issue 19)", () => {
  it("brugerens egen kolonne i rækken bliver stående, også tekst som '=abc, og en senere note der", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] });
    const bog = lavArbejdsbog(fake.run);
    await bog.indsaetSkabelon(2026);
    // The user's own column at the right of the table, holding text that looks like a formula.
    const t = fake.model.findTabel(TBL_TILLAEGSBEREGNING.navn)!;
    const k = t.omraade.right + 1;
    fake.redigerCelle(t.ark.name, a1(t.omraade.top, k), "Note");
    for (let r = t.omraade.top + 1; r <= t.omraade.bottom; r++) fake.redigerCelle(t.ark.name, a1(r, k), "=abc");
    t.omraade = { ...t.omraade, right: k };
    const foer = fake.snapshot();

    const sted = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    const raekke = Number(sted.celle.replace(/^[A-Z]+/, ""));
    await bog.fortryd(sted.fortrydelse);
    expect(fake.snapshot()).toEqual(foer);
    expect(cellFormula(findSheet(fake.snapshot(), t.ark.name)!, raekke, k)).toBeNull();

    // A note the user types in their own column after Indsæt does not block Fortryd, and stays.
    const igen = await bog.indsaetTillaegsberegning(NY_TILLAEG);
    fake.redigerCelle(t.ark.name, a1(raekke, k), "min note");
    await bog.fortryd(igen.fortrydelse);
    const efter = fake.snapshot();
    expect(aendredeCeller(foer, efter)).toEqual([`${t.ark.name}!${a1(raekke, k)}`]);
    expect(cellValue(findSheet(efter, t.ark.name)!, raekke, k)).toBe("min note");
  });

  it("Status og Fund, der var tekst som =x og #N/A, kommer tilbage som tekst, ikke som formel eller fejlværdi", async () => {
    const raekker = takstbilagRaekker(3);
    raekker[0].fund = "=x";
    raekker[1].fund = "#N/A";
    raekker[2].status = "#SPILL!";
    // An error value the old list of seven did not know (issue 19: one list everywhere).
    raekker[2].fund = { fejl: "#CALC!" };
    const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), takstbilag: raekker }));
    const foer = fake.snapshot();
    const bog = lavArbejdsbog(fake.run);
    const fortrydelse = await bog.markerStatus([
      { raekkeIndex: 1, status: "OK", fund: "" },
      { raekkeIndex: 2, status: "OK", fund: "" },
      { raekkeIndex: 3, status: "OK", fund: "" },
    ]);
    await bog.fortryd(fortrydelse);
    const efter = fake.snapshot();
    expect(aendredeCeller(foer, efter)).toEqual([]);
    const ark = findSheet(efter, "Takstbilag")!;
    expect(cellFormula(ark, 2, 17)).toBeNull();
    expect(cellValue(ark, 3, 17)).toBe("#N/A");
    expect(cellValue(ark, 4, 16)).toBe("#SPILL!");
    expect(cellValue(ark, 4, 17)).toEqual({ fejl: "#CALC!" });
  });
});
