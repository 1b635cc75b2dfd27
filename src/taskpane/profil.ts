/**
 * The profile the task pane validates with, as the sections show it. Choosing it from the
 * workbook (vaelgProfil) needs the rules' default severities and lives in profilvalg.ts, which
 * loads with the validation engine, not in the pane's first JavaScript.
 */
import {
  type Aftale,
  aftaleFor,
  hentProfil,
  type Lempelse,
  lempelserResume,
  type Profil,
  type ProfilKilde,
  type ProfilResultat,
  type SnapshotSheet,
  STANDARD_PROFIL_ID,
  TAKSTPROFIL_ARK,
} from "../core";

/** The workbook's own profile (sheet Takstprofil), whether or not it is used. */
export type ArkProfil =
  | (Extract<ProfilResultat, { ok: true }> & {
      /** The shipped profile it is compared with (the one it extends, else the default). */
      base: Profil;
      /** What it turns off or loosens compared with `base`. */
      lempelser: Lempelse[];
      /** The shipped profile whose id or name it borrows, if any. */
      efterlignet: Profil | null;
      /** Identifies exactly this profile (canonical JSON): what an acceptance is bound to. */
      noegle: string;
      synlighed: NonNullable<SnapshotSheet["visibility"]>;
      godkendt: boolean;
    })
  | { ok: false; fejl: string[]; synlighed: NonNullable<SnapshotSheet["visibility"]> };

export interface ProfilValg {
  /** The profile validated with. */
  profil: Profil;
  /** Per threshold path: where the value comes from (absent for the shipped default used as is). */
  kilder?: Record<string, ProfilKilde>;
  /** From this profile to the one it finally extends. */
  kaede: string[];
  /** The agreement the findings cite: the active profile's (src/core/profil/register.ts). */
  aftale: Aftale;
  /** True when `profil` is the workbook's own (accepted) profile. */
  fraArbejdsbog: boolean;
  /** The workbook's Takstprofil sheet, or null when it has none. */
  ark: ArkProfil | null;
}

export const STANDARD_VALG: ProfilValg = {
  profil: hentProfil(STANDARD_PROFIL_ID),
  fraArbejdsbog: false,
  kaede: [STANDARD_PROFIL_ID],
  aftale: aftaleFor(STANDARD_PROFIL_ID),
  ark: null,
};

/** JSON with sorted keys: the same profile always gives the same text. */
export function profilNoegle(p: Profil): string {
  const sorter = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sorter);
    if (typeof v === "object" && v !== null) {
      const ud: Record<string, unknown> = {};
      for (const k of Object.keys(v).sort()) ud[k] = sorter((v as Record<string, unknown>)[k]);
      return ud;
    }
    return v;
  };
  return JSON.stringify(sorter(p));
}

const SKJULT: Record<NonNullable<SnapshotSheet["visibility"]>, string> = {
  visible: "",
  hidden: " (arket er skjult)",
  veryHidden: " (arket er meget skjult og kan ikke vises fra Excels menuer)",
};

/** Danish: the workbook's profile, always named as the workbook's own. */
export function arkProfilNavn(ark: Extract<ArkProfil, { ok: true }>): string {
  const navn = ark.profil.navn !== ark.profil.id ? `"${ark.profil.navn}" (${ark.profil.id})` : `"${ark.profil.id}"`;
  return `projektmappens egen profil ${navn}`;
}

/** Danish: the borrowed name, said plainly. */
export function efterligningTekst(ark: Extract<ArkProfil, { ok: true }>): string | null {
  if (!ark.efterlignet) return null;
  return `Profilen bærer navnet eller id'et fra den indbyggede profil ${ark.efterlignet.id}, men den kommer fra projektmappen og er ikke den indbyggede.`;
}

/** Danish: where the profile in use comes from. */
export function profilKildeTekst(valg: ProfilValg): string {
  const ark = valg.ark;
  if (!valg.fraArbejdsbog || !ark?.ok) {
    const standard = `Standardprofilen ${valg.profil.id}, som følger med tilføjelsesprogrammet.`;
    if (!ark) return standard;
    if (!ark.ok)
      return `${standard} Arket ${TAKSTPROFIL_ARK}${SKJULT[ark.synlighed]} indeholder en ugyldig profil, som ikke bruges.`;
    return `${standard} Projektmappen har også ${arkProfilNavn(ark)} i arket ${TAKSTPROFIL_ARK}${SKJULT[ark.synlighed]}; den bruges ikke, før du godkender den under Validering.`;
  }
  const udvider = ark.kaede.length > 1 ? `; den udvider ${ark.kaede.slice(1).join(" → ")}` : "";
  const n = arkProfilNavn(ark);
  return `${n.charAt(0).toUpperCase()}${n.slice(1)} fra arket ${TAKSTPROFIL_ARK} (celle A1)${SKJULT[ark.synlighed]}${udvider}. Du har godkendt den for denne projektmappe.`;
}

/** Danish: the one-line summary for the prompt and the banner. */
export function lempelsesOverskrift(ark: Extract<ArkProfil, { ok: true }>): string {
  if (ark.lempelser.length === 0) return `I forhold til ${ark.base.id} løsner den intet.`;
  return `I forhold til ${ark.base.id} har den ${lempelserResume(ark.lempelser)}:`;
}
