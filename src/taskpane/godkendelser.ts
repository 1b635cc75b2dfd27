/**
 * Which workbook profiles the user has accepted. Kept by the add-in (localStorage of its
 * own origin), never in the workbook: document settings and custom XML travel with the
 * file, so a sender could pre-accept his own profile. An acceptance is bound to the
 * workbook's location (Office's document URL) AND the exact profile (canonical JSON):
 * change one value in the sheet and it must be accepted again. A workbook without a
 * location (new, unsaved) is remembered only while the pane is open. Where Office partitions
 * storage (Office.context.partitionKey: Excel on the web, Mac), the key carries the partition,
 * as Microsoft asks; so another host, or the same workbook saved under a new name, asks again.
 */

/** The part of `Storage` used (localStorage in Excel and the preview; a Map in tests). */
export interface Lager {
  getItem(noegle: string): string | null;
  setItem(noegle: string, vaerdi: string): void;
}

export interface ProfilGodkendelser {
  /** Whether exactly this profile is accepted for the open workbook. */
  erGodkendt(profilNoegle: string): boolean;
  godkend(profilNoegle: string): void;
  /** Withdraws the acceptance for the open workbook (back to the default). */
  tilbagekald(): void;
}

export const LAGER_NOEGLE = "takstskema.profilgodkendelser.v1";
/** Workbooks remembered (the most recent first); older acceptances fall off. */
export const MAKS_GODKENDELSER = 50;
/** What the pane tells the user about how long an acceptance lasts. */
export const GODKENDELSE_HUSKES =
  "Godkendelsen huskes for projektmappen, hvor den ligger nu, i denne Excel: åbner du den i en anden Excel (fx Excel på nettet eller på en anden computer), eller gemmer du den under et nyt navn eller sted, spørger Takstskema igen.";

/** The storage key: in a partitioned host prefixed by Office.context.partitionKey, as Microsoft's docs do. */
export function lagerNoegle(partition: string | null | undefined): string {
  return partition ? `${partition}${LAGER_NOEGLE}` : LAGER_NOEGLE;
}

/** A profile longer than this is remembered for the session only (localStorage holds ~5 MB). */
const MAKS_LAENGDE = 100_000;

interface Post {
  dokument: string;
  profil: string;
}

function laesPoster(lager: Lager, noegle: string): Post[] {
  try {
    const tekst = lager.getItem(noegle);
    if (!tekst) return [];
    const v: unknown = JSON.parse(tekst);
    if (!Array.isArray(v)) return [];
    return v.filter(
      (p): p is Post =>
        typeof p === "object" &&
        p !== null &&
        typeof (p as Post).dokument === "string" &&
        typeof (p as Post).profil === "string",
    );
  } catch (e) {
    // Storage refused (private mode) or damaged: nothing is accepted, which is the safe side.
    console.warn("Kunne ikke læse godkendte profiler:", e);
    return [];
  }
}

function skrivPoster(lager: Lager, noegle: string, poster: Post[]): void {
  try {
    lager.setItem(noegle, JSON.stringify(poster.slice(0, MAKS_GODKENDELSER)));
  } catch (e) {
    // Full or refused: the acceptance still holds for this session (kept in memory).
    console.warn("Kunne ikke gemme godkendelsen af profilen:", e);
  }
}

/**
 * @param dokument the workbook's location (Office.context.document.url), or null when it has none
 * @param lager where acceptances outlive the pane (null: this session only)
 * @param partition Office.context.partitionKey (undefined where the host does not partition storage)
 */
export function lavGodkendelser(
  dokument: string | null,
  lager: Lager | null,
  partition?: string | null,
): ProfilGodkendelser {
  // This session's acceptances (also for an unsaved workbook).
  let session: string | null = null;
  const noegle = lagerNoegle(partition);
  const varig = dokument !== null && dokument !== "" && lager !== null ? { dokument, lager } : null;
  return {
    erGodkendt(profilNoegle: string): boolean {
      if (session === profilNoegle) return true;
      if (!varig) return false;
      return laesPoster(varig.lager, noegle).some((p) => p.dokument === varig.dokument && p.profil === profilNoegle);
    },
    godkend(profilNoegle: string): void {
      session = profilNoegle;
      if (!varig || profilNoegle.length > MAKS_LAENGDE) return;
      const andre = laesPoster(varig.lager, noegle).filter((p) => p.dokument !== varig.dokument);
      skrivPoster(varig.lager, noegle, [{ dokument: varig.dokument, profil: profilNoegle }, ...andre]);
    },
    tilbagekald(): void {
      session = null;
      if (!varig) return;
      skrivPoster(
        varig.lager,
        noegle,
        laesPoster(varig.lager, noegle).filter((p) => p.dokument !== varig.dokument),
      );
    },
  };
}

/** Window's localStorage, or null where it is refused (it throws in some sandboxes). */
export function lokaltLager(): Lager | null {
  try {
    const l = globalThis.localStorage;
    return l ?? null;
  } catch {
    return null;
  }
}
