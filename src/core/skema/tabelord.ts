/**
 * A contract table in words for messages ("tabellen over ATA-timetakster på arket
 * Tillægsydelser"): what the user sees never names a table by its Excel name (issue 20 § 2).
 */
import { ALLE_TABELLER } from "./tabeller";

/** What each contract table holds, by its name in lower case. */
export const TABEL_INDHOLD: Readonly<Record<string, string>> = {
  tblstamdata: "stamdata",
  tblydelser: "ydelser",
  tblomkostninger: "omkostninger",
  tblresultater: "over- og underskud",
  tbltillaeg: "ATA-timetakster",
  tbltillaegfastpris: "tillægsydelser til fast pris",
  tbltillaegsberegning: "beregnede tillægsydelser",
  tbltakstbilag: "takster",
};

/**
 * "tabellen over ydelser på arket Ydelser"; a table outside the contract as "tabellen <navn>".
 * `udenArk` leaves the sheet out where the message names it already; `stort` starts a sentence.
 */
export function tabelOrd(navn: string, opts: { udenArk?: boolean; stort?: boolean } = {}): string {
  const def = ALLE_TABELLER.find((t) => t.navn.toLowerCase() === navn.toLowerCase());
  const indhold = TABEL_INDHOLD[navn.toLowerCase()];
  const ord =
    def && indhold ? `tabellen over ${indhold}${opts.udenArk ? "" : ` på arket ${def.ark}`}` : `tabellen ${navn}`;
  return opts.stort ? ord.charAt(0).toUpperCase() + ord.slice(1) : ord;
}
