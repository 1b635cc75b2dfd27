/** What the ydelse rules share: the rows they check, nyt tilbud i første driftsår, message parts. */
import type { Celle, Takstskema, TakstbilagRaekke, YdelseRaekke } from "../../../model";
import type { Dec } from "../../../penge";
import type { Profil } from "../../../profil/typer";
import { bemaerkningerMangler, erEnhedstakst, type BegrundelseMangel } from "../../../beregning/takst";

/** The columns tblYdelser and tblTakstbilag share, which the pladser/takst rules read. */
export type AendringsRaekke = YdelseRaekke | TakstbilagRaekke;

/** The value, unless the cell is empty, unreadable or its column is missing. */
export function vaerdi<T>(c: Celle<T> | undefined): T | null {
  if (!c || c.mangler || c.ulaeselig) return null;
  return c.vaerdi;
}

export function ydelsesIdFor(r: AendringsRaekke): string | undefined {
  return vaerdi(r.ydelsesId) ?? undefined;
}

/**
 * The rows the pladser/takst rules check: tblYdelser's, and in a takstbilag (docs/regler.md: a
 * workbook with tblTakstbilag and no tblYdelser) tblTakstbilag's. A takstskema that also
 * carries a tblTakstbilag is checked on tblYdelser only, so one takst gives one finding.
 */
export function aendringsRaekker(skema: Takstskema): { raekke: AendringsRaekke; takstbilag: boolean }[] {
  if (skema.type === "takstbilag")
    return (skema.takstbilag?.raekker ?? []).map((raekke) => ({ raekke, takstbilag: true }));
  return (skema.ydelser?.raekker ?? []).map((raekke) => ({ raekke, takstbilag: false }));
}

export interface Begrundelsesfelter {
  /** Årsag til ændring as written (an unreadable enum counts as filled in: felt-ugyldig-vaerdi reports it). */
  aarsag: string | null;
  bemaerkninger: string | null;
  /** The cell to point at: Bemærkninger, or `fallback` when a takstbilag has no such column. */
  ark: string;
  celle: string;
  /** The columns a takstbilag lacks (named in the message; empty otherwise). */
  manglendeKolonner: string[];
}

/**
 * Årsag and Bemærkninger of a row, or null when the rule must stay quiet: in tblYdelser a
 * missing column (skema-mangler-kolonne reports it); anywhere an unreadable Bemærkninger cell
 * (felt-ugyldig-vaerdi). In a takstbilag both columns are optional: a missing one counts as
 * empty, and the finding points at `fallback`.
 */
export function begrundelsesfelter(
  r: AendringsRaekke,
  takstbilag: boolean,
  fallback: Celle<unknown>,
): Begrundelsesfelter | null {
  const { aarsag, bemaerkninger } = r;
  if (!takstbilag && (aarsag.mangler || bemaerkninger.mangler)) return null;
  if (bemaerkninger.ulaeselig) return null;
  const aarsagTekst = aarsag.mangler ? null : aarsag.ulaeselig ? String(aarsag.raa ?? "") : aarsag.vaerdi;
  const bemTekst = bemaerkninger.mangler ? null : bemaerkninger.vaerdi;
  const celle = bemaerkninger.mangler ? fallback : bemaerkninger;
  const manglendeKolonner = [
    aarsag.mangler ? "Årsag til ændring" : null,
    bemaerkninger.mangler ? "Bemærkninger" : null,
  ].filter((k): k is string => k !== null);
  return { aarsag: aarsagTekst, bemaerkninger: bemTekst, ark: celle.ark, celle: celle.adresse, manglendeKolonner };
}

/** " Takstbilaget har ingen kolonne Bemærkninger; tilføj den." ("" when none is missing). */
export function kolonneNote(manglendeKolonner: readonly string[]): string {
  return manglendeKolonner.length
    ? ` Takstbilaget har ingen kolonne ${manglendeKolonner.join(" eller ")}; tilføj den.`
    : "";
}

/** Why a justification falls short, as a finding's data. */
export interface BegrundelseData {
  mangler: BegrundelseMangel[];
  /** Characters in Bemærkninger (for "kort"). */
  tegn: number;
  minTegn: number;
  /** The profile's meaningless phrase Bemærkninger holds (for "intetsigende"; never other free text). */
  frase: string | null;
}

export function begrundelseData(
  mangler: BegrundelseMangel[],
  bemaerkninger: string | null,
  profil: Pick<Profil, "begrundelse">,
): BegrundelseData {
  const tekst = (bemaerkninger ?? "").trim();
  return {
    mangler,
    tegn: [...tekst].length,
    minTegn: profil.begrundelse.minTegn,
    frase: mangler.includes("intetsigende") ? tekst : null,
  };
}

/** Why the justification falls short, in Danish, e.g. "Bemærkninger har kun 8 tegn (mindst 20)". */
export function begrundelseMangelTekst(d: BegrundelseData): string {
  const dele: string[] = [];
  for (const m of d.mangler) {
    if (m === "tom") dele.push("Bemærkninger er tom");
    else if (m === "kort") dele.push(`Bemærkninger har kun ${d.tegn} tegn (mindst ${d.minTegn})`);
    // Only a phrase of the profile's list is echoed, never free text (it could hold personal data).
    else if (m === "intetsigende") dele.push(`»${d.frase ?? ""}« er ikke en begrundelse`);
  }
  if (d.mangler.includes("aarsag")) dele.push("Årsag til ændring er ikke valgt");
  return dele.join(", og ");
}

/** What to do: write in Bemærkninger and/or pick an Årsag. */
export function begrundelseHandling(d: BegrundelseData, hvad: string): string {
  const tekstMangler = d.mangler.some((m) => m !== "aarsag");
  const aarsagMangler = d.mangler.includes("aarsag");
  if (tekstMangler && aarsagMangler)
    return `Skriv en begrundelse for ${hvad} i Bemærkninger (mindst ${d.minTegn} tegn), og vælg en årsag.`;
  if (tekstMangler) return `Skriv en begrundelse for ${hvad} i Bemærkninger (mindst ${d.minTegn} tegn).`;
  return `Vælg en årsag til ${hvad} i Årsag til ændring.`;
}

/** Takstenheder whose ydelse is priced per place (a new one adds places to the tilbud). */
export const PLADSENHEDER: readonly string[] = ["Døgn", "Dag", "Måned", "År"];

/** Empty, with its column present and readable. */
function tomCelle(c: Celle<unknown>): boolean {
  return c.tom && !c.mangler && !c.ulaeselig;
}

/**
 * A ny ydelse (regler.md 2026.3, "Ny ydelse"): Pladser sidste år and Takst sidste år both
 * empty, Pladser above 0, Takstenhed Døgn, Dag, Måned or År; with a baseline, also not in last
 * year's approved bilag (`iGodkendtBilag`, e.g. `sidsteAar(ctx, r).godkendt`). The one place
 * that decides "new".
 */
export function erNyYdelse(r: AendringsRaekke, iGodkendtBilag = false): boolean {
  if (iGodkendtBilag) return false;
  const pladser = vaerdi(r.pladser);
  const enhed = vaerdi(r.takstenhed);
  return (
    tomCelle(r.pladserSidsteAar) &&
    tomCelle(r.takstSidsteAar) &&
    !!pladser &&
    pladser.gt(0) &&
    enhed !== null &&
    PLADSENHEDER.includes(enhed)
  );
}

/**
 * The tilbud is in its første driftsår for regler.md 2026.3 point 3: Nyt tilbud = Ja and
 * Første driftsår = Takstår, both filled in ("Ja" alone is not).
 */
export function erTilbudIFoersteDriftsaar(skema: Takstskema): boolean {
  const felter = skema.stamdata?.felter;
  if (!felter || vaerdi(felter.nytTilbud) !== "Ja") return false;
  const foerste = vaerdi(felter.foersteDriftsaar);
  return foerste !== null && foerste === vaerdi(felter.takstaar);
}

/**
 * Nyt tilbud = Ja and Første driftsår = Takstår. An empty (or unreadable) Første driftsår,
 * or an unreadable Takstår, counts as the første driftsår: nyt-tilbud-uden-driftsaar and the
 * input rules already report those cells, and the first-year reading gives only an info.
 */
export function erNytTilbudIFoersteDriftsaar(skema: Takstskema): boolean {
  const felter = skema.stamdata?.felter;
  if (!felter || vaerdi(felter.nytTilbud) !== "Ja") return false;
  const foerste = vaerdi(felter.foersteDriftsaar);
  const takstaar = vaerdi(felter.takstaar);
  if (foerste === null || takstaar === null) return true;
  return foerste === takstaar;
}

/**
 * Rows of tblYdelser with a readable Belægningsprocent (a fraction). Not an Enhedstakst: no
 * belægning rule applies to it (§ 4.1, regler.md 2026.3 point 1).
 */
export function belaegningsRaekker(skema: Takstskema): { raekke: YdelseRaekke; belaegning: Dec }[] {
  const ud: { raekke: YdelseRaekke; belaegning: Dec }[] = [];
  for (const raekke of skema.ydelser?.raekker ?? []) {
    if (erEnhedstakst(vaerdi(raekke.taksttype))) continue;
    const belaegning = vaerdi(raekke.belaegningsprocent);
    if (belaegning !== null) ud.push({ raekke, belaegning });
  }
  return ud;
}

/**
 * Bemærkninger explains the row (principle 1 or 2 of § 5.2, or a særligt tilbud's low belægning,
 * § 7.4): a tilstrækkelig begrundelse without Årsag, which is for changes.
 */
export function bemaerkningerForklarer(raekke: YdelseRaekke, profil: Pick<Profil, "begrundelse">): boolean {
  const c = raekke.bemaerkninger;
  const bem = c.mangler || c.ulaeselig ? null : c.vaerdi;
  return bemaerkningerMangler(bem, profil).length === 0;
}
