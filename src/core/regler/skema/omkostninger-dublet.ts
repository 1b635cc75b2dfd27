import { lavRegel } from "../lav-regel";
import { gentagneIder, rapporterPaaId } from "./hjaelp/ydelses-id";
import { TBL_OMKOSTNINGER } from "../../skema/tabeller";
import { tabelOrd } from "../../skema/tabelord";

export default lavRegel({
  meta: {
    id: "omkostninger-dublet",
    standardAlvor: "fejl",
    beskrivelse: "Hver ydelse har én række i tabellen over omkostninger; to rækker gør taksten umulig at efterregne.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    dublet: (d: { ydelsesId?: string; tidligereRaekke: number }) =>
      `Ydelses-ID${d.ydelsesId ? ` "${d.ydelsesId}"` : ""} har allerede en række i ${tabelOrd(TBL_OMKOSTNINGER.navn)} (række ${d.tidligereRaekke}), så taksten kan ikke efterregnes. ` +
      "Saml budgettet for ydelsen i én række.",
  },
  tjek(ctx) {
    for (const { celle, tidligereRaekke } of gentagneIder(ctx.skema.omkostninger?.raekker ?? [])) {
      rapporterPaaId(ctx, celle, (id) => ({ besked: "dublet", data: { ydelsesId: id, tidligereRaekke } }));
    }
  },
});
