/**
 * The task pane's Sekretariat section, the part that needs ExcelJS: it is loaded with a
 * dynamic import() only when the user picks submissions, so the pane's first JavaScript does
 * not grow (webpack puts it and ExcelJS in their own chunks; eslint.config.mjs allows the
 * task pane this one module, and only through import()).
 *
 * Every file is checked as `takstskema bilag` checks it: the same size limit, reader (zip
 * bounds, cell budget), core and profile (kontroller.ts), the same rows and refusals
 * (bilag-dele.ts) and the same writer (skriv-bilag.ts; in the browser with stroem-browser.ts).
 * No Node modules; the files are only read, nothing is sent anywhere.
 */
import {
  type Grundlag,
  ikkeIndsendt,
  type IkkeIndsendt,
  laesGrundlag,
  passerSomSidsteAar,
  rigtigtGrundlagTekst,
  type Profilindgang,
  skemaStatus,
  type SkemaStatus,
} from "../../core";
import {
  bilagAfvisninger,
  bilagDel,
  bilagInput,
  findDubletter,
  type Afvisning,
  type BilagDel,
  type FilResultat,
} from "./bilag-dele";
import { kontrollerXlsx } from "./kontroller";
import { laesXlsx } from "./laes-xlsx";
import type { BilagFund } from "./skriv-bilag";
import { skrivBilag } from "./skriv-bilag";
import { STANDARD_MAKS_MB } from "./zip-graenser";

/** A picked file (a browser File fits: name, size, arrayBuffer). */
export interface IndsendtFil {
  /** As shown: the name, or the path inside the picked folder. */
  navn: string;
  stoerrelse: number;
  data(): Promise<ArrayBuffer>;
}

export interface KontrolleretSkema {
  resultat: FilResultat;
  /** The file's share of the takstbilag (absent when it could not be read). */
  del?: BilagDel;
  /** What its feedback letter needs (src/core/tilbagemelding.ts; absent when it could not be read). */
  tilbagemelding?: SkemaStatus;
}

const mb = (n: number): string =>
  String(Number((n / 1024 / 1024).toFixed(n >= 10 * 1024 * 1024 ? 0 : 1))).replace(".", ",");

/** The size limit of `takstskema`: a larger file is refused before it is read. */
function forStor(f: IndsendtFil): string | null {
  const maks = STANDARD_MAKS_MB * 1024 * 1024;
  return f.stoerrelse > maks ? `Filen er for stor (${mb(f.stoerrelse)} MB); grænsen er ${STANDARD_MAKS_MB} MB.` : null;
}

/**
 * Checks one file; never throws (a file that cannot be read gets its Danish reason). With
 * last year's takstbilag (`grundlag`), as `--sidste-aar`: the changes are measured from it.
 */
export async function kontrollerSkema(
  f: IndsendtFil,
  valg: Profilindgang,
  grundlag?: Grundlag,
): Promise<KontrolleretSkema> {
  const stor = forStor(f);
  if (stor) return { resultat: { fil: f.navn, fejlVedLaesning: stor } };
  let data: ArrayBuffer;
  try {
    data = await f.data();
  } catch {
    return { resultat: { fil: f.navn, fejlVedLaesning: "Filen kunne ikke læses fra disken." } };
  }
  const k = await kontrollerXlsx(new Uint8Array(data), f.navn, grundlag ? { ...valg, grundlag } : valg);
  if (!("resultat" in k.resultat) || !k.skema) return { resultat: k.resultat };
  const r = k.resultat.resultat;
  // Only the bilag's share and the letter's facts are kept, not the model: 40 submissions stay small.
  return {
    resultat: k.resultat,
    del: bilagDel({ fil: f.navn, skema: k.skema, resultat: r, ...(grundlag ? { grundlag } : {}) }),
    tilbagemelding: skemaStatus(f.navn, k.skema, r),
  };
}

/**
 * Last year's approved takstbilag (`--sidste-aar`), read with the same size limit and reader
 * as a submission. Never throws: why the file cannot be used is said in Danish.
 */
export async function laesSidsteAar(
  f: IndsendtFil,
): Promise<{ ok: true; grundlag: Grundlag } | { ok: false; fejl: string }> {
  const stor = forStor(f);
  if (stor) return { ok: false, fejl: stor };
  let data: ArrayBuffer;
  try {
    data = await f.data();
  } catch {
    return { ok: false, fejl: "Filen kunne ikke læses fra disken." };
  }
  let snapshot;
  try {
    snapshot = await laesXlsx(new Uint8Array(data));
  } catch (e) {
    return { ok: false, fejl: e instanceof Error ? e.message : String(e) };
  }
  const r = laesGrundlag(snapshot);
  return r.ok ? r : { ok: false, fejl: `Filen kan ikke bruges som sidste års takstbilag: ${r.fejl}` };
}

/**
 * Why `grundlag` cannot be last year's takstbilag for these skemaer (null when it can): its
 * Takstår is not the year before theirs. This year's bilag picked by mistake would measure every
 * change from itself, so the pane drops it, as `--sidste-aar` stops with exit code 2.
 */
export function sidsteAarPasserIkke(skemaer: readonly KontrolleretSkema[], grundlag: Grundlag): string | null {
  const aar = skemaer.map((s) => s.del?.takstaar).find((a) => a !== undefined && !passerSomSidsteAar(grundlag, a));
  if (aar === undefined) return null;
  return `Det gælder takstår ${grundlag.takstaar}, men skemaerne gælder takstår ${aar}; ${rigtigtGrundlagTekst(aar)}.`;
}

/** Last year's tilbud and ydelser with no submission this year, as `bilag --sidste-aar` lists them. */
export function ikkeIndsendtAf(skemaer: readonly KontrolleretSkema[], grundlag: Grundlag): IkkeIndsendt[] {
  return ikkeIndsendt(
    grundlag,
    skemaer.flatMap((s) =>
      s.del?.afsender ? [{ ...s.del.afsender, ydelsesIder: s.del.afsender.ydelser.map((y) => y.id) }] : [],
    ),
  );
}

/**
 * Why the bilag cannot be built, and the warnings it would carry (the same Ydelses-ID in two
 * tilbud). With last year's takstbilag: also when it is not the year before the skemaer's.
 */
export function vurderBilag(
  skemaer: readonly KontrolleretSkema[],
  grundlag?: Grundlag,
): {
  afvisninger: Afvisning[];
  advarsler: BilagFund[];
} {
  const dele = skemaer.flatMap((s) => (s.del ? [s.del] : []));
  const d = findDubletter(dele);
  return { afvisninger: bilagAfvisninger(dele, d, grundlag), advarsler: d.advarsler };
}

export type Bygget =
  { afvisninger: Afvisning[] } | { data: Uint8Array; raekker: number; skemaer: number; takstaar?: number };

/** The takstbilag of `takstskema bilag` for these files, or the refusals that stop it. */
export async function bygTakstbilag(
  skemaer: readonly KontrolleretSkema[],
  valg: Profilindgang,
  grundlag?: Grundlag,
): Promise<Bygget> {
  const dele = skemaer.flatMap((s) => (s.del ? [s.del] : []));
  if (dele.length === 0)
    return {
      afvisninger: [
        {
          grund: "Ingen af filerne kunne læses; takstbilaget er ikke skrevet.",
          linjer: [],
          raad: "Vælg takstskemaerne (.xlsx) igen.",
        },
      ],
    };
  const { afvisninger, advarsler } = vurderBilag(skemaer, grundlag);
  if (afvisninger.length > 0) return { afvisninger };
  const input = bilagInput(
    dele,
    skemaer.map((s) => s.resultat),
    valg,
    advarsler,
  );
  const data = await skrivBilag(grundlag ? { ...input, ikkeIndsendt: ikkeIndsendtAf(skemaer, grundlag) } : input);
  return {
    data: new Uint8Array(data.buffer, data.byteOffset, data.byteLength),
    raekker: input.raekker.length,
    skemaer: dele.filter((d) => d.afsender).length,
    ...(input.takstaar !== undefined ? { takstaar: input.takstaar } : {}),
  };
}
