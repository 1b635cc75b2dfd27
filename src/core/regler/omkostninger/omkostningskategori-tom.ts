import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { CITAT_5_5_1, GRUNDLAG_KEYS, omkLabel } from "./faelles";

export const meta: RegelMeta = {
  id: "omkostningskategori-tom",
  standardAlvor: "fejl",
  paragraf: "5.5.1",
  beskrivelse: "Hver omkostningskategori skal udfyldes for hver ydelse (0, hvis der ikke er udgifter i kategorien).",
  citat: CITAT_5_5_1,
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.omkostninger;
  if (!tabel) return;
  for (const r of tabel.raekker) {
    const id = r.ydelsesId.vaerdi;
    if (!id) continue; // a row without a ydelse is someone else's finding
    for (const key of GRUNDLAG_KEYS) {
      const c = r[key];
      if (!c.tom || c.mangler || c.ulaeselig) continue;
      ctx.rapporter({
        ark: c.ark,
        celle: c.adresse,
        ydelsesId: id,
        besked: `${omkLabel(key)} er tom for ${id}. Skriv beløbet, eller 0 hvis ydelsen ikke har udgifter i kategorien.`,
      });
    }
  }
}

export default { meta, tjek } satisfies Regel;
