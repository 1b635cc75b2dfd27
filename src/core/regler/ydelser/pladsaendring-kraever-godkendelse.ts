import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { erPladsaendring } from "../../beregning/takst";
import { formaterAntal } from "../../format";
import { aendringsRaekker, vaerdi, ydelsesIdFor } from "./faelles";

export const meta: RegelMeta = {
  id: "pladsaendring-kraever-godkendelse",
  standardAlvor: "info",
  paragraf: "2.2.3",
  beskrivelse: "En permanent ændring i antal pladser skal godkendes af Den Administrative Styregruppe (DAS).",
  citat:
    "Såfremt en driftsherre ønsker permanent at ændre i antallet af pladser, skal dette oplyses ved indmelding af takstskemaet, samt en begrundelse for ændringen i antal pladser. Årsagen noteres i indmeldingsskemaet. Ændringen skal godkendes af DAS.",
  gaelderFor: ["takstskema", "takstbilag"],
};

export function tjek(ctx: RegelKontekst): void {
  for (const { raekke } of aendringsRaekker(ctx.skema)) {
    const foer = vaerdi(raekke.pladserSidsteAar);
    const nu = vaerdi(raekke.pladser);
    if (!foer || !nu || !erPladsaendring(foer, nu)) continue;
    const retning = nu.gt(foer) ? "øges" : "reduceres";
    ctx.rapporter({
      ark: raekke.pladser.ark,
      celle: raekke.pladser.adresse,
      ydelsesId: ydelsesIdFor(raekke),
      besked:
        `Pladsantallet ${retning} fra ${formaterAntal(foer)} til ${formaterAntal(nu)}. ` +
        "En permanent ændring i antal pladser skal godkendes af DAS; sørg for at ændringen er begrundet i Bemærkninger.",
    });
  }
}

export default { meta, tjek } satisfies Regel;
