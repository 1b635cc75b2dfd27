/**
 * The Takstbilag section's logic: Status/Fund per row (as the CLI's bilag), the largest changes
 * and the pladsændringer. No React, tested in Node.
 */
import {
  type Dec,
  formaterPctBroek,
  type Fund,
  medTidligereStatus,
  type Profil,
  regelNavn,
  type StatusMedGrund,
  takstbilagKontrol,
  type TakstbilagRaekke,
  type TakstbilagStatus,
  type Takstskema,
  takstStatusser,
} from "../../../core";

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
