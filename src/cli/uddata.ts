/**
 * The CLI's output: Danish text per file, or the one JSON document of docs/kommandolinje.md.
 * Every text that comes from a workbook or a path (file and sheet names, messages, read
 * errors) passes an output boundary here: CPR numbers masked (also in JSON), and in text
 * output control characters shown as \xHH, so a workbook cannot drive the terminal.
 */
import {
  ALVOR_ETIKET,
  ALVORER,
  type FilResultat,
  formaterAarListe,
  formaterTal,
  type Fund,
  type FundVaerdi,
  opsummeringTekst,
  paragrafTekst,
  type Profil,
  samlet,
  type Samlet,
  samletTekst,
  skjulCpr,
  ydelsesIdTekst,
  udeladtTekst,
  vis,
  vist,
} from "../core";
export { synligeLinjer, synligTekst, vis, vist } from "../core";

export { opsummeringTekst, paragrafTekst, samlet, samletTekst, udeladtTekst, type FilResultat, type Samlet };

// What JSON.stringify leaves raw of STYRETEGN (its own indentation's newlines are not text).
const JSON_STYRETEGN = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * The JSON document as text. JSON.stringify escapes C0 and lone surrogates itself; C1 and the
 * bidi and line-separator controls it leaves raw are escaped too (\u202E), so a terminal or
 * log viewer showing the JSON is not driven by it. JSON.parse gives back the same strings.
 */
export function jsonTekst(dokument: unknown): string {
  return (
    JSON.stringify(dokument, null, 2).replace(
      JSON_STYRETEGN,
      (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
    ) + "\n"
  );
}

/** 0 when no file has a fejl, 1 when some has, 2 when a file could not be read. */
export function afslutningskode(resultater: readonly FilResultat[]): 0 | 1 | 2 {
  if (resultater.some((r) => "fejlVedLaesning" in r)) return 2;
  return resultater.some((r) => "resultat" in r && r.resultat.opsummering.fejl > 0) ? 1 : 0;
}

// ------------------------------------------------------------------ JSON

/**
 * The JSON document's version (docs/kommandolinje.md, docs/skema/fund.schema.json): raised when a
 * field is removed or changes meaning; new fields may come without. 2: `beskedId`, `data` and
 * `paragraffer` on each finding (version 1 had no `formatVersion`).
 */
export const JSON_FORMAT_VERSION = 2;

interface JsonFund {
  regel: string;
  alvor: string;
  ark: string;
  celle: string;
  ydelsesId: string | null;
  paragraf: string | null;
  /** The § as a list: "2.2.3, 5.5.2" → ["2.2.3", "5.5.2"]; [] for an input rule. */
  paragraffer: string[];
  besked: string;
  beskedId: string;
  data: { [noegle: string]: FundVaerdi };
}

/** "2.2.3, 5.5.2" → ["2.2.3", "5.5.2"]; "5.4.7, bilag 2" → ["5.4.7", "bilag 2"]; null → []. */
export function paragrafListe(paragraf: string | null): string[] {
  return (paragraf ?? "")
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/** The data's texts CPR-masked, as the message is (the engine has done it; this is the output boundary). */
function dataUdenCpr(v: FundVaerdi): FundVaerdi {
  if (typeof v === "string") return skjulCpr(v);
  if (Array.isArray(v)) return v.map(dataUdenCpr);
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dataUdenCpr(x)]));
  return v;
}

function jsonFund(f: Fund): JsonFund {
  return {
    regel: f.regel,
    alvor: f.alvor,
    ark: skjulCpr(f.ark),
    celle: f.celle,
    ydelsesId: f.ydelsesId ? skjulCpr(f.ydelsesId) : null,
    paragraf: f.paragraf,
    paragraffer: paragrafListe(f.paragraf),
    besked: skjulCpr(f.besked),
    beskedId: f.beskedId,
    data: dataUdenCpr(f.data) as JsonFund["data"],
  };
}

/** Exactly the document of docs/kommandolinje.md ("--format json"), as docs/skema/fund.schema.json describes it. */
export function jsonDokument(profil: Profil, resultater: readonly FilResultat[]): unknown {
  return {
    formatVersion: JSON_FORMAT_VERSION,
    profil: profil.id,
    filer: resultater.map((r) =>
      "resultat" in r
        ? {
            fil: skjulCpr(r.fil),
            fund: r.resultat.fund.map(jsonFund),
            // Only when the engine's cap left findings out: how many, per rule.
            ...(r.resultat.udeladt
              ? { udeladt: r.resultat.udeladt.map((u) => ({ regel: u.regel, alvor: u.alvor, antal: u.antal })) }
              : {}),
            regler: { holdt: r.resultat.regler.holdt, brudt: r.resultat.regler.brudt },
            opsummering: { ...r.resultat.opsummering },
          }
        : { fil: skjulCpr(r.fil), fejl_ved_laesning: skjulCpr(r.fejlVedLaesning) },
    ),
    opsummering: samlet(resultater),
  };
}

// ------------------------------------------------------------------ text

function fundLinje(f: Fund): string {
  const dele = [`${vis(f.ark)}!${f.celle}`];
  if (f.ydelsesId) dele.push(vis(ydelsesIdTekst(f.ydelsesId)));
  dele.push(vis(f.besked));
  const p = paragrafTekst(f.paragraf);
  return `    ${dele.join(" · ")}${p ? ` (${p})` : ""} [${f.regel}]`;
}

/** One file's block: heading, findings grouped by severity, summary. Ends with a blank line. */
export function filTekst(r: FilResultat, profil?: Pick<Profil, "navn" | "takstaar">): string {
  const linjer = [vis(r.fil)];
  if (!("resultat" in r)) {
    linjer.push(`  Kunne ikke læses: ${vis(r.fejlVedLaesning)}`);
  } else {
    const res = r.resultat;
    if (res.type === "takstbilag") linjer.push("  (læst som takstbilag: kun takstbilagets regler er kørt)");
    for (const alvor of ALVORER) {
      const fund = res.fund.filter((f) => f.alvor === alvor);
      const udeladt = (res.udeladt ?? []).filter((u) => u.alvor === alvor);
      if (fund.length === 0) continue;
      const i = fund.length + udeladt.reduce((n, u) => n + u.antal, 0);
      linjer.push(`  ${ALVOR_ETIKET[alvor].overskrift} (${formaterTal(i)}):`);
      for (const f of fund) linjer.push(fundLinje(f));
      for (const u of udeladt) linjer.push(`    ${udeladtTekst(u)}`);
    }
    const regler = `${res.regler.holdt.length} ${res.regler.holdt.length === 1 ? "regel" : "regler"} holdt, ${res.regler.brudt.length} brudt`;
    linjer.push(
      res.fund.length === 0 ? `  Ingen fund. ${regler}.` : `  I alt: ${opsummeringTekst(res.opsummering)}. ${regler}.`,
    );
    // regler.md 2026.3 point 10: the summary says which agreement a skema for another year was checked against.
    if (profil && res.regler.brudt.includes("takstaar-uden-for-aftale")) {
      linjer.push(
        `  Takståret ligger uden for profilens år: skemaet er kontrolleret efter »${vis(profil.navn)}« (takstår ${formaterAarListe(profil.takstaar)}).`,
      );
    }
  }
  return linjer.join("\n") + "\n\n";
}

export function profilLinje(profil: Profil): string {
  return vist`Profil: ${profil.id} (${profil.navn})` + "\n\n";
}

/** The last line as the contract words it (`N filer: X fejl, Y advarsler, Z info`), with "1 fil" and "1 advarsel". */
export function slutLinje(s: Samlet): string {
  return `${samletTekst(s)}\n`;
}
