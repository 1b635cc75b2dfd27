/** One file's outcome and the totals over files, as the CLI, `--rapport` and the takstbilag show them. */
import { formaterTal } from "../format";
import type { UdeladteFund, Valideringsresultat } from "../regler/typer";
import { MAKS_FUND_PR_REGEL } from "../valider";
import { antalTekst, type AlvorAntal } from "./alvor";
import type { FundRaekke } from "./kolonner";

/** One file's outcome: validated, or the Danish reason it could not be read. */
export type FilResultat = { fil: string; resultat: Valideringsresultat } | { fil: string; fejlVedLaesning: string };

export interface Samlet extends AlvorAntal {
  filer: number;
}

export function samlet(resultater: readonly FilResultat[]): Samlet {
  const s: Samlet = { filer: resultater.length, fejl: 0, advarsler: 0, info: 0 };
  for (const r of resultater) {
    if (!("resultat" in r)) continue;
    s.fejl += r.resultat.opsummering.fejl;
    s.advarsler += r.resultat.opsummering.advarsler;
    s.info += r.resultat.opsummering.info;
  }
  return s;
}

/** "3 filer: 1 fejl, 2 advarsler, 0 info"; "1 fil: 0 fejl, 1 advarsel, 0 info". */
export function samletTekst(s: Samlet): string {
  return `${s.filer} ${s.filer === 1 ? "fil" : "filer"}: ${antalTekst(s.fejl, "fejl")}, ${antalTekst(s.advarsler, "advarsel")}, ${antalTekst(s.info, "info")}`;
}

/** "… og 99.000 flere fund af reglen X er udeladt" for the findings the engine's cap left out (CLI, bilag, pane). */
export function udeladtTekst(u: Pick<UdeladteFund, "regel" | "antal">): string {
  return `… og ${formaterTal(u.antal)} flere fund af reglen ${u.regel} er udeladt (højst ${formaterTal(MAKS_FUND_PR_REGEL)} pr. regel og fil vises).`;
}

/** The rows of one file's findings in a finding table: each finding, then one line per rule the cap cut short. */
export function fundRaekker(fil: string, r: Valideringsresultat): FundRaekke[] {
  const ud: FundRaekke[] = r.fund.map((f) => ({ fil, ...f }));
  for (const u of r.udeladt ?? [])
    ud.push({ fil, regel: u.regel, alvor: u.alvor, ark: "", celle: "", paragraf: u.paragraf, besked: udeladtTekst(u) });
  return ud;
}
