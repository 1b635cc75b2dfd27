/**
 * The core checks of the ATA rules (bilag 2) as pure functions, shared by the rules and the
 * task pane's calculator, which checks the same things as the user types. Each returns the
 * finding's message, or null when the value is within the agreement.
 */
import { formaterGraensePct, formaterPctBroekMod } from "../../../format";
import { pctTilBroek, type Dec } from "../../../penge";
import type { Profil } from "../../../profil/typer";
import { hvilken, normaliser } from "./faelles";

type Graenser = Profil["tillaeg"];

/** ata-vfo-over-5-pct: vfo above the profile's maximum (5 % of the marginal cost, § 5.4.7). */
export function tjekVfo(vfo: Dec | null, hvem: string, g: Graenser): string | null {
  if (vfo === null || !vfo.gt(pctTilBroek(g.vfoMaxPct))) return null;
  return (
    `Variable følgeomkostninger${hvem ? ` for ${hvem}` : ""} er ${formaterPctBroekMod(vfo, g.vfoMaxPct)}, men højst ${formaterGraensePct(g.vfoMaxPct)} må lægges til ` +
    "timeomkostningen. Sæt Variable følgeomkostninger ned til grænsen."
  );
}

/** ata-doegnkoefficient-i-normaltid: a positive døgnkoefficient in the profile's normal working hours. */
export function tjekDoegnkoefficient(
  d: Dec | null,
  tidsrum: string | null,
  kategori: string | null,
  g: Graenser,
): string | null {
  if (tidsrum === null || d === null || normaliser(tidsrum) !== normaliser(g.normaltid)) return null;
  if (!d.isPositive() || d.isZero()) return null;
  return (
    `Døgnkoefficienten${kategori ? ` for ${kategori}` : ""} i tidsrummet ${tidsrum} er ${formaterPctBroekMod(d, 0)}, men ${tidsrum} er normal arbejdstid, ` +
    "hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet."
  );
}

/** ata-fravaer-usandsynlig: a fraværskorrektion outside the profile's likely interval (10–50 %). */
export function tjekFravaer(fravaer: Dec, hvem: string, g: Graenser): string | null {
  if (fravaer.gte(pctTilBroek(g.fravaerMinPct)) && fravaer.lte(pctTilBroek(g.fravaerMaxPct))) return null;
  return (
    `Fraværskorrektionen${hvem ? ` for ${hvem}` : ""} er ${formaterPctBroekMod(fravaer, [g.fravaerMinPct, g.fravaerMaxPct])}, uden for det sandsynlige interval ${fravaerInterval(g)} ` +
    "(ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten."
  );
}

/** "10 %–50 %" from the profile. */
export function fravaerInterval(g: Graenser): string {
  return `${formaterGraensePct(g.fravaerMinPct)}–${formaterGraensePct(g.fravaerMaxPct)}`;
}

export { hvilken };
