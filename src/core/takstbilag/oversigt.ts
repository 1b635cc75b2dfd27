/**
 * The figures of the takstbilag, without layout (issue 17 § 5): per-driftsherre totals that
 * compare like with like, the lists DAS decides on (largest change first) and the chart's
 * bars. The .xlsx writer (src/adapters/xlsx/skriv-bilag.ts) only lays them out.
 */
import { erPladsaendring, takstaendring } from "../beregning/takst";
import { formaterAntal, formaterKr, formaterTal } from "../format";
import { D, NUL, type Dec } from "../penge";
import type { Profil } from "../profil/typer";

const SORTERING = new Intl.Collator("da", { sensitivity: "base", numeric: true });

/** A number as the engine holds it (Decimal) or as plain JS/text; null when empty. */
export type BilagTal = number | string | Dec | null | undefined;

/** One takst (a tblYdelser row of one skema) with its validation outcome. */
export interface BilagRaekke {
  /** The file the takst came from (shown on Fund rows; not a tblTakstbilag column). */
  fil?: string;
  /** The skema's Takstår (Stamdata); null when the skema does not give one. */
  takstaar?: number | null;
  driftsherre: string | null;
  tilbud: string | null;
  ydelsesId: string | null;
  ydelse: string | null;
  paragraf: string | null;
  takstenhed: string | null;
  pladserSidsteAar: BilagTal;
  pladser: BilagTal;
  takstSidsteAar: BilagTal;
  takst: BilagTal;
  /** Budgeted occupancy as a fraction (96 % = 0,96). */
  belaegning: BilagTal;
  aarsag: string | null;
  bemaerkninger: string | null;
  /** "Ikke markeret" only for a takstbilag read back whose Status is empty (fra-tabel.ts); the writer never makes it. */
  status: "OK" | "Advarsel" | "Fejl" | "Ikke markeret";
  /** Rule IDs of the findings on this takst (duplicates are dropped; shown in Danish words). */
  fund: readonly string[];
}

/** A tilbud's findings outside its takster (Stamdata, tillæg …): shown once on Oversigt. */
export interface Tilbudsfund {
  driftsherre: string | null;
  tilbud: string | null;
  fejl: number;
  advarsler: number;
}

/** At most this many lines under "Kræver DAS' stillingtagen" (the rest: filter Takstbilag). */
export const MAKS_STILLINGTAGEN = 500;
/** At most this many bars in the chart: the largest changes, so each bar stays readable. */
export const MAKS_SOEJLER = 25;

/** The profile's væsentlig-threshold in words, as "Takstændringer over …" names it: "5 %", "2 % ud over PL-fremskrivningen". */
export function graenseTekst(profil: Profil["takstaendring"]): string {
  return (
    `${formaterTal(profil.vaesentligPct, profil.vaesentligPct % 1 === 0 ? 0 : 1)} %` +
    (profil.maalestok === "ud_over_pl" ? " ud over PL-fremskrivningen" : "")
  );
}

// ------------------------------------------------------------------ numbers

export function tilDec(v: BilagTal): Dec | null {
  if (v === null || v === undefined || v === "") return null;
  try {
    const d = new D(v as number | string | Dec);
    return d.isFinite() ? d : null;
  } catch {
    return null;
  }
}

export function tilTal(v: BilagTal): number | null {
  const d = tilDec(v);
  return d ? d.toNumber() : null;
}

/** Takst × Pladser × Belægning × dage for Døgn and Dag takster; null for other units or missing inputs. */
export function takstindtaegt(
  takst: BilagTal,
  pladser: BilagTal,
  belaegning: BilagTal,
  enhed: string | null,
  dage: number,
): Dec | null {
  const e = (enhed ?? "").trim().toLowerCase();
  if (e !== "døgn" && e !== "dag") return null;
  const t = tilDec(takst);
  const p = tilDec(pladser);
  const b = tilDec(belaegning);
  if (!t || !p || !b) return null;
  return t.times(p).times(b).times(dage);
}

export interface DriftsherreSum {
  navn: string;
  antal: number;
  status: Record<string, number>;
  pladserSidsteAar: Dec;
  pladser: Dec;
  indtaegtSidsteAar: Dec;
  indtaegt: Dec;
  /** Takster left out of both years' sums: one year's figure is missing (new, empty, #REF!). */
  ikkeSammenlignet: number;
}

function nySum(navn: string): DriftsherreSum {
  return {
    navn,
    antal: 0,
    status: {},
    pladserSidsteAar: NUL,
    pladser: NUL,
    indtaegtSidsteAar: NUL,
    indtaegt: NUL,
    ikkeSammenlignet: 0,
  };
}

/**
 * Whether a takst's figures exist for both years: only then does it count in the totals,
 * so a sum's change is never an artifact of a figure missing in one year (a #REF! in Takst
 * sidste år once made a driftsherre's takstindtægt rise 24,8 %). A figure missing in both
 * years (Pladser of a timetakst) is nothing to compare and does not exclude the takst. For
 * Døgn and Dag takster (those with a takstindtægt) both Takst and Takst sidste år must be
 * there too. Belægning does not decide it: it is this year's for both years, and a takstbilag
 * read back (fra-tabel.ts, the pane) has none, yet must exclude the same takster.
 */
export function sammenlignelig(r: BilagRaekke, _dage?: number): boolean {
  const begge = (a: unknown, b: unknown) => (a === null) === (b === null);
  const e = (r.takstenhed ?? "").trim().toLowerCase();
  const medIndtaegt = e === "døgn" || e === "dag";
  return (
    begge(tilDec(r.pladserSidsteAar), tilDec(r.pladser)) &&
    (!medIndtaegt || begge(tilDec(r.takstSidsteAar), tilDec(r.takst)))
  );
}

/** A line of a list for DAS: the takst, its change as text, and the size it is sorted by. */
export interface Aendringslinje {
  r: BilagRaekke;
  aendring: string;
  stoerrelse: number;
}

/** The row's væsentlig takstændring, as a line for DAS; null if none. */
function takstLinje(r: BilagRaekke, profil: Profil["takstaendring"]): Aendringslinje | null {
  const gl = tilDec(r.takstSidsteAar);
  const ny = tilDec(r.takst);
  const a = takstaendring({ takst: ny, takstSidsteAar: gl, profil: { takstaendring: profil } });
  if (!a?.vaesentlig || !gl || !ny) return null;
  const pct = formaterTal(a.broek.times(100), 1);
  return {
    r,
    aendring: `${a.broek.gt(0) ? "+" : ""}${pct} %\n${formaterTal(gl, 2)} → ${formaterKr(ny)}`,
    stoerrelse: a.broek.abs().toNumber(),
  };
}

/** The row's pladsændring, as a line for DAS; null if none. Sorted by places gained or lost. */
function pladsLinje(r: BilagRaekke): Aendringslinje | null {
  const ps = tilDec(r.pladserSidsteAar);
  const p = tilDec(r.pladser);
  if (!erPladsaendring(ps, p)) return null;
  const d = p!.minus(ps!);
  return {
    r,
    aendring: `${formaterAntal(ps!)} → ${formaterAntal(p!)} (${d.gt(0) ? "+" : ""}${formaterAntal(d)})`,
    // Ties by the relative change: 2 → 4 before 50 → 52.
    stoerrelse: d.abs().toNumber() + (ps!.isZero() ? 1 : d.abs().div(ps!).toNumber()) / 1e6,
  };
}

/** A list kept to its MAKS_STILLINGTAGEN largest lines in bounded memory, largest first. */
export class StoersteListe {
  private linjer: Aendringslinje[] = [];
  antal = 0;
  tilfoej(l: Aendringslinje | null): void {
    if (!l) return;
    this.antal++;
    this.linjer.push(l);
    if (this.linjer.length > 4 * MAKS_STILLINGTAGEN) this.linjer = this.sorteret();
  }
  sorteret(): Aendringslinje[] {
    return this.linjer.sort((a, b) => b.stoerrelse - a.stoerrelse).slice(0, MAKS_STILLINGTAGEN);
  }
}

export interface OversigtData {
  driftsherrer: DriftsherreSum[];
  total: DriftsherreSum;
  /** Væsentlige takstændringer and pladsændringer, largest first, each capped at MAKS_STILLINGTAGEN. */
  takster: Aendringslinje[];
  antalTakster: number;
  pladser: Aendringslinje[];
  antalPladser: number;
  /** Bars: the change, and whether it is above the profile's threshold (væsentlig). */
  soejler: { navn: string; pct: number; vaesentlig: boolean }[];
  antalAendringer: number;
}

export function samlOversigt(
  raekker: readonly BilagRaekke[],
  input: Pick<Profil, "dagePrAar" | "takstaendring">,
): OversigtData {
  const dage = input.dagePrAar;
  const profil = input.takstaendring;
  const pr = new Map<string, DriftsherreSum>();
  const total = nySum("I alt");
  const takster = new StoersteListe();
  const pladser = new StoersteListe();
  let soejler: { navn: string; pct: number; abs: number; vaesentlig: boolean }[] = [];
  let antalAendringer = 0;
  for (const r of raekker) {
    const navn = (r.driftsherre ?? "").trim() || "(uden driftsherre)";
    let s = pr.get(navn);
    if (!s) pr.set(navn, (s = nySum(navn)));
    // Last year's occupancy is not in the skema: last year's figure uses this year's budget.
    const gl = takstindtaegt(r.takstSidsteAar, r.pladserSidsteAar, r.belaegning, r.takstenhed, dage) ?? NUL;
    const ny = takstindtaegt(r.takst, r.pladser, r.belaegning, r.takstenhed, dage) ?? NUL;
    const medISummen = sammenlignelig(r, dage);
    for (const x of [s, total]) {
      x.antal++;
      x.status[r.status] = (x.status[r.status] ?? 0) + 1;
      if (!medISummen) {
        x.ikkeSammenlignet++;
        continue;
      }
      x.pladserSidsteAar = x.pladserSidsteAar.plus(tilDec(r.pladserSidsteAar) ?? NUL);
      x.pladser = x.pladser.plus(tilDec(r.pladser) ?? NUL);
      x.indtaegtSidsteAar = x.indtaegtSidsteAar.plus(gl);
      x.indtaegt = x.indtaegt.plus(ny);
    }
    takster.tilfoej(takstLinje(r, profil));
    pladser.tilfoej(pladsLinje(r));
    const t0 = tilDec(r.takstSidsteAar);
    const t1 = tilDec(r.takst);
    if (t0 && t1 && !t0.isZero()) {
      antalAendringer++;
      const pct = t1.div(t0).minus(1).toNumber();
      const soejle =
        [r.driftsherre?.trim() ? `${r.driftsherre.trim()}:` : null, r.tilbud, r.ydelsesId]
          .filter((x) => x && String(x).trim())
          .join(" ") || "(uden navn)";
      const vaesentlig = !!takstaendring({ takst: t1, takstSidsteAar: t0, profil: { takstaendring: profil } })
        ?.vaesentlig;
      soejler.push({ navn: soejle, pct, abs: Math.abs(pct), vaesentlig });
      // Keep only the largest changes (bounded memory for 100.000 takster).
      if (soejler.length > 4 * MAKS_SOEJLER) soejler = soejler.sort((a, b) => b.abs - a.abs).slice(0, MAKS_SOEJLER);
    }
  }
  const udvalgt = soejler
    .sort((a, b) => b.abs - a.abs)
    .slice(0, MAKS_SOEJLER)
    .sort((a, b) => b.pct - a.pct)
    .map(({ navn, pct, vaesentlig }) => ({ navn, pct, vaesentlig }));
  return {
    driftsherrer: [...pr.values()].sort((a, b) => SORTERING.compare(a.navn, b.navn)),
    total,
    takster: takster.sorteret(),
    antalTakster: takster.antal,
    pladser: pladser.sorteret(),
    antalPladser: pladser.antal,
    soejler: udvalgt,
    antalAendringer,
  };
}

/** Rows sorted by driftsherre and tilbud (Danish order), each tilbud's ydelser in their order. */
export function sorterRaekker(raekker: readonly BilagRaekke[]): BilagRaekke[] {
  return [...raekker].sort(
    (a, b) =>
      SORTERING.compare((a.driftsherre ?? "").trim(), (b.driftsherre ?? "").trim()) ||
      SORTERING.compare((a.tilbud ?? "").trim(), (b.tilbud ?? "").trim()),
  );
}
