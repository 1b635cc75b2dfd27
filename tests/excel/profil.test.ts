/**
 * Issue 9 item 1 through the Office.js adapter on the in-memory Excel: a veryHidden
 * Takstprofil that turns every rule off does not silence the pane without the user's
 * acceptance, and the sheet is itself reported.
 */
import { REGEL_IDER } from "../../src/core/regler/id";
import { laesTakstskema } from "../../src/core/reader/laes";
import { validerSkema } from "../../src/core/valider";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { vaelgProfil } from "../../src/taskpane/profilvalg";
import { takstprofilAngreb } from "../../scripts/lav-korpus";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { skrivSnapshotXlsx } from "../../src/adapters/xlsx/skriv-snapshot";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { standardValg } from "../hjaelp/valider";

async function koer(godkendt: boolean) {
  const fake = lavFakeExcel(takstprofilAngreb());
  const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
  const snapshot = await bog.laesSnapshot();
  const valg = vaelgProfil(snapshot, () => godkendt);
  return {
    snapshot,
    valg,
    resultat: validerSkema(laesTakstskema(snapshot), snapshot, { profil: valg.profil, aftale: valg.aftale }),
  };
}

test("det meget skjulte ark læses af adapteren", async () => {
  const { snapshot } = await koer(false);
  expect(snapshot.sheets.find((a) => a.name === "Takstprofil")?.visibility).toBe("veryHidden");
});

test("uden godkendelse: standardprofilen, de 4 fejl og et fund for arket", async () => {
  const { valg, resultat } = await koer(false);
  expect(valg.fraArbejdsbog).toBe(false);
  expect(valg.profil.id).toBe("nordjylland-2025-2026");
  expect(resultat.opsummering.fejl).toBe(4);
  expect(resultat.fund.some((f) => f.regel === "persondata-cpr")).toBe(true);
  const ark = resultat.fund.find((f) => f.regel === "takstprofil-i-skema");
  expect(ark).toMatchObject({ ark: "Takstprofil", celle: "A1", alvor: "advarsel" });
  expect(ark?.besked).toContain("forklædt med navnet på den indbyggede profil nordjylland-2025-2026");
  expect(ark?.besked).toContain("meget skjult");
  // The pane's prompt has the whole list to show: every rule it turns off.
  expect(valg.ark?.ok && valg.ark.lempelser.filter((l) => l.art === "slaaet-fra")).toHaveLength(REGEL_IDER.length);
  expect(valg.ark?.ok && valg.ark.efterlignet?.id).toBe("nordjylland-2025-2026");
});

test("med godkendelse: profilen bruges, og banneret har noget at sige", async () => {
  const { valg, resultat } = await koer(true);
  expect(valg.fraArbejdsbog).toBe(true);
  expect(resultat.fund).toEqual([]);
  expect(valg.ark?.ok && valg.ark.lempelser.map((l) => l.regel)).toContain("persondata-cpr");
});

describe("skrivProfil", () => {
  const JSON_PROFIL = '{"id":"egen","udvider":"nordjylland-2025-2026","takstaendring":{"vaesentligPct":3}}';

  test("tilføjer arket Takstprofil og skriver kun A1, som tekst", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    await bog.skrivProfil(JSON_PROFIL);
    const s = await bog.laesSnapshot();
    const ark = s.sheets.find((a) => a.name === "Takstprofil");
    expect(ark?.values).toEqual([[JSON_PROFIL]]);
    expect(vaelgProfil(s, () => true).profil.takstaendring.vaesentligPct).toBe(3);
  });

  test("et eksisterende ark beholder sine andre celler", async () => {
    const fake = lavFakeExcel(
      bygSnapshot({
        ...gyldigtSkema(),
        ekstraArk: [{ name: "Takstprofil", top: 1, left: 1, values: [["gammel", "note"]], visibility: "hidden" }],
      }),
    );
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    await bog.skrivProfil(JSON_PROFIL);
    const ark = (await bog.laesSnapshot()).sheets.find((a) => a.name === "Takstprofil");
    expect(ark?.values).toEqual([[JSON_PROFIL, "note"]]);
  });

  test("for lang profil og beskyttet ark afvises på dansk, uden ændringer", async () => {
    const fake = lavFakeExcel(
      bygSnapshot({
        ...gyldigtSkema(),
        ekstraArk: [{ name: "Takstprofil", top: 1, left: 1, values: [["gammel"]], protected: true }],
      }),
    );
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    await expect(bog.skrivProfil("x".repeat(40_000))).rejects.toThrow(/højst rumme 32767/);
    await expect(bog.skrivProfil(JSON_PROFIL)).rejects.toThrow(/Arket Takstprofil er beskyttet/);
    const ark = (await bog.laesSnapshot()).sheets.find((a) => a.name === "Takstprofil");
    expect(ark?.values).toEqual([["gammel"]]);
  });
});

test("xlsx-adapteren ser også det meget skjulte ark (kommandolinjen melder det)", async () => {
  const s = await laesXlsx(await skrivSnapshotXlsx(takstprofilAngreb()));
  expect(s.sheets.find((a) => a.name === "Takstprofil")?.visibility).toBe("veryHidden");
  const fund = validerSkema(laesTakstskema(s), s, standardValg()).fund;
  expect(fund.filter((f) => f.alvor === "fejl")).toHaveLength(4);
  expect(fund.find((f) => f.regel === "takstprofil-i-skema")?.celle).toBe("A1");
});
