import type { Regel, RegelKontekst, RegelMeta } from "../typer";
import { brugerBelaegning, erKortForloeb } from "../../beregning/takst";
import { formaterPct, formaterPctBroek } from "../../format";
import { pctTilBroek } from "../../penge";
import { belaegningsRaekker, erNytTilbudIFoersteDriftsaar, vaerdi, ydelsesIdFor } from "./faelles";

export const meta: RegelMeta = {
  id: "belaegning-under-forventet",
  standardAlvor: "advarsel",
  paragraf: "5.2",
  beskrivelse:
    "Den budgetterede belægningsprocent forventes at være mindst 95 % (ikke for korte forløb og nye tilbud i første driftsår).",
  citat:
    "Overordnet forventes det, at den budgetterede belægningsprocent ligger fra 95 til 100 for dag- og døgntilbud.",
  gaelderFor: ["takstskema"],
};

export function tjek(ctx: RegelKontekst): void {
  // A nyt tilbud in its første driftsår may budget lower (§ 6.1.2): belaegning-nyt-tilbud says so.
  if (erNytTilbudIFoersteDriftsaar(ctx.skema)) return;
  const min = pctTilBroek(ctx.profil.belaegning.forventetMin);
  for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
    const tilbudsform = vaerdi(raekke.tilbudsform);
    // An empty Tilbudsform is felt-mangler's; a kort forløb is belaegning-under-minimum's.
    // Only where the belægning enters the takst (Døgn, Dag, Måned, År).
    if (tilbudsform === null || erKortForloeb(tilbudsform)) continue;
    if (!brugerBelaegning(vaerdi(raekke.takstenhed)) || !belaegning.lt(min)) continue;
    ctx.rapporter({
      ark: raekke.belaegningsprocent.ark,
      celle: raekke.belaegningsprocent.adresse,
      ydelsesId: ydelsesIdFor(raekke),
      besked:
        `Belægningsprocenten ${formaterPctBroek(belaegning)} er under de forventede ${formaterPct(ctx.profil.belaegning.forventetMin)}. ` +
        `Budgettér med ${formaterPct(ctx.profil.belaegning.forventetMin)}–${formaterPct(ctx.profil.belaegning.anbefaletMax)}, ` +
        "eller forklar den lavere belægning i Bemærkninger (fx gennemsnittet af de to foregående års faktiske belægning).",
    });
  }
}

export default { meta, tjek } satisfies Regel;
