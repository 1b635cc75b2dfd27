import { lavRegel } from "../lav-regel";
import { omkLabel } from "./hjaelp/faelles";

/**
 * The agreement's cost categories only (regler.md 2026.2 item 3; § 5.5.1 in Nordjylland). Finansieringsindtægter/-udgifter
 * and the Indregnet columns are not categories: an empty one is 0, as the formula reads it.
 */
const KATEGORIER = [
  "personale",
  "borgerrelaterede",
  "administration",
  "kompetenceudvikling",
  "ejendom",
  "afskrivninger",
] as const;

export default lavRegel({
  meta: {
    id: "omkostningskategori-tom",
    standardAlvor: "fejl",
    beskrivelse:
      "Hver af aftalens omkostningskategorier skal udfyldes for hver ydelse (0, hvis der ikke er udgifter i kategorien); tomme finansierings- og indregnet-celler læses som 0.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    tom: (d: { kolonne: string; ydelsesId: string }) =>
      `${d.kolonne} er tom for ${d.ydelsesId}. Skriv beløbet, eller 0 hvis ydelsen ikke har udgifter i kategorien.`,
  },
  tjek(ctx) {
    const tabel = ctx.skema.omkostninger;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const id = r.ydelsesId.vaerdi;
      if (!id) continue; // a row without a ydelse is someone else's finding
      for (const key of KATEGORIER) {
        const c = r[key];
        if (!c.tom || c.mangler || c.ulaeselig) continue;
        ctx.rapporter({ besked: "tom", celle: c, ydelsesId: id, data: { kolonne: omkLabel(key), ydelsesId: id } });
      }
    }
  },
});
