/** The fictitious test region's thresholds: other numbers than Nordjylland's, and one rule off. */
import type { Profil } from "../../../src/core/profil/typer";

export const PROFIL: Profil = {
  id: "testregion-opdigtet-2030",
  navn: "Testregion Opdigtet – Takstaftale 2030 (opdigtet)",
  dagePrAar: 365,
  belaegning: { forventetMin: 90, anbefaletMax: 97, max: 100, minKortForloeb: 85 },
  overUnderskud: { graensePct: 4, indregnesSenestEfterAar: 3, nytTilbudEfterAar: 5, hensaettelseAar: 4 },
  takstaendring: { vaesentligPct: 3, maalestok: "nominel", plFremskrivningPct: null },
  takstloft: null,
  begrundelse: { minTegn: 20, intetsigende: ["-", ".", "ok", "ingen", "uændret"] },
  tillaeg: { vfoMaxPct: 4, normaltid: "Hverdag 06-17", fravaerMinPct: 12, fravaerMaxPct: 40 },
  tolerance: { takstKr: 1, takstPct: 0.1, ataKr: 0.01, ataHeleKr: 0.5 },
  // Turned off here: a place change needs no approval from the fictitious committee's rule.
  takstaar: [2030],
  region: "Region Opdigtet",
  alvor: { "pladsaendring-kraever-godkendelse": "fra" },
};
