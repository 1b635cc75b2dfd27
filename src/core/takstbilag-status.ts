/**
 * The Status and Fund of a takst in the takstbilag: one definition, used by the CLI's
 * `bilag` (from the full check of each takstskema) and by the task pane's "Marker status"
 * (from the check of the takstbilag itself).
 *
 * - A row's findings are those pointing into the row on its sheet and, where IDs identify
 *   rows (a takstskema), those with its Ydelses-ID.
 * - Findings that belong to no row (Stamdata, a missing table, a CPR number elsewhere, cells
 *   outside the table) concern the whole workbook and count on every row.
 * - Status is Fejl when any is a fejl, else Advarsel when any is an advarsel, else OK (info
 *   does not change the status); Fund lists their rule IDs, fejl first, each once.
 *
 * The pane sees only the takstbilag, so it cannot repeat what the full check found in the
 * skemaer (e.g. takst-afviger-fra-beregning). `medTidligereStatus` keeps such a rule ID from
 * the sheet's Fund column and the status it stands for: Marker status never turns a Fejl
 * of the full check into OK.
 */
import { parseA1 } from "./adresse";
import type { Profil } from "./profil/typer";
import { findRegel } from "./regler";
import { erRegelId, type Alvor } from "./regler/id";
import { regelIdFraNavn } from "./regler/navn";
import type { Fund } from "./regler/typer";
import { STATUSSER } from "./skema/tabeller";
import { alvorFor } from "./valider";
import { ALVOR_ORDEN } from "./rapport/alvor";

export type Takststatus = (typeof STATUSSER)[number];

export interface StatusOgFund {
  status: Takststatus;
  /** Rule IDs, fejl first, each once. */
  fund: string[];
}

/** Where a takst row sits, and its Ydelses-ID. */
export interface RaekkeSted {
  ark: string;
  /** 1-based sheet row. */
  raekke: number;
  ydelsesId?: string | null;
}

type FundLike = Pick<Fund, "regel" | "alvor" | "ark" | "celle" | "ydelsesId">;

const STATUS_ORDEN: Record<Takststatus, number> = { OK: 0, Advarsel: 1, Fejl: 2 };

function arkNoegle(ark: string): string {
  return ark.trim().toLowerCase();
}

/**
 * Findings per row, and those that concern the whole workbook. `efterYdelsesId`: a finding
 * with a row's Ydelses-ID belongs to that row (a takstskema, where IDs are unique); in a
 * takstbilag IDs repeat across tilbud, so only the position counts there.
 * Status and Fund depend only on rule and severity, so each list keeps one finding per rule
 * and severity: a hostile file with 100.000 rows sharing one ID, or 100.000 findings outside
 * the rows, costs a few entries per row instead of rows × findings (issue 9 item 4).
 */
export function fordelFund<F extends FundLike>(
  raekker: readonly RaekkeSted[],
  fund: readonly F[],
  efterYdelsesId: boolean,
): { prRaekke: F[][]; helSkema: F[] } {
  const tilfoej = (liste: Map<string, F>, f: F): void => {
    const k = `${f.regel}\u0000${f.alvor}`;
    if (!liste.has(k)) liste.set(k, f);
  };
  const ider = new Set<string>();
  const efterPlads = new Map<string, number>();
  raekker.forEach((r, i) => {
    if (efterYdelsesId && r.ydelsesId) ider.add(r.ydelsesId);
    efterPlads.set(`${arkNoegle(r.ark)}\u0000${r.raekke}`, i);
  });
  const prId = new Map<string, Map<string, F>>();
  const prPlads = new Map<number, Map<string, F>>();
  const hel = new Map<string, F>();
  for (const f of fund) {
    const id = f.ydelsesId && ider.has(f.ydelsesId) ? f.ydelsesId : undefined;
    // A range (a missing column's header) points at its first cell.
    const pos = parseA1(f.celle.split(":")[0]);
    const iPlads = pos ? efterPlads.get(`${arkNoegle(f.ark)}\u0000${pos.row}`) : undefined;
    if (id) {
      if (!prId.has(id)) prId.set(id, new Map());
      tilfoej(prId.get(id)!, f);
    }
    if (iPlads !== undefined && !(id && raekker[iPlads].ydelsesId === id)) {
      if (!prPlads.has(iPlads)) prPlads.set(iPlads, new Map());
      tilfoej(prPlads.get(iPlads)!, f);
    }
    // A finding with an ID that no row has (e.g. tblOmkostninger naming an unknown ydelse) concerns the skema.
    if (!id && iPlads === undefined) tilfoej(hel, f);
  }
  const prRaekke = raekker.map((r, i) => {
    const egne = new Map<string, F>();
    const id = efterYdelsesId && r.ydelsesId ? prId.get(r.ydelsesId) : undefined;
    for (const f of id?.values() ?? []) tilfoej(egne, f);
    for (const f of prPlads.get(i)?.values() ?? []) tilfoej(egne, f);
    return [...egne.values()];
  });
  return { prRaekke, helSkema: [...hel.values()] };
}

/**
 * Rules whose findings make every figure of the skema untrustworthy: the checked table sits
 * where nobody looks, or the stored results are not what Excel shows. Unlike a Stamdata field
 * or a tillæg row, they mark every takst of the skema in the takstbilag (issue 16 § 1).
 */
const HELE_SKEMAETS_TAL: ReadonlySet<string> = new Set(["tabel-ikke-synlig", "formel-ikke-beregnet"]);

/** The finding says the skema's figures cannot be trusted, so it counts on every takst row. */
export function rammerAlleTakster(f: Pick<Fund, "regel">): boolean {
  return HELE_SKEMAETS_TAL.has(f.regel);
}

/** Status and rule IDs of one takst from its findings. */
export function statusOgFund(fund: readonly Pick<Fund, "regel" | "alvor">[]): StatusOgFund {
  const sorteret = [...fund].sort((a, b) => ALVOR_ORDEN[a.alvor] - ALVOR_ORDEN[b.alvor]);
  const status: Takststatus = sorteret.some((f) => f.alvor === "fejl")
    ? "Fejl"
    : sorteret.some((f) => f.alvor === "advarsel")
      ? "Advarsel"
      : "OK";
  return { status, fund: [...new Set(sorteret.map((f) => f.regel))] };
}

/** Status and Fund of every row: its own findings and the whole workbook's. */
export function takstStatusser(
  raekker: readonly RaekkeSted[],
  fund: readonly FundLike[],
  efterYdelsesId: boolean,
): StatusOgFund[] {
  const { prRaekke, helSkema } = fordelFund(raekker, fund, efterYdelsesId);
  return prRaekke.map((egne) => statusOgFund([...egne, ...helSkema]));
}

/** What the check of a takstbilag under `profil` re-checks, and the severity of every other rule it knows. */
export interface Kontrol {
  /** The rule runs on a takstbilag under the profile: its findings (or their absence) are current. */
  kontrolleres(regel: string): boolean;
  /** The profile's severity of a rule, or null (unknown rule, or turned off). */
  alvor(regel: string): Alvor | null;
}

export function takstbilagKontrol(profil: Profil): Kontrol {
  const alvor = (id: string): Alvor | null => {
    const regel = findRegel(id);
    if (!regel) return null;
    const a = alvorFor(regel, profil);
    return a === "fra" ? null : a;
  };
  return {
    kontrolleres: (id) => !!findRegel(id)?.meta.gaelderFor.includes("takstbilag") && alvor(id) !== null,
    alvor,
  };
}

export interface TidligereStatus {
  /** The Status cell as it stands (any text). */
  status: string | null;
  /** The Fund cell as it stands: rule names (or IDs) separated by commas. */
  fund: string | null;
}

export interface StatusMedGrund extends StatusOgFund {
  /** Set when the sheet's stricter status was kept: the rule IDs the check could not repeat. */
  bevaret?: { status: Takststatus; regler: string[] };
}

function tilStatus(s: string | null): Takststatus | null {
  const t = (s ?? "").trim().toLowerCase();
  return STATUSSER.find((x) => x.toLowerCase() === t) ?? null;
}

function strengest(a: Takststatus, b: Takststatus): Takststatus {
  return STATUS_ORDEN[a] >= STATUS_ORDEN[b] ? a : b;
}

const STATUS_AF_ALVOR: Record<Alvor, Takststatus> = { fejl: "Fejl", advarsel: "Advarsel", info: "OK" };

/**
 * The new status of a row, given what the sheet already says. Rule IDs in the Fund cell that
 * `kontrol` does not re-check stay in Fund, and the status they stand for is kept: their
 * severity under the profile, but never more than the sheet's status (the full check may
 * have lowered one to info). Rule IDs that are re-checked, and text that is no rule ID at
 * all, are replaced by what the check found now.
 */
export function medTidligereStatus(ny: StatusOgFund, tidligere: TidligereStatus, kontrol: Kontrol): StatusMedGrund {
  const foer = tilStatus(tidligere.status);
  // The bilag writes rule names in Danish words ("Takstændring uden begrundelse"); IDs are read too.
  const ider = (tidligere.fund ?? "")
    .split(/[,;\n]+/)
    .flatMap((del) => {
      const id = regelIdFraNavn(del);
      return id ? [id] : del.split(/\s+/).filter((s) => erRegelId(s));
    })
    .filter((s) => !kontrol.kontrolleres(s));
  const ukontrollerede = [...new Set(ider)];
  if (ukontrollerede.length === 0) return ny;

  let bevaret: Takststatus = "OK";
  const regler: string[] = [];
  for (const id of ukontrollerede) {
    const a = kontrol.alvor(id);
    // Turned off here but on in the full check: only the sheet knows how severe it was.
    let s = a ? STATUS_AF_ALVOR[a] : (foer ?? "OK");
    if (foer && STATUS_ORDEN[s] > STATUS_ORDEN[foer]) s = foer;
    if (STATUS_ORDEN[s] > STATUS_ORDEN[ny.status]) regler.push(id);
    bevaret = strengest(bevaret, s);
  }
  const fund = [...new Set([...ny.fund, ...ukontrollerede])];
  const status = strengest(ny.status, bevaret);
  return regler.length > 0 ? { status, fund, bevaret: { status, regler } } : { status, fund };
}
