/**
 * Validering's list of findings needs every rule's description (src/core/regler), so it is
 * not in the pane's first JavaScript (issue 20 § 4). The pane fetches it with the engine and
 * awaits both before it shows a result (Opgaverude's valider), so the counts, the list and
 * the screen reader's "Validering færdig" come in the same render, never a list that lags.
 */
import * as React from "react";
import type * as FundlisteModul from "./Fundliste";

type Fundliste = typeof FundlisteModul.Fundliste;

let hentet: Fundliste | null = null;
let henter: Promise<Fundliste> | null = null;

/** Loads the list's code (once; a failed load is tried again at the next call). */
export function hentFundliste(): Promise<Fundliste> {
  henter ??= import(/* webpackChunkName: "fundliste" */ "./Fundliste").then(
    (m) => (hentet = m.Fundliste),
    (e: unknown) => {
      henter = null;
      throw e;
    },
  );
  return henter;
}

/** The list's component once loaded (at once after the first validation), else null while it loads. */
export function useFundliste(): Fundliste | null {
  const [komponent, setKomponent] = React.useState<Fundliste | null>(() => hentet);
  React.useEffect(() => {
    if (komponent) return;
    let aktiv = true;
    hentFundliste().then(
      (k) => {
        if (aktiv) setKomponent(() => k);
      },
      () => undefined, // valider() reports a failed load
    );
    return () => {
      aktiv = false;
    };
  }, [komponent]);
  return komponent;
}
