/**
 * `bilag`: every skema's tblYdelser rows, with Stamdata and the findings, mapped to the
 * takstbilag writer's input.
 *
 * Status and Fund of a row (a takst) come from src/core/takstbilag-status.ts, the same
 * function the task pane's "Marker status" uses; here a finding belongs to a row by its
 * Ydelses-ID or by pointing into the row.
 * A takstbilag given as input contributes no rows (only its findings).
 * Text copied into the bilag has CPR numbers replaced (the row is Fejl by persondata-cpr anyway).
 */
import type { Celle, Takstskema } from "../core/model";
import type { Dec } from "../core/penge";
import type { Profil } from "../core/profil/typer";
import { skjulCpr } from "../core/cpr";
import type { Valideringsresultat } from "../core/regler/typer";
import { takstStatusser } from "../core/takstbilag-status";
import type { BilagFund, BilagInput, BilagRaekke } from "../adapters/xlsx/skriv-bilag";
import type { FilResultat } from "./uddata";

export interface BilagFil {
  fil: string;
  skema: Takstskema;
  resultat: Valideringsresultat;
}

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
  const statusser = takstStatusser(
    ydelser.map((r) => ({ ark: r.ark, raekke: r.raekke, ydelsesId: r.ydelsesId.vaerdi })),
    resultat.fund,
    true,
  );
  const raekker = ydelser.map((r, i): BilagRaekke => {
    const so = statusser[i];
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
