import { lavRegel } from "../lav-regel";
import { senestAnvendelsesaar } from "../../beregning/overunderskud";
import { formaterKr } from "../../format";
import { forHvem, idAf, takstaar } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "hensaettelse-udloebet",
    standardAlvor: "advarsel",
    beskrivelse: "Hensatte overskud skal anvendes inden for 5 år efter det år, overskuddet vedrører.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const tabel = ctx.skema.resultater;
    const aarNu = takstaar(ctx.skema);
    if (!tabel || aarNu === null) return;
    const aar = ctx.profil.overUnderskud.hensaettelseAar;
    for (const r of tabel.raekker) {
      const hensat = r.hensat.vaerdi;
      const regnskabsaar = r.regnskabsaar.vaerdi;
      if (hensat === null || regnskabsaar === null || !hensat.isPositive() || hensat.isZero()) continue;
      const senest = senestAnvendelsesaar(regnskabsaar, ctx.profil);
      if (aarNu <= senest) continue;
      const id = idAf(r);
      ctx.rapporter({
        ark: r.hensat.ark,
        celle: r.hensat.adresse,
        ydelsesId: id,
        besked:
          `Der står stadig ${formaterKr(hensat)} hensat${forHvem(id)} fra regnskabsår ${regnskabsaar}, men hensatte overskud skal anvendes inden for ${aar} år, ` +
          `dvs. senest i ${senest}, og takståret er ${aarNu}. Anvend eller indregn beløbet, og sæt Hensat til 0.`,
      });
    }
  },
});
