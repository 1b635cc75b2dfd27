/**
 * What a profile turns off or loosens compared with the profile it replaces: the task
 * pane's banner and the rule takstprofil-i-skema both say it in these words. Pure.
 */
import { REGEL_IDER, type Alvor, type RegelId } from "../regler/id";
import { vaerdiTekst } from "./oversigt";
import { feltFor, PROFIL_SKEMA, type Felt } from "./skema";
import type { Profil } from "./typer";

export interface Lempelse {
  /** Dotted path: "alvor.persondata-cpr", "belaegning.forventetMin", "takstloft". */
  sti: string;
  /**
   * "slaaet-fra": a rule no longer runs; "lavere-alvor": it reports with a lower severity;
   * "loesnet": a threshold lets more through; "aendret": a setting without a looser
   * direction changed (what is checked changes either way).
   */
  art: "slaaet-fra" | "lavere-alvor" | "loesnet" | "aendret";
  /** The rule ID for alvor changes. */
  regel?: RegelId;
  /** Danish label of the setting (or the rule ID). */
  etiket: string;
  fra: string;
  til: string;
}

const RANG: Record<Alvor | "fra", number> = { fejl: 3, advarsel: 2, info: 1, fra: 0 };

function effektivAlvor(p: Profil, id: RegelId, standard: (id: RegelId) => Alvor): Alvor | "fra" {
  return p.alvor[id] ?? standard(id);
}

function tal(felt: Felt | undefined): (Felt & { art: "tal" }) | undefined {
  return felt?.art === "tal" ? felt : undefined;
}

/**
 * Every way `profil` is looser than `base` (or changes a setting that has no safe
 * direction), severities first, then thresholds in the schema's order. Tightenings are
 * not listed.
 */
export function profilLempelser(profil: Profil, base: Profil, standardAlvor: (id: RegelId) => Alvor): Lempelse[] {
  const ud: Lempelse[] = [];
  for (const id of REGEL_IDER) {
    const foer = effektivAlvor(base, id, standardAlvor);
    const nu = effektivAlvor(profil, id, standardAlvor);
    if (RANG[nu] >= RANG[foer]) continue;
    ud.push({
      sti: `alvor.${id}`,
      art: nu === "fra" ? "slaaet-fra" : "lavere-alvor",
      regel: id,
      etiket: id,
      fra: foer,
      til: nu,
    });
  }

  const rec = (a: unknown, b: unknown, felter: Readonly<Record<string, Felt>>, sti: string): void => {
    for (const [k, felt] of Object.entries(felter)) {
      if (sti === "" && (k === "id" || k === "navn" || k === "udvider" || k === "alvor")) continue;
      const s = sti ? `${sti}.${k}` : k;
      const x = (a as Record<string, unknown> | null)?.[k];
      const y = (b as Record<string, unknown> | null)?.[k];
      if (felt.art === "objekt") {
        if (x === null && y !== null && y !== undefined) {
          // An object switched off (takstloft: null): its rule no longer has anything to check.
          ud.push({ sti: s, art: "loesnet", etiket: felt.etiket, fra: "slået til", til: "slået fra" });
        } else if (x !== null && y !== null && x !== undefined && y !== undefined) {
          rec(x, y, felt.felter, s);
        }
        continue;
      }
      if (felt.art === "tekstliste") {
        const nye = new Set(Array.isArray(x) ? (x as string[]) : []);
        const fjernet = (Array.isArray(y) ? (y as string[]) : []).filter((v) => !nye.has(v));
        if (fjernet.length > 0) {
          ud.push({
            sti: s,
            art: "loesnet",
            etiket: felt.etiket,
            fra: `${(y as string[]).length} ord`,
            til: `${fjernet.length} fjernet: ${fjernet.map((v) => `"${v}"`).join(", ")}`,
          });
        }
        continue;
      }
      if (felt.art === "talliste") {
        const a2 = Array.isArray(x) ? (x as number[]) : [];
        const b2 = Array.isArray(y) ? (y as number[]) : [];
        if (a2.length === b2.length && a2.every((v, i) => v === b2[i])) continue;
        ud.push({ sti: s, art: "aendret", etiket: felt.etiket, fra: vaerdiTekst(s, y), til: vaerdiTekst(s, x) });
        continue;
      }
      if (x === y) continue;
      const t = tal(feltFor(s));
      let art: Lempelse["art"] = "aendret";
      if (t?.lempes && typeof x === "number" && typeof y === "number") {
        const loesere = t.lempes === "op" ? x > y : x < y;
        if (!loesere) continue;
        art = "loesnet";
      }
      ud.push({ sti: s, art, etiket: felt.etiket, fra: vaerdiTekst(s, y), til: vaerdiTekst(s, x) });
    }
  };
  rec(profil, base, PROFIL_SKEMA, "");
  return ud;
}

const ALVOR_ORD: Record<Alvor | "fra", string> = { fejl: "fejl", advarsel: "advarsel", info: "info", fra: "fra" };

/** One line per loosening, in Danish: "persondata-cpr er slået fra (var fejl)". */
export function lempelseTekst(l: Lempelse): string {
  switch (l.art) {
    case "slaaet-fra":
      return `${l.etiket} er slået fra (var ${ALVOR_ORD[l.fra as Alvor]})`;
    case "lavere-alvor":
      return `${l.etiket} er sænket fra ${ALVOR_ORD[l.fra as Alvor]} til ${ALVOR_ORD[l.til as Alvor]}`;
    case "loesnet":
      return `${l.etiket}: ${l.fra} → ${l.til} (løsnet)`;
    case "aendret":
      return `${l.etiket}: ${l.fra} → ${l.til} (ændret)`;
  }
}

/** "3 regler slået fra, 1 med lavere alvor og 2 tærskler løsnet eller ændret". */
export function lempelserResume(lempelser: readonly Lempelse[]): string {
  const fra = lempelser.filter((l) => l.art === "slaaet-fra").length;
  const lavere = lempelser.filter((l) => l.art === "lavere-alvor").length;
  const taerskler = lempelser.length - fra - lavere;
  const dele: string[] = [];
  if (fra > 0) dele.push(`${fra} ${fra === 1 ? "regel" : "regler"} slået fra`);
  if (lavere > 0) dele.push(`${lavere} ${lavere === 1 ? "regel" : "regler"} med lavere alvor`);
  if (taerskler > 0) dele.push(`${taerskler} ${taerskler === 1 ? "tærskel" : "tærskler"} løsnet eller ændret`);
  if (dele.length === 0) return "ingen regler slået fra og ingen tærskler løsnet";
  return dele.length === 1 ? dele[0] : `${dele.slice(0, -1).join(", ")} og ${dele[dele.length - 1]}`;
}
