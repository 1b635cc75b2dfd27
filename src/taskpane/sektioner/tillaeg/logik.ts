/**
 * The Tillægsydelse section's logic: the rate lookup the calculator shares with the rules, the
 * duplicate and price checks before Indsæt, dates and the personal-data check of Beskrivelse.
 * No React, tested in Node.
 */
import {
  ataTimetakst,
  datoTilSerial as kalenderdatoTilSerial,
  type Dec,
  formaterKalenderdato,
  formaterKr,
  type NyTillaegsberegning,
  serialTilDato,
  serialTilUtcDato,
  type TillaegRaekke,
  tillaegRaekkerForPar,
  type TillaegsberegningRaekke,
  tilOere,
  timetakstNoegle,
} from "../../../core";
import { indeholderCpr, vis } from "../../faelles/tekst";

/** Two names as the rate lookup compares them (regler.md 2026.3 item 11). */
function ensTekst(a: string | null | undefined, b: string | null | undefined): boolean {
  return timetakstNoegle(a ?? "") === timetakstNoegle(b ?? "");
}

/** A row of tblTillaegsberegning that Indsæt would repeat: same personalekategori, tidsrum, timer and period. */
export function findDublet(
  raekker: readonly TillaegsberegningRaekke[],
  ny: NyTillaegsberegning,
): TillaegsberegningRaekke | null {
  return (
    raekker.find(
      (r) =>
        ensTekst(r.personalekategori.vaerdi, ny.personalekategori) &&
        ensTekst(r.tidsrum.vaerdi, ny.tidsrum) &&
        r.timerPrUge.vaerdi !== null &&
        r.timerPrUge.vaerdi.eq(ny.timerPrUge) &&
        r.startdato.vaerdi === ny.startdato &&
        r.slutdato.vaerdi === ny.slutdato,
    ) ?? null
  );
}

/** A tblTillaeg row's ATA-timetakst: the cell's value, else its parts through the same formula. */
function tabellensSats(r: TillaegRaekke): Dec | null {
  return (
    r.ataTimetakst.vaerdi ??
    (r.timeomkostning.vaerdi
      ? ataTimetakst({
          timeomkostning: r.timeomkostning.vaerdi,
          fravaer: r.fravaer.vaerdi,
          doegnkoefficient: r.doegnkoefficient.vaerdi,
          vfo: r.vfo.vaerdi,
        })
      : null)
  );
}

/**
 * The rows of tblTillaeg for a personalekategori and tidsrum, in table order: the core's one rate
 * lookup (regler.md 2026.3 item 11), which the rules and the inserted row's formula use too.
 */
export function tillaegRaekkerFor(
  tabel: readonly TillaegRaekke[],
  personalekategori: string,
  tidsrum: string,
): TillaegRaekke[] {
  return tillaegRaekkerForPar(tabel, personalekategori, tidsrum);
}

/**
 * The personalekategorier of tblTillaeg for the calculator's list: each once, as the rate lookup
 * tells names apart (" socialpædagog" is "Socialpædagog"), in the first row's spelling.
 */
export function tillaegKategorier(tabel: readonly TillaegRaekke[]): string[] {
  const set = new Map<string, string>();
  for (const r of tabel) {
    const k = r.personalekategori.vaerdi;
    if (k && !set.has(timetakstNoegle(k))) set.set(timetakstNoegle(k), k);
  }
  return [...set.values()];
}

/**
 * Why Indsæt would put a different price in the sheet than the calculator shows, or null.
 * The inserted row's formula looks up the ATA-timetakst of the first matching tblTillaeg row,
 * so the shown ATA-timetakst `vist` must be that row's (the cell's value, else its parts
 * through the same formula); a pair that stands again further down with another rate is
 * tillaeg-dublet's fejl, and Indsæt waits until it is named apart.
 */
export function prisAfvigerFraIndsat(
  tabel: readonly TillaegRaekke[] | null,
  personalekategori: string,
  tidsrum: string,
  vist: Dec | null,
): string | null {
  const hvad = `${vis(personalekategori.trim())}, ${tidsrum}`;
  if (!tabel) {
    return "Projektmappen har ingen tabel med ATA-timetakster (på arket Tillægsydelser), som rækkens formler kan slå op i. Indsæt skabelonen først (afsnittet Skabelon).";
  }
  const raekker = tillaegRaekkerFor(tabel, personalekategori, tidsrum);
  if (raekker.length === 0) {
    return `${hvad} findes ikke i tabellen over ATA-timetakster, så den indsatte rækkes formel ville give 0 kr. Tilføj kombinationen til tabellen over ATA-timetakster på arket Tillægsydelser, før du indsætter.`;
  }
  const r = raekker[0];
  const tabellens = tabellensSats(r);
  const andre = raekker.slice(1).filter((x) => {
    const v = tabellensSats(x);
    return v === null || tabellens === null || !tilOere(v).eq(tilOere(tabellens));
  });
  if (andre.length > 0) {
    return `${hvad} står ${raekker.length} gange i tabellen over ATA-timetakster med forskellige ATA-timetakster (rækkerne ${raekker.map((x) => x.raekke).join(", ")}); den indsatte rækkes formel bruger den første. Giv rækkerne hver sit navn i tabellen, og vælg det rigtige, før du indsætter.`;
  }
  if (tabellens === null) {
    return `ATA-timetaksten for ${hvad} i tabellen over ATA-timetakster (række ${r.raekke}) er tom, så den indsatte rækkes formel ville give 0 kr. Udfyld den først.`;
  }
  if (vist !== null && !tabellens.eq(vist)) {
    return `Beregningen her giver ${formaterKr(vist)}, men tabellen over ATA-timetakster (række ${r.raekke}) har ${formaterKr(tabellens)} for ${hvad}, og den indsatte række slår tabellens tal op. Brug tabellens tal, eller ret tabellen først.`;
  }
  return null;
}

/** "2026-01-05" (an <input type="date"> value) → Excel serial day, or null. */
export function datoTilSerial(iso: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso.trim());
  return m ? kalenderdatoTilSerial(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}

export function serialTilIso(serial: number): string {
  return serialTilUtcDato(serial).toISOString().slice(0, 10);
}

/** Excel serial → "5. januar 2026". */
export function formaterDato(serial: number): string {
  const d = serialTilDato(serial);
  return formaterKalenderdato(d.aar, d.maaned, d.dag);
}

/** Two or more capitalised words in a row ("Jens Hansen", "Mette K. Nielsen"): probably a name. */
export function lignerNavn(tekst: string): boolean {
  return /(?:^|[\s,(])[A-ZÆØÅ][a-zæøåéü]+(?:[-\s]+[A-ZÆØÅ]\.?)*[-\s]+[A-ZÆØÅ][a-zæøåéü]+/.test(tekst);
}

export type PersondataVurdering = { art: "cpr" | "navn"; besked: string } | null;

/** The Beskrivelse must not hold personal data (docs/skabelon.md, tblTillaegsberegning). */
export function vurderPersondata(beskrivelse: string): PersondataVurdering {
  if (indeholderCpr(beskrivelse)) {
    return {
      art: "cpr",
      besked:
        "Beskrivelsen ser ud til at indeholde et CPR-nummer. Skriv aldrig personoplysninger i takstskemaet; beskriv ydelsen, ikke borgeren.",
    };
  }
  if (lignerNavn(beskrivelse)) {
    return {
      art: "navn",
      besked:
        'Beskrivelsen ligner et navn. Skriv ingen personoplysninger i takstskemaet; beskriv ydelsen (fx "Ekstra støtte efter aktivitetstilbud").',
    };
  }
  return null;
}
