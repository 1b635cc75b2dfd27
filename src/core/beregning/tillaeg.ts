/**
 * Tillægsydelser (§ 5.4.7, bilag 2): ATA-timetakst, ugepris and the price of an aftale.
 */
import { dec, tilOere, type Dec } from "../penge";

type Tal = Dec | number | string;

/**
 * ATA-timetakst = Timeomkostning × (1 + fravær + d + vfo), rounded to øre.
 * Bilag 2's formula line reads `timeomkostning * (1 + d + vfo)`, but its own worked example,
 * 206 × (1 + 0,25 + 0,05 + 0,33) = 335,78, adds the fraværskorrektion; docs/skabelon.md makes the
 * example binding, so fravær is in the parenthesis. Percentages are fractions (0,33).
 */
export function ataTimetakst(input: {
  timeomkostning: Tal;
  fravaer?: Tal | null;
  doegnkoefficient?: Tal | null;
  vfo?: Tal | null;
}): Dec {
  const faktor = dec(1)
    .plus(dec(input.fravaer ?? 0))
    .plus(dec(input.doegnkoefficient ?? 0))
    .plus(dec(input.vfo ?? 0));
  return tilOere(dec(input.timeomkostning).times(faktor));
}

/** Ugepris = ROUND(timer pr. uge × ATA-timetakst, 2). Bilag 2: 2,5 × 335,78 = 839,45. Negative timer give a negative tillægsydelse (§ 5.4.7). */
export function ugepris(input: { ataTimetakst: Tal; timerPrUge: Tal }): Dec {
  return tilOere(dec(input.timerPrUge).times(dec(input.ataTimetakst)));
}

/**
 * Weeks of an aftale, both dates included, rounded to 2 decimals: ROUND((Slutdato − Startdato + 1) / 7, 2).
 * Dates are Excel serial days. This is exactly the template's Uger formula (src/core/skema/formler.ts,
 * tillaegsberegningFormler), which rounds so that the shown Ugepris × the shown Uger is the shown Samlet pris.
 */
export function antalUger(startdato: number, slutdato: number): Dec {
  return tilOere(dec(slutdato).minus(dec(startdato)).plus(1).div(7));
}

/**
 * Samlet pris = ROUND(Ugepris × Uger, 2), with Uger rounded as above (the template's Samlet pris formula).
 * Plain arithmetic like the sheet: a Slutdato before Startdato is not caught here.
 */
export function periodepris(input: { ugepris: Tal; startdato: number; slutdato: number }): Dec {
  return tilOere(dec(input.ugepris).times(antalUger(input.startdato, input.slutdato)));
}

// ---------------------------------------------------------------- The rate of a (Personalekategori, Tidsrum) pair

/**
 * A Personalekategori or Tidsrum as every reader of a tillæg rate matches it (regler.md 2026.3
 * item 11): U+00A0 read as a space, trimmed, inner runs of spaces collapsed, case-insensitive.
 * Exactly what the written formula's LOWER(TRIM(SUBSTITUTE(x, U+00A0, " "))) gives: Excel's
 * TRIM touches only U+0020, so other white space (a tab, a line break) counts here too.
 */
export function timetakstNoegle(tekst: string): string {
  return tekst
    .replace(/\u00a0/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/^ /, "")
    .replace(/ $/, "")
    .toLowerCase();
}

/** The pair's key; null when either part is empty after normalising (no formula looks it up). */
export function timetakstPar(personalekategori: string | null, tidsrum: string | null): string | null {
  if (personalekategori === null || tidsrum === null) return null;
  const k = timetakstNoegle(personalekategori);
  const t = timetakstNoegle(tidsrum);
  return k === "" || t === "" ? null : `${k}\u0000${t}`;
}

/**
 * Every row of a rate table whose pair matches, in table order; the first is the one the
 * written formula and the rules use (tillaeg-dublet reports the others). `par` gives a row's
 * Personalekategori and Tidsrum as the cells hold them.
 */
export function timetakstRaekker<R>(
  tabel: readonly R[],
  par: (r: R) => readonly [string | null, string | null],
  personalekategori: string | null,
  tidsrum: string | null,
): R[] {
  const noegle = timetakstPar(personalekategori, tidsrum);
  if (noegle === null) return [];
  return tabel.filter((r) => timetakstPar(...par(r)) === noegle);
}
