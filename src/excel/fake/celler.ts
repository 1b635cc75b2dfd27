/** Cell writing and checks shared by ranges and tables. */
import { erExcelFejl, EXCEL_FEJLVAERDIER, type Omraade } from "../../core";
import { adgangNaegtet, ugyldigtArgument } from "./fejl";
import type { FakeArk, FakeCelle } from "./model";

/** Where a range proxy points: a sheet and an area on it. */
export interface Placering {
  ark: FakeArk;
  omr: Omraade;
}

/** Excel.RangeValueType of a cell, as `Range.valueTypes` gives it. */
export function officeVaerditype(c: FakeCelle | undefined): string {
  const v = c?.v ?? null;
  if (v === null || v === "") return "Empty";
  if (erExcelFejl(v)) return "Error";
  if (typeof v === "number") return "Double";
  if (typeof v === "boolean") return "Boolean";
  return "String";
}

export function somOfficeVaerdi(c: FakeCelle | undefined): string | number | boolean {
  const v = c?.v ?? null;
  if (v === null) return "";
  if (erExcelFejl(v)) return v.fejl;
  return v;
}

/**
 * Office reads a written value as if typed: "=…" is a formula, "'…" is text (except in a
 * Text-formatted cell, which keeps everything as typed). The fake does not parse numbers or dates.
 */
export function skrivIndtastning(ark: FakeArk, row: number, col: number, input: unknown, sted: string): void {
  if (input === null || input === undefined) return; // null leaves the cell as it is (Office)
  const gammel = ark.celle(row, col);
  const nf = gammel?.nf ?? null;
  if (typeof input === "string") {
    if (input === "") return ark.saetCelle(row, col, { v: null, f: null, nf });
    // In a cell formatted as Text (@) Excel takes what is typed literally: "=…" stays text, and
    // an apostrophe stays part of the text.
    if (nf === "@") return ark.saetCelle(row, col, { v: input, f: null, nf });
    if (input.startsWith("=") && input.length > 1) {
      // Without a value until genberegn (beregning.ts) calculates it, as the write's last step.
      return ark.saetCelle(row, col, { v: null, f: input, nf });
    }
    if (input.startsWith("'")) return ark.saetCelle(row, col, { v: input.slice(1), f: null, nf });
    if ((EXCEL_FEJLVAERDIER as readonly string[]).includes(input)) {
      return ark.saetCelle(row, col, { v: { fejl: input }, f: null, nf });
    }
    return ark.saetCelle(row, col, { v: input, f: null, nf });
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input)) throw ugyldigtArgument(sted);
    return ark.saetCelle(row, col, { v: input, f: null, nf });
  }
  if (typeof input === "boolean") return ark.saetCelle(row, col, { v: input, f: null, nf });
  throw ugyldigtArgument(sted);
}

export function tjekForm(data: unknown, o: Omraade, sted: string): unknown[][] {
  const rows = o.bottom - o.top + 1;
  const cols = o.right - o.left + 1;
  if (!Array.isArray(data) || data.length !== rows || data.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw ugyldigtArgument(sted);
  }
  return data as unknown[][];
}

export function tjekIkkeBeskyttet(ark: FakeArk, sted: string): void {
  if (ark.beskyttet) throw adgangNaegtet(sted);
}

export function antalCeller(o: Omraade): number {
  return (o.bottom - o.top + 1) * (o.right - o.left + 1);
}
