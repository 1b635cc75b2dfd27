/** Helpers shared by the tillægsydelse rules (§ 5.4.7, bilag 2). */
import type { Celle } from "../../../model";
import { NUL, type Dec } from "../../../penge";

/** Text compared as the rules compare it: trimmed, single spaces, case-insensitive. */
export function normaliser(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A percent cell as Excel's formula sees it: empty is 0; null when unreadable or the column is missing. */
export function broekSomExcel(c: Celle<Dec>): Dec | null {
  if (c.mangler || c.ulaeselig) return null;
  return c.vaerdi ?? (c.tom ? NUL : null);
}

/** "Socialpædagog, Hverdag 17-23" for messages. */
export function hvilken(personalekategori: string | null, tidsrum: string | null): string {
  return [personalekategori, tidsrum].filter((s) => s).join(", ");
}
