/**
 * Over- og underskud (§ 5.3, § 6.1.2): how much of a year's result may stay out of the takst
 * and how much must be indregnet, and by which takstår.
 */
import { D, NUL, dec, pctTilBroek, tilOere, type Dec } from "../penge";
import type { Profil } from "../profil/typer";

export interface Resultatfordeling {
  art: "overskud" | "underskud" | "nul";
  /** The result's size, always ≥ 0. */
  beloeb: Dec;
  /** graensePct % of the takstberegningsgrundlag, rounded to øre (a negative grundlag gives 0). */
  graense: Dec;
  /** Overskud: the most that may be hensat (§ 5.3.1). 0 for an underskud. */
  maxHensat: Dec;
  /** Underskud: the most that may stay out of the takst (§ 5.3.2). 0 for an overskud. */
  maxIkkeIndregnet: Dec;
  /** The part above the grænse, which must be indregnet (as a reduction for an overskud, an increase for an underskud). */
  skalIndregnes: Dec;
}

/**
 * Splits a result (+ overskud, − underskud) at graensePct % of the grundlag.
 * § 5.3's example: overskud 770.000 of 8.000.000 → højst 400.000 hensat, 370.000 indregnet.
 */
export function fordelResultat(input: {
  resultat: Dec | number;
  grundlag: Dec | number;
  graensePct: number;
}): Resultatfordeling {
  const resultat = dec(input.resultat);
  const grundlag = D.max(dec(input.grundlag), NUL);
  const graense = tilOere(grundlag.times(pctTilBroek(input.graensePct)));
  const beloeb = resultat.abs();
  const inden = D.min(beloeb, graense);
  const over = D.max(beloeb.minus(graense), NUL);
  const art = resultat.isZero() ? "nul" : resultat.isPositive() ? "overskud" : "underskud";
  return {
    art,
    beloeb,
    graense,
    maxHensat: art === "overskud" ? inden : NUL,
    maxIkkeIndregnet: art === "underskud" ? inden : NUL,
    skalIndregnes: art === "nul" ? NUL : over,
  };
}

/**
 * The last takstår in which a result must be indregnet: Regnskabsår + 2 (§ 5.3.1, § 5.3.2),
 * or + 3 for a nyt tilbud's første driftsår (§ 6.1.2: "over en årrække på tre år").
 */
export function senestIndregningsaar(
  regnskabsaar: number,
  profil: Pick<Profil, "overUnderskud">,
  nytTilbudFoersteDriftsaar: boolean,
): number {
  const ou = profil.overUnderskud;
  return regnskabsaar + (nytTilbudFoersteDriftsaar ? ou.nytTilbudEfterAar : ou.indregnesSenestEfterAar);
}

/** The last takstår a hensat overskud may still be used: Regnskabsår + hensaettelseAar (§ 5.3.1, "inden for 5 år"). */
export function senestAnvendelsesaar(regnskabsaar: number, profil: Pick<Profil, "overUnderskud">): number {
  return regnskabsaar + profil.overUnderskud.hensaettelseAar;
}
