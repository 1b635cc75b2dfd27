import type { Regel } from "../typer";
import pladsaendringUdenBegrundelse from "./pladsaendring-uden-begrundelse";
import pladsaendringKraeverGodkendelse from "./pladsaendring-kraever-godkendelse";
import takstaendringUdenBegrundelse from "./takstaendring-uden-begrundelse";
import takstloftOverskredet from "./takstloft-overskredet";
import takstAfvigerFraBeregning from "./takst-afviger-fra-beregning";
import takstBeregnetMed366Dage from "./takst-beregnet-med-366-dage";
import belaegningOver100 from "./belaegning-over-100";
import belaegningUnderMinimum from "./belaegning-under-minimum";
import belaegningUnderForventet from "./belaegning-under-forventet";
import belaegningNytTilbud from "./belaegning-nyt-tilbud";
import belaegningOverAnbefalet from "./belaegning-over-anbefalet";
import stoettetimerMangler from "./stoettetimer-mangler";
import sundhedsydelserIkkeAngivet from "./sundhedsydelser-ikke-angivet";
import enhedstakstUdenForRaadgivning from "./enhedstakst-uden-for-raadgivning";
import sidsteAarAfviger from "./sidste-aar-afviger-fra-godkendt";
import ydelseIkkeISidsteAarsBilag from "./ydelse-ikke-i-sidste-aars-bilag";

/** In catalogue order (REGEL_IDER). */
export const YDELSE_REGLER: readonly Regel[] = [
  pladsaendringUdenBegrundelse,
  pladsaendringKraeverGodkendelse,
  takstaendringUdenBegrundelse,
  takstloftOverskredet,
  takstAfvigerFraBeregning,
  takstBeregnetMed366Dage,
  belaegningOver100,
  belaegningUnderMinimum,
  belaegningUnderForventet,
  belaegningNytTilbud,
  belaegningOverAnbefalet,
  stoettetimerMangler,
  sundhedsydelserIkkeAngivet,
  enhedstakstUdenForRaadgivning,
  sidsteAarAfviger,
  ydelseIkkeISidsteAarsBilag,
];
