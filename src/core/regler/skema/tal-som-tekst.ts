import { lavRegel } from "../lav-regel";
import { kortVist } from "../../reader/vaerdier";
import { rapporterProblemer } from "./hjaelp/problemer";

export default lavRegel({
  meta: {
    id: "tal-som-tekst",
    standardAlvor: "advarsel",
    beskrivelse:
      "Et tal er skrevet som tekst (fx 1.234,50, 95 % eller kr. 1.200); det er læst, men Excel kan ikke regne med det.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    rapporterProblemer(ctx, ["tal-som-tekst"], (p) => {
      const hvad = p.laestSom === "dato" ? "en dato" : "et tal";
      const tekst = kortVist(typeof p.vaerdi === "string" ? p.vaerdi.trim() : p.vaerdi);
      return `${p.felt} er skrevet som tekst ("${tekst}"), men er læst som ${hvad}. Skriv ${hvad} i cellen, så Excel kan regne med det.`;
    });
  },
});
