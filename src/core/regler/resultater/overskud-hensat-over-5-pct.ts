import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { fordelResultat } from "../../beregning/overunderskud";
import { formaterKr, formaterPct } from "../../format";
import { tilOere } from "../../penge";
import { CITAT_HENSAET, forHvem, idAf } from "./faelles";

export const meta: RegelMeta = {
  id: "overskud-hensat-over-5-pct",
  standardAlvor: "fejl",
  paragraf: "5.3.1",
  beskrivelse: "Der må højst hensættes overskud svarende til 5 % af takstberegningsgrundlaget.",
  citat: CITAT_HENSAET,
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.resultater;
  if (!tabel) return;
  const pct = ctx.profil.overUnderskud.graensePct;
  for (const r of tabel.raekker) {
    const hensat = r.hensat.vaerdi;
    const grundlag = r.grundlag.vaerdi;
    if (hensat === null || grundlag === null) continue;
    const { graense } = fordelResultat({ resultat: 0, grundlag, graensePct: pct });
    if (!tilOere(hensat).gt(graense)) continue;
    const id = idAf(r);
    const aar = r.regnskabsaar.vaerdi;
    ctx.rapporter({
      ark: r.hensat.ark,
      celle: r.hensat.adresse,
      ydelsesId: id,
      besked:
        `Hensat${forHvem(id)}${aar !== null ? ` (regnskabsår ${aar})` : ""} er ${formaterKr(hensat)}, men højst ${formaterPct(pct)} af ` +
        `takstberegningsgrundlaget på ${formaterKr(grundlag)}, dvs. ${formaterKr(graense)}, må hensættes. ` +
        `Indregn de ${formaterKr(tilOere(hensat).minus(graense))} ud over grænsen i taksten som en reduktion, og ret Hensat.`,
    });
  }
}

export default { meta, tjek } satisfies Regel;
