import { skjulCpr } from "../../cpr";
import { lavRegel } from "../lav-regel";
import { forHverKontraktCelle } from "./hjaelp/kontraktceller";

/** How much of a formula the message quotes. */
const VIST_TEGN = 60;

function visFormel(f: string): string {
  const kort = f.length > VIST_TEGN ? `${f.slice(0, VIST_TEGN)} …` : f;
  return skjulCpr(kort);
}

export default lavRegel({
  meta: {
    id: "formel-i-inputkolonne",
    standardAlvor: "fejl",
    beskrivelse:
      "En kolonne, der skal udfyldes med en værdi (fx Takst), indeholder en formel: programmet kan ikke efterregne den, og det gemte resultat er ikke nødvendigvis det, Excel viser.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    formel: (d: { kolonne: string; formel: string }) =>
      `${d.kolonne} skal udfyldes med en værdi, men cellen er formlen ${d.formel}. ` +
      "Programmet kan ikke efterregne formlen, og det resultat, der er gemt med den, er ikke nødvendigvis det, Excel viser " +
      "(kontrollen og takstbilaget bruger det gemte resultat). " +
      "Erstat formlen med sin værdi: kopiér cellen, og vælg Indsæt speciel → Værdier.",
  },
  tjek(ctx) {
    forHverKontraktCelle(ctx.skema, (k) => {
      const formel = k.celle.formel;
      if (k.beregnet || !formel) return;
      // The formula as shown (shortened, CPR masked): data carries no more of the cell than the message.
      ctx.rapporter({
        besked: "formel",
        celle: k.celle,
        ydelsesId: k.ydelsesId,
        data: { kolonne: k.kolonne.label, formel: visFormel(formel) },
      });
    });
  },
});
