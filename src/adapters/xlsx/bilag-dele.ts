/**
 * The takstbilag's input from checked skemaer, shared by `takstskema bilag` (src/cli) and the
 * task pane's Sekretariat section (loaded there with the .xlsx reader and writer as one lazy
 * chunk): no Node modules here.
 *
 * `bilagDel`: every skema's tblYdelser rows, with Stamdata and the findings, mapped to the
 * takstbilag writer's input.
 * Status and Fund of a row (a takst) come from src/core/takstbilag-status.ts, the same
 * function the task pane's "Marker status" uses; here a finding belongs to a row by its
 * Ydelses-ID or by pointing into the row.
 * A takstbilag given as input contributes no rows (only its findings).
 * Text copied into the bilag has CPR numbers replaced; the finding itself is shown on its row,
 * or once per tilbud when it concerns the whole skema.
 *
 * `bilagAfvisninger`: why no takstbilag may be built (the same tilbud twice, more than one takstår,
 * last year's takstbilag of another year than the one before).
 */
import {
  type Celle,
  type Dec,
  findGrundlagTilbud,
  fordelFund,
  type Grundlag,
  noegle,
  passerSomSidsteAar,
  type Profilindgang,
  rammerAlleTakster,
  skjulCpr,
  statusOgFund,
  type Takstskema,
  udeladteSomFund,
  udeladtTekst,
  type Valideringsresultat,
  vist,
} from "../../core";
export type { FilResultat } from "../../core";
import type { BilagFund, BilagInput, BilagRaekke, Tilbudsfund } from "./skriv-bilag";

export interface BilagFil {
  fil: string;
  skema: Takstskema;
  resultat: Valideringsresultat;
  /** Last year's approved takstbilag: its values replace the skema's "sidste år" on DAS' paper. */
  grundlag?: Grundlag;
}

/** A text value for the bilag. CPR numbers are hidden: the takstbilag goes to DAS and must not spread them. */
function tekst(c: Celle<string> | undefined): string | null {
  if (!c) return null;
  let t: string | null;
  if (c.vaerdi !== null && c.vaerdi !== undefined) t = String(c.vaerdi);
  // An unreadable text value (e.g. an unknown enum spelling) is still shown as typed.
  else t = typeof c.raa === "string" && c.raa.trim() !== "" ? c.raa : typeof c.raa === "number" ? String(c.raa) : null;
  return t === null ? null : skjulCpr(t);
}

function tal(c: Celle<Dec> | undefined): Dec | null {
  return c?.vaerdi ?? null;
}

/** "2025-2026" for consecutive years, else "2025, 2027". */
function aarTekst(aar: readonly number[]): string {
  const s = [...aar].sort((a, b) => a - b);
  const sammenhaengende = s.every((x, i) => i === 0 || x === s[i - 1] + 1);
  return sammenhaengende && s.length > 1 ? `${s[0]}-${s[s.length - 1]}` : s.join(", ");
}

function hyppigste(tal: number[]): number | undefined {
  const t = new Map<number, number>();
  for (const x of tal) t.set(x, (t.get(x) ?? 0) + 1);
  let bedst: number | undefined;
  for (const [x, n] of t) if (bedst === undefined || n > t.get(bedst)! || (n === t.get(bedst) && x > bedst)) bedst = x;
  return bedst;
}

/** One file's share of the bilag, made as soon as the file is checked so its model need not be kept. */
export interface BilagDel {
  fil: string;
  raekker: BilagRaekke[];
  fund: BilagFund[];
  takstaar?: number;
  /** The skema's findings outside its takster (Stamdata, tillæg …), when it has fejl or advarsler there. */
  tilbudsfund?: Tilbudsfund;
  /** Which tilbud the skema is, to find one submitted twice (absent for a takstbilag). */
  afsender?: Afsender;
}

export interface Afsender {
  driftsherre: string | null;
  tilbud: string | null;
  tilbudsportalId: string | null;
  /** Every Ydelses-ID with the cell it stands in. */
  ydelser: { id: string; ark: string; celle: string }[];
}

export function bilagDel({ fil: filnavn, skema, resultat, grundlag }: BilagFil): BilagDel {
  // File and sheet names can hold a CPR number too; the bilag goes to DAS.
  const fil = skjulCpr(filnavn);
  const fund: BilagFund[] = resultat.fund.map((f) => ({
    fil,
    ark: skjulCpr(f.ark),
    celle: f.celle,
    ydelsesId: f.ydelsesId ? skjulCpr(f.ydelsesId) : null,
    regel: f.regel,
    alvor: f.alvor,
    paragraf: f.paragraf,
    besked: skjulCpr(f.besked),
  }));
  // What the engine's cap left out: one line per rule saying how many.
  for (const u of resultat.udeladt ?? [])
    fund.push({
      fil,
      ark: "",
      celle: "",
      ydelsesId: null,
      regel: u.regel,
      alvor: u.alvor,
      paragraf: u.paragraf,
      besked: udeladtTekst(u),
    });
  if (resultat.type !== "takstskema" || !skema.ydelser) return { fil, raekker: [], fund };
  const felter = skema.stamdata?.felter;
  const aar = felter?.takstaar.vaerdi;
  const driftsherre = tekst(felter?.driftsherre);
  const tilbud = tekst(felter?.tilbud);
  const ydelser = skema.ydelser.raekker;
  // The left-out findings still set their rows' status.
  const alle = resultat.udeladt ? [...resultat.fund, ...udeladteSomFund(resultat)] : resultat.fund;
  // A takst's status comes from its own findings: a Stamdata field or a tillæg row does not make
  // every takst of the tilbud Fejl on DAS' paper; those findings are shown once per tilbud.
  const { prRaekke, helSkema } = fordelFund(
    ydelser.map((r) => ({ ark: r.ark, raekke: r.raekke, ydelsesId: r.ydelsesId.vaerdi })),
    alle,
    true,
  );
  const overalt = helSkema.filter(rammerAlleTakster);
  const statusser = prRaekke.map((egne) => statusOgFund([...egne, ...overalt]));
  // fordelFund keeps one finding per rule and severity: these count kinds of problems, bounded
  // for a hostile file (issue 9), not every cell.
  const hele = helSkema;
  const antalFejl = hele.filter((f) => f.alvor === "fejl").length;
  const antalAdvarsler = hele.filter((f) => f.alvor === "advarsel").length;
  // With a baseline, DAS sees last year's approved takst and pladser, not what the skema typed
  // (a skema that understates last year's takst would hide a væsentlig stigning).
  const godkendt = grundlag
    ? findGrundlagTilbud(grundlag, {
        driftsherre: felter?.driftsherre.vaerdi ?? null,
        tilbud: felter?.tilbud.vaerdi ?? null,
        tilbudsportalId: felter?.tilbudsportalId.vaerdi ?? null,
      })
    : null;
  const raekker = ydelser.map((r, i): BilagRaekke => {
    const so = statusser[i];
    const g = godkendt?.ydelser.get(noegle(r.ydelsesId.vaerdi));
    return {
      fil,
      takstaar: typeof aar === "number" ? aar : null,
      driftsherre,
      tilbud,
      ydelsesId: tekst(r.ydelsesId),
      ydelse: tekst(r.ydelse),
      paragraf: tekst(r.paragraf),
      takstenhed: tekst(r.takstenhed),
      pladserSidsteAar: g ? g.pladser : tal(r.pladserSidsteAar),
      pladser: tal(r.pladser),
      takstSidsteAar: g ? g.takst : tal(r.takstSidsteAar),
      takst: tal(r.takst),
      belaegning: tal(r.belaegningsprocent),
      aarsag: tekst(r.aarsag),
      bemaerkninger: tekst(r.bemaerkninger),
      status: so.status,
      fund: so.fund,
    };
  });
  const afsender: Afsender = {
    driftsherre,
    tilbud,
    tilbudsportalId: tekst(felter?.tilbudsportalId),
    ydelser: ydelser.flatMap((r) => {
      const id = tekst(r.ydelsesId)?.trim();
      return id ? [{ id, ark: r.ydelsesId.ark, celle: r.ydelsesId.adresse }] : [];
    }),
  };
  return {
    fil,
    raekker,
    fund,
    afsender,
    ...(typeof aar === "number" ? { takstaar: aar } : {}),
    ...(antalFejl + antalAdvarsler > 0
      ? { tilbudsfund: { driftsherre, tilbud, fejl: antalFejl, advarsler: antalAdvarsler } }
      : {}),
  };
}

// ------------------------------------------------------------------ the same tilbud twice

// Names compare without case and repeated spaces ("Bostedet  egebakken" is Bostedet Egebakken): noegle in core/takstbilag/grundlag.ts.

function tilbudNavn(a: Afsender): string {
  return [a.driftsherre, a.tilbud].filter((x) => x && x.trim()).join(", ") || "uden Driftsherre og Tilbud";
}

export interface Dubletter {
  /** The same tilbud in two files (Danish, one line per pair): the takstbilag is not written. */
  sammeTilbud: string[];
  /** The same Ydelses-ID in files of different tilbud: both are kept, with this warning on Fund. */
  advarsler: BilagFund[];
}

/**
 * Two files are the same tilbud when Driftsherre and Tilbud are the same, or the
 * Tilbudsportal-ID is: then `bilag` refuses (exit 2), naming both files, rather than guess
 * which is the valid one. A Ydelses-ID is unique only within its skema (skabelon.md), so
 * the same ID in different tilbud is allowed, but never silently: a warning names both files.
 */
export function findDubletter(dele: readonly BilagDel[]): Dubletter {
  const sammeTilbud: string[] = [];
  const advarsler: BilagFund[] = [];
  const efterNavn = new Map<string, BilagDel>();
  const efterPortalId = new Map<string, BilagDel>();
  const efterId = new Map<string, BilagDel>();
  const par = new Set<string>();
  const parNoegle = (a: BilagDel, b: BilagDel) => `${a.fil}\u0000${b.fil}`;
  for (const d of dele) {
    const a = d.afsender;
    if (!a) continue;
    const navn = a.driftsherre?.trim() && a.tilbud?.trim() ? `${noegle(a.driftsherre)}\u0000${noegle(a.tilbud)}` : null;
    const portal = a.tilbudsportalId?.trim() ? noegle(a.tilbudsportalId) : null;
    const foer = (navn && efterNavn.get(navn)) || (portal && efterPortalId.get(portal)) || null;
    if (foer) {
      // One line per pair: a newline in a file name, Driftsherre or Tilbud is shown, not obeyed.
      const hvorfor =
        navn && efterNavn.get(navn) === foer
          ? vist`begge er ${tilbudNavn(a)}`
          : vist`begge har Tilbudsportal-ID ${a.tilbudsportalId!.trim()}`;
      sammeTilbud.push(vist`${foer.fil} og ${d.fil}: ` + `${hvorfor}.`);
      par.add(parNoegle(foer, d));
    }
    if (navn && !efterNavn.has(navn)) efterNavn.set(navn, d);
    if (portal && !efterPortalId.has(portal)) efterPortalId.set(portal, d);

    const faelles = new Map<BilagDel, { id: string; ark: string; celle: string }[]>();
    for (const y of a.ydelser) {
      const k = noegle(y.id);
      const anden = efterId.get(k);
      if (anden && anden !== d && !par.has(parNoegle(anden, d))) faelles.set(anden, [...(faelles.get(anden) ?? []), y]);
      if (!anden) efterId.set(k, d);
    }
    for (const [anden, ider] of faelles) {
      const vist =
        ider
          .slice(0, 3)
          .map((y) => y.id)
          .join(", ") + (ider.length > 3 ? " …" : "");
      advarsler.push({
        fil: d.fil,
        ark: ider[0].ark,
        celle: ider[0].celle,
        ydelsesId: ider.length === 1 ? ider[0].id : null,
        regel: "ydelses-id-i-flere-filer",
        alvor: "advarsel",
        paragraf: null,
        besked:
          `${ider.length === 1 ? `Ydelses-ID'et ${vist} findes` : `${ider.length} Ydelses-ID'er (${vist}) findes`} også i ${anden.fil} (${tilbudNavn(anden.afsender!)}). ` +
          `Begge filer er med i takstbilaget, fordi tilbuddene har forskellig Driftsherre, Tilbud og Tilbudsportal-ID. ` +
          `Er det det samme tilbud indsendt to gange, så fjern den gamle fil, og byg takstbilaget igen.`,
      });
    }
  }
  return { sammeTilbud, advarsler };
}

// ------------------------------------------------------------------ refusals

/** Why the takstbilag is not built: a Danish heading, one line per case, and what to do. */
export interface Afvisning {
  grund: string;
  linjer: string[];
  raad: string;
}

/**
 * The skemaer's Takstår, each with its files, when they are not all the same year (else
 * empty). A takstbilag is for one takstår (produkt.md: "`bilag` takes one Takstår only"):
 * mixing last year's skema into this year's bilag would put an old takst before DAS.
 */
export function flereTakstaar(dele: readonly BilagDel[]): { takstaar: number; filer: string[] }[] {
  const efterAar = new Map<number, string[]>();
  for (const d of dele)
    if (d.takstaar !== undefined) efterAar.set(d.takstaar, [...(efterAar.get(d.takstaar) ?? []), d.fil]);
  if (efterAar.size <= 1) return [];
  return [...efterAar]
    .sort((a, b) => b[1].length - a[1].length || b[0] - a[0])
    .map(([takstaar, filer]) => ({ takstaar, filer }));
}

/** Files as an afvisning's line names them: the first five, then how many more. */
const filListe = (filer: readonly string[]): string =>
  `${filer
    .slice(0, 5)
    .map((f) => vist`${f}`)
    .join(", ")}${filer.length > 5 ? ` og ${filer.length - 5} flere` : ""}`;

/**
 * Every reason `bilag` (and the pane's "Byg takstbilag") refuses; empty when the bilag may be
 * built. With last year's takstbilag (`grundlag`): one whose Takstår is not the year before the
 * skemaer's (this year's bilag picked by mistake would show DAS no increases at all).
 */
export function bilagAfvisninger(
  dele: readonly BilagDel[],
  dubletter: Dubletter = findDubletter(dele),
  grundlag?: Grundlag,
): Afvisning[] {
  const ud: Afvisning[] = [];
  const forkertAar = grundlag ? dele.filter((d) => !passerSomSidsteAar(grundlag, d.takstaar)) : [];
  if (grundlag?.takstaar !== undefined && forkertAar.length > 0) {
    const aar = forkertAar[0].takstaar!;
    ud.push({
      grund: `Sidste års takstbilag gælder takstår ${grundlag.takstaar}, men skemaerne gælder takstår ${aar}, så takstbilaget er ikke skrevet (ændringerne ville blive målt fra det forkerte år):`,
      linjer: [`Takstår ${aar}: ${filListe(forkertAar.map((d) => d.fil))}.`],
      raad: `Vælg det takstbilag, der blev godkendt for takstår ${aar - 1}, som sidste års takstbilag, og kør igen.`,
    });
  }
  if (dubletter.sammeTilbud.length > 0)
    ud.push({
      grund: "Det samme tilbud er indsendt mere end én gang, så takstbilaget er ikke skrevet:",
      linjer: dubletter.sammeTilbud,
      raad: "Fjern den gamle udgave (eller flyt den ud af mappen), og kør igen.",
    });
  const aar = flereTakstaar(dele);
  if (aar.length > 0)
    ud.push({
      grund: `Skemaerne gælder ${aar.length} forskellige takstår, så takstbilaget er ikke skrevet (et takstbilag gælder ét takstår):`,
      linjer: aar.map((a) => `Takstår ${a.takstaar}: ${filListe(a.filer)}.`),
      raad: "Fjern skemaerne for det forkerte takstår (eller flyt dem ud af mappen), og kør igen.",
    });
  return ud;
}

/** An Afvisning as the CLI prints it (and the pane shows it): heading, indented lines, advice. */
export function afvisningTekst(a: Afvisning): string {
  return `${a.grund}\n${a.linjer.map((l) => `  ${l}`).join("\n")}\n${a.raad}`;
}

/** The writer's input: every file's rows and findings, the unreadable files, and the profile's days per year. */
export function bilagInput(
  dele: readonly BilagDel[],
  resultater: readonly { fil: string; fejlVedLaesning?: string }[],
  { profil, aftale }: Profilindgang,
  advarsler: readonly BilagFund[] = [],
): BilagInput {
  const raekker = dele.flatMap((d) => d.raekker);
  const fund = [...dele.flatMap((d) => d.fund), ...advarsler];
  const takstaar = dele.flatMap((d) => (d.takstaar !== undefined ? [d.takstaar] : []));

  const ulaeseligeFiler = resultater.flatMap((r) =>
    r.fejlVedLaesning !== undefined ? [{ fil: skjulCpr(r.fil), aarsag: skjulCpr(r.fejlVedLaesning) }] : [],
  );
  const aar = hyppigste(takstaar);
  const tilbudsfund = dele.flatMap((d) => (d.tilbudsfund ? [d.tilbudsfund] : []));
  const aftaleAar = profil.takstaar;
  const udenFor =
    aar !== undefined && aftaleAar && aftaleAar.length > 0 && !aftaleAar.includes(aar)
      ? `Takstår ${aar} ligger uden for ${aftale.navn} (${aarTekst(aftaleAar)}): skemaerne er kontrolleret med den aftales regler.`
      : undefined;
  return {
    ...(udenFor ? { takstaarNote: udenFor } : {}),
    ...(tilbudsfund.length > 0 ? { tilbudsfund } : {}),
    raekker,
    fund,
    profil: profil.navn,
    godkender: aftale.godkender,
    dagePrAar: profil.dagePrAar,
    takstaendring: profil.takstaendring,
    ...(aar !== undefined ? { takstaar: aar } : {}),
    ...(ulaeseligeFiler.length > 0 ? { ulaeseligeFiler } : {}),
  };
}
