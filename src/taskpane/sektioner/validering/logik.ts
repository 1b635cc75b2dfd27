/** The Validering section's logic: filtering and grouping findings. No React, tested in Node. */
import { paragrafTekst, type Alvor, type Fund } from "../../../core";

export interface FundFilter {
  alvor: Record<Alvor, boolean>;
  tekst: string;
}

function normaliser(s: string): string {
  return s.toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();
}

/** A finding matches the text filter when every word occurs in its sheet!cell, id, rule, § or message. */
export function fundMatcher(f: Fund, tekst: string): boolean {
  const ord = normaliser(tekst).split(" ").filter(Boolean);
  if (ord.length === 0) return true;
  const hoestak = normaliser(
    [`${f.ark}!${f.celle}`, f.ydelsesId ?? "", f.regel, paragrafTekst(f.paragraf), f.besked].join(" "),
  );
  return ord.every((o) => hoestak.includes(o));
}

export function grupperFund(fund: readonly Fund[], filter: FundFilter): Record<Alvor, Fund[]> {
  const ud: Record<Alvor, Fund[]> = { fejl: [], advarsel: [], info: [] };
  for (const f of fund) {
    if (!filter.alvor[f.alvor]) continue;
    if (!fundMatcher(f, filter.tekst)) continue;
    ud[f.alvor].push(f);
  }
  return ud;
}

/** A stable key for a finding in a list (the same rule can point at the same cell only once per ydelse). */
export function fundNoegle(f: Fund, i: number): string {
  return `${f.regel}|${f.ark}|${f.celle}|${f.ydelsesId ?? ""}|${i}`;
}

/** Calls `fn` once `ventetid` ms have passed without another call. */
export function debounce(fn: () => void, ventetid: number): { kald: () => void; annuller: () => void } {
  let t: ReturnType<typeof setTimeout> | null = null;
  return {
    kald: () => {
      if (t !== null) clearTimeout(t);
      t = setTimeout(() => {
        t = null;
        fn();
      }, ventetid);
    },
    annuller: () => {
      if (t !== null) clearTimeout(t);
      t = null;
    },
  };
}
