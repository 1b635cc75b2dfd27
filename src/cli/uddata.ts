/** The CLI's output: Danish text per file, or the one JSON document of docs/kommandolinje.md. */
import type { Profil } from "../core/profil/typer";
import type { Fund, Valideringsresultat } from "../core/regler/typer";

export type FilResultat = { fil: string; resultat: Valideringsresultat } | { fil: string; fejlVedLaesning: string };

export interface Samlet {
  filer: number;
  fejl: number;
  advarsler: number;
  info: number;
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

/** 0 when no file has a fejl, 1 when some has, 2 when a file could not be read. */
export function afslutningskode(resultater: readonly FilResultat[]): 0 | 1 | 2 {
  if (resultater.some((r) => "fejlVedLaesning" in r)) return 2;
  return resultater.some((r) => "resultat" in r && r.resultat.opsummering.fejl > 0) ? 1 : 0;
}

// ------------------------------------------------------------------ JSON

interface JsonFund {
  regel: string;
  alvor: string;
  ark: string;
  celle: string;
  ydelsesId: string | null;
  paragraf: string | null;
  besked: string;
}

function jsonFund(f: Fund): JsonFund {
  return {
    regel: f.regel,
    alvor: f.alvor,
    ark: f.ark,
    celle: f.celle,
    ydelsesId: f.ydelsesId ?? null,
    paragraf: f.paragraf,
    besked: f.besked,
  };
}

/** Exactly the document of docs/kommandolinje.md ("--format json"). */
export function jsonDokument(profil: Profil, resultater: readonly FilResultat[]): unknown {
  return {
    profil: profil.id,
    filer: resultater.map((r) =>
      "resultat" in r
        ? {
            fil: r.fil,
            fund: r.resultat.fund.map(jsonFund),
            regler: { holdt: r.resultat.regler.holdt, brudt: r.resultat.regler.brudt },
            opsummering: { ...r.resultat.opsummering },
          }
        : { fil: r.fil, fejl_ved_laesning: r.fejlVedLaesning },
    ),
    opsummering: samlet(resultater),
  };
}

// ------------------------------------------------------------------ text

const flertal = (n: number, en: string, flere: string): string => `${n} ${n === 1 ? en : flere}`;

/** "2.2.3, 5.5.2" → "§ 2.2.3, 5.5.2"; "bilag 2" stays. */
export function paragrafTekst(p: string | null): string {
  if (!p) return "";
  return /^\d/.test(p) ? `§ ${p}` : p;
}

function fundLinje(f: Fund): string {
  const dele = [`${f.ark}!${f.celle}`];
  if (f.ydelsesId) dele.push(f.ydelsesId);
  dele.push(f.besked);
  const p = paragrafTekst(f.paragraf);
  return `    ${dele.join(" · ")}${p ? ` (${p})` : ""} [${f.regel}]`;
}

export function opsummeringTekst(o: { fejl: number; advarsler: number; info: number }): string {
  return `${o.fejl} fejl, ${flertal(o.advarsler, "advarsel", "advarsler")}, ${o.info} info`;
}

const GRUPPER: { alvor: Fund["alvor"]; overskrift: string }[] = [
  { alvor: "fejl", overskrift: "Fejl" },
  { alvor: "advarsel", overskrift: "Advarsler" },
  { alvor: "info", overskrift: "Info" },
];

/** One file's block: heading, findings grouped by severity, summary. Ends with a blank line. */
export function filTekst(r: FilResultat): string {
  const linjer = [r.fil];
  if (!("resultat" in r)) {
    linjer.push(`  Kunne ikke læses: ${r.fejlVedLaesning}`);
  } else {
    const res = r.resultat;
    if (res.type === "takstbilag") linjer.push("  (læst som takstbilag: kun takstbilagets regler er kørt)");
    for (const g of GRUPPER) {
      const fund = res.fund.filter((f) => f.alvor === g.alvor);
      if (fund.length === 0) continue;
      linjer.push(`  ${g.overskrift} (${fund.length}):`);
      for (const f of fund) linjer.push(fundLinje(f));
    }
    const regler = `${flertal(res.regler.holdt.length, "regel", "regler")} holdt, ${res.regler.brudt.length} brudt`;
    linjer.push(
      res.fund.length === 0 ? `  Ingen fund. ${regler}.` : `  I alt: ${opsummeringTekst(res.opsummering)}. ${regler}.`,
    );
  }
  return linjer.join("\n") + "\n\n";
}

export function profilLinje(profil: Profil): string {
  return `Profil: ${profil.id} (${profil.navn})\n\n`;
}

/** The last line, worded exactly as the contract: `N filer: X fejl, Y advarsler, Z info`. */
export function slutLinje(s: Samlet): string {
  return `${s.filer} filer: ${s.fejl} fejl, ${s.advarsler} advarsler, ${s.info} info\n`;
}
