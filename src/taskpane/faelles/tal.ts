/** Numbers as the user types them in the pane's fields (Danish decimal comma). */
import { D, type Dec } from "../../core";

/**
 * A number typed the Danish way: "206", "206,00", "1.234,50", "33 %", "kr. 206".
 * Returns null for an empty or unreadable text.
 */
export function laesDanskTal(tekst: string): Dec | null {
  let s = tekst
    .replace(/\u00a0/g, " ")
    .trim()
    .toLowerCase();
  s = s
    .replace(/^kr\.?\s*/, "")
    .replace(/\s*(kr\.?|%)$/, "")
    .replace(/\s+/g, "");
  s = s.replace(/^−/, "-");
  if (s === "") return null;
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new D(s);
}

/** A number for an input field: 206 → "206", 0.5 → "0,5". */
export function tilInputTekst(v: Dec | number | null): string {
  if (v === null) return "";
  return new D(v).toString().replace(".", ",");
}
