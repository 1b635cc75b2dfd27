/**
 * Severity as every output shows it: the order (fejl before advarsel before info), the words
 * for one and for many, the group heading and the label of one finding's row. The CLI text,
 * `--rapport`, the Excel report sheet, the takstbilag's Fund sheet and the task pane all use
 * these, so a finding reads the same wherever it is shown.
 */
import { ALVORSGRADER, type Alvor } from "../regler/id";

/** The severities in the order findings are listed: most serious first. */
export const ALVORER: readonly Alvor[] = ALVORSGRADER;

/** fejl 0, advarsel 1, info 2: sorts findings, most serious first. */
export const ALVOR_ORDEN: Readonly<Record<Alvor, number>> = { fejl: 0, advarsel: 1, info: 2 };

export interface AlvorEtiket {
  /** After a count of one: "1 advarsel". */
  ental: string;
  /** After any other count: "2 advarsler". */
  flertal: string;
  /** Heading of a group of findings: "Advarsler (3)". */
  overskrift: string;
  /** One finding's severity in a report's Alvor column: "Advarsel". */
  etiket: string;
}

export const ALVOR_ETIKET: Readonly<Record<Alvor, AlvorEtiket>> = {
  fejl: { ental: "fejl", flertal: "fejl", overskrift: "Fejl", etiket: "Fejl" },
  advarsel: { ental: "advarsel", flertal: "advarsler", overskrift: "Advarsler", etiket: "Advarsel" },
  info: { ental: "info", flertal: "info", overskrift: "Info", etiket: "Info" },
};

/** A rule switched off in a profile, where a severity would stand (the pane's settings). */
export const FRA_ETIKET = "Slået fra";

/** "1 advarsel", "2 advarsler", "0 fejl"; `tal` writes the count (the takstbilag: formaterTal, "1.000"). */
export function antalTekst(antal: number, alvor: Alvor, tal: (n: number) => string = String): string {
  const e = ALVOR_ETIKET[alvor];
  return `${tal(antal)} ${antal === 1 ? e.ental : e.flertal}`;
}

/** A count per severity, as the engine sums them (`Valideringsresultat.opsummering`). */
export interface AlvorAntal {
  fejl: number;
  advarsler: number;
  info: number;
}

/** A severity's count in a sum ("advarsel" is counted under `advarsler`). */
export function antalAf(o: AlvorAntal, alvor: Alvor): number {
  return alvor === "advarsel" ? o.advarsler : o[alvor];
}

/** "3 fejl, 1 advarsel, 0 info". */
export function opsummeringTekst(o: AlvorAntal): string {
  return `${antalTekst(o.fejl, "fejl")}, ${antalTekst(o.advarsler, "advarsel")}, ${antalTekst(o.info, "info")}`;
}

/** The count per severity of a list of findings. */
export function taelAlvor(fund: readonly { alvor: Alvor }[]): AlvorAntal {
  const o: AlvorAntal = { fejl: 0, advarsler: 0, info: 0 };
  for (const f of fund) {
    if (f.alvor === "fejl") o.fejl++;
    else if (f.alvor === "advarsel") o.advarsler++;
    else o.info++;
  }
  return o;
}
