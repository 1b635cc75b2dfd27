import { skjulCpr } from "../../cpr";
import { formaterAntal, formaterTal } from "../../format";
import { FORMLERNES_NOEGLER } from "../../skema/formler";
import { erExcelFejl, findSheet, type SnapshotSheet } from "../../snapshot";
import { lavRegel } from "../lav-regel";
import { beregnFormel, sammeResultat, STANDARD_REGNEBUDGET } from "./hjaelp/formelregner";
import { forHverKontraktCelle, type KontraktCelle } from "./hjaelp/kontraktceller";

/** How much of a formula the message quotes. */
const VIST_TEGN = 60;

function visFormel(f: string): string {
  return skjulCpr(f.length > VIST_TEGN ? `${f.slice(0, VIST_TEGN)} …` : f);
}

function visVaerdi(v: unknown): string {
  if (v === null || v === undefined || (typeof v === "string" && v.trim() === "")) return "tom";
  if (typeof v === "number") return formaterTal(v, Number.isInteger(v) ? 0 : 2);
  return `"${skjulCpr(String(v).slice(0, VIST_TEGN))}"`;
}

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
      "Skemaets formler er ikke beregnet: projektmappen beder Excel beregne alt igen, når den åbnes, en formel er gemt uden sit resultat, eller det gemte resultat er ikke det, formlen giver; tallene er ikke dem, Excel viser.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    afviger: (d: { kolonne: string; formel: string; giver: string; gemt: string | null }) =>
      `${d.kolonne} er formlen ${d.formel}, som giver ${d.giver}, men ` +
      (d.gemt === null
        ? "den er gemt uden sit resultat, så kontrollen læser cellen som tom"
        : `resultatet, der er gemt med den, er ${d.gemt}, og det er det, kontrollen og takstbilaget bruger`) +
      `, mens Excel viser formlens resultat. ${AABN_OG_GEM}`,
    udenResultat: (d: { kolonne: string }) =>
      `${d.kolonne} er en formel, der er gemt uden sit resultat, så kontrollen læser cellen som tom, mens Excel viser et tal. ` +
      `Tryk F9 (Beregn nu), hvis Excel er sat til manuel beregning. ${AABN_OG_GEM}`,
    ikkeBeregnet: (d: { formler: number; foersteArk: string; foersteCelle: string }) =>
      `Projektmappen er gemt uden at være beregnet: den beder Excel beregne alle formler igen, når den åbnes. ` +
      `${d.formler === 1 ? "1 celle" : `${formaterAntal(d.formler)} celler`} i skemaets tabeller er formler (den første er ${d.foersteArk}!${d.foersteCelle}), ` +
      `og de resultater, der er gemt med dem, er ikke nødvendigvis dem, Excel viser. ${AABN_OG_GEM}`,
  },
  tjek(ctx) {
    let foerste: { ark: string; adresse: string } | undefined;
    let formler = 0;
    const ark = new Map<string, SnapshotSheet | undefined>();
    const budget = { rest: STANDARD_REGNEBUDGET };
    // A reference to another sheet of the workbook (Stamdata!C1) is followed too.
    const arkOpslag = (navn: string) => findSheet(ctx.snapshot, navn);
    forHverKontraktCelle(ctx.skema, (k) => {
      const formel = k.celle.formel;
      if (!formel) return;
      formler++;
      foerste ??= { ark: k.celle.ark, adresse: k.celle.adresse };
      const raa = k.celle.raa;
      // An error value is felt-ugyldig-vaerdi's.
      if (erExcelFejl(raa)) return;
      if (!ark.has(k.celle.ark)) ark.set(k.celle.ark, findSheet(ctx.snapshot, k.celle.ark));
      const a = ark.get(k.celle.ark);
      const beregnet = a ? beregnFormel(formel, a, budget, arkOpslag) : undefined;
      if (beregnet !== undefined) {
        if (sammeResultat(raa, beregnet)) return;
        // Formula and values as shown (shortened, CPR masked): data carries no more of the cells than the message.
        ctx.rapporter({
          besked: "afviger",
          celle: k.celle,
          ydelsesId: k.ydelsesId,
          data: {
            kolonne: k.kolonne.label,
            formel: visFormel(formel),
            giver: visVaerdi(beregnet),
            gemt: k.celle.tom ? null : visVaerdi(raa),
          },
        });
      } else if (k.beregnet && k.celle.tom && burdeHaveResultat(k)) {
        // A formula the evaluator cannot follow: at least an empty result where the template's gives one is not calculated.
        ctx.rapporter({
          besked: "udenResultat",
          celle: k.celle,
          ydelsesId: k.ydelsesId,
          data: { kolonne: k.kolonne.label },
        });
      }
    });
    if (ctx.snapshot.recalcOnLoad && foerste) {
      ctx.rapporter({
        besked: "ikkeBeregnet",
        celle: foerste,
        data: { formler, foersteArk: foerste.ark, foersteCelle: foerste.adresse },
      });
    }
  },
});
