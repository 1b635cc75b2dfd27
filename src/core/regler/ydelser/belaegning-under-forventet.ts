import { lavRegel } from "../lav-regel";
import { bemaerkningerMangler, erDagsenhed, erKortForloeb } from "../../beregning/takst";
import { formaterGraensePct, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek } from "../../penge";
import { belaegningsRaekker, erNytTilbudIFoersteDriftsaar, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "belaegning-under-forventet",
    standardAlvor: "advarsel",
    beskrivelse:
      "For dag- og døgntilbud (takst pr. døgn eller dag) forventes den budgetterede belægningsprocent at være mindst 95 % (ikke for korte forløb og nye tilbud i første driftsår); info, når Bemærkninger begrunder den lavere belægning.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    // A nyt tilbud in its første driftsår may budget lower (§ 6.1.2): belaegning-nyt-tilbud says so.
    if (erNytTilbudIFoersteDriftsaar(ctx.skema)) return;
    const min = pctTilBroek(ctx.profil.belaegning.forventetMin);
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      const tilbudsform = vaerdi(raekke.tilbudsform);
      // An empty Tilbudsform is felt-mangler's; a kort forløb is belaegning-under-minimum's.
      // § 5.2's 95–100 % is "for dag- og døgntilbud": Takstenhed Døgn or Dag only.
      if (tilbudsform === null || erKortForloeb(tilbudsform)) continue;
      if (!erDagsenhed(vaerdi(raekke.takstenhed)) || !belaegning.lt(min)) continue;
      const under = `Belægningsprocenten ${formaterPctBroekMod(belaegning, ctx.profil.belaegning.forventetMin)} er under de forventede ${formaterGraensePct(ctx.profil.belaegning.forventetMin)}.`;
      // Principle 1 or 2 of § 5.2 may explain it; Årsag til ændring is for changes, so only Bemærkninger counts.
      const bem = raekke.bemaerkninger.mangler || raekke.bemaerkninger.ulaeselig ? null : raekke.bemaerkninger.vaerdi;
      const begrundet = bemaerkningerMangler(bem, ctx.profil).length === 0;
      ctx.rapporter({
        ark: raekke.belaegningsprocent.ark,
        celle: raekke.belaegningsprocent.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked: begrundet
          ? `${under} Bemærkninger begrunder den lavere belægning (${ctx.afsnit("belaegning")}: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.`
          : `${under} Budgettér med ${formaterPct(ctx.profil.belaegning.forventetMin)}–${formaterPct(ctx.profil.belaegning.anbefaletMax)}, ` +
            `eller begrund den lavere belægning i Bemærkninger (mindst ${ctx.profil.begrundelse.minTegn} tegn, fx gennemsnittet af de to foregående års faktiske belægning).`,
        ...(begrundet ? { alvor: "info" as const } : {}),
      });
    }
  },
});
