/** Helpers shared by the tillægsydelse rules (§ 5.4.7, bilag 2). */
import type { Celle } from "../../../model";
import { formaterTal } from "../../../format";
import { D, NUL, type Dec } from "../../../penge";

export const CITAT_VFO =
  "Således beregnes taksterne for tillægsydelse ikke som gennemsnitsomkostninger (da alle faste omkostninger samt henførte omkostninger er indregnet i taksten på hovedydelse), men som en marginalomkostning hvor der kan indarbejdes et tillæg på 5 % af marginalomkostningerne, der vedrører variable følgeomkostninger.";
export const CITAT_DOEGNKOEFFICIENT =
  "Døgnkoefficient (korrektionsfaktor – arbejdstidsbestemte tillæg) (d) døgnkoefficienten skal korrigeres for, hvorvidt tillægsydelsen leveres indenfor normal arbejdstid (hverdag fra klokken 06.00 – 17.00) eller i et andet tidsrum";
export const CITAT_HOEJERE_UDENFOR_NORMALTID =
  "Således bliver taksten på tillægsydelsen højere, hvis tillægsydelsen leveres udenfor normal arbejdstid (hverdage fra klokken 06.00 – 17.00).";
export const CITAT_FRAVAER =
  "Endvidere skal ATA-timetaksten korrigeres for fravær i forbindelse med ferie, fri- og søgnehellidage, sygdom, pauser og møder/kurser m.v.";
export const CITAT_DECIMALER = "NB: d og vfo indgår i formlen som decimaler – derfor plus en.";
export const CITAT_TIDSBEGRAENSET =
  "Tillægsydelser er tidsbegrænsede og ekstraordinære ydelser, der ligger udenfor det, der tilbydes indenfor hovedydelser.";
export const CITAT_PERSONALEKATEGORI =
  "Der skal derfor som minimum udregnes en takst pr. personalekategori. Personalekategorien skal fastsættes ud fra en rimelighedsbetragtning. Det er også nødvendigt at tage højde for, at der er forskel i omkostningerne til medarbejderen alt efter hvilket tidspunkt på døgnet tillægsydelsen leveres.";

/** Text compared as the rules compare it: trimmed, single spaces, case-insensitive. */
export function normaliser(s: string): string {
  return s.trim().replace(/\s+/g, " ").toLowerCase();
}

/** A percent cell as Excel's formula sees it: empty is 0; null when unreadable or the column is missing. */
export function broekSomExcel(c: Celle<Dec>): Dec | null {
  if (c.mangler || c.ulaeselig) return null;
  return c.vaerdi ?? (c.tom ? NUL : null);
}

/** A fraction in Danish decimals as bilag 2 writes it: 0,33; 0,25; 0,05 (more decimals only when there are). */
export function formaterDecimal(v: Dec): string {
  const d = new D(v);
  return formaterTal(d, Math.max(2, Math.min(6, d.decimalPlaces())));
}

/** "Socialpædagog, Hverdag 17-23" for messages. */
export function hvilken(personalekategori: string | null, tidsrum: string | null): string {
  return [personalekategori, tidsrum].filter((s) => s).join(", ");
}
