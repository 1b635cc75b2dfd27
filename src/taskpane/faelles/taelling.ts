/**
 * Counting findings and takster, shared by Validering, Takstbilag and the pane's announcements.
 * Why the Takstbilag section and Validering show different counts (issue 20 § 2): the section's
 * buttons count takster (rows) by the Status column as it stands in the workbook, Validering
 * counts findings of the latest check, and one finding can concern many takster.
 */
import { formaterAntal, opsummeringTekst, type TakstbilagRaekke, type Valideringsresultat } from "../../core";

/** What the aria-live region says: "Validering færdig: 3 fejl, 1 advarsel, 0 info". */
export function annonceringForValidering(o: Valideringsresultat["opsummering"]): string {
  return `Validering færdig: ${opsummeringTekst(o)}`;
}

export interface StatusTaelling {
  OK: number;
  Advarsel: number;
  Fejl: number;
  /** Rows whose Status is empty (not marked yet). */
  tom: number;
}

export function taelStatus(raekker: readonly TakstbilagRaekke[]): StatusTaelling {
  const t: StatusTaelling = { OK: 0, Advarsel: 0, Fejl: 0, tom: 0 };
  for (const r of raekker) {
    const s = r.status.vaerdi;
    if (s === "OK" || s === "Advarsel" || s === "Fejl") t[s]++;
    else t.tom++;
  }
  return t;
}

type Opsummering = Valideringsresultat["opsummering"];

const takster = (n: number): string => `${formaterAntal(n)} ${n === 1 ? "takst" : "takster"}`;

/** Under the Takstbilag section's status buttons. */
export function statusForklaring(t: StatusTaelling, o: Opsummering | null): string {
  const iAlt = t.OK + t.Advarsel + t.Fejl + t.tom;
  const markeret = t.Fejl > 0 ? ` (${takster(t.Fejl)} med Fejl)` : "";
  const foerst = `Knapperne tæller takstbilagets ${takster(iAlt)} efter kolonnen Status, som den står i projektmappen${markeret}.`;
  if (!o) return foerst;
  return (
    `${foerst} Validering tæller fund i den seneste kontrol (${opsummeringTekst(o)}); ét fund kan gælde flere takster. ` +
    "Marker status skriver kontrollens resultat i kolonnen."
  );
}

/** Under Validering's severity buttons, when the workbook has a takstbilag. */
export function fundForklaring(o: Opsummering, t: StatusTaelling): string {
  return (
    `Tallene her er fund i denne kontrol (${opsummeringTekst(o)}). ` +
    `Afsnittet Takstbilag tæller takster efter kolonnen Status i projektmappen: ${takster(t.Fejl)} med Fejl, ` +
    `${formaterAntal(t.Advarsel)} med Advarsel.`
  );
}
