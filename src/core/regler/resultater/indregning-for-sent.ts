import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import { forHvem, fristForklaring, idAf, indregningsfrist, takstaar } from "./hjaelp/faelles";

// Needs no Takstår from Stamdata: the row itself says when it is indregnet.

export default lavRegel({
  meta: {
    id: "indregning-for-sent",
    standardAlvor: "fejl",
    beskrivelse:
      "Over- og underskud skal indregnes senest 2 år efter regnskabsåret (et nyt tilbuds driftstab fra første driftsår: fordelt over 2, 3 og 4 år efter); advarsel, når et for sent beløb indregnes i dette takstår.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.resultater;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const regnskabsaar = r.regnskabsaar.vaerdi;
      const iTakstaar = r.indregnetITakstaar.vaerdi;
      const indregnet = r.indregnet.vaerdi;
      // Nothing enters a takst when Indregnet is 0 or empty: the year then means nothing.
      if (regnskabsaar === null || iTakstaar === null || indregnet === null || indregnet.isZero()) continue;
      const resultat = r.resultat.vaerdi;
      const art =
        resultat === null ? null : resultat.isNegative() ? "underskud" : resultat.isZero() ? "nul" : "overskud";
      const frist = indregningsfrist(ctx.skema, ctx.profil, regnskabsaar, art);
      if (iTakstaar <= frist.aar) continue;
      const id = idAf(r);
      const hvad = resultat === null ? "over-/underskud" : resultat.isNegative() ? "underskud" : "overskud";
      const start =
        `${formaterKr(indregnet)} ${hvad}${forHvem(id)} fra regnskabsår ${regnskabsaar} er sat til at blive indregnet i takstår ${iTakstaar}, ` +
        `men skulle indregnes senest i takstår ${frist.aar} (${fristForklaring(frist, ctx.profil)}).`;
      // regler.md 2026.2 item 1: indregning now of an overdue amount is the only remedy left, not a fejl.
      const aarNu = takstaar(ctx.skema);
      const nu = iTakstaar === aarNu;
      const hvornaar =
        aarNu !== null && aarNu > frist.aar
          ? `Fristen er overskredet: indregn beløbet i dette takstår (${aarNu}), og begrund den sene indregning i Bemærkninger.`
          : `Indregn beløbet senest i takstår ${frist.aar}.`;
      ctx.rapporter({
        ark: r.indregnetITakstaar.ark,
        celle: r.indregnetITakstaar.adresse,
        ydelsesId: id,
        besked: nu
          ? `${start} Beløbet indregnes nu, i dette takstår, og det er det rigtige at gøre; begrund den sene indregning i Bemærkninger for ydelsen.`
          : `${start} ${hvornaar}`,
        ...(nu ? { alvor: "advarsel" as const } : {}),
      });
    }
  },
});
