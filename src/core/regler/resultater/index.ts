import type { Regel } from "../typer";
import overskudHensatOver5Pct from "./overskud-hensat-over-5-pct";
import resultatFordelingUgyldig from "./resultat-fordeling-ugyldig";
import resultatDobbelt from "./resultat-dobbelt";
import overskudIkkeIndregnet from "./overskud-ikke-indregnet";
import underskudUnder5PctIndregnet from "./underskud-under-5-pct-indregnet";
import underskudIkkeIndregnet from "./underskud-ikke-indregnet";
import indregningForSent from "./indregning-for-sent";
import hensaettelseUdloebet from "./hensaettelse-udloebet";
import reguleringStemmerIkke from "./regulering-stemmer-ikke";

export const RESULTAT_REGLER: readonly Regel[] = [
  overskudHensatOver5Pct,
  resultatFordelingUgyldig,
  resultatDobbelt,
  overskudIkkeIndregnet,
  underskudUnder5PctIndregnet,
  underskudIkkeIndregnet,
  indregningForSent,
  hensaettelseUdloebet,
  reguleringStemmerIkke,
];
