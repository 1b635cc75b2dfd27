/** A finding's § (`Fund.paragraf`, written without "§") as the outputs show it. */

/**
 * In a sentence and in a report's § column: "5.3.1" → "§ 5.3.1", a list "2.2.3, 5.5.2" →
 * "§ 2.2.3, 5.5.2", text such as "bilag 2" as it stands; no § (an input rule on the
 * workbook's contract) → "".
 */
export function paragrafTekst(p: string | null): string {
  if (!p) return "";
  return /^\d/.test(p) ? `§ ${p}` : p;
}

/**
 * As a label standing alone (the task pane's line under a finding): like paragrafTekst, but
 * "Bilag 2" with a capital, and an input rule says it rests on the template's own requirement.
 */
export function paragrafEtiket(p: string | null): string {
  if (!p) return "Skabelonens krav";
  const t = paragrafTekst(p);
  return t.charAt(0).toUpperCase() + t.slice(1);
}
