import { formaterKr, formaterPctBroek } from "../../format";
import { EN, dec, tilOere, type Dec } from "../../penge";
import { lavRegel } from "../lav-regel";
import { sikkertId } from "../skema/hjaelp/ydelses-id";

/** The spec's catalogue: more than 1 kr. or more than 0,05 procentpoint. */
const TOLERANCE_KR = EN;
const TOLERANCE_BROEK = dec("0.0005");

interface Takster {
  takst: Dec;
  takstSidsteAar: Dec;
}

const grundlag = (d: Takster): string =>
  `Takst ${formaterKr(d.takst)} og Takst sidste år ${formaterKr(d.takstSidsteAar)}`;

export default lavRegel({
  meta: {
    id: "takstbilag-aendring-stemmer-ikke",
    standardAlvor: "fejl",
    beskrivelse: "I takstbilaget skal Ændring kr. og Ændring pct. svare til Takst og Takst sidste år.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder: {
    kr: (d: Takster & { aendring: Dec; forventet: Dec }) =>
      `Ændring kr. er ${formaterKr(d.aendring)}, men ${grundlag(d)} giver ${formaterKr(d.forventet)} Ret cellen (Takst − Takst sidste år).`,
    pct: (d: Takster & { aendring: Dec; forventet: Dec }) =>
      `Ændring pct. er ${formaterPctBroek(d.aendring, 2)}, men ${grundlag(d)} giver ${formaterPctBroek(d.forventet, 2)}. Ret cellen (Takst ÷ Takst sidste år − 1).`,
  },
  tjek(ctx) {
    for (const r of ctx.skema.takstbilag?.raekker ?? []) {
      const takst = r.takst.vaerdi;
      const sidste = r.takstSidsteAar.vaerdi;
      if (takst === null || sidste === null) continue;
      const ydelsesId = sikkertId(r.ydelsesId.vaerdi);
      const takster = { takst, takstSidsteAar: sidste };

      const kr = r.aendringKr.vaerdi;
      if (kr !== null) {
        const forventet = takst.minus(sidste);
        if (tilOere(kr).minus(tilOere(forventet)).abs().gt(TOLERANCE_KR)) {
          ctx.rapporter({
            besked: "kr",
            celle: r.aendringKr,
            ydelsesId,
            data: { ...takster, aendring: kr, forventet },
          });
        }
      }

      const pct = r.aendringPct.vaerdi;
      // Without last year's takst there is no percentage to compare with.
      if (pct !== null && !sidste.isZero()) {
        const forventet = takst.div(sidste).minus(1);
        // regler.md 2026.2 item 6: the number format decides the reading, but a number that
        // matches the takster as a fraction or as percent points is accepted either way.
        const raa = r.aendringPct.raa;
        const laesninger = typeof raa === "number" ? [pct, dec(raa), dec(raa).div(100)] : [pct];
        if (laesninger.every((l) => l.minus(forventet).abs().gt(TOLERANCE_BROEK))) {
          ctx.rapporter({
            besked: "pct",
            celle: r.aendringPct,
            ydelsesId,
            data: { ...takster, aendring: pct, forventet },
          });
        }
      }
    }
  },
});
