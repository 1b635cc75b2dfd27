/**
 * The calculations the ydelse rules rest on (docs/regler.md, "Begreber"): beregnet takst,
 * takstændring, pladsændring, tilstrækkelig begrundelse, kort forløb, botilbud.
 * Pure functions on Decimal; nothing here reads a workbook.
 */
import { D, EN, pctTilBroek, tilOere, type Dec } from "../penge";
import type { Profil } from "../profil/typer";

// ---------------------------------------------------------------- Beregnet takst

/** Takstenheder whose takst is recalculated from the grundlag and the belægning. */
const TAKSTENHED_DIVISOR: Record<string, "dage" | "maaneder" | "aar"> = {
  døgn: "dage",
  dag: "dage",
  måned: "maaneder",
  år: "aar",
};

function enhedsnoegle(takstenhed: string | null | undefined): string {
  return (takstenhed ?? "").trim().toLowerCase();
}

/** Døgn, Dag, Måned, År: the belægning enters the takst (Time, Stk., Trækningsret: it does not). */
export function brugerBelaegning(takstenhed: string | null | undefined): boolean {
  return enhedsnoegle(takstenhed) in TAKSTENHED_DIVISOR;
}

/** Døgn or Dag: the takst depends on the number of days in the year. */
export function erDagsenhed(takstenhed: string | null | undefined): boolean {
  return TAKSTENHED_DIVISOR[enhedsnoegle(takstenhed)] === "dage";
}

/**
 * Taksttyper without a takst formula: § 5.4.2 (no predefined takst), § 4.2.2 (trækningsret) and
 * § 4.1's enhedstakst, priced per delivered unit whatever its Takstenhed (regler.md 2026.3 point 1).
 */
const IKKE_GENBEREGNET_TAKSTTYPE = new Set(["individuelt forhandlet", "trækningsret", "enhedstakst"]);

/**
 * Taksttype `Enhedstakst` (§ 4.1: "For rådgivningsydelser vil det være muligt at opkræve en
 * enhedstakst (f.eks. en time- eller dagstakst)"): no Pladser, Belægningsprocent or belægning rule.
 */
export function erEnhedstakst(taksttype: string | null | undefined): boolean {
  return enhedsnoegle(taksttype) === "enhedstakst";
}

/** Taksttype `Individuelt forhandlet` (§ 5.4.2: "der er ikke foruddefinerede takster"). */
export function erIndividueltForhandlet(taksttype: string | null | undefined): boolean {
  return enhedsnoegle(taksttype) === "individuelt forhandlet";
}

/**
 * Whether the takst is recalculated from grundlag, pladser and belægning (regler.md
 * "Beregnet takst"): Døgn, Dag, Måned or År; not Individuelt forhandlet, Trækningsret or Enhedstakst;
 * not a ydelse with Pladser 0 (closing, § 6.2). Only then are Belægningsprocent and a
 * tblOmkostninger row required. An unknown taksttype or pladser does not stop it.
 */
export function takstGenberegnes(r: {
  takstenhed: string | null | undefined;
  taksttype: string | null | undefined;
  pladser: Dec | null | undefined;
}): boolean {
  if (!brugerBelaegning(r.takstenhed)) return false;
  if (IKKE_GENBEREGNET_TAKSTTYPE.has(enhedsnoegle(r.taksttype))) return false;
  return !(r.pladser && r.pladser.isZero());
}

export interface TakstGrundlag {
  grundlag: Dec;
  pladser: Dec;
  /** Fraction: 96 % → 0.96. */
  belaegning: Dec;
  takstenhed: string;
  dagePrAar: number;
}

/**
 * Takstberegningsgrundlag ÷ (Pladser × Belægning × dagePrAar) for Døgn/Dag, ÷ (… × 12) for
 * Måned, ÷ (Pladser × Belægning) for År. Unrounded: callers compare in øre.
 * null for Time, Stk., Trækningsret (not recalculated) and when the divisor is not above 0.
 */
export function beregnetTakst({ grundlag, pladser, belaegning, takstenhed, dagePrAar }: TakstGrundlag): Dec | null {
  const art = TAKSTENHED_DIVISOR[enhedsnoegle(takstenhed)];
  if (!art) return null;
  const faktor = art === "dage" ? new D(dagePrAar) : art === "maaneder" ? new D(12) : EN;
  const divisor = pladser.times(belaegning).times(faktor);
  if (!divisor.isFinite() || divisor.lte(0)) return null;
  return grundlag.div(divisor);
}

/** max(tolerance.takstKr, tolerance.takstPct % of the beregnet takst), in kr. */
export function takstTolerance(beregnet: Dec, tolerance: Profil["tolerance"]): Dec {
  const kr = new D(tolerance.takstKr);
  const pct = beregnet.abs().times(pctTilBroek(tolerance.takstPct));
  return D.max(kr, pct);
}

/** Takst and beregnet takst agree within the tolerance, compared in øre (rounded half away from zero). */
export function indenforTolerance(takst: Dec, beregnet: Dec, tolerance: Profil["tolerance"]): boolean {
  const forskel = tilOere(takst).minus(tilOere(beregnet)).abs();
  return forskel.lte(tilOere(takstTolerance(beregnet, tolerance)));
}

// ---------------------------------------------------------------- Takstændring

export interface Takstaendring {
  /** Takst − Takst sidste år, kr. */
  kr: Dec;
  /** Takst / Takst sidste år − 1 (fraction). */
  broek: Dec;
  /**
   * The change measured against the profile's yardstick: `broek` for "nominel";
   * for "ud_over_pl" `broek − plFremskrivningPct/100` (the change beyond PL).
   */
  maalt: Dec;
  /** |maalt| above takstaendring.vaesentligPct. */
  vaesentlig: boolean;
}

/**
 * Væsentlig takstændring (docs/regler.md, "Begreber"). null when no change can be computed: a takst missing,
 * or Takst sidste år empty or 0.
 *
 * With maalestok "ud_over_pl" the change is reduced by the PL-fremskrivning: +7 % with PL 3 %
 * is 4 % beyond PL. A decrease is measured the same way (−2 % with PL 3 % is −5 % against the
 * PL-fremskrevne takst), because a takst that falls while prices rise moves further from
 * what PL alone gives, and 5.5.2 asks for a reason at "takstfald/takststigning" alike.
 * A missing plFremskrivningPct counts as 0 (the change is then nominal).
 */
export function takstaendring({
  takst,
  takstSidsteAar,
  profil,
}: {
  takst: Dec | null | undefined;
  takstSidsteAar: Dec | null | undefined;
  profil: Pick<Profil, "takstaendring">;
}): Takstaendring | null {
  if (!takst || !takstSidsteAar || takstSidsteAar.isZero()) return null;
  const kr = takst.minus(takstSidsteAar);
  const broek = takst.div(takstSidsteAar).minus(1);
  const { maalestok, plFremskrivningPct, vaesentligPct } = profil.takstaendring;
  const maalt = maalestok === "ud_over_pl" ? broek.minus(pctTilBroek(plFremskrivningPct ?? 0)) : broek;
  return { kr, broek, maalt, vaesentlig: maalt.abs().gt(pctTilBroek(vaesentligPct)) };
}

// ---------------------------------------------------------------- Pladsændring

/** Both Pladser sidste år and Pladser are filled in and differ. */
export function erPladsaendring(pladserSidsteAar: Dec | null | undefined, pladser: Dec | null | undefined): boolean {
  return !!pladserSidsteAar && !!pladser && !pladserSidsteAar.eq(pladser);
}

// ---------------------------------------------------------------- Begrundelse

export type BegrundelseMangel = "aarsag" | "tom" | "kort" | "intetsigende";

/** Lower-case, trimmed, inner spaces collapsed. */
function normaliser(tekst: string): string {
  return tekst.trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * What keeps a justification from being tilstrækkelig (empty list: it is).
 * Årsag must be filled in; Bemærkninger, trimmed, must have at least begrundelse.minTegn
 * characters, must not be one of the profile's empty phrases (case-insensitive, also with a
 * trailing full stop, e.g. "Ingen bemærkninger.") and must not be only punctuation/spaces.
 */
export function begrundelseMangler(
  aarsag: string | null | undefined,
  bemaerkninger: string | null | undefined,
  profil: Pick<Profil, "begrundelse">,
): BegrundelseMangel[] {
  const mangler: BegrundelseMangel[] = [];
  if (!aarsag || aarsag.trim() === "") mangler.push("aarsag");
  return [...mangler, ...bemaerkningerMangler(bemaerkninger, profil)];
}

/** Bemærkninger's part of a tilstrækkelig begrundelse (no Årsag): empty list when it explains enough. */
export function bemaerkningerMangler(
  bemaerkninger: string | null | undefined,
  profil: Pick<Profil, "begrundelse">,
): Exclude<BegrundelseMangel, "aarsag">[] {
  const tekst = (bemaerkninger ?? "").trim();
  if (/^[\p{P}\p{S}\s]*$/u.test(tekst)) return ["tom"];
  const norm = normaliser(tekst);
  // A loop, not /[.!]+$/: that regex is quadratic on a long run of "." not at the end.
  let slut = norm.length;
  while (slut > 0 && (norm[slut - 1] === "." || norm[slut - 1] === "!")) slut--;
  const udenPunktum = norm.slice(0, slut).trim();
  const tomme = new Set(profil.begrundelse.intetsigende.map(normaliser));
  if (tomme.has(norm) || tomme.has(udenPunktum)) return ["intetsigende"];
  if ([...tekst].length < profil.begrundelse.minTegn) return ["kort"];
  return [];
}

export function harTilstraekkeligBegrundelse(
  aarsag: string | null | undefined,
  bemaerkninger: string | null | undefined,
  profil: Pick<Profil, "begrundelse">,
): boolean {
  return begrundelseMangler(aarsag, bemaerkninger, profil).length === 0;
}

// ---------------------------------------------------------------- Tilbud

const KORTE_FORLOEB = new Set(["aflastning", "akuttilbud", "kort forløb"]);

/** Tilbudsform Aflastning, Akuttilbud or Kort forløb (§ 5.2: minimum 90 %). */
export function erKortForloeb(tilbudsform: string | null | undefined): boolean {
  return !!tilbudsform && KORTE_FORLOEB.has(normaliser(tilbudsform));
}

/**
 * § 5.2's "dag- og døgntilbud" is the kind of tilbud, not the takst's unit (regler.md 2026.3
 * point 2, "Dag- og døgntilbud"): a recalculated ydelse whose Tilbudsform is Døgntilbud or
 * Dagtilbud, or, when the Tilbudsform is Andet, empty or unreadable (null), whose Takstenhed is
 * Døgn or Dag. Never Rådgivning or a kort forløb-tilbud (which has its own 90 %).
 */
export function erDagOgDoegntilbud(r: {
  tilbudsform: string | null | undefined;
  takstenhed: string | null | undefined;
  taksttype: string | null | undefined;
  pladser: Dec | null | undefined;
}): boolean {
  if (!takstGenberegnes(r)) return false;
  const form = normaliser(r.tilbudsform ?? "");
  if (form === "døgntilbud" || form === "dagtilbud") return true;
  if (form === "" || form === "andet") return erDagsenhed(r.takstenhed);
  return false;
}

type Lov = "SEL" | "BL" | "andet";

const LOVE: [RegExp, Lov][] = [
  [/\b(sel|servicelov\w*|lov om social service)\b/giu, "SEL"],
  [/\b(bl|barnets lov)\b/giu, "BL"],
  // Other laws a Paragraf may cite (e.g. ABL § 105, almenboligloven): not a botilbud by number.
  [/\b(abl|almenboliglov\w*|sul|sundhedslov\w*)\b/giu, "andet"],
];

interface LovNaevn {
  lov: Lov;
  start: number;
  slut: number;
}

function lovnaevn(tekst: string): LovNaevn[] {
  const fundne: LovNaevn[] = [];
  for (const [re, lov] of LOVE) {
    re.lastIndex = 0;
    for (let m = re.exec(tekst); m; m = re.exec(tekst))
      fundne.push({ lov, start: m.index, slut: m.index + m[0].length });
  }
  return fundne.sort((a, b) => a.start - b.start);
}

// § 5.5.3 "botilbud efter Serviceloven": SEL § 107 (midlertidigt) and § 108 (længerevarende).
// BL § 43 døgninstitutioner and ABL § 105 housing are not botilbud efter Serviceloven.
const BOTILBUD: Record<Exclude<Lov, "andet">, number[]> = { SEL: [107, 108], BL: [] };

// § 7.4 "krisecentre, forsorgstilbud eller misbrugstilbud": SEL § 101 (stofmisbrug), § 109
// (krisecentre) and § 110 (forsorgshjem) (regler.md 2026.3, "Særligt tilbud").
const SAERLIGE_TILBUD: Record<Exclude<Lov, "andet">, number[]> = { SEL: [101, 109, 110], BL: [] };

/**
 * The Paragraf mentions SEL § 107 or § 108: "SEL §108", "Servicelovens § 108",
 * "§ 108 (SEL)", "SEL §§ 107 og 108". A § without a law's name is taken at its number
 * (the skemaer are the social area's). "§ 1080", "§ 104", "BL § 43" or "ABL § 105" are not botilbud.
 */
export function erBotilbud(paragraf: string | null | undefined): boolean {
  return naevnerParagraf(paragraf, BOTILBUD);
}

/** A særligt tilbud (§ 7.4): the Paragraf mentions SEL § 101, § 109 or § 110, read as erBotilbud reads it. */
export function erSaerligtTilbud(paragraf: string | null | undefined): boolean {
  return naevnerParagraf(paragraf, SAERLIGE_TILBUD);
}

function naevnerParagraf(paragraf: string | null | undefined, tabel: Record<Exclude<Lov, "andet">, number[]>): boolean {
  if (!paragraf) return false;
  const tekst = paragraf.replace(/[\u00a0\u202f]/g, " ");
  // Law mentions are disjoint and sorted by start, hence also by end: one forward pointer
  // each finds the law before and after every §, so a long Paragraf costs linear time
  // (4.680 laws and § in 32.760 characters took 0,1 s per cell with a scan per §).
  const naevn = lovnaevn(tekst);
  let foerIdx = -1; // the last law ending at or before the current § start
  let efterIdx = 0; // the first law starting at or after the current § end
  let forrigeSlut = 0;
  const henvisninger = tekst.matchAll(/§{1,2}\s*(\d+(?:\s*(?:,|og|eller|-|–|\/)\s*\d+)*)/gu);
  let m = henvisninger.next();
  while (!m.done) {
    const start = m.value.index ?? 0;
    const slut = start + m.value[0].length;
    const naeste = henvisninger.next();
    const naesteStart = naeste.done ? tekst.length : (naeste.value.index ?? tekst.length);
    while (foerIdx + 1 < naevn.length && naevn[foerIdx + 1].slut <= start) foerIdx++;
    while (efterIdx < naevn.length && naevn[efterIdx].start < slut) efterIdx++;
    // The law named right before the § (after the previous §), else right after it.
    const tidligere = foerIdx >= 0 ? naevn[foerIdx] : undefined;
    const foer = tidligere && tidligere.start >= forrigeSlut ? tidligere : undefined;
    const kandidat = naevn[efterIdx];
    const efter = kandidat && kandidat.slut <= naesteStart ? kandidat : undefined;
    // "SEL § 85, § 107": a bare § keeps the law named earlier.
    const lov = foer?.lov ?? efter?.lov ?? tidligere?.lov ?? null;
    if (lov !== "andet") {
      // The digits must stand alone: "§ 1080" must not read as 108 (\d+ already takes all digits).
      const numre = (m.value[1].match(/\d+/g) ?? []).map(Number);
      if (numre.some((n) => tabel[lov ?? "SEL"].includes(n))) return true;
    }
    forrigeSlut = slut;
    m = naeste;
  }
  return false;
}

// ---------------------------------------------------------------- Nyt tilbud

/**
 * The belægning a new tilbud budgets in its første driftsår (§ 6.1.2: "svarende til den
 * forventede belægningsprocent"): expected borgere ÷ pladser, as a fraction, unrounded
 * (round only for display: 8 of 12 → 66,7 %). null when pladser is not above 0.
 */
export function forventetBelaegning(borgere: number | Dec, pladser: number | Dec): Dec | null {
  const p = new D(pladser);
  if (!p.isFinite() || p.lte(0)) return null;
  return new D(borgere).div(p);
}
