/** Helpers shared by the tblResultater rules (§ 5.3, § 6.1.2). */
import { fordelResultat, senestIndregningsaar, type Resultatfordeling } from "../../../beregning/overunderskud";
import type { Celle, ResultatRaekke, Takstskema } from "../../../model";
import { NUL, type Dec } from "../../../penge";
import type { Profil } from "../../../profil/typer";

/** Takstår from Stamdata, or null when it is missing or unreadable (the deadline rules then say nothing). */
export function takstaar(skema: Takstskema): number | null {
  return skema.stamdata?.felter.takstaar.vaerdi ?? null;
}

/** Stamdata says Nyt tilbud = Ja and Første driftsår = this Regnskabsår (§ 6.1.2). */
export function erNytTilbudsFoersteDriftsaar(skema: Takstskema, regnskabsaar: number): boolean {
  const f = skema.stamdata?.felter;
  if (!f) return false;
  return f.nytTilbud.vaerdi === "Ja" && f.foersteDriftsaar.vaerdi === regnskabsaar;
}

export interface Frist {
  aar: number;
  nytTilbud: boolean;
}

/**
 * The deadline for indregning. The extra year of § 6.1.2 is for a nyt tilbud's første
 * driftsår's *driftstab* ("afskrive eventuelle driftstab fra første driftsår over en årrække
 * på tre år"), so it applies to an underskud only; an overskud keeps § 5.3.1's 2 years.
 * The spec's catalogue says "+ 3 for a nyt tilbud's første driftsår" without the sign: the agreement wins.
 * An unknown sign (Resultat unreadable) gets the longer deadline, so nothing is reported on a guess.
 */
export function indregningsfrist(
  skema: Takstskema,
  profil: Profil,
  regnskabsaar: number,
  art: "overskud" | "underskud" | "nul" | null,
): Frist {
  const nytTilbud = art !== "overskud" && art !== "nul" && erNytTilbudsFoersteDriftsaar(skema, regnskabsaar);
  return { aar: senestIndregningsaar(regnskabsaar, profil, nytTilbud), nytTilbud };
}

/**
 * "regnskabsåret + 2 år" or, for a nyt tilbud's første-driftsår underskud, "+ 4" spread over
 * three takstår (§ 6.1.2 "over en årrække på tre år frem for normalt et år": + 2, + 3, + 4).
 */
export function fristForklaring(frist: FristData): string {
  const { efterAar: normal, nytTilbudEfterAar: nyt } = frist;
  return frist.nytTilbud
    ? `regnskabsåret + ${nyt} år, fordi det er et driftstab fra et nyt tilbuds første driftsår, der kan fordeles over takstårene regnskabsåret + ${normal} til + ${nyt}`
    : `regnskabsåret + ${normal} år`;
}

/** A deadline as a finding's data: the year and the profile's numbers `fristForklaring` words. */
export interface FristData extends Frist {
  efterAar: number;
  nytTilbudEfterAar: number;
}

export function fristData(frist: Frist, profil: Profil): FristData {
  const { indregnesSenestEfterAar: efterAar, nytTilbudEfterAar } = profil.overUnderskud;
  return { ...frist, efterAar, nytTilbudEfterAar };
}

/** Hensat/Indregnet: an empty cell is 0; null when unreadable or the column is missing. */
export function beloebEllerNul(c: Celle<Dec>): Dec | null {
  if (c.mangler || c.ulaeselig) return null;
  return c.vaerdi ?? (c.tom ? NUL : null);
}

/**
 * Why a row's Indregnet counts as not indregnet in any takst (regler.md 2026.3 item 7, § 5.3.1,
 * § 5.3.2: "ikke indregnes i taksten i efterfølgende år" … "senest 2 år efter": a later year's takst): Indregnet
 * above 0 with Indregnet i takstår empty ("mangler") or not after the Regnskabsår ("foer");
 * null when it counts (or cannot be judged: unreadable cells have their own finding).
 */
export function indregnetTaellesIkke(r: ResultatRaekke): "mangler" | "foer" | null {
  const indregnet = r.indregnet.vaerdi;
  if (indregnet === null || !indregnet.isPositive() || indregnet.isZero()) return null;
  const i = r.indregnetITakstaar;
  if (i.mangler || i.ulaeselig) return null;
  if (i.vaerdi === null) return "mangler";
  const aar = r.regnskabsaar.vaerdi;
  return aar !== null && i.vaerdi <= aar ? "foer" : null;
}

/**
 * The rows of one Ydelses-ID and Regnskabsår (§ 6.1.2: a result indregnet over several takstår
 * has one row per takstår). Resultat and Takstberegningsgrundlag repeat on each row (the first
 * readable row's count); Hensat and Indregnet are summed.
 */
export interface Resultatgruppe {
  id: string | undefined;
  regnskabsaar: number | null;
  raekker: ResultatRaekke[];
  /** The first row with a readable Resultat and grundlag. */
  hoved: ResultatRaekke;
  fordeling: Resultatfordeling | null;
  /** Sums over the rows (empty is 0); null when a cell is unreadable or the column is missing. */
  hensat: Dec | null;
  indregnet: Dec | null;
  sidste: ResultatRaekke;
}

const grupperCache = new WeakMap<object, { profil: Profil; ud: Resultatgruppe[] }>();

export function resultatgrupper(skema: Takstskema, profil: Profil): Resultatgruppe[] {
  const gemt = grupperCache.get(skema);
  if (gemt && gemt.profil === profil) return gemt.ud;
  const efterNoegle = new Map<string, ResultatRaekke[]>();
  for (const r of skema.resultater?.raekker ?? []) {
    const id = r.ydelsesId.vaerdi;
    const aar = r.regnskabsaar.vaerdi;
    // Without an ID or a year a row cannot be matched with others: it stands alone.
    const noegle = id && aar !== null ? `${id.trim().toUpperCase()}\u0000${aar}` : `raekke\u0000${r.raekke}`;
    efterNoegle.set(noegle, [...(efterNoegle.get(noegle) ?? []), r]);
  }
  const ud: Resultatgruppe[] = [];
  for (const raekker of efterNoegle.values()) {
    const hoved = raekker.find((r) => r.resultat.vaerdi !== null && r.grundlag.vaerdi !== null) ?? raekker[0];
    const sum = (key: "hensat" | "indregnet"): Dec | null => {
      let s = NUL;
      for (const r of raekker) {
        const v = beloebEllerNul(r[key]);
        if (v === null) return null;
        s = s.plus(v);
      }
      return s;
    };
    ud.push({
      id: idAf(hoved),
      regnskabsaar: hoved.regnskabsaar.vaerdi,
      raekker,
      hoved,
      fordeling: fordeling(hoved, profil),
      hensat: sum("hensat"),
      indregnet: sum("indregnet"),
      sidste: raekker[raekker.length - 1],
    });
  }
  grupperCache.set(skema, { profil, ud });
  return ud;
}

/**
 * " (i alt over 3 rækker)" when a group has several rows, for messages; `slut` is added after it
 * (an amount in kroner already ends a sentence with "kr.").
 */
export function iAlt(raekker: number, slut = ""): string {
  return raekker > 1 ? ` (i alt over ${raekker} rækker)${slut}` : "";
}

/** The row's result split at the profile's grænse; null when Resultat or Takstberegningsgrundlag is unknown. */
export function fordeling(r: ResultatRaekke, profil: Profil): Resultatfordeling | null {
  const resultat = r.resultat.vaerdi;
  const grundlag = r.grundlag.vaerdi;
  if (resultat === null || grundlag === null) return null;
  return fordelResultat({ resultat, grundlag, graensePct: profil.overUnderskud.graensePct });
}

/** The row's Ydelses-ID as a finding carries it ("*" for the whole tilbud). */
export function idAf(r: ResultatRaekke): string | undefined {
  return r.ydelsesId.vaerdi ?? undefined;
}

/** "for A1-108" / "for hele tilbuddet" / "". */
export function forHvem(id: string | undefined): string {
  if (!id) return "";
  return id === "*" ? " for hele tilbuddet" : ` for ${id}`;
}
