import { lavRegel } from "../lav-regel";
import { erDagOgDoegntilbud, erSaerligtTilbud } from "../../beregning/takst";
import { formaterGraensePct, formaterKr, formaterPct, formaterPctBroekMod } from "../../format";
import { pctTilBroek, type Dec } from "../../penge";
import {
  belaegningsRaekker,
  bemaerkningerForklarer,
  erNytTilbudIFoersteDriftsaar,
  vaerdi,
  ydelsesIdFor,
} from "./hjaelp/faelles";
import { takstVedBelaegning } from "./hjaelp/takstberegning";

interface Under {
  belaegning: Dec;
  minPct: number;
}

const under = (d: Under): string =>
  `Belægningsprocenten ${formaterPctBroekMod(d.belaegning, d.minPct)} er under de forventede ${formaterGraensePct(d.minPct)}.`;

export default lavRegel({
  meta: {
    id: "belaegning-under-forventet",
    standardAlvor: "advarsel",
    beskrivelse:
      "For dag- og døgntilbud (tilbudsform døgn- eller dagtilbud, ellers takst pr. døgn eller dag) forventes den budgetterede belægningsprocent at være mindst 95 % (ikke for rådgivning, korte forløb og nye tilbud i første driftsår); info, når Bemærkninger begrunder den lavere belægning.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    saerligtTilbud: (d: Under & { afsnit: string }) =>
      `${under(d)} Ydelsen er et særligt tilbud efter sin paragraf, som ${d.afsnit} tillader at beregne med en særlig lav belægningsprocent, ` +
      "og Bemærkninger forklarer den; kontrollér, at forklaringen holder.",
    begrundet: (d: Under & { afsnit: string }) =>
      `${under(d)} Bemærkninger begrunder den lavere belægning (${d.afsnit}: gennemsnittet af de to foregående års faktiske belægning eller en klar forventning til det kommende år); kontrollér, at begrundelsen holder.`,
    under: (d: Under & { anbefaletMax: number; takstVedMin: Dec | null; minTegn: number }) =>
      `${under(d)} Budgettér med ${formaterGraensePct(d.minPct)}–${formaterPct(d.anbefaletMax)}` +
      (d.takstVedMin ? ` (med den laveste bliver taksten ${formaterKr(d.takstVedMin)})` : "") +
      `, eller begrund den lavere belægning i Bemærkninger (mindst ${d.minTegn} tegn, fx gennemsnittet af de to foregående års faktiske belægning).`,
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
      const sted = { celle: raekke.belaegningsprocent, ydelsesId: ydelsesIdFor(raekke) };
      const u: Under = { belaegning, minPct };
      const begrundet = bemaerkningerForklarer(raekke, ctx.profil);
      if (begrundet && erSaerligtTilbud(vaerdi(raekke.paragraf))) {
        // § 7.4: særlige tilbud (krisecentre, forsorgs- og misbrugstilbud) may budget a low belægning.
        ctx.rapporter({
          ...sted,
          besked: "saerligtTilbud",
          alvor: "info",
          data: { ...u, afsnit: ctx.afsnit("saerligeTilbud") },
        });
      } else if (begrundet) {
        ctx.rapporter({
          ...sted,
          besked: "begrundet",
          alvor: "info",
          data: { ...u, afsnit: ctx.afsnit("belaegning") },
        });
      } else {
        ctx.rapporter({
          ...sted,
          besked: "under",
          data: {
            ...u,
            anbefaletMax: ctx.profil.belaegning.anbefaletMax,
            takstVedMin: takstVedBelaegning(ctx, raekke, minPct),
            minTegn: ctx.profil.begrundelse.minTegn,
          },
        });
      }
    }
  },
});
