/** Helpers shared by the tblResultater rules (§ 5.3, § 6.1.2). */
import { fordelResultat, senestIndregningsaar, type Resultatfordeling } from "../../beregning/overunderskud";
import type { Celle, ResultatRaekke, Takstskema } from "../../model";
import { NUL, type Dec } from "../../penge";
import type { Profil } from "../../profil/typer";

export const CITAT_5_3 =
  "Kommunale og regionale driftsherrer skal indregne tidligere års over- og underskud i taksten for ydelser og ydelsespakker i form af tillæg til eller reduktion af taksten.";
export const CITAT_HENSAET =
  "Kommunale og regionale driftsherrer kan beslutte, at overskud på op til 5 pct. af takstberegningsgrundlaget ikke indregnes i taksten i efterfølgende år, men i stedet hensættes til senere brug.";
export const CITAT_HENSAET_5_AAR = "Hensatte overskud skal anvendes inden for 5 år efter det år, overskuddet vedrører.";
export const CITAT_OVERSKUD_FRIST =
  "Den del af et eventuelt overskud, der overstiger 5 pct. af takstberegningsgrundlaget, skal for kommunale og regionale driftsherrer indregnes i taksten i form af en reduktion af taksten senest 2 år efter det år, overskuddet vedrører.";
export const CITAT_UNDERSKUD_5_PCT =
  "Underskud på op til 5 pct. af takstberegningsgrundlaget kan for kommunale og regionale driftsherrer ikke indregnes i taksten, men skal f.eks. dækkes ved effektivisering eller af tidligere hensatte overskud inden for driftsherrens samlede drift.";
export const CITAT_UNDERSKUD_FRIST =
  "Den del af et eventuelt underskud, der overstiger 5 pct. af takstberegningsgrundlaget, skal for kommunale og regionale driftsherrer indregnes i taksten i form af en takststigning senest 2 år efter det år, underskuddet vedrører.";
export const CITAT_NYT_TILBUD =
  "Endvidere kan driftsherren afskrive eventuelle driftstab fra første driftsår over en årrække på tre år frem for normalt et år.";

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

/** "regnskabsår + 2" or, for a nyt tilbud's første driftsår, "+ 3", in words the user can check. */
export function fristForklaring(frist: Frist, profil: Profil): string {
  return frist.nytTilbud
    ? `regnskabsåret + ${profil.overUnderskud.nytTilbudEfterAar} år, fordi det er et nyt tilbuds første driftsår`
    : `regnskabsåret + ${profil.overUnderskud.indregnesSenestEfterAar} år`;
}

/** Hensat/Indregnet: an empty cell is 0; null when unreadable or the column is missing. */
export function beloebEllerNul(c: Celle<Dec>): Dec | null {
  if (c.mangler || c.ulaeselig) return null;
  return c.vaerdi ?? (c.tom ? NUL : null);
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
