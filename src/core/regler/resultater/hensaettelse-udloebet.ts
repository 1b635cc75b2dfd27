import { lavRegel } from "../lav-regel";
import { senestAnvendelsesaar } from "../../beregning/overunderskud";
import { formaterKr } from "../../format";
import type { Dec } from "../../penge";
import { forHvem, idAf, takstaar } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "hensaettelse-udloebet",
    standardAlvor: "advarsel",
    beskrivelse: "Hensatte overskud skal anvendes inden for 5 år efter det år, overskuddet vedrører.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    udloebet: (d: {
      ydelsesId?: string;
      hensat: Dec;
      regnskabsaar: number;
      aar: number;
      senest: number;
      takstaar: number;
    }) =>
      `Der står stadig ${formaterKr(d.hensat)} hensat${forHvem(d.ydelsesId)} fra regnskabsår ${d.regnskabsaar}, men hensatte overskud skal anvendes inden for ${d.aar} år, ` +
      `dvs. senest i ${d.senest}, og takståret er ${d.takstaar}. Anvend eller indregn beløbet, og sæt Hensat til 0.`,
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
        besked: "udloebet",
        celle: r.hensat,
        ydelsesId: id,
        data: { ydelsesId: id, hensat, regnskabsaar, aar, senest, takstaar: aarNu },
      });
    }
  },
});
