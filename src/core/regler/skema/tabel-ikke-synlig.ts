import { a1, omraadeA1, parseOmraade, type Omraade } from "../../adresse";
import type { FundetTabel } from "../../model";
import { normaliserOverskrift, utenUsynligeTegn } from "../../reader/find-tabel";
import { ALLE_TABELLER, paakraevedeKolonner, SKEMA_TABELLER, type TabelDef } from "../../skema/tabeller";
import { findSheet, type SnapshotSheet, type SnapshotTable } from "../../snapshot";
import { lavRegel } from "../lav-regel";
import type { TjekKontekst } from "../lav-regel";
import { tabelOrd } from "../../skema/tabelord";

const SKJULT: Record<"hidden" | "veryHidden", string> = {
  hidden: "som er skjult",
  veryHidden: "som er meget skjult (det kan ikke vises fra Excels menuer)",
};

function skjult(ark: SnapshotSheet | undefined): "hidden" | "veryHidden" | null {
  const v = ark?.visibility;
  return v === "hidden" || v === "veryHidden" ? v : null;
}

function foersteCelle(ref: string): string {
  return ref.split(":")[0];
}

type Skjult = "hidden" | "veryHidden";

const beskeder = {
  /** `tabelArk`: the sheet as the table names it (`ark` is the sheet found). */
  skjultArk: (d: { tabel: string; ark: string; tabelArk: string; skjult: Skjult; eget: string }) =>
    `${tabelOrd(d.tabel, { udenArk: true, stort: true })} står på arket ${d.ark}, ${SKJULT[d.skjult]}: den kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser den ikke. ` +
    (d.skjult === "veryHidden"
      ? `Slet arket ${d.tabelArk} (det kræver Visual Basic-editoren eller et værktøj), og sæt tabellen ind på det synlige ark ${d.eget}.`
      : `Vis arket (højreklik på en arkfane → Vis), eller flyt tabellen til det synlige ark ${d.eget}.`),
  andetArk: (d: { tabel: string; ark: string; eget: string; egetFindes: boolean; navn: string }) =>
    `${tabelOrd(d.tabel, { udenArk: true, stort: true })} står på arket ${d.ark}, men den hører til arket ${d.eget}: den kontrolleres og kommer i takstbilaget, ` +
    `mens den, der læser skemaet, leder efter den på arket ${d.eget}${d.egetFindes ? "" : ", som projektmappen ikke har"}. ` +
    (d.egetFindes
      ? `Flyt tabellen til arket ${d.eget} (klip rækkerne ud, og sæt dem ind der), så ${tabelOrd(d.navn, { udenArk: true })} kun står ét sted, på arket ${d.eget}.`
      : `Omdøb arket ${d.ark} til ${d.eget} (dobbeltklik på arkfanen).`),
  skjultKolonne: (d: { overskrift: string; adresse: string; tabel: string }) =>
    `Kolonnen ${d.overskrift} (${d.adresse}) i ${tabelOrd(d.tabel)} er skjult: dens celler kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser dem ikke. ` +
    "Vis kolonnen (markér kolonnerne på hver side af den, højreklik → Vis).",
  skjultRaekke: (d: { raekke: number; overskriftsraekke: boolean; tabel: string }) =>
    `${d.overskriftsraekke ? "Overskriftsrækken" : `Række ${d.raekke}`} i ${tabelOrd(d.tabel)} er skjult: den kontrolleres og kommer i takstbilaget, men den, der læser skemaet i Excel, ser den ikke. ` +
    "Vis rækken (ryd et filter, eller markér rækkerne på hver side af den, højreklik → Vis), eller slet den.",
  dobbeltNavn: (d: { navn: string; antal: number; laest: string; denne: string }) =>
    `Tabelnavnet ${d.navn} bruges af ${d.antal} tabeller; kun den første (${d.laest}) bliver kontrolleret og kommer i takstbilaget, ` +
    `ikke denne (${d.denne}). Slet den tabel, der ikke gælder, så der kun er én tabel ${d.navn}.`,
  overskrifterPaaSkjultArk: (d: { ark: string; omraade: string; navn: string; skjult: Skjult }) =>
    `Rækkerne under overskrifterne i ${d.ark}!${d.omraade} læses som ${tabelOrd(d.navn, { udenArk: true })}, men arket ${d.ark} er ${d.skjult === "veryHidden" ? "meget skjult" : "skjult"}: ` +
    `den, der læser skemaet i Excel, ser dem ikke. Vis arket (højreklik på en arkfane → Vis), eller flyt cellerne til et synligt ark.`,
  overskrifterUdenForTabel: (d: {
    ark: string;
    navn: string;
    raekke: number;
    omraade: string | null;
    /** Where the table is read from ("Ydelser!A1:P1"), or null when it is not found. */
    laestFra: string | null;
  }) =>
    `Arket ${d.ark} har overskrifterne til ${tabelOrd(d.navn, { udenArk: true })} i række ${d.raekke}${d.omraade ? ` (${d.omraade})` : ""}, men de står uden for tabellen (${d.laestFra ? `tabellen læses fra ${d.laestFra}` : "tabellen findes ikke"}): ` +
    "rækkerne under dem bliver ikke kontrolleret og kommer ikke i takstbilaget, selv om det er dem, brugeren ser. " +
    `Gør cellerne til en tabel: markér dem, vælg Indsæt → Tabel, og giv den navnet ${d.navn} (Tabeldesign → Tabelnavn; slet først den anden tabel med navnet).`,
};

/** The contract tables the reader found, with where their header row is. */
function fundneTabeller(ctx: TjekKontekst<typeof beskeder>): FundetTabel<unknown>[] {
  const s = ctx.skema;
  const ud: (FundetTabel<unknown> | null | undefined)[] = [s.stamdata?.tabel];
  for (const felt of Object.keys(SKEMA_TABELLER) as (keyof typeof SKEMA_TABELLER)[]) ud.push(s[felt]);
  return ud.filter((t): t is FundetTabel<unknown> => !!t);
}

/** A table named in the contract sits on a hidden sheet. */
function paaSkjultArk(ctx: TjekKontekst<typeof beskeder>, def: TabelDef, t: SnapshotTable): void {
  const ark = findSheet(ctx.snapshot, t.sheet);
  const s = skjult(ark);
  if (!s) return;
  ctx.rapporter({
    besked: "skjultArk",
    celle: { ark: ark!.name, adresse: foersteCelle(t.ref) },
    data: { tabel: t.name, ark: ark!.name, tabelArk: t.sheet, skjult: s, eget: def.ark },
  });
}

/**
 * A table named in the contract on a visible sheet other than its own: the reader checks it,
 * but the contract (and the user reading the skema) expects it on the sheet named for it.
 */
function paaAndetArk(ctx: TjekKontekst<typeof beskeder>, def: TabelDef, t: SnapshotTable): void {
  const ark = findSheet(ctx.snapshot, t.sheet);
  // A hidden sheet is reported on its own (paaSkjultArk), with the same advice.
  if (!ark || skjult(ark) || ark.name.trim().toLowerCase() === def.ark.toLowerCase()) return;
  const eget = findSheet(ctx.snapshot, def.ark);
  ctx.rapporter({
    besked: "andetArk",
    celle: { ark: ark.name, adresse: foersteCelle(t.ref) },
    data: { tabel: t.name, ark: ark.name, eget: def.ark, egetFindes: !!eget, navn: def.navn },
  });
}

/**
 * Hidden rows and contract columns inside a table the reader took: their cells are checked
 * and go into the takstbilag, but nobody reading the skema in Excel sees them.
 */
/**
 * Hidden rows and columns of a contract table. Both the CLI and the pane read and check them,
 * and the takstbilag shows them to DAS, so the verdict does not hang on them; only the one
 * reading the skema in Excel does not see them. An advarsel, not a fejl: a filter the økonom
 * left on is no reason to send the skema back.
 */
function skjulteRaekkerOgKolonner(ctx: TjekKontekst<typeof beskeder>, t: FundetTabel<unknown>): void {
  const ark = findSheet(ctx.snapshot, t.ark);
  if (!ark || (!ark.hiddenRows?.length && !ark.hiddenColumns?.length)) return;
  const kolonner = Object.values(t.kolonner).filter((k): k is NonNullable<typeof k> => !!k);
  if (kolonner.length === 0) return;
  const venstre = Math.min(...kolonner.map((k) => k.kolonne));
  const skjulteK = new Set(ark.hiddenColumns ?? []);
  for (const k of kolonner.sort((a, b) => a.kolonne - b.kolonne)) {
    if (!skjulteK.has(k.kolonne)) continue;
    ctx.rapporter({
      besked: "skjultKolonne",
      celle: { ark: ark.name, adresse: k.adresse },
      alvor: "advarsel",
      data: { overskrift: k.overskrift, adresse: k.adresse, tabel: t.navn },
    });
  }
  const skjulteR = new Set(ark.hiddenRows ?? []);
  const raekker: { raekke: number; id?: string }[] = [{ raekke: t.overskriftRaekke }];
  for (const r of t.raekker as ({ raekke: number } & Record<string, { vaerdi?: unknown } | undefined>)[]) {
    const id = r["ydelsesId"]?.vaerdi;
    raekker.push({ raekke: r.raekke, id: typeof id === "string" && id.trim() !== "" ? id : undefined });
  }
  for (const r of raekker) {
    if (!skjulteR.has(r.raekke)) continue;
    ctx.rapporter({
      besked: "skjultRaekke",
      celle: { ark: ark.name, adresse: a1(r.raekke, venstre) },
      ydelsesId: r.id,
      alvor: "advarsel",
      data: { raekke: r.raekke, overskriftsraekke: r.raekke === t.overskriftRaekke, tabel: t.navn },
    });
  }
}

/** Required headers of `def` per row of `ark`, outside the areas that are already a contract table. */
function udaekketOverskrift(
  ark: SnapshotSheet,
  def: TabelDef,
  daekket: Omraade[],
): { raekke: number; celler: string[] } | null {
  const paakraevet = paakraevedeKolonner(def);
  const opslag = new Map<string, string>();
  for (const k of def.kolonner) if (paakraevet.includes(k.key)) opslag.set(normaliserOverskrift(k.label), k.key);
  const minimum = Math.max(Math.min(2, def.kolonner.length), Math.ceil(paakraevet.length / 2));
  // A cheap first test before normalising: every header starts with one of these three letters.
  const starter = new Set([...opslag.keys()].map((n) => n.slice(0, 3)));
  for (let i = 0; i < ark.values.length; i++) {
    const raekke = ark.values[i];
    const r = ark.top + i;
    let noegler: Set<string> | undefined;
    let celler: string[] | undefined;
    for (let j = 0; j < raekke.length; j++) {
      const v = raekke[j];
      // Only header-length texts can be headers; a long text costs nothing here.
      if (typeof v !== "string" || v.length > 100) continue;
      // Invisible characters first: a zero-width space in front must not skip the header.
      if (!starter.has(utenUsynligeTegn(v).trimStart().slice(0, 3).toLowerCase())) continue;
      const key = opslag.get(normaliserOverskrift(v));
      if (!key) continue;
      const c = ark.left + j;
      if (daekket.some((o) => r >= o.top && r <= o.bottom && c >= o.left && c <= o.right)) continue;
      (noegler ??= new Set()).add(key);
      (celler ??= []).push(a1(r, c));
    }
    if (noegler && noegler.size >= minimum) return { raekke: r, celler: celler! };
  }
  return null;
}

export default lavRegel({
  meta: {
    id: "tabel-ikke-synlig",
    standardAlvor: "fejl",
    beskrivelse:
      "En af skemaets tabeller står ikke, hvor brugeren ser den: på et skjult ark, på et andet ark end sit eget, under et navn, som en anden tabel også har, mens tabellens overskrifter står uden for den på dens eget ark, eller med skjulte rækker eller kolonner.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder,
  tjek(ctx) {
    const { snapshot } = ctx;
    const fundne = fundneTabeller(ctx);
    const kontraktNavne = new Set(ALLE_TABELLER.map((d) => d.navn.toLowerCase()));
    const kontraktOmraader = new Map<string, Omraade[]>();
    const tilfoej = (arkNavn: string, o: Omraade) => {
      const k = arkNavn.trim().toLowerCase();
      kontraktOmraader.set(k, [...(kontraktOmraader.get(k) ?? []), o]);
    };
    for (const t of snapshot.tables) {
      const o = parseOmraade(t.ref);
      if (o && kontraktNavne.has(t.name.toLowerCase())) tilfoej(t.sheet, o);
    }
    // A table found by its headers covers its header row.
    for (const f of fundne) {
      const o = parseOmraade(f.overskriftOmraade);
      if (f.kilde === "overskrifter" && o) tilfoej(f.ark, o);
    }

    for (const def of ALLE_TABELLER) {
      const navn = def.navn.toLowerCase();
      const medNavnet = snapshot.tables.filter((t) => t.name.toLowerCase() === navn);
      for (const t of medNavnet) paaSkjultArk(ctx, def, t);
      if (medNavnet.length > 0) paaAndetArk(ctx, def, medNavnet[0]);

      // The reader reads the first; the others are not checked.
      const [laest, ...andre] = medNavnet;
      for (const t of andre) {
        ctx.rapporter({
          besked: "dobbeltNavn",
          celle: { ark: findSheet(snapshot, t.sheet)?.name ?? t.sheet, adresse: foersteCelle(t.ref) },
          data: {
            navn: def.navn,
            antal: medNavnet.length,
            laest: `${laest.sheet}!${laest.ref}`,
            denne: `${t.sheet}!${t.ref}`,
          },
        });
      }

      const fundet = fundne.find((f) => f.navn === def.navn);
      if (fundet) skjulteRaekkerOgKolonner(ctx, fundet);
      if (fundet && fundet.kilde === "overskrifter") {
        const ark = findSheet(snapshot, fundet.ark);
        const s = skjult(ark);
        if (s) {
          ctx.rapporter({
            besked: "overskrifterPaaSkjultArk",
            celle: { ark: fundet.ark, adresse: foersteCelle(fundet.overskriftOmraade) },
            data: { ark: fundet.ark, omraade: fundet.overskriftOmraade, navn: def.navn, skjult: s },
          });
        }
      }

      // The table's headers on its own visible sheet, outside every contract table.
      const eget = findSheet(snapshot, def.ark);
      if (!eget || skjult(eget)) continue;
      const blok = udaekketOverskrift(eget, def, kontraktOmraader.get(eget.name.trim().toLowerCase()) ?? []);
      if (!blok) continue;
      const omr = parseOmraade(`${blok.celler[0]}:${blok.celler[blok.celler.length - 1]}`);
      ctx.rapporter({
        besked: "overskrifterUdenForTabel",
        celle: { ark: eget.name, adresse: blok.celler[0] },
        data: {
          ark: eget.name,
          navn: def.navn,
          raekke: blok.raekke,
          omraade: omr ? omraadeA1(omr) : null,
          laestFra: fundet ? `${fundet.ark}!${fundet.overskriftOmraade}` : null,
        },
      });
    }
  },
});
