import type { Profil } from "../typer";

/**
 * The thresholds of the shipped default profile, exactly as the spec's regler.md gives them
 * (tests/profil/laes-profil.test.ts; shown in docs/regler.md).
 */
export const PROFIL: Profil = {
  id: "nordjylland-2025-2026",
  navn: "Nordjysk Socialaftale – Styringsaftale 2025-2026",
  dagePrAar: 365,
  belaegning: { forventetMin: 95, anbefaletMax: 98, max: 100, minKortForloeb: 90 },
  overUnderskud: { graensePct: 5, indregnesSenestEfterAar: 2, nytTilbudEfterAar: 4, hensaettelseAar: 5 },
  takstaendring: { vaesentligPct: 5, maalestok: "nominel", plFremskrivningPct: null },
  takstloft: null,
  begrundelse: {
    minTegn: 12,
    intetsigende: [
      "-",
      ".",
      "x",
      "?",
      "ok",
      "n/a",
      "na",
      "ingen",
      "ingen bemærkninger",
      "se ovenfor",
      "se tidligere",
      "jf. ovenfor",
      "uændret",
    ],
  },
  tillaeg: { vfoMaxPct: 5, normaltid: "Hverdag 06-17", fravaerMinPct: 10, fravaerMaxPct: 50 },
  tolerance: { takstKr: 1, takstPct: 0.1, ataKr: 0.01, ataHeleKr: 0.5 },
  takstaar: [2025, 2026],
  region: "Region Nordjylland",
  alvor: {},
};
