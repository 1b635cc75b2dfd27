import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import type { Dec } from "../../penge";
import {
  forHvem,
  fristData,
  fristForklaring,
  idAf,
  indregningsfrist,
  takstaar,
  type FristData,
} from "./hjaelp/faelles";

// Needs no Takstår from Stamdata: the row itself says when it is indregnet.

interface ForSent {
  indregnet: Dec;
  art: "overskud" | "underskud" | "over-/underskud";
  ydelsesId?: string;
  regnskabsaar: number;
  indregnetITakstaar: number;
  frist: FristData;
}

const start = (d: ForSent): string =>
  `${formaterKr(d.indregnet)} ${d.art}${forHvem(d.ydelsesId)} fra regnskabsår ${d.regnskabsaar} er sat til at blive indregnet i takstår ${d.indregnetITakstaar}, ` +
  `men skulle indregnes senest i takstår ${d.frist.aar} (${fristForklaring(d.frist)}).`;

export default lavRegel({
  meta: {
    id: "indregning-for-sent",
    standardAlvor: "fejl",
    beskrivelse:
      "Over- og underskud skal indregnes senest 2 år efter regnskabsåret (et nyt tilbuds driftstab fra første driftsår: fordelt over 2, 3 og 4 år efter); advarsel, når et for sent beløb indregnes i dette takstår.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    forSent: (d: ForSent) => `${start(d)} Indregn beløbet senest i takstår ${d.frist.aar}.`,
    fristOverskredet: (d: ForSent & { takstaar: number }) =>
      `${start(d)} Fristen er overskredet: indregn beløbet i dette takstår (${d.takstaar}), og begrund den sene indregning i Bemærkninger.`,
    indregnesNu: (d: ForSent) =>
      `${start(d)} Beløbet indregnes nu, i dette takstår, og det er det rigtige at gøre; begrund den sene indregning i Bemærkninger for ydelsen.`,
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
      const data: ForSent = {
        indregnet,
        art: resultat === null ? "over-/underskud" : resultat.isNegative() ? "underskud" : "overskud",
        ydelsesId: id,
        regnskabsaar,
        indregnetITakstaar: iTakstaar,
        frist: fristData(frist, ctx.profil),
      };
      const celle = r.indregnetITakstaar;
      // regler.md 2026.2 item 1: indregning now of an overdue amount is the only remedy left, not a fejl.
      const aarNu = takstaar(ctx.skema);
      if (iTakstaar === aarNu) ctx.rapporter({ besked: "indregnesNu", celle, ydelsesId: id, data, alvor: "advarsel" });
      else if (aarNu !== null && aarNu > frist.aar)
        ctx.rapporter({ besked: "fristOverskredet", celle, ydelsesId: id, data: { ...data, takstaar: aarNu } });
      else ctx.rapporter({ besked: "forSent", celle, ydelsesId: id, data });
    }
  },
});
