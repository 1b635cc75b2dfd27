/** Helpers shared by the tblOmkostninger rules. */
import type { Celle, OmkostningRaekke, Takstskema } from "../../../model";
import { takstberegningsgrundlag, type GrundlagRaekke } from "../../../beregning/grundlag";
import { NUL, type Dec } from "../../../penge";
import { GRUNDLAG_LED, TBL_OMKOSTNINGER } from "../../../skema/tabeller";

/** The exact Danish header of a tblOmkostninger column. */
export function omkLabel(key: string): string {
  return TBL_OMKOSTNINGER.kolonner.find((k) => k.key === key)?.label ?? key;
}

/** The ten amounts that are summed into Takstberegningsgrundlag. */
export const GRUNDLAG_KEYS = GRUNDLAG_LED.map((l) => l.key);

/**
 * An amount as Excel's formula sees it: an empty cell is 0. null when the value is unknown
 * (unreadable, or the column is missing) — another rule reports that.
 */
export function beloebSomExcel(c: Celle<Dec>): Dec | null {
  if (c.mangler || c.ulaeselig) return null;
  if (c.vaerdi === null) return c.tom ? NUL : null;
  return c.vaerdi;
}

/** The row's Takstberegningsgrundlag as the template's formula sums it; null when an amount is unknown. */
export function grundlagAfKolonner(r: OmkostningRaekke): Dec | null {
  const led: GrundlagRaekke = {};
  for (const key of GRUNDLAG_KEYS) {
    const v = beloebSomExcel(r[key]);
    if (v === null) return null;
    led[key] = v;
  }
  return takstberegningsgrundlag(led);
}

/** Each tblOmkostninger row with its Personaleomkostninger read, and the ydelse's ID: the vagtlag rules compare the two. */
export function* personaleRaekker(
  skema: Takstskema,
): Generator<{ r: OmkostningRaekke; personale: Dec; id: string | undefined }> {
  for (const r of skema.omkostninger?.raekker ?? []) {
    const personale = r.personale.vaerdi;
    if (personale === null) continue;
    const id = r.ydelsesId.vaerdi ?? undefined;
    yield { r, personale, id };
  }
}
