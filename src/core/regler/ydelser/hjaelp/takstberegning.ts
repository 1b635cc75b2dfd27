/** Takst against beregnet takst, shared by takst-afviger-fra-beregning and takst-beregnet-med-366-dage. */
import type { RegelKontekst } from "../../typer";
import type { OmkostningRaekke, YdelseRaekke } from "../../../model";
import type { Dec } from "../../../penge";
import {
  beregnetTakst,
  erDagsenhed,
  indenforTolerance,
  takstGenberegnes,
  takstTolerance,
} from "../../../beregning/takst";
import { D, pctTilBroek, tilOere } from "../../../penge";
import { formaterKr, formaterTal } from "../../../format";
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

export function sammenlignTakster(ctx: Pick<RegelKontekst, "skema" | "profil">): TakstSammenligning[] {
  const gemt = cache.get(ctx.skema);
  if (gemt && gemt.profil === ctx.profil) return gemt.ud;
  const ud = beregnSammenligninger(ctx);
  cache.set(ctx.skema, { profil: ctx.profil, ud });
  return ud;
}

function beregnSammenligninger(ctx: Pick<RegelKontekst, "skema" | "profil">): TakstSammenligning[] {
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

/** A figure shown exactly: its own decimals (at least `min`). */
function eksakt(v: Dec, min: number): string {
  return formaterTal(v, Math.max(min, v.decimalPlaces()));
}

/**
 * The calculation behind a beregnet takst, "7.008.000,00 kr. ÷ (10 pladser × 96,0 % × 365 dage)",
 * with figures that give the shown result to the øre when redone (regler.md 2026.3 point 9):
 * grundlag and pladser exactly, the belægning with the fewest decimals (at least one) that
 * reproduce it. "12 pladser × 95,0 %" for a belægning of 94,96 % would give another takst.
 */
export function visRegnestykke(
  s: Pick<TakstSammenligning, "grundlag" | "pladser" | "belaegning" | "takstenhed">,
  dagePrAar: number,
): { tekst: string; resultat: Dec } {
  const grundlag = s.grundlag;
  const resultat = tilOere(
    beregnetTakst({ grundlag, pladser: s.pladser, belaegning: s.belaegning, takstenhed: s.takstenhed, dagePrAar }) ??
      new D(0),
  );
  const pct = s.belaegning.times(100);
  let belVist = pct;
  for (let n = 1; n <= pct.decimalPlaces(); n++) {
    const kandidat = pct.toDecimalPlaces(n, D.ROUND_HALF_UP);
    const igen = beregnetTakst({
      grundlag,
      pladser: s.pladser,
      belaegning: pctTilBroek(kandidat),
      takstenhed: s.takstenhed,
      dagePrAar,
    });
    if (igen !== null && tilOere(igen).eq(resultat)) {
      belVist = kandidat;
      break;
    }
  }
  const faktor = s.takstenhed === "Måned" ? " × 12 måneder" : s.takstenhed === "År" ? "" : ` × ${dagePrAar} dage`;
  const grundlagTekst = grundlag.decimalPlaces() <= 2 ? formaterKr(grundlag) : `${eksakt(grundlag, 2)} kr.`;
  return {
    tekst: `${grundlagTekst} ÷ (${eksakt(s.pladser, 0)} pladser × ${eksakt(belVist, 1)} %${faktor})`,
    resultat,
  };
}

/**
 * The takst this ydelse gets with another belægning (in percent), from the same grundlag and
 * pladser, rounded to øre: "med 95 % bliver taksten 2.432,88 kr." (issue 15 § 3). null when the
 * takst is not compared (a value missing, no single cost row, not recalculated).
 */
export function takstVedBelaegning(
  ctx: Pick<RegelKontekst, "skema" | "profil">,
  raekke: YdelseRaekke,
  belaegningPct: number,
): Dec | null {
  const s = sammenlignTakster(ctx).find((x) => x.raekke === raekke);
  if (!s) return null;
  const t = beregnetTakst({
    grundlag: s.grundlag,
    pladser: s.pladser,
    belaegning: pctTilBroek(belaegningPct),
    takstenhed: s.takstenhed,
    dagePrAar: ctx.profil.dagePrAar,
  });
  return t === null ? null : tilOere(t);
}
