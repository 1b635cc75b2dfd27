import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { formaterKr } from "../../format";
import {
  CITAT_NYT_TILBUD,
  CITAT_OVERSKUD_FRIST,
  CITAT_UNDERSKUD_FRIST,
  forHvem,
  fristForklaring,
  idAf,
  indregningsfrist,
} from "./faelles";

export const meta: RegelMeta = {
  id: "indregning-for-sent",
  standardAlvor: "fejl",
  paragraf: "5.3, 6.1.2",
  beskrivelse:
    "Over- og underskud skal indregnes senest 2 år efter regnskabsåret (3 år for et nyt tilbuds første driftsår).",
  citat: `${CITAT_OVERSKUD_FRIST} […] ${CITAT_UNDERSKUD_FRIST} […] ${CITAT_NYT_TILBUD}`,
  gaelderFor: ["takstskema"],
};

// Needs no Takstår from Stamdata: the row itself says when it is indregnet.
export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.resultater;
  if (!tabel) return;
  for (const r of tabel.raekker) {
    const regnskabsaar = r.regnskabsaar.vaerdi;
    const iTakstaar = r.indregnetITakstaar.vaerdi;
    const indregnet = r.indregnet.vaerdi;
    // Nothing enters a takst when Indregnet is 0 or empty: the year then means nothing.
    if (regnskabsaar === null || iTakstaar === null || indregnet === null || indregnet.isZero()) continue;
    const resultat = r.resultat.vaerdi;
    const art = resultat === null ? null : resultat.isNegative() ? "underskud" : resultat.isZero() ? "nul" : "overskud";
    const frist = indregningsfrist(ctx.skema, ctx.profil, regnskabsaar, art);
    if (iTakstaar <= frist.aar) continue;
    const id = idAf(r);
    const hvad = resultat === null ? "over-/underskud" : resultat.isNegative() ? "underskud" : "overskud";
    ctx.rapporter({
      ark: r.indregnetITakstaar.ark,
      celle: r.indregnetITakstaar.adresse,
      ydelsesId: id,
      besked:
        `${formaterKr(indregnet)} ${hvad}${forHvem(id)} fra regnskabsår ${regnskabsaar} er sat til at blive indregnet i takstår ${iTakstaar}, ` +
        `men skal indregnes senest i takstår ${frist.aar} (${fristForklaring(frist, ctx.profil)}). Indregn beløbet senest i ${frist.aar}.`,
    });
  }
}

export default { meta, tjek } satisfies Regel;
