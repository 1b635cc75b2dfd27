import { lempelserResume, lempelseTekst, profilLempelser } from "../../src/core/profil/lempelser";
import { efterlignetProfil, laesProfilTekst, loesProfil } from "../../src/core/profil/laes-profil";
import { hentProfil } from "../../src/core/profil/register";
import type { Profil } from "../../src/core/profil/typer";
import { standardAlvor } from "../../src/core/valider";

const NORDJYLLAND_2025_2026 = hentProfil("nordjylland-2025-2026");

function profil(over: Record<string, unknown>): Profil {
  const r = loesProfil({ id: "test", udvider: "nordjylland-2025-2026", ...over });
  if (!r.ok) throw new Error(r.fejl.join("; "));
  return r.profil;
}

const lemp = (over: Record<string, unknown>) =>
  profilLempelser(profil(over), NORDJYLLAND_2025_2026, standardAlvor).map(lempelseTekst);

describe("profilLempelser", () => {
  test("standardprofilen løsner intet i forhold til sig selv", () => {
    expect(profilLempelser(NORDJYLLAND_2025_2026, NORDJYLLAND_2025_2026, standardAlvor)).toEqual([]);
    expect(lempelserResume([])).toBe("ingen regler slået fra og ingen tærskler løsnet");
  });

  test("alvor: slået fra og sænket, men ikke hævet", () => {
    expect(
      lemp({
        alvor: {
          "persondata-cpr": "fra",
          "belaegning-under-forventet": "info",
          "pladsaendring-kraever-godkendelse": "fejl",
        },
      }),
    ).toEqual(["persondata-cpr er slået fra (var fejl)", "belaegning-under-forventet er sænket fra advarsel til info"]);
  });

  test("takstår og region: en ændring nævnes, den samme liste ikke", () => {
    expect(lemp({ takstaar: [2025, 2026] })).toEqual([]);
    expect(lemp({ takstaar: [2025, 2026, 2027], region: "Region X" })).toEqual([
      "Takstår, aftalen gælder for: 2025, 2026 → 2025, 2026, 2027 (ændret)",
      "Regionen (dens egne tilbud er altid omfattet): Region Nordjylland → Region X (ændret)",
    ]);
  });

  test("tærskler: kun den løsere retning, og ændringer uden retning", () => {
    expect(
      lemp({
        belaegning: { forventetMin: 90, max: 100, anbefaletMax: 97 },
        overUnderskud: { indregnesSenestEfterAar: 4, hensaettelseAar: 3 },
        takstaendring: { vaesentligPct: 7.5, maalestok: "ud_over_pl", plFremskrivningPct: 2 },
        begrundelse: { minTegn: 5, intetsigende: ["-", "ok", "helt nyt ord"] },
        tolerance: { takstKr: 100 },
        dagePrAar: 366,
      }),
    ).toEqual([
      "Dage pr. år i takstberegningen: 365 dage → 366 dage (ændret)",
      "Forventet belægning, mindst: 95 % → 90 % (løsnet)",
      "Indregnes senest år efter regnskabsåret: 2 år → 4 år (løsnet)",
      "Væsentlig takstændring, over: 5 % → 7,5 % (løsnet)",
      "Målestok for takstændring: nominel → ud_over_pl (ændret)",
      "PL-fremskrivning: ingen → 2 % (ændret)",
      "Begrundelse, mindst antal tegn: 12 tegn → 5 tegn (løsnet)",
      expect.stringMatching(/^Intetsigende begrundelser: 13 ord → 11 fjernet: "\.", "x", .* \(løsnet\)$/),
      "Tolerance for takst: 1,00 kr. → 100,00 kr. (løsnet)",
    ]);
  });

  test("takstloft slået fra i forhold til en base med takstloft", () => {
    const base = profil({ takstloft: { reduktionPct: 1 } });
    const uden = profil({});
    expect(profilLempelser(uden, base, standardAlvor).map(lempelseTekst)).toEqual([
      "Takstloft: slået til → slået fra (løsnet)",
    ]);
    expect(profilLempelser(base, uden, standardAlvor)).toEqual([]);
  });

  test("resumé", () => {
    const l = profilLempelser(
      profil({ alvor: { "persondata-cpr": "fra", "felt-mangler": "fra", "tal-som-tekst": "info" } }),
      NORDJYLLAND_2025_2026,
      standardAlvor,
    );
    expect(lempelserResume(l)).toBe("2 regler slået fra og 1 regel med lavere alvor");
  });
});

describe("en profil kan ikke udgive sig for at være en indbygget", () => {
  test("standardprofilens navn med et andet id kendes", () => {
    const r = laesProfilTekst(
      JSON.stringify({
        id: "nordjylland-2025-2026-x",
        navn: "Nordjysk  Socialaftale - styringsaftale 2025-2026",
        udvider: "nordjylland-2025-2026",
      }),
    );
    expect(r.ok && efterlignetProfil(r.profil)?.id).toBe("nordjylland-2025-2026");
    expect(efterlignetProfil({ id: "min", navn: "Min profil" })).toBeNull();
    expect(efterlignetProfil({ id: "min", navn: "nordjylland-2025-2026" })?.id).toBe("nordjylland-2025-2026");
    expect(efterlignetProfil(NORDJYLLAND_2025_2026)).toBeNull();
  });

  test("standardprofilens id med andre værdier afvises", () => {
    const r = laesProfilTekst(
      JSON.stringify({
        id: "nordjylland-2025-2026",
        udvider: "nordjylland-2025-2026",
        alvor: { "persondata-cpr": "fra" },
      }),
    );
    expect(r.ok).toBe(false);
  });
});
