/**
 * The Sekretariat section's logic without React or ExcelJS: which picked files are read, the
 * list by driftsherre and tilbud (ready / goes back), counts and texts. The checking itself
 * is in src/adapters/xlsx/sekretariat.ts, loaded lazily (only its types are imported here).
 */
import type { KontrolleretSkema } from "../../../adapters/xlsx/sekretariat";
import { type Aftale, type Brev, breve, type Fund, navnAf } from "../../../core";
export { ikkeIndsendtLinjer } from "../../../core";

/** A picked file: a browser File (webkitRelativePath is set when a folder was picked). */
export interface ValgtFil {
  name: string;
  size: number;
  webkitRelativePath?: string;
}

/** The picked files to read (.xlsx), and those skipped, named with why (never dropped silently). */
export function sorterValgte<F extends ValgtFil>(filer: readonly F[]): { laes: F[]; sprunget: string[] } {
  const laes: F[] = [];
  const sprunget: string[] = [];
  for (const f of [...filer].sort((a, b) => sammenlign(visningsnavn(a), visningsnavn(b)))) {
    const navn = visningsnavn(f);
    const kort = f.name;
    if (kort.startsWith("~$")) continue; // Excel's lock file beside an open workbook, not a submission
    if (/\.xlsx$/i.test(kort)) laes.push(f);
    else if (/\.xlsm$/i.test(kort))
      sprunget.push(`${navn} (en projektmappe med makroer, .xlsm, læses ikke; gem den som .xlsx)`);
    else if (/\.xls$/i.test(kort)) sprunget.push(`${navn} (det gamle Excel-format .xls; gem den som .xlsx)`);
    else if (!kort.startsWith(".")) sprunget.push(`${navn} (ikke en .xlsx-fil)`);
  }
  return { laes, sprunget };
}

const sammenlign = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The path inside a picked folder, else the file name. */
export function visningsnavn(f: ValgtFil): string {
  return f.webkitRelativePath && f.webkitRelativePath.trim() ? f.webkitRelativePath : f.name;
}

export type SkemaStatus = "klar" | "tilbage" | "ulaeselig" | "takstbilag";

export interface SkemaLinje {
  fil: string;
  tilbud: string;
  status: SkemaStatus;
  opsummering?: { fejl: number; advarsler: number; info: number };
  fejlVedLaesning?: string;
  fund: Fund[];
}

export interface DriftsherreGruppe {
  driftsherre: string;
  skemaer: SkemaLinje[];
}

export const UDEN_DRIFTSHERRE = "Uden driftsherre";

/** A skema is ready when it has no fejl; one with a fejl goes back to its driftsherre. */
export function skemaLinje(s: KontrolleretSkema): SkemaLinje {
  const r = s.resultat;
  const a = s.del?.afsender;
  const tilbud = a?.tilbud?.trim() || "(Tilbud er ikke udfyldt)";
  if (!("resultat" in r))
    return {
      fil: r.fil,
      tilbud: "(kan ikke læses)",
      status: "ulaeselig",
      fejlVedLaesning: r.fejlVedLaesning,
      fund: [],
    };
  const o = r.resultat.opsummering;
  const status: SkemaStatus = r.resultat.type === "takstbilag" ? "takstbilag" : o.fejl > 0 ? "tilbage" : "klar";
  return {
    fil: r.fil,
    tilbud: status === "takstbilag" ? "(takstbilag, ikke et takstskema)" : tilbud,
    status,
    opsummering: { ...o },
    fund: r.resultat.fund,
  };
}

/** The list by driftsherre (alphabetically, "Uden driftsherre" last) and tilbud. */
export function grupperSkemaer(skemaer: readonly KontrolleretSkema[]): DriftsherreGruppe[] {
  const grupper = new Map<string, SkemaLinje[]>();
  for (const s of skemaer) {
    const navn = s.del?.afsender?.driftsherre?.trim() || UDEN_DRIFTSHERRE;
    grupper.set(navn, [...(grupper.get(navn) ?? []), skemaLinje(s)]);
  }
  const da = (a: string, b: string) => a.localeCompare(b, "da");
  return [...grupper]
    .sort(([a], [b]) => (a === UDEN_DRIFTSHERRE ? 1 : b === UDEN_DRIFTSHERRE ? -1 : da(a, b)))
    .map(([driftsherre, linjer]) => ({
      driftsherre,
      skemaer: linjer.sort((x, y) => da(x.tilbud, y.tilbud) || da(x.fil, y.fil)),
    }));
}

export interface SkemaTaelling {
  filer: number;
  klar: number;
  tilbage: number;
  ulaeselige: number;
  takstbilag: number;
}

export function taelSkemaer(skemaer: readonly KontrolleretSkema[]): SkemaTaelling {
  const t: SkemaTaelling = { filer: skemaer.length, klar: 0, tilbage: 0, ulaeselige: 0, takstbilag: 0 };
  for (const s of skemaer) {
    const status = skemaLinje(s).status;
    if (status === "klar") t.klar++;
    else if (status === "tilbage") t.tilbage++;
    else if (status === "ulaeselig") t.ulaeselige++;
    else t.takstbilag++;
  }
  return t;
}

const flertal = (n: number, en: string, flere: string): string => `${n} ${n === 1 ? en : flere}`;

/** "5 skemaer: 2 klar, 3 går tilbage" (+ unreadable files and takstbilag when there are any). */
export function taellingTekst(t: SkemaTaelling): string {
  const dele = [`${t.klar} klar`, `${t.tilbage} går tilbage`];
  if (t.ulaeselige > 0) dele.push(`${flertal(t.ulaeselige, "kan ikke læses", "kan ikke læses")}`);
  if (t.takstbilag > 0) dele.push(`${flertal(t.takstbilag, "takstbilag", "takstbilag")} (tages ikke med)`);
  return `${flertal(t.filer, "fil", "filer")}: ${dele.join(", ")}`;
}

export const STATUS_TEKST: Record<SkemaStatus, string> = {
  klar: "Klar",
  tilbage: "Går tilbage",
  ulaeselig: "Kan ikke læses",
  takstbilag: "Takstbilag",
};

/** The file name for the built bilag ("takstbilag-2026.xlsx"). */
export function bilagFilnavn(takstaar: number | undefined): string {
  return takstaar ? `takstbilag-${takstaar}.xlsx` : "takstbilag.xlsx";
}

// ------------------------------------------------------------------ feedback letters

/**
 * One letter per takstskema, as `takstskema valider --tilbagemelding` writes them (the same
 * text and file names: src/core/tilbagemelding.ts), in the order the files were read.
 */
export function tilbagemeldinger(skemaer: readonly KontrolleretSkema[], aftale: Aftale): Brev[] {
  return breve(
    skemaer.flatMap((s) => (s.tilbagemelding ? [s.tilbagemelding] : [])),
    aftale,
  );
}

/** Who a letter is for, as the list shows it ("Aalborg Kommune, Egebakken"). */
export function brevOverskrift(b: Brev): string {
  return navnAf(b.status);
}

/** The letter for the clipboard: without the byte-order mark the file starts with (it would be pasted as an invisible character). */
export function kopiTekst(b: Brev): string {
  return b.tekst.replace(/^\ufeff/, "");
}

export const SAMLET_BREVFIL = "tilbagemeldinger.txt";

/** Every letter in one text file (UTF-8 with BOM, CRLF as each letter), a line of dashes between them. */
export function samletBrevfil(liste: readonly Brev[]): string {
  const adskil = `\r\n${"-".repeat(72)}\r\n\r\n`;
  return "\ufeff" + liste.map((b) => `Fil: ${b.filnavn}\r\n\r\n${kopiTekst(b)}`).join(adskil);
}

/**
 * Copies a text with the Clipboard API, where the host allows it. Never throws: null when
 * copied, else a Danish message that points to the download.
 */
export async function kopierTekst(
  tekst: string,
  udklip: { writeText(t: string): Promise<void> } | undefined,
): Promise<string | null> {
  const ikke =
    "Brevet kunne ikke kopieres: Excel tillader ikke tilføjelsesprogrammet at skrive til udklipsholderen her. Brug Hent i stedet, og åbn filen.";
  if (!udklip || typeof udklip.writeText !== "function") return ikke;
  try {
    await udklip.writeText(tekst);
    return null;
  } catch {
    return ikke;
  }
}

// ------------------------------------------------------------------ last year's takstbilag
