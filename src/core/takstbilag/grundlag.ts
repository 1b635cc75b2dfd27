/**
 * Last year's approved takstbilag as the baseline for "Takst sidste år" and "Pladser sidste
 * år" (issue 17 § 1): § 5 speaks of changes to "godkendte takster", so a change is measured
 * from what DAS approved, not from what the driftsherre typed.
 *
 * The baseline is data: the CLI reads the workbook (any adapter gives a snapshot) and passes
 * the `Grundlag` into validation (ValiderIndstillinger.grundlag). Read from this program's own
 * takstbilag, or any workbook with a header row holding at least Ydelses-ID, Takst and
 * Pladser, plus Tilbudsportal-ID or Driftsherre and Tilbud to tell tilbud apart.
 */
import { D, type Dec } from "../penge";
import { erExcelFejl, type CellValue, type WorkbookSnapshot } from "../snapshot";

export interface GrundlagYdelse {
  ydelsesId: string;
  /** Null when the cell is empty or unreadable. */
  takst: Dec | null;
  pladser: Dec | null;
}

export interface GrundlagTilbud {
  driftsherre: string | null;
  tilbud: string | null;
  tilbudsportalId: string | null;
  /** By normalised Ydelses-ID. */
  ydelser: Map<string, GrundlagYdelse>;
  /** Ydelses-IDs in the baseline's order (for "Ikke indsendt"). */
  raekkefoelge: string[];
}

export interface Grundlag {
  tilbud: GrundlagTilbud[];
  /**
   * The baseline's Takstår, when it has a Takstår column (this program's bilag since 2026.3)
   * holding one year; absent for a bilag without the column (last year's was written without it).
   */
  takstaar?: number;
  /** 0 when every takst of the baseline is in whole kroner, else 2 (kroner and øre). */
  decimaler: number;
}

/** Names compare without case and repeated spaces, as the bilag's duplicate check does. */
export function noegle(s: string | null | undefined): string {
  return (s ?? "").normalize("NFC").toLocaleLowerCase("da-DK").replace(/\s+/g, " ").trim();
}

/** How a skema (or a bilag row) names its tilbud. */
export interface TilbudNavn {
  driftsherre: string | null;
  tilbud: string | null;
  tilbudsportalId: string | null;
}

/** The baseline's tilbud: on Tilbudsportal-ID first, then on Driftsherre and Tilbud. */
export function findGrundlagTilbud(g: Grundlag, t: TilbudNavn): GrundlagTilbud | null {
  const portal = noegle(t.tilbudsportalId);
  if (portal) {
    const p = g.tilbud.find((x) => noegle(x.tilbudsportalId) === portal);
    if (p) return p;
  }
  const d = noegle(t.driftsherre);
  const n = noegle(t.tilbud);
  if (!d || !n) return null;
  return g.tilbud.find((x) => noegle(x.driftsherre) === d && noegle(x.tilbud) === n) ?? null;
}

/** A value rounded half away from zero to the baseline's precision (Dec rounds half up, i.e. away from zero). */
export function tilGrundlagetsPraecision(v: Dec, g: Pick<Grundlag, "decimaler">): Dec {
  return v.toDecimalPlaces(g.decimaler);
}

// ------------------------------------------------------------------ reading

type Kolonne = "ydelsesId" | "takst" | "pladser" | "tilbudsportalId" | "driftsherre" | "tilbud" | "takstaar";

const OVERSKRIFTER: Record<Kolonne, readonly string[]> = {
  ydelsesId: ["ydelses-id", "ydelsesid", "ydelses id"],
  takst: ["takst"],
  pladser: ["pladser"],
  tilbudsportalId: ["tilbudsportal-id", "tilbudsportalid", "tilbudsportal id"],
  driftsherre: ["driftsherre"],
  tilbud: ["tilbud"],
  takstaar: ["takstår", "takstaar"],
};
const NAVN: Record<Kolonne, string> = {
  ydelsesId: "Ydelses-ID",
  takst: "Takst",
  pladser: "Pladser",
  tilbudsportalId: "Tilbudsportal-ID",
  driftsherre: "Driftsherre",
  tilbud: "Tilbud",
  takstaar: "Takstår",
};
/** A header row is looked for in the first rows of each sheet. */
const MAKS_OVERSKRIFTSRAEKKE = 30;

function tekstAf(v: CellValue | undefined): string | null {
  if (v === null || v === undefined || erExcelFejl(v)) return null;
  const t = String(v).trim();
  return t === "" ? null : t;
}

function talAf(v: CellValue | undefined): Dec | null {
  if (v === null || v === undefined || erExcelFejl(v) || typeof v === "boolean") return null;
  if (typeof v === "number") return Number.isFinite(v) ? new D(v) : null;
  // Text as typed in a Danish workbook: "2.000,50" or "2000,50".
  const t = v.trim().replace(/\s|kr\.?/gi, "");
  const s = /,/.test(t) ? t.replace(/\./g, "").replace(",", ".") : t;
  if (!/^-?\d+(\.\d+)?$/.test(s)) return null;
  return new D(s);
}

/** Kroner or kroner and øre: 1.950,5 is øre written short, not a precision of tenths. */
function decimalerAf(d: Dec): number {
  return d.isInteger() ? 0 : 2;
}

export type GrundlagResultat = { ok: true; grundlag: Grundlag } | { ok: false; fejl: string };

/**
 * Reads the baseline from a workbook. Never throws: what is missing is said in Danish (the
 * CLI exits 2 with it).
 */
export function laesGrundlag(snapshot: WorkbookSnapshot): GrundlagResultat {
  let bedst: { mangler: Kolonne[]; ark: string } | null = null;
  for (const ark of snapshot.sheets) {
    for (let i = 0; i < Math.min(ark.values.length, MAKS_OVERSKRIFTSRAEKKE); i++) {
      const raekke = ark.values[i] ?? [];
      const kol: Partial<Record<Kolonne, number>> = {};
      raekke.forEach((v, j) => {
        const t = noegle(tekstAf(v));
        for (const k of Object.keys(OVERSKRIFTER) as Kolonne[])
          if (kol[k] === undefined && OVERSKRIFTER[k].includes(t)) kol[k] = j;
      });
      const tilbudOk = kol.tilbudsportalId !== undefined || (kol.driftsherre !== undefined && kol.tilbud !== undefined);
      const mangler = (["ydelsesId", "takst", "pladser"] as Kolonne[]).filter((k) => kol[k] === undefined);
      if (!tilbudOk)
        mangler.push(
          ...(["tilbudsportalId", "driftsherre", "tilbud"] as Kolonne[]).filter((k) => kol[k] === undefined),
        );
      const fundet = Object.keys(kol).length;
      if (mangler.length > 0) {
        if (fundet >= 2 && (!bedst || mangler.length < bedst.mangler.length)) bedst = { mangler, ark: ark.name };
        continue;
      }
      return tabelFra(ark.values.slice(i + 1), kol as Record<Kolonne, number>, ark.name);
    }
  }
  const krav = "Ydelses-ID, Takst og Pladser samt Tilbudsportal-ID eller Driftsherre og Tilbud";
  if (bedst) {
    const m = bedst.mangler.map((k) => NAVN[k]);
    return {
      ok: false,
      fejl: `arket ${bedst.ark} har ikke ${m.length === 1 ? "kolonnen" : "kolonnerne"} ${m.join(", ")}; der skal være kolonner med ${krav}.`,
    };
  }
  return { ok: false, fejl: `der er ingen tabel med kolonnerne ${krav}.` };
}

function tabelFra(raekker: CellValue[][], kol: Record<Kolonne, number>, ark: string): GrundlagResultat {
  const tilbud = new Map<string, GrundlagTilbud>();
  let decimaler = 0;
  let antal = 0;
  const aar = new Set<number>();
  for (const r of raekker) {
    const id = tekstAf(r[kol.ydelsesId]);
    if (!id) continue;
    const a = kol.takstaar !== undefined ? talAf(r[kol.takstaar]) : null;
    if (a && a.isInteger()) aar.add(a.toNumber());
    const navn: TilbudNavn = {
      driftsherre: kol.driftsherre !== undefined ? tekstAf(r[kol.driftsherre]) : null,
      tilbud: kol.tilbud !== undefined ? tekstAf(r[kol.tilbud]) : null,
      tilbudsportalId: kol.tilbudsportalId !== undefined ? tekstAf(r[kol.tilbudsportalId]) : null,
    };
    const k = noegle(navn.tilbudsportalId) || `${noegle(navn.driftsherre)}\u0000${noegle(navn.tilbud)}`;
    let t = tilbud.get(k);
    if (!t) tilbud.set(k, (t = { ...navn, ydelser: new Map(), raekkefoelge: [] }));
    const takst = talAf(r[kol.takst]);
    if (takst) decimaler = Math.max(decimaler, decimalerAf(takst));
    const idNoegle = noegle(id);
    if (!t.ydelser.has(idNoegle)) t.raekkefoelge.push(idNoegle);
    t.ydelser.set(idNoegle, { ydelsesId: id, takst, pladser: talAf(r[kol.pladser]) });
    antal++;
  }
  if (antal === 0) return { ok: false, fejl: `arket ${ark} har ingen rækker med et Ydelses-ID under overskrifterne.` };
  const takstaar = aar.size === 1 ? { takstaar: [...aar][0] } : {};
  return { ok: true, grundlag: { tilbud: [...tilbud.values()], decimaler, ...takstaar } };
}

/**
 * Whether `grundlag` can be last year's takstbilag for a skema of `takstaar`: its Takstår is the
 * year before. This year's bilag picked by mistake measures every change from itself, so no
 * takst seems to rise and a missing justification passes. True when either year is unknown
 * (a bilag without the Takstår column, a skema without Takstår).
 */
export function passerSomSidsteAar(grundlag: Grundlag, takstaar: number | null | undefined): boolean {
  return grundlag.takstaar === undefined || typeof takstaar !== "number" || grundlag.takstaar === takstaar - 1;
}

/** What the CLI and the pane say a skema of `takstaar` must be measured from instead. */
export function rigtigtGrundlagTekst(takstaar: number): string {
  return `ændringerne skal måles fra det takstbilag, der blev godkendt for takstår ${takstaar - 1}`;
}

// ------------------------------------------------------------------ not submitted

export interface IkkeIndsendt {
  driftsherre: string | null;
  tilbud: string | null;
  /** Empty when the whole tilbud is missing; else the Ydelses-IDs the tilbud did not submit this year. */
  ydelser: string[];
}

/**
 * Last year's tilbud and ydelser with no submission this year (§ 5: missing takster
 * "behandles særskilt"): a whole tilbud, or the ydelser a submitted tilbud left out.
 */
export function ikkeIndsendt(
  g: Grundlag,
  indsendte: readonly (TilbudNavn & { ydelsesIder: readonly string[] })[],
): IkkeIndsendt[] {
  const ud: IkkeIndsendt[] = [];
  const sendt = new Map<GrundlagTilbud, Set<string>>();
  for (const s of indsendte) {
    const t = findGrundlagTilbud(g, s);
    if (!t) continue;
    const ider = sendt.get(t) ?? new Set<string>();
    for (const id of s.ydelsesIder) ider.add(noegle(id));
    sendt.set(t, ider);
  }
  for (const t of g.tilbud) {
    const ider = sendt.get(t);
    if (!ider) {
      ud.push({ driftsherre: t.driftsherre, tilbud: t.tilbud, ydelser: [] });
      continue;
    }
    const mangler = t.raekkefoelge.filter((id) => !ider.has(id)).map((id) => t.ydelser.get(id)!.ydelsesId);
    if (mangler.length > 0) ud.push({ driftsherre: t.driftsherre, tilbud: t.tilbud, ydelser: mangler });
  }
  return ud;
}

/** One line per tilbud not submitted: "Driftsherre, Tilbud: ID, ID" or ": hele tilbuddet" (the CLI and the pane). */
export function ikkeIndsendtLinjer(liste: readonly IkkeIndsendt[]): string[] {
  return liste.map(
    (x) =>
      `${[x.driftsherre, x.tilbud].filter(Boolean).join(", ") || "(uden navn)"}` +
      (x.ydelser.length > 0 ? `: ${x.ydelser.join(", ")}` : ": hele tilbuddet"),
  );
}
