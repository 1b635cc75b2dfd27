import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { formaterPct, formaterPctBroek } from "../../format";
import { pctTilBroek } from "../../penge";
import { CITAT_VFO, hvilken } from "./faelles";

export const meta: RegelMeta = {
  id: "ata-vfo-over-5-pct",
  standardAlvor: "fejl",
  paragraf: "5.4.7, bilag 2",
  beskrivelse:
    "Tillægget for variable følgeomkostninger i ATA-timetaksten må højst være 5 % af marginalomkostningerne.",
  citat: CITAT_VFO,
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.tillaeg;
  if (!tabel) return;
  const maxPct = ctx.profil.tillaeg.vfoMaxPct;
  const max = pctTilBroek(maxPct);
  for (const r of tabel.raekker) {
    const vfo = r.vfo.vaerdi;
    if (vfo === null || !vfo.gt(max)) continue;
    const hvem = hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
    ctx.rapporter({
      ark: r.vfo.ark,
      celle: r.vfo.adresse,
      besked:
        `Variable følgeomkostninger${hvem ? ` for ${hvem}` : ""} er ${formaterPctBroek(vfo, 2)}, men højst ${formaterPct(maxPct)} må lægges til ` +
        `timeomkostningen. Sæt Variable følgeomkostninger til højst ${formaterPct(maxPct)}.`,
    });
  }
}

export default { meta, tjek } satisfies Regel;
