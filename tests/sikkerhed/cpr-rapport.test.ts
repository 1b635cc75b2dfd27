/**
 * CPR numbers are flagged, never echoed: the report-sheet channel. A workbook with CPR
 * numbers in Bemærkninger, a Ydelses-ID, Stamdata values (also the Tilbud name the task
 * pane puts in the report's heading) and typed into the number column Takst goes through
 * the task pane's path (read, validate, Skriv rapport) on the in-memory Excel, and no cell
 * of Valideringsrapport may hold the digits. (CLI, JSON and bilag: tests/korpus/cpr.test.ts.)
 */
import { findSheet, type WorkbookSnapshot } from "../../src/core/snapshot";
import { RAPPORT_ARK } from "../../src/excel";
import { cprArbejdsbog, CPRER, cprSpor, nyBog, validerSomRuden } from "./hjaelp";

/** The heading exactly as Validering.tsx builds it (Tilbud and Driftsherre from Stamdata). */
function overskriftSomRuden(
  tilbud: string | null | undefined,
  driftsherre: string | null | undefined,
  profil: string,
): string {
  const dato = new Date(2026, 0, 5).toLocaleDateString("da-DK", { day: "numeric", month: "long", year: "numeric" });
  return `Valideringsrapport for ${tilbud ?? "projektmappen"}${driftsherre ? ` (${driftsherre})` : ""}, ${dato}, profil ${profil}`;
}

function arkTekster(s: WorkbookSnapshot, navn: string): string[] {
  const ark = findSheet(s, navn)!;
  const ud: string[] = [];
  for (const raekke of ark.values)
    for (const v of raekke)
      if (v !== null && v !== undefined) ud.push(typeof v === "object" ? JSON.stringify(v) : String(v));
  for (const raekke of ark.formulas ?? []) for (const f of raekke) if (f) ud.push(f);
  return ud;
}

describe("Valideringsrapport med CPR-numre i projektmappen", () => {
  it("flagger hvert CPR-nummer, men intet af arkets celler indeholder cifrene", async () => {
    const { fake, bog } = nyBog(cprArbejdsbog());
    // The workbook really holds them (in every form), so the check below is not empty.
    const alt = fake
      .snapshot()
      .sheets.flatMap((s) => s.values.flat().map(String))
      .join(" ");
    for (const cpr of CPRER) expect(cprSpor(alt, [cpr]).length).toBeGreaterThan(0);

    const { skema, resultat } = await validerSomRuden(bog);
    const cprFund = resultat.fund.filter((f) => f.regel === "persondata-cpr");
    const cprCeller = cprFund.map((f) => `${f.ark}!${f.celle}`);
    expect(cprCeller).toEqual(expect.arrayContaining(["Ydelser!P2", "Ydelser!A3", "Ydelser!O3"]));
    expect(cprCeller.some((c) => c.startsWith("Stamdata!"))).toBe(true);
    // The text in Takst is reported as an invalid value too (the finding that used to quote it).
    expect(resultat.fund.some((f) => f.regel === "felt-ugyldig-vaerdi" && f.celle === "N2")).toBe(true);

    const stamdata = skema.stamdata?.felter;
    await bog.skrivRapport(
      resultat.fund,
      overskriftSomRuden(stamdata?.tilbud.vaerdi, stamdata?.driftsherre.vaerdi, resultat.profil),
    );
    const tekster = arkTekster(fake.snapshot(), RAPPORT_ARK);
    // One row per finding under the header rows.
    expect(tekster.length).toBeGreaterThan(resultat.fund.length * 4);
    const laek = tekster.flatMap((t) => cprSpor(t, CPRER).map((s) => `${s}: ${JSON.stringify(t)}`));
    expect(laek).toEqual([]);
    // The heading still names the offer, with the number hidden.
    expect(tekster[0]).toMatch(
      /^Valideringsrapport for Bostedet \[CPR-nummer skjult\] \(Aalborg Kommune \[CPR-nummer skjult\]\)/,
    );
  });

  it("skriver heller ikke et CPR-nummer, som en kalder giver i fund eller overskrift", async () => {
    const { fake, bog } = nyBog(cprArbejdsbog());
    await bog.skrivRapport(
      [
        {
          regel: "felt-ugyldig-vaerdi",
          alvor: "fejl",
          ark: "Ydelser 010180-1234",
          celle: "N2",
          ydelsesId: "150385-4321",
          paragraf: null,
          besked: 'Takst skal være et tal (fik "231299-2468").',
          beskedId: "ikkeTal",
          data: {},
        },
      ],
      "Rapport for 0202021357",
    );
    const laek = arkTekster(fake.snapshot(), RAPPORT_ARK).flatMap((t) => cprSpor(t, CPRER));
    expect(laek).toEqual([]);
  });
});
