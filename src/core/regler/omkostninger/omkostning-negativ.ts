import { lavRegel } from "../lav-regel";
import { formaterKr } from "../../format";
import type { Dec } from "../../penge";
import { GRUNDLAG_KEYS, omkLabel } from "./hjaelp/faelles";

/** The entered amounts: the ten summed columns and vagtlag. Takstberegningsgrundlag is the formula's result, not entered. */
const INDTASTEDE = [GRUNDLAG_KEYS[0], "vagtlag", ...GRUNDLAG_KEYS.slice(1)] as const;

export default lavRegel({
  meta: {
    id: "omkostning-negativ",
    standardAlvor: "fejl",
    beskrivelse:
      "Alle beløb i omkostningstabellen indtastes som positive tal; indtægter og indregnet overskud trækkes fra af formlen.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    negativ: (d: { kolonne: string; ydelsesId?: string; beloeb: Dec; fratrukket: boolean }) =>
      `${d.kolonne}${d.ydelsesId ? ` for ${d.ydelsesId}` : ""} er ${formaterKr(d.beloeb)} Alle beløb indtastes som positive tal` +
      (d.fratrukket ? " – formlen trækker selv " + d.kolonne.toLowerCase() + " fra" : "") +
      `. Skriv ${formaterKr(d.beloeb.abs())}, eller ret beløbet.`,
  },
  tjek(ctx) {
    const tabel = ctx.skema.omkostninger;
    if (!tabel) return;
    for (const r of tabel.raekker) {
      const id = r.ydelsesId.vaerdi ?? undefined;
      for (const key of INDTASTEDE) {
        const c = r[key];
        if (c.vaerdi === null || !c.vaerdi.isNegative() || c.vaerdi.isZero()) continue;
        const fratrukket = key === "finansieringsindtaegter" || key === "indregnetOverskud";
        ctx.rapporter({
          besked: "negativ",
          celle: c,
          ydelsesId: id,
          data: { kolonne: omkLabel(key), ydelsesId: id, beloeb: c.vaerdi, fratrukket },
        });
      }
    }
  },
});
