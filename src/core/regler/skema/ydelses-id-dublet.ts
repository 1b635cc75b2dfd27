import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { idNoegle, sikkertId } from "./problemer";

export const meta: RegelMeta = {
  id: "ydelses-id-dublet",
  standardAlvor: "fejl",
  paragraf: null,
  beskrivelse: "Hvert Ydelses-ID må kun stå på én række i tblYdelser.",
  citat:
    "Ydelses-ID: entydig nøgle inden for skemaet, fx `A1-108`; tekst, påkrævet, unik. (skabelon.md, version 2026.1)",
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const foerste = new Map<string, number>();
  for (const r of ctx.skema.ydelser?.raekker ?? []) {
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
        `Ydelses-ID${id ? ` "${id}"` : ""} står allerede i række ${tidligere}` +
        ` (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.`,
    });
  }
}

export default { meta, tjek } satisfies Regel;
