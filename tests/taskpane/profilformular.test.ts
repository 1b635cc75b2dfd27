/** The Indstillinger form: sentences, Danish decimal commas, the schema's validation, only the changes written. */
import { hentProfil } from "../../src/core/profil/register";
import { feltFor } from "../../src/core/profil/skema";
import { standardAlvor } from "../../src/core/valider";
import {
  bygProfil,
  egenProfilId,
  formularFelter,
  saetningMedVaerdi,
  startVaerdier,
  type TalFelt,
} from "../../src/taskpane/sektioner/indstillinger/logik";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

const BASE = NORDJYLLAND_2025_2026;
const byg = (v: ReturnType<typeof startVaerdier>) =>
  bygProfil(v, BASE, standardAlvor, "projektmappens-profil", "Projektmappens egen profil");

test("felterne læses som sætninger med deres værdi", () => {
  const tal = (sti: string) => feltFor(sti) as TalFelt;
  expect(saetningMedVaerdi(tal("overUnderskud.indregnesSenestEfterAar"), "2")).toBe(
    "Indregnes senest 2 år efter regnskabsåret",
  );
  expect(saetningMedVaerdi(tal("takstaendring.vaesentligPct"), "5")).toBe(
    "En takstændring er væsentlig, når den er over 5 %",
  );
  expect(saetningMedVaerdi(tal("dagePrAar"), "365")).toBe("Taksten beregnes med 365 dage pr. år");
  // § 5.3.1 and the findings: 5 % of the takstberegningsgrundlag, not of the turnover (issue 20 § 2).
  expect(saetningMedVaerdi(tal("overUnderskud.graensePct"), "5")).toBe(
    "Grænsen for hensættelse af overskud og indregning af underskud er 5 % af takstberegningsgrundlaget",
  );
  for (const { felt } of formularFelter())
    expect([felt.etiket, felt.art === "tal" ? felt.saetning : ""].join(" ")).not.toMatch(/omsætning/i);
  // Every number in the form has a sentence.
  for (const { sti, felt } of formularFelter())
    if (felt.art === "tal") expect([sti, felt.saetning]).toEqual([sti, expect.stringContaining("{}")]);
});

test("uændret formular giver en profil uden ændringer", () => {
  const r = byg(startVaerdier(BASE, standardAlvor));
  expect(r.ok && JSON.parse(r.json)).toEqual({
    id: "projektmappens-profil",
    navn: "Projektmappens egen profil",
    udvider: "nordjylland-2025-2026",
  });
});

test("danske decimaltal og alvorsgrader; kun det ændrede skrives", () => {
  const v = startVaerdier(BASE, standardAlvor);
  expect(v.felter["tolerance.takstPct"]).toBe("0,1");
  v.felter["takstaendring.vaesentligPct"] = "7,5";
  v.felter["tolerance.takstKr"] = "1.000,50";
  v.alvor["belaegning-under-forventet"] = "fejl";
  const r = byg(v);
  expect(r.ok && JSON.parse(r.json)).toEqual({
    id: "projektmappens-profil",
    navn: "Projektmappens egen profil",
    udvider: "nordjylland-2025-2026",
    takstaendring: { vaesentligPct: 7.5 },
    tolerance: { takstKr: 1000.5 },
    alvor: { "belaegning-under-forventet": "fejl" },
  });
  expect(r.ok && r.profil.takstaendring.vaesentligPct).toBe(7.5);
});

test("fejl vises ved feltet: ikke et tal, uden for skemaets grænser, modstridende tærskler", () => {
  const v = startVaerdier(BASE, standardAlvor);
  v.felter["overUnderskud.indregnesSenestEfterAar"] = "to";
  const ikkeTal = byg(v);
  expect(!ikkeTal.ok && ikkeTal.fejl["overUnderskud.indregnesSenestEfterAar"]).toMatch(/^Skriv et tal/);

  v.felter["overUnderskud.indregnesSenestEfterAar"] = "2,5";
  const ikkeHelt = byg(v);
  expect(!ikkeHelt.ok && ikkeHelt.fejl["overUnderskud.indregnesSenestEfterAar"]).toBe(
    "Skal være et helt tal mellem 0 og 100 (fik 2.5).",
  );

  const w = startVaerdier(BASE, standardAlvor);
  w.felter["belaegning.anbefaletMax"] = "101";
  const mod = byg(w);
  expect(!mod.ok && mod.fejl["belaegning.anbefaletMax"]).toBe(
    '"belaegning.anbefaletMax" (101) må ikke være større end "belaegning.max" (100).',
  );
});

test("takstloft slås til med sin reduktion; PL-fremskrivning tom er ingen", () => {
  const v = startVaerdier(BASE, standardAlvor);
  expect(v.takstloft).toBe(false);
  expect(v.felter["takstaendring.plFremskrivningPct"]).toBe("");
  v.takstloft = true;
  v.felter["takstloft.reduktionPct"] = "1,5";
  const r = byg(v);
  expect(r.ok && r.profil.takstloft).toEqual({ reduktionPct: 1.5 });
  expect(r.ok && r.profil.takstaendring.plFremskrivningPct).toBeNull();
});

test("en profil skrevet i ruden får aldrig en indbygget profils id", () => {
  expect(egenProfilId(BASE, false).id).toBe("projektmappens-profil");
  expect(egenProfilId({ ...BASE, id: "sekretariatets" }, true).id).toBe("sekretariatets");
  expect(egenProfilId(BASE, true).id).toBe("projektmappens-profil");
});
