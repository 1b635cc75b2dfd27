import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { formaterKr, formaterPct } from "../../format";
import { tilOere } from "../../penge";
import { CITAT_UNDERSKUD_5_PCT, beloebEllerNul, fordeling, forHvem, idAf } from "./faelles";

export const meta: RegelMeta = {
  id: "underskud-under-5-pct-indregnet",
  standardAlvor: "fejl",
  paragraf: "5.3.2",
  beskrivelse: "Underskud op til 5 % af takstberegningsgrundlaget må ikke indregnes i taksten; kun delen derover.",
  citat: CITAT_UNDERSKUD_5_PCT,
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.resultater;
  if (!tabel) return;
  const pct = ctx.profil.overUnderskud.graensePct;
  for (const r of tabel.raekker) {
    const f = fordeling(r, ctx.profil);
    const indregnet = beloebEllerNul(r.indregnet);
    if (!f || f.art !== "underskud" || indregnet === null) continue;
    if (!tilOere(indregnet).gt(f.skalIndregnes)) continue;
    const id = idAf(r);
    const aar = r.regnskabsaar.vaerdi;
    ctx.rapporter({
      ark: r.indregnet.ark,
      celle: r.indregnet.adresse,
      ydelsesId: id,
      besked:
        `Underskuddet${forHvem(id)}${aar !== null ? ` i regnskabsår ${aar}` : ""} er ${formaterKr(f.beloeb)}, og indregnet er ${formaterKr(indregnet)} ` +
        `Underskud op til ${formaterPct(pct)} af takstberegningsgrundlaget (${formaterKr(f.graense)}) må ikke indregnes, så højst ${formaterKr(f.skalIndregnes)} kan indregnes. ` +
        `Sæt Indregnet til højst ${formaterKr(f.skalIndregnes)}, og dæk resten fx ved effektivisering eller af hensatte overskud.`,
    });
  }
}

export default { meta, tjek } satisfies Regel;
