import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { tilOere, type Dec } from "../../penge";
import { GRUNDLAG_LED } from "../../skema/tabeller";
import { grundlagAfKolonner, omkLabel } from "./hjaelp/faelles";

/** The ten columns the formula sums, with their signs: the explanation's, not every message's (issue 15 § 3). */
const FORMEL = GRUNDLAG_LED.map((l, i) => `${i === 0 ? "" : l.fortegn > 0 ? " + " : " − "}${omkLabel(l.key)}`).join("");

export default lavRegel({
  meta: {
    id: "grundlag-stemmer-ikke",
    standardAlvor: "fejl",
    beskrivelse: `Takstberegningsgrundlaget skal være summen af omkostningskategorierne (formlen må ikke være overskrevet): ${FORMEL}. Heraf fagpersonale i vagtlag er en del af personaleomkostningerne og lægges ikke til igen.`,
    gaelderFor: ["takstskema"],
    aarsagTil: ["takst-afviger-fra-beregning", "takst-beregnet-med-366-dage"],
  },
  beskeder: {
    stemmerIkke: (d: { ydelsesId?: string; angivet: Dec; beregnet: Dec }) =>
      `Takstberegningsgrundlaget${d.ydelsesId ? ` for ${d.ydelsesId}` : ""} er ${formaterKr(d.angivet)}, men omkostningskategorierne giver ${formaterKr(d.beregnet)} ` +
      // Sum and difference first; the ten columns are in the rule's explanation (Forklaring), so one finding stays short.
      `(forskel ${formaterKr(d.angivet.minus(d.beregnet).abs())}). Formlen er måske overskrevet: sæt formlen ind igen (kolonnerne, den lægger sammen, står i forklaringen).`,
  },
  tjek(ctx) {
    const tabel = ctx.skema.omkostninger;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const celle = r.grundlag;
      if (celle.vaerdi === null) continue;
      const sum = grundlagAfKolonner(r);
      if (sum === null) continue;
      const beregnet = tilOere(sum);
      const angivet = tilOere(celle.vaerdi);
      if (beregnet.eq(angivet)) continue;
      const id = r.ydelsesId.vaerdi ?? undefined;
      ctx.rapporter({ besked: "stemmerIkke", celle, ydelsesId: id, data: { ydelsesId: id, angivet, beregnet } });
    }
  },
});
