/** The engine: snapshot → reader → every rule the profile has on → result. */
import type { Grundlag } from "./takstbilag/grundlag";
import { laesTakstskema } from "./reader/laes";
import { ALLE_REGLER } from "./regler";
import type { Alvor, RegelId } from "./regler/id";
import type { Fund, FundInput, FundVaerdi, Regel, UdeladteFund, Valideringsresultat } from "./regler/typer";
import type { AfsnitNoegle, Aftale, Profil } from "./profil/typer";
import type { Takstskema } from "./model";
import type { WorkbookSnapshot } from "./snapshot";
import { afsnitTekst, regelKilde } from "./profil/register";
import { indeholderCpr, skjulCpr } from "./cpr";
import { ALVOR_ORDEN } from "./rapport/alvor";

const STANDARD_ALVOR = new Map(ALLE_REGLER.map((r) => [r.meta.id, r.meta.standardAlvor]));

/** The default severity of a rule from its metadata. */
export function standardAlvor(id: RegelId): Alvor {
  return STANDARD_ALVOR.get(id) ?? "fejl";
}

export function alvorFor(regel: Regel, profil: Profil): Alvor | "fra" {
  return profil.alvor[regel.meta.id] ?? regel.meta.standardAlvor;
}

/** A finding's data with every text CPR-masked, as its message is: data may quote a cell. */
function dataUdenCpr<T extends FundVaerdi>(v: T): T {
  if (typeof v === "string") return skjulCpr(v) as T;
  if (Array.isArray(v)) return v.map((x) => dataUdenCpr(x)) as T;
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, dataUdenCpr(x)])) as T;
  return v;
}

/**
 * A safety limit, the same for every profile: at most this many findings of one rule in
 * one file are kept whole (message, cell). The rest are counted (and their cells kept, so
 * a takst row still gets its status), so a file with 100.000 broken rows cannot make the
 * outputs grow without bound; every output says how many were left out.
 */
export const MAKS_FUND_PR_REGEL = 1000;

/**
 * What to check against. The profile and its agreement are required: only the shells (CLI,
 * pane) pick the default (`STANDARD_PROFIL_ID`), so a second region never gets Nordjylland's
 * thresholds or § by omission.
 */
export interface ValiderIndstillinger {
  profil: Profil;
  /** The agreement whose § the findings cite: the registered profile's (`aftaleFor`), or a JSON profile's `ProfilResultat.aftale`. */
  aftale: Aftale;
  regler?: readonly Regel[];
  /** Last year's approved takstbilag (issue 17 § 1): read by the caller, passed in as data. */
  grundlag?: Grundlag;
}

/**
 * The order findings are listed in within one severity: the rules' own order, except that a
 * rule declared as the cause of others (`aarsagTil`) comes before them (root cause first).
 */
function aarsagsRang(regler: readonly Regel[]): Map<RegelId, number> {
  const ider = regler.map((r) => r.meta.id);
  for (const r of regler) {
    for (const virkning of r.meta.aarsagTil ?? []) {
      const i = ider.indexOf(virkning);
      const j = ider.indexOf(r.meta.id);
      // Move the cause to just before its first effect.
      if (i >= 0 && j > i) {
        ider.splice(j, 1);
        ider.splice(i, 0, r.meta.id);
      }
    }
  }
  return new Map(ider.map((id, i) => [id, i]));
}

/** Validates an already read model (the reader runs once; the add-in re-uses it). */
export function validerSkema(
  skema: Takstskema,
  snapshot: WorkbookSnapshot,
  indstillinger: ValiderIndstillinger,
): Valideringsresultat {
  const { profil, aftale } = indstillinger;
  const regler = indstillinger.regler ?? ALLE_REGLER;
  const afsnit = (noegle: AfsnitNoegle): string => afsnitTekst(aftale.afsnit[noegle]);
  const fund: Fund[] = [];
  const holdt: RegelId[] = [];
  const brudt: RegelId[] = [];
  const udeladt: UdeladteFund[] = [];
  const opsummering = { fejl: 0, advarsler: 0, info: 0 };

  for (const regel of regler) {
    const alvor = alvorFor(regel, profil);
    if (alvor === "fra" || !regel.meta.gaelderFor.includes(skema.type)) continue;
    let antal = 0;
    const { paragraf } = regelKilde(aftale, regel.meta.id);
    const rapporter = (f: FundInput): void => {
      // A rule may lower its own severity for a documented variant (FundInput.alvor), never raise it.
      const a: Alvor = f.alvor && ALVOR_ORDEN[f.alvor] > ALVOR_ORDEN[alvor] ? f.alvor : alvor;
      antal++;
      if (a === "fejl") opsummering.fejl++;
      else if (a === "advarsel") opsummering.advarsler++;
      else opsummering.info++;
      // A CPR number must never leave the engine, whatever a rule quoted: every output
      // channel (CLI, JSON, report sheet, task pane) prints these findings.
      const ydelsesId = f.ydelsesId && !indeholderCpr(f.ydelsesId) ? f.ydelsesId : undefined;
      if (antal > MAKS_FUND_PR_REGEL) {
        let u = udeladt.find((x) => x.regel === regel.meta.id && x.alvor === a);
        if (!u) udeladt.push((u = { regel: regel.meta.id, alvor: a, paragraf, antal: 0, steder: [] }));
        u.antal++;
        u.steder.push({ ark: f.ark, celle: f.celle, ...(ydelsesId ? { ydelsesId } : {}) });
        return;
      }
      fund.push({
        regel: regel.meta.id,
        alvor: a,
        ark: f.ark,
        celle: f.celle,
        ...(ydelsesId ? { ydelsesId } : {}),
        paragraf,
        besked: skjulCpr(f.besked),
        beskedId: f.beskedId,
        data: dataUdenCpr(f.data),
      });
    };
    const grundlag = indstillinger.grundlag;
    regel.tjek({
      skema,
      snapshot,
      profil,
      aftale,
      afsnit,
      standardAlvor,
      rapporter,
      ...(grundlag ? { grundlag } : {}),
    });
    (antal > 0 ? brudt : holdt).push(regel.meta.id);
  }

  const rang = aarsagsRang(regler);
  fund.sort(
    (a, b) => ALVOR_ORDEN[a.alvor] - ALVOR_ORDEN[b.alvor] || (rang.get(a.regel) ?? 0) - (rang.get(b.regel) ?? 0),
  );
  return {
    profil: profil.id,
    type: skema.type,
    fund,
    ...(udeladt.length > 0 ? { udeladt } : {}),
    regler: { holdt, brudt },
    opsummering,
  };
}

/** The left-out findings as Fund without a message, for code that places findings on rows (bilag status). */
export function udeladteSomFund(r: Valideringsresultat): Fund[] {
  return (r.udeladt ?? []).flatMap((u) =>
    u.steder.map((s) => ({
      regel: u.regel,
      alvor: u.alvor,
      paragraf: u.paragraf,
      besked: "",
      beskedId: "",
      data: {},
      ...s,
    })),
  );
}

/** A checked workbook: the model the reader made of it, and the findings. */
export interface Kontrolleret {
  skema: Takstskema;
  resultat: Valideringsresultat;
}

/**
 * The core's one entry for "read the workbook, then validate it" (CLI, pane, Sekretariat,
 * bench and tests alike). Never throws on bad input: problems become findings. The read
 * model comes back too, for what follows (Status per takst, the takstbilag).
 */
export function kontroller(snapshot: WorkbookSnapshot, indstillinger: ValiderIndstillinger): Kontrolleret {
  const skema = laesTakstskema(snapshot);
  return { skema, resultat: validerSkema(skema, snapshot, indstillinger) };
}
