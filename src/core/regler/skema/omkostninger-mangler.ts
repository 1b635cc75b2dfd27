import { TBL_OMKOSTNINGER } from "../../skema/tabeller";
import { lavRegel } from "../lav-regel";
import { idNoegle, rapporterPaaId } from "./hjaelp/ydelses-id";
import { takstGenberegnes } from "../../beregning/takst";
import { vaerdi } from "../ydelser/hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "omkostninger-mangler",
    standardAlvor: "fejl",
    beskrivelse:
      "En ydelse, hvis takst beregnes ud fra pladser og belægning (Døgn, Dag, Måned, År; ikke individuelt forhandlet, trækningsret eller 0 pladser), skal have en række i Omkostninger.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const { ydelser, omkostninger } = ctx.skema;
    // A missing tblOmkostninger (or its ID column) is one structural finding, not one per ydelse.
    if (!ydelser || !omkostninger || omkostninger.manglendeKolonner.includes("ydelsesId")) return;
    const medOmkostninger = new Set<string>();
    for (const r of omkostninger.raekker) {
      if (r.ydelsesId.vaerdi !== null) medOmkostninger.add(idNoegle(r.ydelsesId.vaerdi));
    }
    for (const r of ydelser.raekker) {
      const enhed = vaerdi(r.takstenhed);
      // regler.md "Beregnet takst": only a recalculated takst needs its costs.
      if (
        enhed === null ||
        !takstGenberegnes({ takstenhed: enhed, taksttype: vaerdi(r.taksttype), pladser: vaerdi(r.pladser) })
      )
        continue;
      const c = r.ydelsesId;
      if (c.vaerdi === null || c.vaerdi.trim() === "" || medOmkostninger.has(idNoegle(c.vaerdi))) continue;
      rapporterPaaId(
        ctx,
        c,
        (id) =>
          `Ydelse${id ? ` ${id}` : "n"} (takst pr. ${enhed.toLowerCase()}) har ingen række i ${TBL_OMKOSTNINGER.navn}, så taksten kan ikke efterregnes.` +
          ` Tilføj en række med ydelsens omkostninger fordelt på kategorierne i ${ctx.afsnit("omkostningskategorier")}.`,
      );
    }
  },
});
