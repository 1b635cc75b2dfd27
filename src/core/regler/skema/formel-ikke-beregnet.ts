import { formaterAntal } from "../../format";
import { FORMLERNES_NOEGLER } from "../../skema/formler";
import { lavRegel } from "../lav-regel";
import { kontraktCeller, type KontraktCelle } from "./hjaelp/kontraktceller";

const AABN_OG_GEM = "Åbn skemaet i Excel, og gem det, før det sendes: så gemmes de værdier, Excel beregner.";

/** A formula of the template's that should give a value: none of its guarding inputs is empty. */
function burdeHaveResultat(k: KontraktCelle): boolean {
  const noegler = FORMLERNES_NOEGLER[k.def.navn]?.[k.kolonne.key];
  if (!noegler) return false;
  for (const n of noegler) {
    const c = k.raekke[n];
    if (!c || c.tom || c.mangler) return false;
  }
  // Ændring pct. gives "" when Takst sidste år is 0.
  if (k.kolonne.key === "aendringPct" && Number(String(k.raekke["takstSidsteAar"]?.vaerdi)) === 0) return false;
  return true;
}

export default lavRegel({
  meta: {
    id: "formel-ikke-beregnet",
    standardAlvor: "fejl",
    beskrivelse:
      "Skemaets formler er ikke beregnet: projektmappen beder Excel beregne alt igen, når den åbnes, eller en beregnet kolonne er gemt uden sit resultat; de gemte tal er ikke nødvendigvis dem, Excel viser.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    let foerste: KontraktCelle | undefined;
    let formler = 0;
    for (const k of kontraktCeller(ctx.skema)) {
      if (!k.celle.formel) continue;
      formler++;
      foerste ??= k;
      if (k.beregnet && k.celle.tom && burdeHaveResultat(k)) {
        ctx.rapporter({
          ark: k.celle.ark,
          celle: k.celle.adresse,
          ydelsesId: k.ydelsesId,
          besked:
            `${k.kolonne.label} er en formel, der er gemt uden sit resultat, så kontrollen læser cellen som tom, mens Excel viser et tal. ` +
            `Tryk F9 (Beregn nu), hvis Excel er sat til manuel beregning. ${AABN_OG_GEM}`,
        });
      }
    }
    if (ctx.snapshot.recalcOnLoad && foerste) {
      ctx.rapporter({
        ark: foerste.celle.ark,
        celle: foerste.celle.adresse,
        besked:
          `Projektmappen er gemt uden at være beregnet: den beder Excel beregne alle formler igen, når den åbnes. ` +
          `${formler === 1 ? "1 celle" : `${formaterAntal(formler)} celler`} i skemaets tabeller er formler (den første er ${foerste.celle.ark}!${foerste.celle.adresse}), ` +
          `og de resultater, der er gemt med dem, er ikke nødvendigvis dem, Excel viser. ${AABN_OG_GEM}`,
      });
    }
  },
});
