/**
 * `bilag`: every skema's tblYdelser rows, with Stamdata and the findings, mapped to the
 * takstbilag writer's input.
 *
 * Status and Fund of a row (a takst):
 * - the row's findings are those with its Ydelses-ID, and those pointing into the row
 *   itself on its sheet (so a row without an ID still gets its own findings);
 * - findings that belong to no takst (no Ydelses-ID, outside tblYdelser's rows: Stamdata,
 *   a missing table, a CPR number somewhere) concern the whole skema and count on every row;
 * - Status is Fejl when any of these is a fejl, else Advarsel when any is an advarsel,
 *   else OK (info findings do not change the status);
 * - Fund lists their rule IDs, fejl first, each once.
 * A takstbilag given as input contributes no rows (only its findings).
 * Text copied into the bilag has CPR numbers replaced (the row is Fejl by persondata-cpr anyway).
 */
import { parseA1 } from "../core/adresse";
import type { Celle, Takstskema, YdelseRaekke } from "../core/model";
import type { Dec } from "../core/penge";
import type { Profil } from "../core/profil/typer";
import { skjulCpr } from "../core/cpr";
import type { Fund, Valideringsresultat } from "../core/regler/typer";
import type { BilagFund, BilagInput, BilagRaekke } from "../adapters/xlsx/skriv-bilag";
import type { FilResultat } from "./uddata";

export interface BilagFil {
  fil: string;
  skema: Takstskema;
  resultat: Valideringsresultat;
}

const ORDEN: Record<Fund["alvor"], number> = { fejl: 0, advarsel: 1, info: 2 };

/** A text value for the bilag. CPR numbers are hidden: the takstbilag goes to DAS and must not spread them. */
function tekst(c: Celle<string> | undefined): string | null {
  if (!c) return null;
  let t: string | null;
  if (c.vaerdi !== null && c.vaerdi !== undefined) t = String(c.vaerdi);
  // An unreadable text value (e.g. an unknown enum spelling) is still shown as typed.
  else t = typeof c.raa === "string" && c.raa.trim() !== "" ? c.raa : typeof c.raa === "number" ? String(c.raa) : null;
  return t === null ? null : skjulCpr(t);
}

function tal(c: Celle<Dec> | undefined): Dec | null {
  return c?.vaerdi ?? null;
}

/** Findings per takst row of one file, and those that concern the whole skema. */
export function fordelFund(
  raekker: readonly YdelseRaekke[],
  fund: readonly Fund[],
): { prRaekke: Fund[][]; helSkema: Fund[] } {
  const prRaekke: Fund[][] = raekker.map(() => []);
  const helSkema: Fund[] = [];
  const efterId = new Map<string, number[]>();
  const efterPlads = new Map<string, number>();
  raekker.forEach((r, i) => {
    const id = r.ydelsesId.vaerdi;
    if (id) efterId.set(id, [...(efterId.get(id) ?? []), i]);
    efterPlads.set(`${r.ark}\u0000${r.raekke}`, i);
  });
  for (const f of fund) {
    const iId = f.ydelsesId ? efterId.get(f.ydelsesId) : undefined;
    const pos = parseA1(f.celle);
    const iPlads = pos ? efterPlads.get(`${f.ark}\u0000${pos.row}`) : undefined;
    if (iId) for (const i of iId) prRaekke[i].push(f);
    if (iPlads !== undefined && !iId?.includes(iPlads)) prRaekke[iPlads].push(f);
    if (!iId && iPlads === undefined) {
      // A finding with an ID that no row has (e.g. tblOmkostninger naming an unknown ydelse) concerns the skema.
      helSkema.push(f);
    }
  }
  return { prRaekke, helSkema };
}

export function statusOgFund(fund: readonly Fund[]): { status: BilagRaekke["status"]; fund: string[] } {
  const sorteret = [...fund].sort((a, b) => ORDEN[a.alvor] - ORDEN[b.alvor]);
  const status = sorteret.some((f) => f.alvor === "fejl")
    ? "Fejl"
    : sorteret.some((f) => f.alvor === "advarsel")
      ? "Advarsel"
      : "OK";
  return { status, fund: [...new Set(sorteret.map((f) => f.regel))] };
}

function hyppigste(tal: number[]): number | undefined {
  const t = new Map<number, number>();
  for (const x of tal) t.set(x, (t.get(x) ?? 0) + 1);
  let bedst: number | undefined;
  for (const [x, n] of t) if (bedst === undefined || n > t.get(bedst)! || (n === t.get(bedst) && x > bedst)) bedst = x;
  return bedst;
}

/** One file's share of the bilag, made as soon as the file is checked so its model need not be kept. */
export interface BilagDel {
  raekker: BilagRaekke[];
  fund: BilagFund[];
  takstaar?: number;
}

export function bilagDel({ fil, skema, resultat }: BilagFil): BilagDel {
  const fund: BilagFund[] = resultat.fund.map((f) => ({
    fil,
    ark: f.ark,
    celle: f.celle,
    ydelsesId: f.ydelsesId ?? null,
    regel: f.regel,
    alvor: f.alvor,
    paragraf: f.paragraf,
    besked: f.besked,
  }));
  if (resultat.type !== "takstskema" || !skema.ydelser) return { raekker: [], fund };
  const felter = skema.stamdata?.felter;
  const aar = felter?.takstaar.vaerdi;
  const driftsherre = tekst(felter?.driftsherre);
  const tilbud = tekst(felter?.tilbud);
  const ydelser = skema.ydelser.raekker;
  const { prRaekke, helSkema } = fordelFund(ydelser, resultat.fund);
  const raekker = ydelser.map((r, i): BilagRaekke => {
    const so = statusOgFund([...prRaekke[i], ...helSkema]);
    return {
      fil,
      driftsherre,
      tilbud,
      ydelsesId: tekst(r.ydelsesId),
      ydelse: tekst(r.ydelse),
      paragraf: tekst(r.paragraf),
      takstenhed: tekst(r.takstenhed),
      pladserSidsteAar: tal(r.pladserSidsteAar),
      pladser: tal(r.pladser),
      takstSidsteAar: tal(r.takstSidsteAar),
      takst: tal(r.takst),
      belaegning: tal(r.belaegningsprocent),
      aarsag: tekst(r.aarsag),
      bemaerkninger: tekst(r.bemaerkninger),
      status: so.status,
      fund: so.fund,
    };
  });
  return { raekker, fund, ...(typeof aar === "number" ? { takstaar: aar } : {}) };
}

/** The writer's input: every file's rows and findings, the unreadable files, and the profile's days per year. */
export function bilagInput(dele: readonly BilagDel[], resultater: readonly FilResultat[], profil: Profil): BilagInput {
  const raekker = dele.flatMap((d) => d.raekker);
  const fund = dele.flatMap((d) => d.fund);
  const takstaar = dele.flatMap((d) => (d.takstaar !== undefined ? [d.takstaar] : []));

  const ulaeseligeFiler = resultater.flatMap((r) =>
    "fejlVedLaesning" in r ? [{ fil: r.fil, aarsag: r.fejlVedLaesning }] : [],
  );
  const aar = hyppigste(takstaar);
  return {
    raekker,
    fund,
    profil: profil.id,
    dagePrAar: profil.dagePrAar,
    ...(aar !== undefined ? { takstaar: aar } : {}),
    ...(ulaeseligeFiler.length > 0 ? { ulaeseligeFiler } : {}),
  };
}
