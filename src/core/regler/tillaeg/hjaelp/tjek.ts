/**
 * The core checks of the ATA rules (bilag 2) as pure functions, shared by the rules and the
 * task pane's calculator, which checks the same things as the user types. Each check returns
 * the finding's data, or null when the value is within the agreement; the message functions
 * word it (the rules' `beskeder`), and `tjek…` gives the pane the text at once.
 */
import { formaterGraensePct, formaterPctBroekMod } from "../../../format";
import { pctTilBroek, type Dec } from "../../../penge";
import type { Profil } from "../../../profil/typer";
import { hvilken, normaliser } from "./faelles";

type Graenser = Profil["tillaeg"];

const forHvem = (hvem: string | null | undefined): string => (hvem ? ` for ${hvem}` : "");

export interface VfoData {
  hvem: string;
  vfo: Dec;
  maxPct: number;
}

/** ata-vfo-over-5-pct: vfo above the profile's maximum (5 % of the marginal cost, § 5.4.7). */
export function vfoOverMax(vfo: Dec | null, hvem: string, g: Graenser): VfoData | null {
  if (vfo === null || !vfo.gt(pctTilBroek(g.vfoMaxPct))) return null;
  return { hvem, vfo, maxPct: g.vfoMaxPct };
}

export const vfoBesked = (d: VfoData): string =>
  `Variable følgeomkostninger${forHvem(d.hvem)} er ${formaterPctBroekMod(d.vfo, d.maxPct)}, men højst ${formaterGraensePct(d.maxPct)} må lægges til ` +
  "timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen.";

export function tjekVfo(vfo: Dec | null, hvem: string, g: Graenser): string | null {
  const d = vfoOverMax(vfo, hvem, g);
  return d && vfoBesked(d);
}

export interface DoegnkoefficientData {
  kategori?: string;
  tidsrum: string;
  doegnkoefficient: Dec;
}

/** ata-doegnkoefficient-i-normaltid: a positive døgnkoefficient in the profile's normal working hours. */
export function doegnkoefficientINormaltid(
  d: Dec | null,
  tidsrum: string | null,
  kategori: string | null,
  g: Graenser,
): DoegnkoefficientData | null {
  if (tidsrum === null || d === null || normaliser(tidsrum) !== normaliser(g.normaltid)) return null;
  if (!d.isPositive() || d.isZero()) return null;
  return { ...(kategori ? { kategori } : {}), tidsrum, doegnkoefficient: d };
}

export const doegnkoefficientBesked = (d: DoegnkoefficientData): string =>
  `Døgnkoefficienten${forHvem(d.kategori)} i tidsrummet ${d.tidsrum} er ${formaterPctBroekMod(d.doegnkoefficient, 0)}, men ${d.tidsrum} er normal arbejdstid, ` +
  "hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet.";

export function tjekDoegnkoefficient(
  d: Dec | null,
  tidsrum: string | null,
  kategori: string | null,
  g: Graenser,
): string | null {
  const data = doegnkoefficientINormaltid(d, tidsrum, kategori, g);
  return data && doegnkoefficientBesked(data);
}

export interface FravaerData {
  hvem: string;
  fravaer: Dec;
  minPct: number;
  maxPct: number;
}

/** ata-fravaer-usandsynlig: a fraværskorrektion outside the profile's likely interval (10–50 %). */
export function fravaerUdenForInterval(fravaer: Dec, hvem: string, g: Graenser): FravaerData | null {
  if (fravaer.gte(pctTilBroek(g.fravaerMinPct)) && fravaer.lte(pctTilBroek(g.fravaerMaxPct))) return null;
  return { hvem, fravaer, minPct: g.fravaerMinPct, maxPct: g.fravaerMaxPct };
}

export const fravaerBesked = (d: FravaerData): string =>
  `Fraværskorrektionen${forHvem(d.hvem)} er ${formaterPctBroekMod(d.fravaer, [d.minPct, d.maxPct])}, uden for det sandsynlige interval ${fravaerInterval({ fravaerMinPct: d.minPct, fravaerMaxPct: d.maxPct })} ` +
  "(ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten.";

export function tjekFravaer(fravaer: Dec, hvem: string, g: Graenser): string | null {
  const d = fravaerUdenForInterval(fravaer, hvem, g);
  return d && fravaerBesked(d);
}

/** "10 %–50 %" from the profile. */
export function fravaerInterval(g: Pick<Graenser, "fravaerMinPct" | "fravaerMaxPct">): string {
  return `${formaterGraensePct(g.fravaerMinPct)}–${formaterGraensePct(g.fravaerMaxPct)}`;
}

export { hvilken };
