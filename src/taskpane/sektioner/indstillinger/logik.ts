/**
 * The Indstillinger form's pure logic: which settings it shows (from the profile schema),
 * their text as typed (Danish decimal comma), and the profile they make, validated by the
 * same schema as every other profile. No React.
 */
import {
  type Alvor,
  type Felt,
  loesProfil,
  type Profil,
  PROFIL_SKEMA,
  REGEL_IDER,
  type RegelId,
  STANDARD_PROFIL_ID,
} from "../../../core";
import { laesDanskTal, tilInputTekst } from "../../faelles/tal";

export type TalFelt = Extract<Felt, { art: "tal" }>;
export type ValgFelt = Extract<Felt, { art: "valg" }>;

export interface FormularFelt {
  /** Dotted path: "overUnderskud.indregnesSenestEfterAar". */
  sti: string;
  felt: TalFelt | ValgFelt;
  /** The group's label (Belægning, Over- og underskud, …; "Generelt" for top-level keys). */
  gruppe: string;
}

/** Every number and choice of the schema, in its order (lists and names are not edited here). */
export function formularFelter(): FormularFelt[] {
  const ud: FormularFelt[] = [];
  for (const [k, felt] of Object.entries(PROFIL_SKEMA)) {
    if (felt.art === "tal" || felt.art === "valg") ud.push({ sti: k, felt, gruppe: "Generelt" });
    if (felt.art === "objekt") {
      for (const [u, under] of Object.entries(felt.felter)) {
        if (under.art === "tal" || under.art === "valg")
          ud.push({ sti: `${k}.${u}`, felt: under, gruppe: felt.etiket });
      }
    }
  }
  return ud;
}

const ENHED: Record<NonNullable<TalFelt["enhed"]>, string> = {
  pct: "%",
  kr: "kr.",
  aar: "år",
  dage: "dage",
  tegn: "tegn",
};

export function enhedTekst(felt: TalFelt): string {
  return felt.enhed ? ENHED[felt.enhed] : "";
}

/** The sentence around the input: "Indregnes senest" [2] "år efter regnskabsåret". */
export function saetningDele(felt: TalFelt | ValgFelt): { foer: string; efter: string } {
  const s = felt.art === "tal" ? felt.saetning : undefined;
  if (!s || !s.includes("{}")) return { foer: felt.etiket, efter: felt.art === "tal" ? enhedTekst(felt) : "" };
  const [foer, efter] = s.split("{}");
  const enhed = felt.art === "tal" ? enhedTekst(felt) : "";
  return { foer: foer.trim(), efter: `${enhed}${efter.trimEnd()}`.trim() };
}

/** The whole sentence with the value: "Indregnes senest 2 år efter regnskabsåret". */
export function saetningMedVaerdi(felt: TalFelt | ValgFelt, vaerdi: string): string {
  const { foer, efter } = saetningDele(felt);
  return [foer, vaerdi, efter].filter((x) => x !== "").join(" ");
}

export interface FormularVaerdier {
  /** Per path: the text typed (numbers) or the value chosen. "" for null. */
  felter: Record<string, string>;
  /** Takstloft on (with its reduktionPct in felter) or off (null). */
  takstloft: boolean;
  /** Per rule: its severity. */
  alvor: Record<RegelId, Alvor | "fra">;
}

function hent(p: Profil, sti: string): unknown {
  let v: unknown = p;
  for (const d of sti.split("."))
    v = v === null || typeof v !== "object" ? undefined : (v as Record<string, unknown>)[d];
  return v;
}

/** The form's starting values from a profile; severities from the profile or the rule's default. */
export function startVaerdier(p: Profil, standardAlvor: (id: RegelId) => Alvor): FormularVaerdier {
  const felter: Record<string, string> = {};
  for (const { sti, felt } of formularFelter()) {
    const v = sti === "takstloft.reduktionPct" && p.takstloft === null ? null : hent(p, sti);
    felter[sti] = felt.art === "tal" ? tilInputTekst(typeof v === "number" ? v : null) : String(v ?? "");
  }
  const alvor = {} as Record<RegelId, Alvor | "fra">;
  for (const id of REGEL_IDER) alvor[id] = p.alvor[id] ?? standardAlvor(id);
  return { felter, takstloft: p.takstloft !== null, alvor };
}

export type FormularResultat =
  { ok: true; profil: Profil; json: string } | { ok: false; fejl: Record<string, string>; oevrige: string[] };

function saet(ud: Record<string, unknown>, sti: string, v: unknown): void {
  const dele = sti.split(".");
  let o = ud;
  for (const d of dele.slice(0, -1)) o = (o[d] ??= {}) as Record<string, unknown>;
  o[dele[dele.length - 1]] = v;
}

/**
 * The profile the form makes: written as `udvider` of the base with only what differs
 * (so a later change of the base still reaches the rest), validated by the schema.
 * Errors come back per path, in the schema's Danish words.
 */
export function bygProfil(
  v: FormularVaerdier,
  base: Profil,
  standardAlvor: (id: RegelId) => Alvor,
  id: string,
  navn: string,
): FormularResultat {
  const fejl: Record<string, string> = {};
  const json: Record<string, unknown> = { id, navn, udvider: base.id };
  for (const { sti, felt } of formularFelter()) {
    if (sti.startsWith("takstloft.")) continue;
    const tekst = v.felter[sti] ?? "";
    let vaerdi: unknown;
    if (felt.art === "valg") vaerdi = tekst;
    else if (tekst.trim() === "" && felt.nullTilladt) vaerdi = null;
    else {
      const d = laesDanskTal(tekst);
      if (d === null) {
        fejl[sti] = `Skriv et tal, fx ${tilInputTekst(felt.min > 0 ? felt.min : 2.5)}.`;
        continue;
      }
      vaerdi = d.toNumber();
    }
    if (vaerdi !== hent(base, sti)) saet(json, sti, vaerdi);
  }
  if (v.takstloft) {
    const d = laesDanskTal(v.felter["takstloft.reduktionPct"] ?? "");
    if (d === null) fejl["takstloft.reduktionPct"] = "Skriv et tal, fx 1,5.";
    else json.takstloft = { reduktionPct: d.toNumber() };
  } else if (base.takstloft !== null) json.takstloft = null;
  const alvor: Record<string, string> = {};
  for (const rid of REGEL_IDER) {
    const a = v.alvor[rid];
    if (a !== (base.alvor[rid] ?? standardAlvor(rid))) alvor[rid] = a;
  }
  if (Object.keys(alvor).length > 0) json.alvor = alvor;
  if (Object.keys(fejl).length > 0) return { ok: false, fejl, oevrige: [] };

  const r = loesProfil(json);
  if (!r.ok) {
    // "Ugyldig profil: "belaegning.max" skal være …" → under the field it names.
    const perSti: Record<string, string> = {};
    const oevrige: string[] = [];
    for (const f of r.fejl) {
      const m = /^Ugyldig profil: "([^"]+)" (.*)$/.exec(f);
      if (m && formularFelter().some((x) => x.sti === m[1])) {
        perSti[m[1]] = m[2].startsWith("skal ") ? `S${m[2].slice(1)}` : f.slice("Ugyldig profil: ".length);
      } else oevrige.push(f);
    }
    return { ok: false, fejl: perSti, oevrige };
  }
  return { ok: true, profil: r.profil, json: JSON.stringify(json) };
}

/** Id and name for a profile the user writes in the pane (never a shipped profile's). */
export function egenProfilId(nuvaerende: Profil, fraArbejdsbog: boolean): { id: string; navn: string } {
  if (fraArbejdsbog && nuvaerende.id !== STANDARD_PROFIL_ID) return { id: nuvaerende.id, navn: nuvaerende.navn };
  return { id: "projektmappens-profil", navn: "Projektmappens egen profil" };
}
