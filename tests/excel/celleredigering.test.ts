/**
 * Issue 19 §1: with delayForCellEdit Excel holds a call while the user edits a cell. After a
 * few seconds the adapter tells the pane, which asks the user (in Danish) to press Enter,
 * instead of showing "Validerer …" for ever; when the call runs, the message goes.
 */
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { fuldArbejdsbog } from "./hjaelp";

const vent = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("ventetid mens brugeren redigerer en celle", () => {
  it("melder efter ventevarselMs, at Excel venter, og igen når kaldet er kørt", async () => {
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const bog = lavArbejdsbog(fake.run, { ventevarselMs: 20 });
    const meldt: boolean[] = [];
    const afmeld = bog.foelgVentetid!((v) => meldt.push(v));

    fake.startCelleredigering();
    const laesning = bog.laesSnapshot();
    await vent(60);
    expect(meldt).toEqual([true]);
    fake.afslutCelleredigering();
    await laesning;
    expect(meldt).toEqual([true, false]);

    // A quick call says nothing; an unsubscribed listener hears nothing.
    await bog.laesSnapshot();
    expect(meldt).toEqual([true, false]);
    afmeld();
    fake.startCelleredigering();
    const igen = bog.skrivRapport([], "x");
    await vent(60);
    fake.afslutCelleredigering();
    await igen;
    expect(meldt).toEqual([true, false]);
  });
});
