import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { formaterPct, formaterPctBroek } from "../../format";
import { pctTilBroek } from "../../penge";
import { CITAT_FRAVAER, hvilken } from "./faelles";

export const meta: RegelMeta = {
  id: "ata-fravaer-usandsynlig",
  standardAlvor: "advarsel",
  paragraf: "bilag 2",
  beskrivelse: "Fraværskorrektionen i ATA-timetaksten ligger uden for det sandsynlige interval (10–50 %).",
  citat: CITAT_FRAVAER,
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  const tabel = ctx.skema.tillaeg;
  if (!tabel) return;
  const { fravaerMinPct, fravaerMaxPct } = ctx.profil.tillaeg;
  const min = pctTilBroek(fravaerMinPct);
  const max = pctTilBroek(fravaerMaxPct);
  const interval = `${formaterPct(fravaerMinPct)}–${formaterPct(fravaerMaxPct)}`;
  for (const r of tabel.raekker) {
    const c = r.fravaer;
    if (c.mangler || c.ulaeselig) continue;
    const hvem = hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
    const hvor = hvem ? ` for ${hvem}` : "";
    if (c.vaerdi === null) {
      // No other rule asks for it, and an empty cell calculates as 0 % in the ATA-timetakst.
      if (!c.tom || r.timeomkostning.vaerdi === null) continue;
      ctx.rapporter({
        ark: c.ark,
        celle: c.adresse,
        besked: `Fraværskorrektionen${hvor} er tom, så ATA-timetaksten regnes uden fravær. Skriv fraværskorrektionen (typisk ${interval}, fx 33 %).`,
      });
      continue;
    }
    if (c.vaerdi.gte(min) && c.vaerdi.lte(max)) continue;
    ctx.rapporter({
      ark: c.ark,
      celle: c.adresse,
      besked:
        `Fraværskorrektionen${hvor} er ${formaterPctBroek(c.vaerdi)}, uden for det sandsynlige interval ${interval} ` +
        "(ferie, fri- og søgnehelligdage, sygdom, pauser, møder og kurser). Kontrollér tallet; det lægges direkte til ATA-timetaksten.",
    });
  }
}

export default { meta, tjek } satisfies Regel;
