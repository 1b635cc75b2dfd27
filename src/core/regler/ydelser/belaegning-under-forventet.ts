import { lavRegel } from "../lav-regel";
import { erDagOgDoegntilbud, erSaerligtTilbud } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek } from "../../penge";
import {
  belaegningsRaekker,
  bemaerkningerForklarer,
  erNytTilbudIFoersteDriftsaar,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { takstVedBelaegning } from "./hjaelp/takstberegning";

export default lavRegel({
  meta: {
    id: "belaegning-under-forventet",
    standardAlvor: "advarsel",
    beskrivelse:
      "For dag- og døgntilbud (tilbudsform døgn- eller dagtilbud, ellers takst pr. døgn eller dag) forventes den budgetterede belægningsprocent at være mindst 95 % (ikke for rådgivning, korte forløb og nye tilbud i første driftsår); info, når Bemærkninger begrunder den lavere belægning.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    // A nyt tilbud in its første driftsår may budget lower (§ 6.1.2): belaegning-nyt-tilbud says so.
    if (erNytTilbudIFoersteDriftsaar(ctx.skema)) return;
    const minPct = ctx.profil.belaegning.forventetMin;
    const min = pctTilBroek(minPct);
    for (const { raekke, belaegning } of belaegningsRaekker(ctx.skema)) {
      // § 5.2's "dag- og døgntilbud" is the kind of tilbud (regler.md 2026.3 point 2); a kort
      // forløb is belaegning-under-minimum's, rådgivning has no expectation.
      const art = {
        tilbudsform: vaerdi(raekke.tilbudsform),
        takstenhed: vaerdi(raekke.takstenhed),
        taksttype: vaerdi(raekke.taksttype),
        pladser: vaerdi(raekke.pladser),
      };
      if (!erDagOgDoegntilbud(art) || !belaegning.lt(min)) continue;
      const under = `Belægningsprocenten ${formaterPctBroekMod(belaegning, minPct)} er under de forventede ${formaterGraensePct(minPct)}.`;
      const begrundet = bemaerkningerForklarer(raekke, ctx.profil);
      let besked: string;
      if (begrundet && erSaerligtTilbud(vaerdi(raekke.paragraf))) {
        // § 7.4: særlige tilbud (krisecentre, forsorgs- og misbrugstilbud) may budget a low belægning.
        besked =
          `${under} Ydelsen er et særligt tilbud efter sin paragraf, som ${ctx.afsnit("saerligeTilbud")} tillader at beregne med en særlig lav belægningsprocent, ` +
          "og Bemærkninger forklarer den; kontrollér, at forklaringen holder.";
      } else if (begrundet) {
        besked = `${under} Bemærkninger begrunder den lavere belægning (${ctx.afsnit("belaegning")}: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.`;
      } else {
        const medMin = takstVedBelaegning(ctx, raekke, minPct);
        besked =
          `${under} Budgettér med ${formaterGraensePct(minPct)}–${formaterPct(ctx.profil.belaegning.anbefaletMax)}` +
          (medMin ? ` (med den laveste bliver taksten ${formaterKr(medMin)})` : "") +
          `, eller begrund den lavere belægning i Bemærkninger (mindst ${ctx.profil.begrundelse.minTegn} tegn, fx gennemsnittet af de to foregående års faktiske belægning).`;
      }
      ctx.rapporter({
        ark: raekke.belaegningsprocent.ark,
        celle: raekke.belaegningsprocent.adresse,
        ydelsesId: ydelsesIdFor(raekke),
        besked,
        ...(begrundet ? { alvor: "info" as const } : {}),
      });
    }
  },
});
