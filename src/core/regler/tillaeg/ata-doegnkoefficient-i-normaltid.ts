import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { formaterPctBroek } from "../../format";
import { CITAT_DOEGNKOEFFICIENT, normaliser } from "./faelles";

export const meta: RegelMeta = {
  id: "ata-doegnkoefficient-i-normaltid",
  standardAlvor: "advarsel",
  paragraf: "bilag 2",
  beskrivelse: "I normal arbejdstid (hverdage kl. 06–17) er der ingen døgnkoefficient (arbejdstidsbestemte tillæg).",
  citat: CITAT_DOEGNKOEFFICIENT,
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.tillaeg;
  if (!tabel) return;
  const normaltid = normaliser(ctx.profil.tillaeg.normaltid);
  for (const r of tabel.raekker) {
    const tidsrum = r.tidsrum.vaerdi;
    const d = r.doegnkoefficient.vaerdi;
    if (tidsrum === null || d === null || normaliser(tidsrum) !== normaltid) continue;
    if (!d.isPositive() || d.isZero()) continue;
    const kategori = r.personalekategori.vaerdi;
    ctx.rapporter({
      ark: r.doegnkoefficient.ark,
      celle: r.doegnkoefficient.adresse,
      besked:
        `Døgnkoefficienten${kategori ? ` for ${kategori}` : ""} i tidsrummet ${tidsrum} er ${formaterPctBroek(d)}, men ${tidsrum} er normal arbejdstid, ` +
        "hvor der ikke er arbejdstidsbestemte tillæg. Sæt Døgnkoefficient til 0 %, eller ret tidsrummet.",
    });
  }
}

export default { meta, tjek } satisfies Regel;
