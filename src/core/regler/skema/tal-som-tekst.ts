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
  beskeder: {
    somTekst: (d: { felt: string; vist: string; laestSom: "tal" | "dato" }) => {
      const hvad = d.laestSom === "dato" ? "en dato" : "et tal";
      return `${d.felt} er skrevet som tekst ("${d.vist}"), men er læst som ${hvad}. Skriv ${hvad} i cellen, så Excel kan regne med det.`;
    },
  },
  tjek(ctx) {
    rapporterProblemer(ctx, ["tal-som-tekst"], (p) => ({
      besked: "somTekst",
      data: {
        felt: p.felt,
        vist: kortVist(typeof p.vaerdi === "string" ? p.vaerdi.trim() : p.vaerdi),
        laestSom: p.laestSom,
      },
    }));
  },
});
