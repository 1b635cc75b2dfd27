/**
 * Text the whole pane shows: workbook text without CPR numbers, code spans, and the Danish
 * text of an error. No React, so it is tested in Node.
 */
import { indeholderCpr as indeholderCprKerne, skjulCpr } from "../../core";

/** Something that reads as a CPR number (the same recogniser as the persondata-cpr rule). */
export const indeholderCpr = indeholderCprKerne;

/** Workbook text the pane shows (Bemærkninger, names, sheet names): CPR numbers never echoed. */
export function vis(tekst: string | null | undefined): string {
  return tekst ? skjulCpr(tekst) : "";
}

/**
 * Text with Markdown code spans (the contract's quotes say `A1-108`) as parts, so the pane
 * shows them as code and never shows a backtick.
 */
export function kodeDele(tekst: string): { tekst: string; kode: boolean }[] {
  const ud: { tekst: string; kode: boolean }[] = [];
  tekst.split(/`([^`]+)`/).forEach((del, i) => {
    if (del !== "") ud.push({ tekst: del.replace(/`/g, ""), kode: i % 2 === 1 });
  });
  return ud;
}

/** Errors whose message is already Danish and meant for the user. */
const DANSKE_FEJL = new Set(["ArbejdsbogFejl", "XlsxLaesefejl"]);

/** The Danish text of any thrown value. */
export function fejlTekst(e: unknown): string {
  if (e instanceof Error) {
    if (DANSKE_FEJL.has(e.name)) return e.message;
    return `Der opstod en uventet fejl: ${e.message || e.name}`;
  }
  return `Der opstod en uventet fejl: ${String(e)}`;
}

/** Shown when Excel has held a call for seconds: almost always because the user is editing a cell. */
export const VENTER_BESKED = {
  art: "warning",
  titel: "Excel venter",
  tekst:
    "Takstskema venter på Excel. Er du ved at redigere en celle, så tryk Enter (eller Esc) for at afslutte redigeringen, så fortsætter Takstskema.",
} as const;
