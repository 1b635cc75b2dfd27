import { skjulCpr } from "../../cpr";
import { formaterTal } from "../../format";
import { cellNumberFormat, findSheet, type SnapshotSheet } from "../../snapshot";
import { lavRegel } from "../lav-regel";
import { forHverKontraktCelle } from "./hjaelp/kontraktceller";
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

export default lavRegel({
  meta: {
    id: "talformat-skjuler-vaerdi",
    standardAlvor: "fejl",
    beskrivelse:
      'En celles talformat viser et fast tal i stedet for cellens værdi (fx formatet "3.037,78"), skjuler værdien (;;;), fylder cellen med et ciffer (0*0), dividerer den med 1.000 (et komma til sidst) eller ganger den med 100 (% uden for en procentkolonne): brugeren ser et andet tal end det, der kontrolleres.',
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    const ark = new Map<string, SnapshotSheet | undefined>();
    forHverKontraktCelle(ctx.skema, (k) => {
      const raa = k.celle.raa;
      if (typeof raa !== "number" && (typeof raa !== "string" || raa === "")) return;
      if (!ark.has(k.celle.ark)) ark.set(k.celle.ark, findSheet(ctx.snapshot, k.celle.ark));
      const a = ark.get(k.celle.ark);
      if (!a?.numberFormats) return;
      const format = cellNumberFormat(a, k.raekkeNr, k.kolonneNr);
      if (!format) return;
      const fast = fastTalIFormat(format, raa);
      if (fast === null) {
        if (typeof raa !== "number" || !TALTYPER.has(k.kolonne.type)) return;
        // A percent column stores a fraction (0,96): its % format shows the value.
        const f = talformatForvraenger(format, raa, k.kolonne.type === "pct" || !!k.kolonne.procentpoint);
        if (!f) return;
        ctx.rapporter({
          ark: k.celle.ark,
          celle: k.celle.adresse,
          ydelsesId: k.ydelsesId,
          besked:
            `${k.kolonne.label} viser ${vises(f, raa)} med cellens talformat (${kort(format)}), men kontrollen og takstbilaget bruger værdien ${formaterTal(raa, Number.isInteger(raa) ? 0 : 2)}. ` +
            "Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
        });
        return;
      }
      const vaerdi = typeof raa === "number" ? formaterTal(raa, Number.isInteger(raa) ? 0 : 2) : `"${kort(raa)}"`;
      ctx.rapporter({
        ark: k.celle.ark,
        celle: k.celle.adresse,
        ydelsesId: k.ydelsesId,
        besked:
          `${k.kolonne.label} viser den faste tekst "${kort(fast)}" fra cellens talformat (${kort(format)}), men cellens værdi er ${vaerdi}; ` +
          "kontrollen og takstbilaget bruger værdien. " +
          "Giv cellen et almindeligt talformat (Formatér celler → Tal eller Standard), så den viser sin værdi.",
      });
    });
  },
});
