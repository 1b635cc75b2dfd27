/**
 * The Tillægsydelse calculator's state: the fields as typed, the numbers read from them, bilag 2's
 * calculation, the rules' checks as the user types and the row Indsæt would write.
 */
import * as React from "react";
import {
  alvorFor,
  antalUger,
  ataTimetakst,
  D,
  type Dec,
  findRegel,
  type NyTillaegsberegning,
  periodepris,
  type Profil,
  type RegelId,
  TIDSRUM,
  type TillaegRaekke,
  tillaegRaekkeForPar,
  timetakstNoegle,
  tjekDoegnkoefficient,
  tjekFravaer,
  tjekVfo,
  ugepris,
} from "../../../core";
import { laesDanskTal, tilInputTekst } from "../../faelles/tal";
import type { FeltTjek } from "../../komponenter/ProcentFelt";
import type { Indlaest } from "../../tilstand";
import { datoTilSerial, findDublet, prisAfvigerFraIndsat, tillaegKategorier, vurderPersondata } from "./logik";

export interface Felter {
  personalekategori: string;
  tidsrum: string;
  timeomkostning: string;
  fravaer: string;
  doegnkoefficient: string;
  vfo: string;
  timerPrUge: string;
  startdato: string;
  slutdato: string;
  beskrivelse: string;
}

export const TOMME: Felter = {
  personalekategori: "",
  tidsrum: TIDSRUM[0],
  timeomkostning: "",
  fravaer: "",
  doegnkoefficient: "",
  vfo: "",
  timerPrUge: "",
  startdato: "",
  slutdato: "",
  beskrivelse: "",
};

/** Two names as the rate lookup compares them (regler.md 2026.3 item 11). */
export function ens(a: string, b: string | null | undefined): boolean {
  return timetakstNoegle(b ?? "") === timetakstNoegle(a);
}

/** A number as typed (Danish decimal comma). Empty is no number, but not an error either. */
function talFelt(tekst: string): { tal: Dec | null; ugyldig: boolean } {
  if (tekst.trim() === "") return { tal: null, ugyldig: false };
  const tal = laesDanskTal(tekst);
  return { tal, ugyldig: tal === null };
}

/** Percent as typed (33 or "33 %") → fraction 0.33. Empty counts as 0. */
function pctFelt(tekst: string): { broek: Dec | null; ugyldig: boolean } {
  if (tekst.trim() === "") return { broek: new D(0), ugyldig: false };
  const { tal, ugyldig } = talFelt(tekst);
  return { broek: tal && tal.div(100), ugyldig };
}

function pctFraBroek(b: Dec | null): string {
  return b === null ? "" : tilInputTekst(b.times(100));
}

/** A tblTillaeg row's numbers as the fields show them. */
function tabellensTal(r: TillaegRaekke): Pick<Felter, "timeomkostning" | "fravaer" | "doegnkoefficient" | "vfo"> {
  return {
    timeomkostning: tilInputTekst(r.timeomkostning.vaerdi),
    fravaer: pctFraBroek(r.fravaer.vaerdi),
    doegnkoefficient: pctFraBroek(r.doegnkoefficient.vaerdi),
    vfo: pctFraBroek(r.vfo.vaerdi),
  };
}

export function useTillaegsberegning(indlaest: Indlaest | null, profil: Profil) {
  const [felter, setFelter] = React.useState<Felter>(TOMME);
  const saet = (k: keyof Felter) => (v: string) => setFelter((x) => ({ ...x, [k]: v }));

  const tabelRaekker: TillaegRaekke[] = indlaest?.skema.tillaeg?.raekker ?? [];
  const kategorier = tillaegKategorier(tabelRaekker);
  // The row whose rate the inserted row's formula and the rules use: the core's one lookup.
  const match = tillaegRaekkeForPar(tabelRaekker, felter.personalekategori, felter.tidsrum) ?? undefined;

  // Picking a combination from tblTillaeg fills in its numbers (the user may still change them).
  const forrigeMatch = React.useRef<TillaegRaekke | undefined>(undefined);
  React.useEffect(() => {
    if (match && match !== forrigeMatch.current) {
      setFelter((x) => ({ ...x, ...tabellensTal(match) }));
    }
    forrigeMatch.current = match;
  }, [match]);

  const { tal: timeomkostning, ugyldig: timeomkostningUgyldig } = talFelt(felter.timeomkostning);
  const fravaer = pctFelt(felter.fravaer);
  const doegn = pctFelt(felter.doegnkoefficient);
  const vfo = pctFelt(felter.vfo);
  const { tal: timer, ugyldig: timerUgyldig } = talFelt(felter.timerPrUge);
  const start = felter.startdato ? datoTilSerial(felter.startdato) : null;
  const slut = felter.slutdato ? datoTilSerial(felter.slutdato) : null;

  const ata =
    timeomkostning && fravaer.broek && doegn.broek && vfo.broek
      ? ataTimetakst({ timeomkostning, fravaer: fravaer.broek, doegnkoefficient: doegn.broek, vfo: vfo.broek })
      : null;
  const uge = ata && timer ? ugepris({ ataTimetakst: ata, timerPrUge: timer }) : null;
  const periodeOk = start !== null && slut !== null && slut >= start;
  const uger = periodeOk ? antalUger(start, slut) : null;
  const samlet = uge && periodeOk ? periodepris({ ugepris: uge, startdato: start, slutdato: slut }) : null;

  const afvigerFraTabel =
    match &&
    !(
      timeomkostning?.eq(match.timeomkostning.vaerdi ?? NaN) &&
      fravaer.broek?.eq(match.fravaer.vaerdi ?? 0) &&
      doegn.broek?.eq(match.doegnkoefficient.vaerdi ?? 0) &&
      vfo.broek?.eq(match.vfo.vaerdi ?? 0)
    );
  const brugTabellensTal = (): void => {
    if (!match) return;
    setFelter((x) => ({ ...x, ...tabellensTal(match) }));
  };

  // Bilag 2's rules as the user types, with the validator's own checks and the profile's severities.
  // The profile the validation uses (the workbook's only once accepted).
  const regelTjek = (id: RegelId, besked: string | null): FeltTjek | null => {
    const regel = findRegel(id);
    const alvor = regel ? alvorFor(regel, profil) : "fra";
    if (!besked || alvor === "fra") return null;
    return { besked, tilstand: alvor === "fejl" ? "error" : "warning" };
  };
  const vfoTjek = regelTjek("ata-vfo-over-5-pct", tjekVfo(vfo.broek, "", profil.tillaeg));
  const doegnTjek = regelTjek(
    "ata-doegnkoefficient-i-normaltid",
    tjekDoegnkoefficient(doegn.broek, felter.tidsrum, null, profil.tillaeg),
  );
  const fravaerTjek = regelTjek(
    "ata-fravaer-usandsynlig",
    felter.fravaer.trim() !== "" && fravaer.broek ? tjekFravaer(fravaer.broek, "", profil.tillaeg) : null,
  );

  // The price shown must be the price the inserted row's formulas give (they look up tblTillaeg).
  const prisAfviger =
    felter.personalekategori.trim() === ""
      ? null
      : prisAfvigerFraIndsat(indlaest?.skema.tillaeg?.raekker ?? null, felter.personalekategori, felter.tidsrum, ata);

  const persondata = vurderPersondata(felter.beskrivelse);
  const mangler: string[] = [];
  if (!felter.personalekategori.trim()) mangler.push("Personalekategori");
  if (timer === null || timer.isZero()) mangler.push("Timer pr. uge");
  if (start === null) mangler.push("Startdato");
  if (slut === null) mangler.push("Slutdato");

  // The row as it will be written: tblTillaeg's own spelling (the formula's lookup would find it either way).
  const raaTekst = (v: unknown, ellers: string): string => (typeof v === "string" && v.trim() ? v : ellers);
  const nyRaekke: NyTillaegsberegning | null =
    timer !== null && start !== null && slut !== null
      ? {
          beskrivelse: felter.beskrivelse.trim(),
          personalekategori: raaTekst(match?.personalekategori.raa, felter.personalekategori.trim()),
          tidsrum: raaTekst(match?.tidsrum.raa, felter.tidsrum),
          timerPrUge: timer.toNumber(),
          startdato: start,
          slutdato: slut,
        }
      : null;
  const dublet = nyRaekke ? findDublet(indlaest?.skema.tillaegsberegning?.raekker ?? [], nyRaekke) : null;

  // Everything but a running action: the component adds that.
  const klar = mangler.length === 0 && periodeOk && persondata?.art !== "cpr" && prisAfviger === null;

  return {
    felter,
    saet,
    kategorier,
    match,
    timeomkostning,
    timeomkostningUgyldig,
    fravaer,
    doegn,
    vfo,
    timer,
    timerUgyldig,
    start,
    slut,
    ata,
    uge,
    uger,
    samlet,
    afvigerFraTabel,
    brugTabellensTal,
    vfoTjek,
    doegnTjek,
    fravaerTjek,
    prisAfviger,
    persondata,
    mangler,
    klar,
    nyRaekke,
    dublet,
  };
}

export type Tillaegsberegning = ReturnType<typeof useTillaegsberegning>;
