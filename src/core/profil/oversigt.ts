/**
 * The thresholds of a resolved profile as rows for the add-in's Indstillinger (and the
 * CLI): a Danish label, the value in Danish format, and where the value comes from.
 */
import { formaterKr, formaterPct } from "../format";
import type { ProfilKilde } from "./laes-profil";
import { PROFILER } from "./register";
import { feltFor } from "./skema";
import type { Profil } from "./typer";

export interface TaerskelRaekke {
  /** Dotted path, e.g. "belaegning.forventetMin" or "alvor.persondata-cpr". */
  sti: string;
  etiket: string;
  vaerdi: string;
  kilde: string;
}

/** Danish: where a value comes from. */
export function kildeTekst(k: ProfilKilde | undefined): string {
  if (!k) return "ukendt";
  switch (k.art) {
    case "indbygget":
      return `standard (${k.profilId})`;
    case "profil":
      return `profilen "${k.profilId}"`;
    case "fil":
      return k.fil ? `profilfilen ${k.fil} ("${k.profilId}")` : `profilfilen "${k.profilId}"`;
    case "arbejdsbog":
      return `projektmappens ark Takstprofil ("${k.profilId}")`;
  }
}

/** A value of `sti` in Danish format (5 → "5 %", 2 → "2 år", null → "ingen"). */
export function vaerdiTekst(sti: string, v: unknown): string {
  if (v === null) return "ingen";
  if (Array.isArray(v) && v.every((x) => typeof x === "number")) return v.join(", ");
  if (Array.isArray(v)) return v.map((x) => `"${String(x)}"`).join(", ");
  const felt = feltFor(sti);
  if (typeof v === "number" && felt?.art === "tal") {
    if (felt.enhed === "pct") return formaterPct(v);
    if (felt.enhed === "kr") return formaterKr(v);
    if (felt.enhed === "aar") return `${v} år`;
    if (felt.enhed === "dage") return `${v} dage`;
    if (felt.enhed === "tegn") return `${v} tegn`;
  }
  return String(v);
}

/**
 * Every threshold of `profil` with its source. Without `kilder` (a shipped profile used
 * as is) every value is attributed to the profile itself.
 */
export function profilOversigt(profil: Profil, kilder?: Record<string, ProfilKilde>): TaerskelRaekke[] {
  const egen: ProfilKilde = { art: PROFILER[profil.id] === profil ? "indbygget" : "profil", profilId: profil.id };
  const ud: TaerskelRaekke[] = [];
  const gaa = (v: unknown, sti: string): void => {
    if (typeof v === "object" && v !== null && !Array.isArray(v)) {
      for (const [k, x] of Object.entries(v)) {
        if (sti === "" && (k === "id" || k === "navn" || k === "udvider")) continue;
        gaa(x, sti ? `${sti}.${k}` : k);
      }
      return;
    }
    const felt = feltFor(sti);
    const etiket = felt?.art === "alvor" ? `Alvor for reglen ${sti.slice("alvor.".length)}` : (felt?.etiket ?? sti);
    ud.push({ sti, etiket, vaerdi: vaerdiTekst(sti, v), kilde: kildeTekst(kilder?.[sti] ?? egen) });
  };
  gaa(profil, "");
  return ud;
}
