import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { idNoegle, sikkertId } from "./problemer";

export const meta: RegelMeta = {
  id: "omkostninger-dublet",
  standardAlvor: "fejl",
  paragraf: "5.5.1",
  beskrivelse: "Hver ydelse har én række i tblOmkostninger; to rækker gør taksten umulig at efterregne.",
  citat: "Den enkelte takst pr. ydelser skal således være fordelt på følgende omkostningskategorier:",
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const foerste = new Map<string, number>();
  for (const r of ctx.skema.omkostninger?.raekker ?? []) {
    const c = r.ydelsesId;
    if (c.vaerdi === null || c.ulaeselig || c.mangler) continue;
    const noegle = idNoegle(c.vaerdi);
    if (noegle === "") continue;
    const tidligere = foerste.get(noegle);
    if (tidligere === undefined) {
      foerste.set(noegle, r.raekke);
      continue;
    }
    const id = sikkertId(c.vaerdi);
    ctx.rapporter({
      ark: c.ark,
      celle: c.adresse,
      ...(id ? { ydelsesId: id } : {}),
      besked:
        `Ydelses-ID${id ? ` "${id}"` : ""} har allerede en række i tblOmkostninger (række ${tidligere}), så taksten kan ikke efterregnes. ` +
        "Saml budgettet for ydelsen i én række.",
    });
  }
}

export default { meta, tjek } satisfies Regel;
