import { TBL_OMKOSTNINGER, TBL_RESULTATER } from "../../skema/tabeller";
import type { Takstskema } from "../../model";
import { lavRegel } from "../lav-regel";
import { idNoegle, rapporterPaaId } from "./hjaelp/ydelses-id";
import { erEnhedstakst, takstGenberegnes } from "../../beregning/takst";
import { formaterKr } from "../../format";
import { D, type Dec } from "../../penge";
import { vaerdi } from "../ydelser/hjaelp/faelles";
import { tabelOrd } from "../../skema/tabelord";

/**
 * Per Ydelses-ID, what tblResultater indregner in this skema's Takstår (Indregnet above 0 with
 * Indregnet i takstår = Takstår). An Enhedstakst needs a cost row only then (regler.md 2026.3
 * point 1): the amount must reach its takst through the row's Indregnet column.
 */
interface Indregning {
  overskud: Dec;
  underskud: Dec;
}

function indregnetITakstaaret(skema: Takstskema): Map<string, Indregning> {
  const ud = new Map<string, Indregning>();
  const aar = vaerdi(skema.stamdata?.felter.takstaar);
  if (aar === null) return ud;
  for (const r of skema.resultater?.raekker ?? []) {
    const id = vaerdi(r.ydelsesId);
    const indregnet = vaerdi(r.indregnet);
    if (id === null || indregnet === null || !indregnet.gt(0) || vaerdi(r.indregnetITakstaar) !== aar) continue;
    const k = idNoegle(id);
    const i = ud.get(k) ?? { overskud: new D(0), underskud: new D(0) };
    // The result's sign says which column of tblOmkostninger carries it (an empty Resultat: overskud).
    if (vaerdi(r.resultat)?.isNegative()) i.underskud = i.underskud.plus(indregnet);
    else i.overskud = i.overskud.plus(indregnet);
    ud.set(k, i);
  }
  return ud;
}

/** "Indregnet overskud 150.000,00 kr." (and/or underskud): what the new row must say. */
function kolonnerTekst(i: Indregning): string {
  const dele: string[] = [];
  if (i.overskud.gt(0)) dele.push(`Indregnet overskud ${formaterKr(i.overskud)}`);
  if (i.underskud.gt(0)) dele.push(`Indregnet underskud ${formaterKr(i.underskud)}`);
  return dele.join(" og ");
}

export default lavRegel({
  meta: {
    id: "omkostninger-mangler",
    standardAlvor: "fejl",
    beskrivelse:
      "En ydelse, hvis takst beregnes ud fra pladser og belægning (Døgn, Dag, Måned, År; ikke individuelt forhandlet, trækningsret, enhedstakst eller 0 pladser), skal have en række i Omkostninger; en enhedstakst kun, når Over- og underskud indregner et beløb på den i takståret.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    enhedstakst: (d: { ydelsesId?: string; indregning: Indregning; takstaar: number | null; afsnit: string }) =>
      `Ydelse${d.ydelsesId ? ` ${d.ydelsesId}` : "n"} er en enhedstakst, og ${tabelOrd(TBL_RESULTATER.navn)} indregner ${formaterKr(d.indregning.overskud.plus(d.indregning.underskud))} på den i takståret ${d.takstaar}, ` +
      `men den har ingen række i ${tabelOrd(TBL_OMKOSTNINGER.navn)}, så beløbet ikke ses i taksten. ` +
      `Tilføj en række med ydelsens omkostninger (${d.afsnit}) og ${kolonnerTekst(d.indregning)}`,
    mangler: (d: { ydelsesId?: string; takstenhed: string; afsnit: string }) =>
      `Ydelse${d.ydelsesId ? ` ${d.ydelsesId}` : "n"} (takst pr. ${d.takstenhed.toLowerCase()}) har ingen række i ${tabelOrd(TBL_OMKOSTNINGER.navn)}, så taksten kan ikke efterregnes.` +
      ` Tilføj en række med ydelsens omkostninger fordelt på kategorierne i ${d.afsnit}.`,
  },
  tjek(ctx) {
    const { ydelser, omkostninger } = ctx.skema;
    // A missing tblOmkostninger (or its ID column) is one structural finding, not one per ydelse.
    if (!ydelser || !omkostninger || omkostninger.manglendeKolonner.includes("ydelsesId")) return;
    const medOmkostninger = new Set<string>();
    for (const r of omkostninger.raekker) {
      if (r.ydelsesId.vaerdi !== null) medOmkostninger.add(idNoegle(r.ydelsesId.vaerdi));
    }
    const indregnet = indregnetITakstaaret(ctx.skema);
    for (const r of ydelser.raekker) {
      const enhed = vaerdi(r.takstenhed);
      const c = r.ydelsesId;
      if (c.vaerdi === null || c.vaerdi.trim() === "" || medOmkostninger.has(idNoegle(c.vaerdi))) continue;
      const taksttype = vaerdi(r.taksttype);
      if (erEnhedstakst(taksttype)) {
        // § 4.1: priced per delivered unit; a cost row only when a result is indregnet on it.
        const beloeb = indregnet.get(idNoegle(c.vaerdi));
        if (!beloeb) continue;
        rapporterPaaId(ctx, c, (id) => ({
          besked: "enhedstakst",
          data: {
            ydelsesId: id,
            indregning: beloeb,
            takstaar: vaerdi(ctx.skema.stamdata?.felter.takstaar),
            afsnit: ctx.afsnit("omkostningskategorier"),
          },
        }));
        continue;
      }
      // regler.md "Beregnet takst": only a recalculated takst needs its costs.
      if (enhed === null || !takstGenberegnes({ takstenhed: enhed, taksttype, pladser: vaerdi(r.pladser) })) continue;
      rapporterPaaId(ctx, c, (id) => ({
        besked: "mangler",
        data: { ydelsesId: id, takstenhed: enhed, afsnit: ctx.afsnit("omkostningskategorier") },
      }));
    }
  },
});
