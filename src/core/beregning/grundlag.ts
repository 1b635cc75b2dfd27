/**
 * Takstberegningsgrundlag (docs/skabelon.md, tblOmkostninger; § 5.5.1 Tabel 4).
 * Every amount is entered as a positive number; GRUNDLAG_LED gives each its sign.
 * "Heraf fagpersonale i vagtlag" is a part of Personaleomkostninger and is not added again.
 */
import { GRUNDLAG_LED } from "../skema/tabeller";
import { NUL, dec, type Dec } from "../penge";

export type GrundlagLedKey = (typeof GRUNDLAG_LED)[number]["key"];

/** The amounts of one row, by column key; a missing or null amount counts as 0 (as in Excel). */
export type GrundlagRaekke = Partial<Record<GrundlagLedKey, Dec | number | string | null | undefined>>;

export function takstberegningsgrundlag(raekke: GrundlagRaekke): Dec {
  let s = NUL;
  for (const led of GRUNDLAG_LED) {
    const v = raekke[led.key];
    if (v === null || v === undefined) continue;
    s = led.fortegn > 0 ? s.plus(dec(v)) : s.minus(dec(v));
  }
  return s;
}
