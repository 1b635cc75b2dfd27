import { skjulCpr } from "../../cpr";
import { formaterTal } from "../../format";
import { parseOmraade, type Omraade } from "../../adresse";
import { cellNumberFormat, findSheet, type SnapshotSheet } from "../../snapshot";
import { lavRegel } from "../lav-regel";
import { forHverKontraktCelle, type KontraktCelle } from "./hjaelp/kontraktceller";
import { fastTalIFormat, talformatForvraenger, type Forvraengning } from "./hjaelp/talformat";

/** How much of a format or a value the message quotes. */
const VIST_TEGN = 60;

/** Column types whose value is a number the user reads as it is (kroner, counts, numbers, IDs). */
const TALTYPER: ReadonlySet<string> = new Set(["penge", "antal", "heltal", "tal", "id", "pct"]);

/** What the user sees instead of the value `v`. */
function vises(f: Forvraengning, v: number): string {
  if (f.slags === "skjuler") return "ingenting (cellen ser tom ud)";
  if (f.slags === "fyld")
    return `værdien efterfulgt af cifret ${f.ciffer}, gentaget til cellen er fuld (som et større tal)`;
  if (f.slags === "tusinder")
    return `værdien divideret med ${formaterTal(f.faktor, 0)} (${formaterTal(v / f.faktor, 2)} for ${formaterTal(v, Number.isInteger(v) ? 0 : 2)})`;
  return `værdien ganget med 100 (${formaterTal(v * 100, 0)} % for ${formaterTal(v, Number.isInteger(v) ? 0 : 2)})`;
}

function kort(s: string): string {
  return skjulCpr(s.length > VIST_TEGN ? `${s.slice(0, VIST_TEGN)} …` : s);
}

/** At most this many ranges of conditional formats are held against the cells (each costs a test per cell). */
const MAKS_BETINGEDE_OMRAADER = 500;

/** What a format makes the cell show instead of its value (format and texts as the message quotes them). */
type Visning =
  | { art: "fast"; fast: string; format: string; vaerdi: number | string }
  | { art: "forvraenget"; forvraengning: Forvraengning; format: string; vaerdi: number };

const visTal = (v: number): string => formaterTal(v, Number.isInteger(v) ? 0 : 2);

/** The Visning as the end of a sentence. */
function visningTekst(v: Visning): string {
  if (v.art === "fast") {
    const vaerdi = typeof v.vaerdi === "number" ? visTal(v.vaerdi) : `"${v.vaerdi}"`;
    return `den faste tekst "${v.fast}" fra talformatet (${v.format}), men cellens værdi er ${vaerdi}; kontrollen og takstbilaget bruger værdien.`;
  }
  return `${vises(v.forvraengning, v.vaerdi)} med talformatet (${v.format}), men kontrollen og takstbilaget bruger værdien ${visTal(v.vaerdi)}.`;
}

/** What `format` makes the cell show instead of its value; null: the value. */
function hvadVises(k: KontraktCelle, format: string): Visning | null {
  const raa = k.celle.raa as number | string;
  const fast = fastTalIFormat(format, raa);
  if (fast !== null)
    return { art: "fast", fast: kort(fast), format: kort(format), vaerdi: typeof raa === "number" ? raa : kort(raa) };
  if (typeof raa !== "number" || !TALTYPER.has(k.kolonne.type)) return null;
  // A percent column stores a fraction (0,96): its % format shows the value.
  const f = talformatForvraenger(format, raa, k.kolonne.type === "pct" || !!k.kolonne.procentpoint);
  if (!f) return null;
  return { art: "forvraenget", forvraengning: f, format: kort(format), vaerdi: raa };
}

const RAAD = "Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.";

interface Betinget {
  omr: Omraade;
  ref: string;
  format: string;
}

/** The conditional formats' ranges of a sheet, at most `plads` of them. */
function betingede(a: SnapshotSheet | undefined, plads: { rest: number }): Betinget[] {
  const ud: Betinget[] = [];
  for (const b of a?.conditionalNumberFormats ?? []) {
    for (const del of b.ref.split(/\s+/)) {
      if (plads.rest <= 0) return ud;
      const omr = parseOmraade(del);
      if (!omr) continue;
      plads.rest--;
      ud.push({ omr, ref: b.ref, format: b.format });
    }
  }
  return ud;
}

export default lavRegel({
  meta: {
    id: "talformat-skjuler-vaerdi",
    standardAlvor: "fejl",
    beskrivelse:
      'En celles talformat (også et, som betinget formatering giver den) viser et fast tal i stedet for cellens værdi (fx formatet "3.037,78"), skjuler værdien (;;;), fylder cellen med et ciffer (0*0), dividerer den med 1.000 (et komma til sidst) eller ganger den med 100 (% uden for en procentkolonne): brugeren ser et andet tal end det, der kontrolleres.',
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    talformat: (d: { kolonne: string; visning: Visning }) => `${d.kolonne} viser ${visningTekst(d.visning)} ${RAAD}`,
    betinget: (d: { kolonne: string; visning: Visning; omraade: string }) =>
      `${d.kolonne} kan vise ${visningTekst(d.visning)} Talformatet kommer fra en betinget formatering på ${d.omraade}. ` +
      "Fjern talformatet fra den betingede formatering (Startside → Betinget formatering → Administrer regler → Rediger regel → Formatér), eller slet reglen.",
  },
  tjek(ctx) {
    const ark = new Map<string, { a: SnapshotSheet | undefined; betingede: Betinget[] }>();
    const plads = { rest: MAKS_BETINGEDE_OMRAADER };
    forHverKontraktCelle(ctx.skema, (k) => {
      const raa = k.celle.raa;
      if (typeof raa !== "number" && (typeof raa !== "string" || raa === "")) return;
      let info = ark.get(k.celle.ark);
      if (!info) {
        const a = findSheet(ctx.snapshot, k.celle.ark);
        info = { a, betingede: betingede(a, plads) };
        ark.set(k.celle.ark, info);
      }
      const format = info.a?.numberFormats ? cellNumberFormat(info.a, k.raekkeNr, k.kolonneNr) : null;
      const egen = format ? hvadVises(k, format) : null;
      if (egen) {
        ctx.rapporter({
          besked: "talformat",
          celle: k.celle,
          ydelsesId: k.ydelsesId,
          data: { kolonne: k.kolonne.label, visning: egen },
        });
        return;
      }
      for (const b of info.betingede) {
        const o = b.omr;
        if (k.raekkeNr < o.top || k.raekkeNr > o.bottom || k.kolonneNr < o.left || k.kolonneNr > o.right) continue;
        const vist = hvadVises(k, b.format);
        if (!vist) continue;
        ctx.rapporter({
          besked: "betinget",
          celle: k.celle,
          ydelsesId: k.ydelsesId,
          data: { kolonne: k.kolonne.label, visning: vist, omraade: kort(b.ref) },
        });
        return;
      }
    });
  },
});
