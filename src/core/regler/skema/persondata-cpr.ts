import { a1 } from "../../adresse";
import { lavRegel } from "../lav-regel";
import { indeholderCpr, talLignerCpr } from "../../cpr";

/** Never quotes the cell: not the number, not a part of it. */
const BESKED =
  'Cellen ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: slet personnummeret, og beskriv i stedet borgeren uden at kunne identificeres (fx "borger A").';

/** A sheet's name is shown wherever its findings are; a CPR number there is reported too. */
const ARK_BESKED =
  "Arkets navn ser ud til at indeholde et CPR-nummer. Skemaet må ikke indeholde personoplysninger: omdøb arket.";

export default lavRegel({
  meta: {
    id: "persondata-cpr",
    standardAlvor: "fejl",
    beskrivelse:
      "Ingen celle i projektmappen må indeholde et CPR-nummer; skemaet sendes videre og må ikke rumme personoplysninger.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  tjek(ctx) {
    // Each distinct text is scanned once: one long text in thousands of cells costs one scan.
    const set = new Map<string, boolean>();
    const tekstHarCpr = (v: string): boolean => {
      let svar = set.get(v);
      if (svar === undefined) {
        svar = indeholderCpr(v);
        set.set(v, svar);
      }
      return svar;
    };
    for (const ark of ctx.snapshot.sheets) {
      if (indeholderCpr(ark.name)) ctx.rapporter({ ark: ark.name, celle: a1(ark.top, ark.left), besked: ARK_BESKED });
      const { values, formulas, numberFormats } = ark;
      for (let i = 0; i < values.length; i++) {
        const raekke = values[i];
        for (let j = 0; j < raekke.length; j++) {
          const v = raekke[j];
          let cpr = false;
          if (typeof v === "string") {
            // Pre-filter before the regex: the shortest form is ten characters.
            cpr = v.length >= 10 && tekstHarCpr(v);
          } else if (typeof v === "number") {
            // A calculated number (a formula's result) is not something anyone typed in.
            const f = formulas?.[i]?.[j];
            const formel = typeof f === "string" && f.startsWith("=");
            cpr = v >= 1e8 && v <= 3112999999 && !formel && talLignerCpr(v, numberFormats?.[i]?.[j] ?? null);
          }
          if (cpr) ctx.rapporter({ ark: ark.name, celle: a1(ark.top + i, ark.left + j), besked: BESKED });
        }
      }
    }
  },
});
