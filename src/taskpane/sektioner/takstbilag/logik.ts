/**
 * The Takstbilag section's logic: Status/Fund per row (as the CLI's bilag), and the lists for DAS
 * (væsentlige takstændringer and pladsændringer) from the core's takstbilag. No React, tested in Node.
 */
import {
  type Aendringslinje,
  type Dec,
  type Fund,
  graenseTekst,
  medTidligereStatus,
  type Profil,
  regelNavn,
  type StatusMedGrund,
  takstbilagKontrol,
  type TakstbilagRaekke,
  type TakstbilagStatus,
  type Takstskema,
  takstStatusser,
  oversigtFraTabel,
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

/** A line of the lists for DAS: the table row, its change as the bilag's Oversigt writes it, and the figures behind. */
export interface DasLinje {
  raekke: TakstbilagRaekke;
  /** "+17,6 %" or "8 → 10 (+2)". */
  tekst: string;
  /** "1.700,00 → 2.000,00 kr." for a takstændring; null for a pladsændring. */
  detalje: string | null;
}

/** What the section shows, made by the core's takstbilag (src/core/takstbilag/), as the bilag's Oversigt. */
export interface DasLister {
  /** The profile's threshold in words ("5 %"), as the heading "Takstændringer over 5 %". */
  graense: string;
  /** Væsentlige takstændringer, largest first, and how many there are. */
  takster: DasLinje[];
  antalTakster: number;
  /** Pladsændringer, largest first. */
  pladser: DasLinje[];
  antalPladser: number;
  /** Pladser last year and this, over the takster with both (like with like), as the Oversigt's I alt. */
  pladserSidsteAar: Dec;
  pladserIAar: Dec;
  /** Takster left out of the sums: a year's figure is missing. */
  ikkeSammenlignet: number;
}

/**
 * The lists "Takstændringer over 5 %" and "Pladsændringer til godkendelse" and the pladser in
 * total, for the rows of tblTakstbilag, by the same core functions as the takstbilag's Oversigt
 * (oversigtFraTabel, samlOversigt), so the pane and the paper show the same figures.
 */
export function dasLister(raekker: readonly TakstbilagRaekke[], profil: Profil): DasLister {
  const { data, kilde } = oversigtFraTabel(raekker, profil);
  const linje = (l: Aendringslinje): DasLinje => {
    const [tekst, detalje] = l.aendring.split("\n");
    return { raekke: kilde.get(l.r)!, tekst, detalje: detalje ?? null };
  };
  return {
    graense: graenseTekst(profil.takstaendring),
    takster: data.takster.map(linje),
    antalTakster: data.antalTakster,
    pladser: data.pladser.map(linje),
    antalPladser: data.antalPladser,
    pladserSidsteAar: data.total.pladserSidsteAar,
    pladserIAar: data.total.pladser,
    ikkeSammenlignet: data.total.ikkeSammenlignet,
  };
}
