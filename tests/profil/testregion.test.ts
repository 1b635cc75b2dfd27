/**
 * A second region without touching a rule: the fictitious test region (tests/profil/testregion/)
 * registered through the register's hook brings its own thresholds, agreement, § and quotes,
 * and one rule off; a JSON profile that extends it checks against its agreement.
 */
import { godkenderGenitiv } from "../../src/adapters/xlsx/skriv-bilag";
import { loesProfil } from "../../src/core/profil/laes-profil";
import { aftaleFor, hentProfil, PROFILER, registrerProfil, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import { ALLE_REGLER } from "../../src/core/regler";
import { REGEL_IDER } from "../../src/core/regler/id";
import { KONTRAKT_MAERKE } from "../../src/core/skema/kontraktens-kilder";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { valider } from "../hjaelp/valider";
import { fejlSkema } from "../cli/hjaelp";
import { gyldigtSkema } from "../hjaelp/fixtur";
import type { SkemaSpec } from "../hjaelp/snapshot-bygger";
import { registrerTestregion, TESTREGION } from "./testregion";

const ID = TESTREGION.profil.id;

describe("før registreringen", () => {
  it("kender registret kun de indbyggede profiler", () => {
    expect(Object.keys(PROFILER)).toEqual([STANDARD_PROFIL_ID]);
    expect(() => hentProfil(ID)).toThrow(`Ukendt profil "${ID}"`);
    // An unregistered id checks against the default's agreement.
    expect(aftaleFor(ID)).toBe(aftaleFor(STANDARD_PROFIL_ID));
  });
});

describe("testregionen", () => {
  beforeAll(() => registrerTestregion());

  it("står i registret med sin egen aftale; registret forbliver frosset", () => {
    expect(hentProfil(ID)).toBe(TESTREGION.profil);
    expect(PROFILER[ID]).toBe(TESTREGION.profil);
    expect(Object.isFrozen(PROFILER)).toBe(true);
    expect(aftaleFor(ID)).toBe(TESTREGION.aftale);
    expect(aftaleFor(ID).navn).not.toBe(aftaleFor(STANDARD_PROFIL_ID).navn);
    expect(() => registrerProfil(TESTREGION)).toThrow(`Profilen "${ID}" er allerede registreret.`);
  });

  it("består sin egen validering", () => {
    const r = loesProfil(TESTREGION.profil);
    expect(r.ok && r.profil).toEqual(TESTREGION.profil);
    expect(r.ok && r.aftale).toBe(TESTREGION.aftale);
  });

  it("har sin egen § og sit eget citat for hver regel, der citerer en aftale", () => {
    const nord = aftaleFor(STANDARD_PROFIL_ID).regler;
    const aftaleregler = ALLE_REGLER.map((r) => r.meta.id).filter((id) => !nord[id].citat.includes(KONTRAKT_MAERKE));
    const regler = TESTREGION.aftale.regler;
    expect(aftaleregler.filter((id) => regler[id] === undefined)).toEqual([]);
    for (const id of aftaleregler) expect([id, regler[id].citat]).not.toEqual([id, nord[id].citat]);
    // The input rules quote the workbook contract, the same in both.
    for (const id of REGEL_IDER.filter((i) => !aftaleregler.includes(i))) expect(regler[id]).toEqual(nord[id]);
  });

  it("en profil, der udvider testregionen, arver dens aftale; en profil uden udvider får standardens", () => {
    const r = loesProfil({ id: "sekretariat-2030", udvider: ID, takstaendring: { vaesentligPct: 2 } });
    expect(r.ok && r.aftale).toBe(TESTREGION.aftale);
    expect(r.ok && r.profil.belaegning.forventetMin).toBe(90);
    const alene = loesProfil({ ...JSON.parse(JSON.stringify(TESTREGION.profil)), id: "alene" });
    expect(alene.ok && alene.aftale).toBe(aftaleFor(STANDARD_PROFIL_ID));
    const standard = loesProfil({ id: "s", udvider: STANDARD_PROFIL_ID });
    expect(standard.ok && standard.aftale).toBe(aftaleFor(STANDARD_PROFIL_ID));
  });

  it("motoren citerer testregionens § og springer den slåede-fra regel over", () => {
    const snap = bygSnapshot(fejlSkema());
    const nord = valider(snap);
    expect(nord.fund.find((f) => f.regel === "pladsaendring-uden-begrundelse")?.paragraf).toBe("2.2.3, 5.5.2");
    expect(nord.fund.some((f) => f.regel === "pladsaendring-kraever-godkendelse")).toBe(true);

    // The registered profile alone finds its agreement; a profile read from JSON passes it.
    const test = valider(snap, { profil: hentProfil(ID) });
    expect(test.profil).toBe(ID);
    expect(test.fund.find((f) => f.regel === "pladsaendring-uden-begrundelse")?.paragraf).toBe("3.2");
    expect(test.fund.some((f) => f.regel === "pladsaendring-kraever-godkendelse")).toBe(false);
    for (const f of test.fund) {
      expect(f.paragraf).toBe(TESTREGION.aftale.regler[f.regel].paragraf);
    }
  });

  it("pladsændringer godkendes af aftalens godkender, og takstbilaget kræver dens stillingtagen", () => {
    const snap = bygSnapshot(fejlSkema());
    const godkendelse = (r: ReturnType<typeof valider>) =>
      r.fund.filter((f) => f.regel === "pladsaendring-kraever-godkendelse").map((f) => f.besked);
    const nord = godkendelse(valider(snap));
    expect(nord.length).toBeGreaterThan(0);
    for (const b of nord) expect(b).toContain("skal godkendes af DAS;");
    // The test region turns the rule off; a profile extending it turns it on again.
    const basis = hentProfil(ID);
    const profil = { ...basis, alvor: { ...basis.alvor, "pladsaendring-kraever-godkendelse": "info" as const } };
    const test = godkendelse(valider(snap, { profil, aftale: TESTREGION.aftale }));
    expect(test.length).toBe(nord.length);
    for (const b of test) {
      expect(b).toContain("skal godkendes af testudvalget;");
      expect(b).not.toContain("DAS");
    }
    expect(godkenderGenitiv({ godkender: aftaleFor(STANDARD_PROFIL_ID).godkender })).toBe("DAS'");
    expect(godkenderGenitiv({ godkender: TESTREGION.aftale.godkender })).toBe("testudvalgets");
  });

  it("beskederne nævner testregionens egne afsnit og aftalens navn, Nordjyllands er ordret som før", () => {
    const s = gyldigtSkema();
    const spec: SkemaSpec = { ...s, stamdata: { ...s.stamdata, kategori: 1 } as SkemaSpec["stamdata"] };
    const besked = (profilId: string) =>
      valider(bygSnapshot(spec), { profil: hentProfil(profilId) }).fund.find(
        (f) => f.regel === "kategori-1-ikke-omfattet",
      )?.besked;
    expect(besked(STANDARD_PROFIL_ID)).toContain(
      "Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af styringsaftalen (§ 2.2), og taksten skal ikke godkendes her.",
    );
    expect(besked(ID)).toContain(
      "Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af takstaftalen (§ 3.1), og taksten skal ikke godkendes her.",
    );
  });
});
