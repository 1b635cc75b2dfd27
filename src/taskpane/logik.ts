/**
 * The task pane's pure logic: filtering and grouping findings, the takstbilag overview,
 * Status/Fund per row, Danish input parsing and the personal-data check. No React, no
 * Office.js, so it is tested in Node.
 */
import { indeholderCpr as indeholderCprKerne, skjulCpr } from "../core/cpr";
import { datoTilSerial as kalenderdatoTilSerial, serialTilDato, serialTilUtcDato } from "../core/dato";
import { formaterKalenderdato, formaterPctBroek } from "../core/format";
import type { NyTillaegsberegning, TakstbilagStatus } from "../core/arbejdsbog";
import { ataTimetakst, timetakstNoegle } from "../core/beregning/tillaeg";
import { tillaegRaekkerForPar } from "../core/regler/tillaeg/hjaelp/sats";
import { formaterKr } from "../core/format";
import type { TakstbilagRaekke, Takstskema, TillaegRaekke, TillaegsberegningRaekke } from "../core/model";
import { D, tilOere, type Dec } from "../core/penge";
import type { Alvor } from "../core/regler/id";
import type { Fund, Valideringsresultat } from "../core/regler/typer";
import { regelNavn } from "../core/regler/navn";
import type { Profil } from "../core/profil/typer";
import { medTidligereStatus, takstbilagKontrol, takstStatusser, type StatusMedGrund } from "../core/takstbilag-status";

// ------------------------------------------------------------------ findings

export const ALVOR_ETIKET: Record<Alvor, { ental: string; flertal: string; overskrift: string }> = {
  fejl: { ental: "fejl", flertal: "fejl", overskrift: "Fejl" },
  advarsel: { ental: "advarsel", flertal: "advarsler", overskrift: "Advarsler" },
  info: { ental: "info", flertal: "info", overskrift: "Info" },
};

export function antalTekst(antal: number, alvor: Alvor): string {
  const e = ALVOR_ETIKET[alvor];
  return `${antal} ${antal === 1 ? e.ental : e.flertal}`;
}

/** What the aria-live region says: "Validering færdig: 3 fejl, 1 advarsel, 0 info". */
export function annonceringForValidering(o: Valideringsresultat["opsummering"]): string {
  return `Validering færdig: ${antalTekst(o.fejl, "fejl")}, ${antalTekst(o.advarsler, "advarsel")}, ${antalTekst(o.info, "info")}`;
}

export interface FundFilter {
  alvor: Record<Alvor, boolean>;
  tekst: string;
}

function normaliser(s: string): string {
  return s.toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();
}

/** A finding matches the text filter when every word occurs in its sheet!cell, id, rule, § or message. */
export function fundMatcher(f: Fund, tekst: string): boolean {
  const ord = normaliser(tekst).split(" ").filter(Boolean);
  if (ord.length === 0) return true;
  const hoestak = normaliser(
    [`${f.ark}!${f.celle}`, f.ydelsesId ?? "", f.regel, f.paragraf ? `§ ${f.paragraf}` : "", f.besked].join(" "),
  );
  return ord.every((o) => hoestak.includes(o));
}

export function grupperFund(fund: readonly Fund[], filter: FundFilter): Record<Alvor, Fund[]> {
  const ud: Record<Alvor, Fund[]> = { fejl: [], advarsel: [], info: [] };
  for (const f of fund) {
    if (!filter.alvor[f.alvor]) continue;
    if (!fundMatcher(f, filter.tekst)) continue;
    ud[f.alvor].push(f);
  }
  return ud;
}

/** A stable key for a finding in a list (the same rule can point at the same cell only once per ydelse). */
export function fundNoegle(f: Fund, i: number): string {
  return `${f.regel}|${f.ark}|${f.celle}|${f.ydelsesId ?? ""}|${i}`;
}

/**
 * Text with Markdown code spans (the contract's quotes say `A1-108`) as parts, so the pane
 * shows them as code and never shows a backtick.
 */
export function kodeDele(tekst: string): { tekst: string; kode: boolean }[] {
  const ud: { tekst: string; kode: boolean }[] = [];
  tekst.split(/`([^`]+)`/).forEach((del, i) => {
    if (del !== "") ud.push({ tekst: del.replace(/`/g, ""), kode: i % 2 === 1 });
  });
  return ud;
}

// ------------------------------------------------------------------ takstbilag

/** A row's new Status and Fund; `bevaret` when the sheet's stricter status from the full check was kept. */
export interface MarkeretStatus extends TakstbilagStatus {
  bevaret?: StatusMedGrund["bevaret"];
}

function cellensTekst(c: { raa: unknown }): string | null {
  return typeof c.raa === "string" ? c.raa : null;
}

/**
 * Status and Fund for every row of tblTakstbilag, by the same function as the CLI's bilag
 * (src/core/takstbilag-status.ts): the findings pointing into the row, and those that
 * concern the whole workbook. The pane checks only the takstbilag; rule IDs in the Fund
 * column it cannot re-check (from the full check of the skemaer) keep their status.
 */
export function takstbilagStatusser(skema: Takstskema, fund: readonly Fund[], profil: Profil): MarkeretStatus[] {
  const tabel = skema.takstbilag;
  if (!tabel) return [];
  const nye = takstStatusser(
    tabel.raekker.map((r) => ({ ark: r.ark, raekke: r.raekke })),
    fund,
    false,
  );
  const kontrol = takstbilagKontrol(profil);
  return tabel.raekker.map((r, i) => {
    const s = medTidligereStatus(nye[i], { status: cellensTekst(r.status), fund: cellensTekst(r.fund) }, kontrol);
    const id = r.ydelsesId?.vaerdi;
    return {
      raekkeIndex: i + 1,
      // The key markerStatus finds the row by, should the table be sorted before the write.
      ...(typeof id === "string" ? { ydelsesId: id } : {}),
      status: s.status,
      // In Danish words, as the CLI's bilag writes them.
      fund: s.fund.map(regelNavn).join(", "),
      ...(s.bevaret ? { bevaret: s.bevaret } : {}),
    };
  });
}

/** Danish: why some rows kept a stricter status than the pane found (null when none did). */
export function bevaretTekst(statusser: readonly MarkeretStatus[]): string | null {
  const bevarede = statusser.filter((s) => s.bevaret);
  if (bevarede.length === 0) return null;
  const fejl = bevarede.filter((s) => s.status === "Fejl").length;
  const advarsel = bevarede.length - fejl;
  // Named as the Fund column shows them.
  const regler = [...new Set(bevarede.flatMap((s) => s.bevaret!.regler))].map(regelNavn);
  const vist = regler.slice(0, 3).join(", ") + (regler.length > 3 ? " …" : "");
  const antal = [fejl > 0 ? `${fejl} Fejl` : "", advarsel > 0 ? `${advarsel} Advarsel` : ""].filter(Boolean).join(", ");
  return (
    `${bevarede.length === 1 ? "1 række beholder" : `${bevarede.length} rækker beholder`} sin status fra den fulde kontrol (${antal}): ` +
    `fundene (${vist}) kan kun kontrolleres i takstskemaerne, og opgaveruden ser kun takstbilaget. ` +
    "Kør takstskema bilag på skemaerne igen for at opdatere dem."
  );
}

export interface StatusTaelling {
  OK: number;
  Advarsel: number;
  Fejl: number;
  /** Rows whose Status is empty (not marked yet). */
  tom: number;
}

export function taelStatus(raekker: readonly TakstbilagRaekke[]): StatusTaelling {
  const t: StatusTaelling = { OK: 0, Advarsel: 0, Fejl: 0, tom: 0 };
  for (const r of raekker) {
    const s = r.status.vaerdi;
    if (s === "OK" || s === "Advarsel" || s === "Fejl") t[s]++;
    else t.tom++;
  }
  return t;
}

export interface TakstAendring {
  raekke: TakstbilagRaekke;
  /** Fraction: 0.12 = 12 %. */
  broek: Dec;
  tekst: string;
}

/** The change of a row as a fraction: Ændring pct. when given, otherwise computed from the two takster. */
export function aendringBroek(r: TakstbilagRaekke): Dec | null {
  const takst = r.takst.vaerdi;
  const foer = r.takstSidsteAar.vaerdi;
  if (takst && foer && !foer.isZero()) return takst.div(foer).minus(1);
  return r.aendringPct.vaerdi ?? null;
}

/** The `antal` largest increases and decreases (by percent). */
export function stoersteAendringer(
  raekker: readonly TakstbilagRaekke[],
  antal = 5,
): { stigninger: TakstAendring[]; fald: TakstAendring[] } {
  const alle: TakstAendring[] = [];
  for (const r of raekker) {
    const b = aendringBroek(r);
    if (b === null) continue;
    alle.push({ raekke: r, broek: b, tekst: (b.isPositive() && !b.isZero() ? "+" : "") + formaterPctBroek(b) });
  }
  const stigninger = alle
    .filter((a) => a.broek.greaterThan(0))
    .sort((a, b) => b.broek.comparedTo(a.broek))
    .slice(0, antal);
  const fald = alle
    .filter((a) => a.broek.lessThan(0))
    .sort((a, b) => a.broek.comparedTo(b.broek))
    .slice(0, antal);
  return { stigninger, fald };
}

/** Rows whose Pladser sidste år and Pladser are both filled in and differ (docs/regler.md, "Begreber": Pladsændring). */
export function pladsaendringer(raekker: readonly TakstbilagRaekke[]): TakstbilagRaekke[] {
  return raekker.filter((r) => {
    const a = r.pladserSidsteAar.vaerdi;
    const b = r.pladser.vaerdi;
    return a !== null && b !== null && !a.eq(b);
  });
}

// ------------------------------------------------------------------ tillægsydelse

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

// ------------------------------------------------------------------ input

/**
 * A number typed the Danish way: "206", "206,00", "1.234,50", "33 %", "kr. 206".
 * Returns null for an empty or unreadable text.
 */
export function laesDanskTal(tekst: string): Dec | null {
  let s = tekst
    .replace(/\u00a0/g, " ")
    .trim()
    .toLowerCase();
  s = s
    .replace(/^kr\.?\s*/, "")
    .replace(/\s*(kr\.?|%)$/, "")
    .replace(/\s+/g, "");
  s = s.replace(/^−/, "-");
  if (s === "") return null;
  if (s.includes(",")) s = s.replace(/\./g, "").replace(",", ".");
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) s = s.replace(/\./g, "");
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new D(s);
}

/** A number for an input field: 206 → "206", 0.5 → "0,5". */
export function tilInputTekst(v: Dec | number | null): string {
  if (v === null) return "";
  return new D(v).toString().replace(".", ",");
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

/** Something that reads as a CPR number (the same recogniser as the persondata-cpr rule). */
export const indeholderCpr = indeholderCprKerne;

/** Workbook text the pane shows (Bemærkninger, names, sheet names): CPR numbers never echoed. */
export function vis(tekst: string | null | undefined): string {
  return tekst ? skjulCpr(tekst) : "";
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

// ------------------------------------------------------------------ errors

/** Errors whose message is already Danish and meant for the user. */
const DANSKE_FEJL = new Set(["ArbejdsbogFejl", "XlsxLaesefejl"]);

/** The Danish text of any thrown value. */
export function fejlTekst(e: unknown): string {
  if (e instanceof Error) {
    if (DANSKE_FEJL.has(e.name)) return e.message;
    return `Der opstod en uventet fejl: ${e.message || e.name}`;
  }
  return `Der opstod en uventet fejl: ${String(e)}`;
}

/** Calls `fn` once `ventetid` ms have passed without another call. */
export function debounce(fn: () => void, ventetid: number): { kald: () => void; annuller: () => void } {
  let t: ReturnType<typeof setTimeout> | null = null;
  return {
    kald: () => {
      if (t !== null) clearTimeout(t);
      t = setTimeout(() => {
        t = null;
        fn();
      }, ventetid);
    },
    annuller: () => {
      if (t !== null) clearTimeout(t);
      t = null;
    },
  };
}

/** Shown when Excel has held a call for seconds: almost always because the user is editing a cell. */
export const VENTER_BESKED = {
  art: "warning",
  titel: "Excel venter",
  tekst:
    "Takstskema venter på Excel. Er du ved at redigere en celle, så tryk Enter (eller Esc) for at afslutte redigeringen, så fortsætter Takstskema.",
} as const;
