/**
 * Money and other decimal arithmetic. Sums and products use Decimal, never binary floats;
 * rounding happens only where the agreement rounds (øre), half away from zero.
 */
import Decimal from "decimal.js";

// Our own clone so a host page's global Decimal settings cannot change our results.
// 28 significant digits (as .NET's decimal): amounts up to 10^15 kr. keep 13 digits after the øre.
export const D = Decimal.clone({ precision: 28, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof D>;

export const NUL: Dec = new D(0);
export const EN: Dec = new D(1);
export const HUNDREDE: Dec = new D(100);

export function dec(v: number | string | Dec): Dec {
  return new D(v);
}

/** Rounded to øre (2 decimals), half away from zero. */
export function tilOere(v: Dec): Dec {
  return v.toDecimalPlaces(2, D.ROUND_HALF_UP);
}

/** Whole øre as a bigint-free integer string comparison helper: compare amounts in øre. */
export function oere(v: Dec): number {
  return tilOere(v).times(100).toNumber();
}

export function samePaaOere(a: Dec, b: Dec): boolean {
  return tilOere(a).eq(tilOere(b));
}

/** Percent (e.g. 5) → fraction (0.05). */
export function pctTilBroek(pct: number | Dec): Dec {
  return new D(pct).div(100);
}

export function sum(values: (Dec | null | undefined)[]): Dec {
  let s = NUL;
  for (const v of values) if (v) s = s.plus(v);
  return s;
}
