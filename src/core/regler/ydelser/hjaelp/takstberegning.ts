/** Takst against beregnet takst, shared by takst-afviger-fra-beregning and takst-beregnet-med-366-dage. */
import type { TjekKontekst } from "../../lav-regel";
import type { OmkostningRaekke, YdelseRaekke } from "../../../model";
import type { Dec } from "../../../penge";
import {
  beregnetTakst,
  erDagsenhed,
  indenforTolerance,
  takstGenberegnes,
  takstTolerance,
} from "../../../beregning/takst";
import { D, tilOere } from "../../../penge";
import { grundlagAfKolonner } from "../../omkostninger/hjaelp/faelles";
import { vaerdi } from "./faelles";

export interface TakstSammenligning {
  raekke: YdelseRaekke;
  ydelsesId: string;
  takst: Dec;
  /** The grundlag the takst is measured against: the sum of the columns when the cell is overwritten. */
  grundlag: Dec;
  /** The Takstberegningsgrundlag cell's value when it differs from its columns' sum (grundlag-stemmer-ikke). */
  grundlagOverskrevet: Dec | null;
  pladser: Dec;
  belaegning: Dec;
  takstenhed: string;
  /** With the profile's dagePrAar (365). */
  beregnet: Dec;
  tolerance: Dec;
  stemmer: boolean;
  /** Døgn/Dag only: the takst with 366 days, and whether the entered takst matches it. */
  beregnet366: Dec | null;
  stemmer366: boolean;
}

/**
 * regler.md 2026.3 item 5 (§ 5.1 "365 dage – også i skudår"): the takst is the 366-day figure to
 * the øre and neither the 365-day one nor that rounded to whole kroner, however small the
 * difference (249,32 kr. for 250,00 kr. lies inside tolerance.takstKr).
 */
export function erPraecis366(takst: Dec, beregnet: Dec, beregnet366: Dec): boolean {
  const t = tilOere(takst);
  return t.eq(tilOere(beregnet366)) && !t.eq(tilOere(beregnet)) && !t.eq(beregnet.toDecimalPlaces(0, D.ROUND_HALF_UP));
}

function noegle(id: string): string {
  return id.trim().toLowerCase();
}

/**
 * One comparison per recalculated ydelse. Skipped quietly when a needed value is missing or
 * unreadable, or the ydelse has no (or more than one) tblOmkostninger row: the input rules
 * and omkostninger-mangler report those.
 */
// Two rules read the same comparisons; compute them once per model and profile.
const cache = new WeakMap<object, { profil: object; ud: TakstSammenligning[] }>();

export function sammenlignTakster(ctx: TjekKontekst): TakstSammenligning[] {
  const gemt = cache.get(ctx.skema);
  if (gemt && gemt.profil === ctx.profil) return gemt.ud;
  const ud = beregnSammenligninger(ctx);
  cache.set(ctx.skema, { profil: ctx.profil, ud });
  return ud;
}

function beregnSammenligninger(ctx: TjekKontekst): TakstSammenligning[] {
  const { skema, profil } = ctx;
  if (!skema.ydelser || !skema.omkostninger) return [];
  const omkostninger = new Map<string, OmkostningRaekke[]>();
  for (const r of skema.omkostninger.raekker) {
    const id = vaerdi(r.ydelsesId);
    if (id === null) continue;
    const k = noegle(id);
    omkostninger.set(k, [...(omkostninger.get(k) ?? []), r]);
  }

  const ud: TakstSammenligning[] = [];
  for (const raekke of skema.ydelser.raekker) {
    const id = vaerdi(raekke.ydelsesId);
    const takstenhed = vaerdi(raekke.takstenhed);
    const takst = vaerdi(raekke.takst);
    const pladser = vaerdi(raekke.pladser);
    const belaegning = vaerdi(raekke.belaegningsprocent);
    if (id === null || takstenhed === null || takst === null || pladser === null || belaegning === null) continue;
    const rows = omkostninger.get(noegle(id));
    if (!rows || rows.length !== 1) continue;
    if (!takstGenberegnes({ takstenhed, taksttype: vaerdi(raekke.taksttype), pladser })) continue;
    const celle = vaerdi(rows[0].grundlag);
    if (celle === null) continue;
    // Root cause first: an overwritten grundlag cell (grundlag-stemmer-ikke) must not give a
    // wrong target takst; the takst is measured against what the columns sum to.
    const sum = grundlagAfKolonner(rows[0]);
    const overskrevet = sum !== null && !tilOere(sum).eq(tilOere(celle));
    const grundlag = overskrevet ? sum : celle;
    const beregnet = beregnetTakst({ grundlag, pladser, belaegning, takstenhed, dagePrAar: profil.dagePrAar });
    if (beregnet === null) continue;
    const stemmer = indenforTolerance(takst, beregnet, profil.tolerance);
    const beregnet366 =
      erDagsenhed(takstenhed) && profil.dagePrAar !== 366
        ? beregnetTakst({ grundlag, pladser, belaegning, takstenhed, dagePrAar: 366 })
        : null;
    const stemmer366 =
      beregnet366 !== null &&
      (erPraecis366(takst, beregnet, beregnet366) ||
        (!stemmer && indenforTolerance(takst, beregnet366, profil.tolerance)));
    ud.push({
      raekke,
      ydelsesId: id,
      takst,
      grundlag,
      grundlagOverskrevet: overskrevet ? celle : null,
      pladser,
      belaegning,
      takstenhed,
      beregnet,
      tolerance: takstTolerance(beregnet, profil.tolerance),
      stemmer,
      beregnet366,
      stemmer366,
    });
  }
  return ud;
}
