import type { Celle, FundetTabel, VaerdiFejl } from "../../model";
import { kortVist } from "../../reader/vaerdier";
import { D, type Dec } from "../../penge";
import { formaterAntal, formaterKalenderdato, formaterKr, formaterPctBroekMod } from "../../format";
import { serialTilDato } from "../../dato";
import { SKEMA_TABELLER, TBL_RESULTATER, TBL_TAKSTBILAG, type TabelDef } from "../../skema/tabeller";
import { lavRegel, type TjekKontekst } from "../lav-regel";
import { rapporterProblemer } from "./hjaelp/problemer";
import { vaerdiFejlTekst } from "./hjaelp/vaerdifejl";
import { sikkertId } from "./hjaelp/ydelses-id";
import { erRegionensTilbud } from "../stamdata/hjaelp/region";
import { tabelOrd } from "../../skema/tabelord";

/** Years outside this span are typing errors (26 for 2026, 20026). */
const AAR_MIN = 2000;
const AAR_MAX = 2100;
/** An existing tilbud may have opened long ago; only a nonsense year is refused. */
const FOERSTE_DRIFTSAAR_MIN = 1900;
const PCT_MAX = new D(1.5);

/** Percent columns whose value is a change, not a share: negative or above 150 % is fine there. */
const IKKE_ANDEL: Record<string, readonly string[]> = { [TBL_TAKSTBILAG.navn]: ["aendringPct"] };
/** Whole-number columns holding a year. */
const AARSTAL: Record<string, readonly string[]> = { [TBL_RESULTATER.navn]: ["regnskabsaar", "indregnetITakstaar"] };

type AnyRaekke = Record<string, unknown> & { ark: string; raekke: number };

function laesbar<T>(c: Celle<T> | undefined): c is Celle<T> & { vaerdi: T } {
  return !!c && c.vaerdi !== null && !c.ulaeselig && !c.mangler;
}

const aarBesked = (d: { felt: string; aar: number }): string =>
  `${d.felt} er ${d.aar}, som ikke er et sandsynligt årstal. Skriv årstallet med fire cifre, fx 2026.`;

/** " for A1-108" or " for hele tilbuddet (*)". */
const forId = (id: string | undefined): string => (id ? ` for ${id === "*" ? "hele tilbuddet (*)" : id}` : "");

const beskeder = {
  dobbeltOverskrift: (d: { overskrift: string; tabel: string; laest?: string }) =>
    `Overskriften "${d.overskrift}" står to gange i ${tabelOrd(d.tabel)}; kun den første kolonne (${d.laest}) læses. Slet eller omdøb den anden.`,
  ulaeselig: (d: { felt: string; fejl: VaerdiFejl; vist: string }) => `${d.felt}: ${vaerdiFejlTekst(d.fejl, d.vist)}`,
  kategori: (d: { kategori: number; aftale: string; afsnit: string }) =>
    `Kategori er ${d.kategori}; skriv 1, 2 eller 3 (${d.aftale}s ${d.afsnit}).`,
  kategori1ForRegionen: (d: { region: string; aftale: string; afsnit: string }) =>
    `Kategori er 1, men driftsherren er ${d.region}, hvis tilbud altid er omfattet af ${d.aftale} (${d.afsnit}); ` +
    "kategori 1 (tilbud, som alene anvendes af driftsherren og ikke er omfattet) findes ikke for regionen. Skriv 2 eller 3.",
  aarstal: aarBesked,
  negativtAntal: (d: { kolonne: string; antal: Dec }) =>
    `${d.kolonne} er ${formaterAntal(d.antal)}; et antal kan ikke være negativt. Skriv 0 eller et positivt tal.`,
  procent: (d: { kolonne: string; pct: Dec }) =>
    `${d.kolonne} er ${formaterPctBroekMod(d.pct, [0, 150])}; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.`,
  negativtBeloeb: (d: { kolonne: "Hensat" | "Indregnet"; ydelsesId?: string; beloeb: Dec }) =>
    `${d.kolonne}${forId(d.ydelsesId)} er ${formaterKr(d.beloeb)}, men ${d.kolonne} er et beløb i kroner på 0 eller derover, også for et underskud ` +
    `(fortegnet står i Resultat). Ret ${d.kolonne} til ${formaterKr(d.beloeb.abs())}, hvis det er beløbet, ellers 0.`,
  indregnetFoerRegnskabsaar: (d: { ydelsesId?: string; indregnetITakstaar: number; regnskabsaar: number }) =>
    `Indregnet i takstår${forId(d.ydelsesId)} er ${d.indregnetITakstaar}, ${d.indregnetITakstaar === d.regnskabsaar ? "selve regnskabsåret" : `før regnskabsåret ${d.regnskabsaar}`}; ` +
    `et resultat kendes først, når regnskabsåret er slut, og indregnes i en takst for et senere år (tidligst ${d.regnskabsaar + 1}). ` +
    `Beløbet tælles ikke som indregnet, før året er rettet.`,
  slutFoerStart: (d: { slutdato: number; startdato: number; beskrivelse: string | null }) =>
    `Slutdato ${formaterDato(d.slutdato)} ligger før Startdato ${formaterDato(d.startdato)}${d.beskrivelse ? ` for "${d.beskrivelse}"` : ""}. ` +
    `Ret datoerne, så tillægget slutter samme dag som det starter eller senere.`,
};

function tjekTabel(ctx: TjekKontekst<typeof beskeder>, def: TabelDef, tabel: FundetTabel<unknown> | null): void {
  if (!tabel) return;
  const ikkeAndel = IKKE_ANDEL[def.navn] ?? [];
  const aarstal = AARSTAL[def.navn] ?? [];
  for (const r of tabel.raekker as AnyRaekke[]) {
    const id = (r["ydelsesId"] as Celle<string> | undefined)?.vaerdi;
    const ydelsesId = sikkertId(id);
    for (const k of def.kolonner) {
      const c = r[k.key] as Celle<unknown> | undefined;
      if (!laesbar(c)) continue;
      if (k.type === "antal") {
        const v = c.vaerdi as Dec;
        if (v.isNegative() && !v.isZero()) {
          ctx.rapporter({ besked: "negativtAntal", celle: c, ydelsesId, data: { kolonne: k.label, antal: v } });
        }
      } else if (k.type === "pct" && !ikkeAndel.includes(k.key)) {
        const v = c.vaerdi as Dec;
        if (v.lt(0) || v.gt(PCT_MAX)) {
          ctx.rapporter({ besked: "procent", celle: c, ydelsesId, data: { kolonne: k.label, pct: v } });
        }
      } else if (k.type === "heltal" && aarstal.includes(k.key)) {
        const v = c.vaerdi as number;
        if (v < AAR_MIN || v > AAR_MAX)
          ctx.rapporter({ besked: "aarstal", celle: c, ydelsesId, data: { felt: k.label, aar: v } });
      }
    }
  }
}

/**
 * regler.md 2026.3 item 7 (§ 5.3.1, § 5.3.2) and item 12: values that read fine but cannot be
 * true. Hensat and Indregnet are kroner ≥ 0; a result is indregnet in a later takstår than its
 * Regnskabsår; a tillæg ends on or after the day it starts.
 */
function formaterDato(serial: number): string {
  const d = serialTilDato(serial);
  return formaterKalenderdato(d.aar, d.maaned, d.dag);
}

function tjekSammenhaeng(ctx: TjekKontekst<typeof beskeder>): void {
  const { skema } = ctx;
  for (const r of skema.resultater?.raekker ?? []) {
    const ydelsesId = sikkertId(r.ydelsesId.vaerdi);
    for (const c of [r.hensat, r.indregnet]) {
      if (!laesbar(c) || !c.vaerdi.isNegative() || c.vaerdi.isZero()) continue;
      ctx.rapporter({
        besked: "negativtBeloeb",
        celle: c,
        ydelsesId,
        data: { kolonne: c === r.hensat ? "Hensat" : "Indregnet", ydelsesId, beloeb: c.vaerdi },
      });
    }
    const aar = r.regnskabsaar;
    const iAar = r.indregnetITakstaar;
    if (laesbar(aar) && laesbar(iAar) && iAar.vaerdi <= aar.vaerdi) {
      ctx.rapporter({
        besked: "indregnetFoerRegnskabsaar",
        celle: iAar,
        ydelsesId,
        data: { ydelsesId, indregnetITakstaar: iAar.vaerdi, regnskabsaar: aar.vaerdi },
      });
    }
  }
  for (const r of skema.tillaegsberegning?.raekker ?? []) {
    const start = r.startdato;
    const slut = r.slutdato;
    if (!laesbar(start) || !laesbar(slut) || slut.vaerdi >= start.vaerdi) continue;
    ctx.rapporter({
      besked: "slutFoerStart",
      celle: slut,
      data: { slutdato: slut.vaerdi, startdato: start.vaerdi, beskrivelse: r.beskrivelse.vaerdi },
    });
  }
}

export default lavRegel({
  meta: {
    id: "felt-ugyldig-vaerdi",
    standardAlvor: "fejl",
    beskrivelse:
      "En værdi passer ikke til kolonnens type eller liste, et antal er negativt, en procent ligger uden for 0–150 %, et årstal er usandsynligt, Kategori er 1 for profilens region (hvis tilbud altid er omfattet), Hensat eller Indregnet er negativt, Indregnet i takstår ligger ikke efter Regnskabsår, en Slutdato ligger før Startdato, eller cellen viser en Excel-fejl.",
    gaelderFor: ["takstskema", "takstbilag"],
  },
  beskeder,
  tjek(ctx) {
    // Type, list and Excel-error problems: the reader records them while reading.
    rapporterProblemer(ctx, ["ulaeselig-vaerdi", "dobbelt-overskrift"], (p) =>
      p.art === "dobbelt-overskrift"
        ? { besked: "dobbeltOverskrift", data: { overskrift: p.overskrift, tabel: p.tabel, laest: p.laest } }
        : { besked: "ulaeselig", data: { felt: p.felt, fejl: p.fejl, vist: kortVist(p.vaerdi) } },
    );

    const { skema } = ctx;
    const felter = skema.stamdata?.felter;
    if (felter) {
      const kategori = felter.kategori;
      if (laesbar(kategori) && ![1, 2, 3].includes(kategori.vaerdi)) {
        ctx.rapporter({
          besked: "kategori",
          celle: kategori,
          data: {
            kategori: kategori.vaerdi,
            aftale: ctx.aftale.kortnavn.toLowerCase(),
            afsnit: ctx.afsnit("kategorier"),
          },
        });
      } else if (laesbar(kategori) && kategori.vaerdi === 1 && erRegionensTilbud(skema, ctx.profil)) {
        // § 2.2: the region's own tilbud are always covered, so Kategori 1 cannot be true (regler.md 2026.3 point 8).
        ctx.rapporter({
          besked: "kategori1ForRegionen",
          celle: kategori,
          data: {
            region: ctx.profil.region,
            aftale: ctx.aftale.kortnavn.toLowerCase(),
            afsnit: ctx.afsnit("kategorier"),
          },
        });
      }
      const takstaar = felter.takstaar;
      if (laesbar(takstaar) && (takstaar.vaerdi < AAR_MIN || takstaar.vaerdi > AAR_MAX)) {
        ctx.rapporter({ besked: "aarstal", celle: takstaar, data: { felt: "Takstår", aar: takstaar.vaerdi } });
      }
      const foerste = felter.foersteDriftsaar;
      if (laesbar(foerste) && (foerste.vaerdi < FOERSTE_DRIFTSAAR_MIN || foerste.vaerdi > AAR_MAX)) {
        ctx.rapporter({ besked: "aarstal", celle: foerste, data: { felt: "Første driftsår", aar: foerste.vaerdi } });
      }
    }

    for (const [felt, def] of Object.entries(SKEMA_TABELLER) as [keyof typeof SKEMA_TABELLER, TabelDef][])
      tjekTabel(ctx, def, skema[felt]);
    tjekSammenhaeng(ctx);
  },
});
