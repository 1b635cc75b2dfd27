/**
 * Why the Takstbilag section and Validering show different counts (issue 20 § 2): the section's
 * buttons count takster (rows) by the Status column as it stands in the workbook, Validering
 * counts findings of the latest check, and one finding can concern many takster.
 */
import { formaterAntal } from "../core/format";
import type { Valideringsresultat } from "../core/regler/typer";
import { antalTekst, type StatusTaelling } from "./logik";

type Opsummering = Valideringsresultat["opsummering"];

const takster = (n: number): string => `${formaterAntal(n)} ${n === 1 ? "takst" : "takster"}`;

function fundTekst(o: Opsummering): string {
  return `${antalTekst(o.fejl, "fejl")}, ${antalTekst(o.advarsler, "advarsel")}, ${antalTekst(o.info, "info")}`;
}

/** Under the Takstbilag section's status buttons. */
export function statusForklaring(t: StatusTaelling, o: Opsummering | null): string {
  const iAlt = t.OK + t.Advarsel + t.Fejl + t.tom;
  const markeret = t.Fejl > 0 ? ` (${takster(t.Fejl)} med Fejl)` : "";
  const foerst = `Knapperne tæller takstbilagets ${takster(iAlt)} efter kolonnen Status, som den står i projektmappen${markeret}.`;
  if (!o) return foerst;
  return (
    `${foerst} Validering tæller fund i den seneste kontrol (${fundTekst(o)}); ét fund kan gælde flere takster. ` +
    "Marker status skriver kontrollens resultat i kolonnen."
  );
}

/** Under Validering's severity buttons, when the workbook has a takstbilag. */
export function fundForklaring(o: Opsummering, t: StatusTaelling): string {
  return (
    `Tallene her er fund i denne kontrol (${fundTekst(o)}). ` +
    `Afsnittet Takstbilag tæller takster efter kolonnen Status i projektmappen: ${takster(t.Fejl)} med Fejl, ` +
    `${formaterAntal(t.Advarsel)} med Advarsel.`
  );
}
