import type { Celle, FundetTabel } from "../../model";
import { D, type Dec } from "../../penge";
import { formaterAntal, formaterKalenderdato, formaterKr, formaterPctBroekMod } from "../../format";
import { serialTilDato } from "../../dato";
import { SKEMA_TABELLER, TBL_RESULTATER, TBL_TAKSTBILAG, type TabelDef } from "../../skema/tabeller";
import { lavRegel, type TjekKontekst } from "../lav-regel";
import { rapporterProblemer } from "./hjaelp/problemer";
import { vaerdiFejlTekst } from "./hjaelp/vaerdifejl";
import { sikkertId } from "./hjaelp/ydelses-id";
import { erRegionensTilbud } from "../stamdata/hjaelp/region";

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

function tjekTabel(ctx: TjekKontekst, def: TabelDef, tabel: FundetTabel<unknown> | null): void {
  if (!tabel) return;
  const ikkeAndel = IKKE_ANDEL[def.navn] ?? [];
  const aarstal = AARSTAL[def.navn] ?? [];
  for (const r of tabel.raekker as AnyRaekke[]) {
    const id = (r["ydelsesId"] as Celle<string> | undefined)?.vaerdi;
    const ydelsesId = sikkertId(id);
    const rapporter = (c: Celle<unknown>, besked: string): void =>
      ctx.rapporter({ ark: c.ark, celle: c.adresse, ydelsesId, besked });
    for (const k of def.kolonner) {
      const c = r[k.key] as Celle<unknown> | undefined;
      if (!laesbar(c)) continue;
      if (k.type === "antal") {
        const v = c.vaerdi as Dec;
        if (v.isNegative() && !v.isZero()) {
          rapporter(
            c,
            `${k.label} er ${formaterAntal(v)}; et antal kan ikke være negativt. Skriv 0 eller et positivt tal.`,
          );
        }
      } else if (k.type === "pct" && !ikkeAndel.includes(k.key)) {
        const v = c.vaerdi as Dec;
        if (v.lt(0) || v.gt(PCT_MAX)) {
          rapporter(
            c,
            `${k.label} er ${formaterPctBroekMod(v, [0, 150])}; en procent skal ligge mellem 0 og 150 %. Skriv fx 96 % eller 0,96.`,
          );
        }
      } else if (k.type === "heltal" && aarstal.includes(k.key)) {
        const v = c.vaerdi as number;
        if (v < AAR_MIN || v > AAR_MAX) rapporter(c, aarBesked(k.label, v));
      }
    }
  }
}

function aarBesked(label: string, v: number): string {
  return `${label} er ${v}, som ikke er et sandsynligt årstal. Skriv årstallet med fire cifre, fx 2026.`;
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

function tjekSammenhaeng(ctx: TjekKontekst): void {
  const { skema } = ctx;
  for (const r of skema.resultater?.raekker ?? []) {
    const ydelsesId = sikkertId(r.ydelsesId.vaerdi);
    const hvor = ydelsesId ? ` for ${ydelsesId === "*" ? "hele tilbuddet (*)" : ydelsesId}` : "";
    for (const c of [r.hensat, r.indregnet]) {
      if (!laesbar(c) || !c.vaerdi.isNegative() || c.vaerdi.isZero()) continue;
      const navn = c === r.hensat ? "Hensat" : "Indregnet";
      ctx.rapporter({
        ark: c.ark,
        celle: c.adresse,
        ydelsesId,
        besked:
          `${navn}${hvor} er ${formaterKr(c.vaerdi)}, men ${navn} er et beløb i kroner på 0 eller derover, også for et underskud ` +
          `(fortegnet står i Resultat). Ret ${navn} til ${formaterKr(c.vaerdi.abs())}, hvis det er beløbet, ellers 0.`,
      });
    }
    const aar = r.regnskabsaar;
    const iAar = r.indregnetITakstaar;
    if (laesbar(aar) && laesbar(iAar) && iAar.vaerdi <= aar.vaerdi) {
      ctx.rapporter({
        ark: iAar.ark,
        celle: iAar.adresse,
        ydelsesId,
        besked:
          `Indregnet i takstår${hvor} er ${iAar.vaerdi}, ${iAar.vaerdi === aar.vaerdi ? "selve regnskabsåret" : `før regnskabsåret ${aar.vaerdi}`}; ` +
          `et resultat kendes først, når regnskabsåret er slut, og indregnes i en takst for et senere år (tidligst ${aar.vaerdi + 1}). ` +
          `Beløbet tælles ikke som indregnet, før året er rettet.`,
      });
    }
  }
  for (const r of skema.tillaegsberegning?.raekker ?? []) {
    const start = r.startdato;
    const slut = r.slutdato;
    if (!laesbar(start) || !laesbar(slut) || slut.vaerdi >= start.vaerdi) continue;
    ctx.rapporter({
      ark: slut.ark,
      celle: slut.adresse,
      besked:
        `Slutdato ${formaterDato(slut.vaerdi)} ligger før Startdato ${formaterDato(start.vaerdi)}${r.beskrivelse.vaerdi ? ` for "${r.beskrivelse.vaerdi}"` : ""}. ` +
        `Ret datoerne, så tillægget slutter samme dag som det starter eller senere.`,
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
  tjek(ctx) {
    // Type, list and Excel-error problems: the reader records them while reading.
    rapporterProblemer(ctx, ["ulaeselig-vaerdi", "dobbelt-overskrift"], (p) =>
      p.art === "dobbelt-overskrift"
        ? `Overskriften "${p.overskrift}" står to gange i ${p.tabel}; kun den første kolonne (${p.laest}) læses. Slet eller omdøb den anden.`
        : `${p.felt}: ${vaerdiFejlTekst(p.fejl, p.vaerdi)}`,
    );

    const { skema } = ctx;
    const felter = skema.stamdata?.felter;
    if (felter) {
      const kategori = felter.kategori;
      if (laesbar(kategori) && ![1, 2, 3].includes(kategori.vaerdi)) {
        ctx.rapporter({
          ark: kategori.ark,
          celle: kategori.adresse,
          besked: `Kategori er ${kategori.vaerdi}; skriv 1, 2 eller 3 (${ctx.aftale.kortnavn.toLowerCase()}s ${ctx.afsnit("kategorier")}).`,
        });
      } else if (laesbar(kategori) && kategori.vaerdi === 1 && erRegionensTilbud(skema, ctx.profil)) {
        // § 2.2: the region's own tilbud are always covered, so Kategori 1 cannot be true (regler.md 2026.3 point 8).
        ctx.rapporter({
          ark: kategori.ark,
          celle: kategori.adresse,
          besked:
            `Kategori er 1, men driftsherren er ${ctx.profil.region}, hvis tilbud altid er omfattet af ${ctx.aftale.kortnavn.toLowerCase()} (${ctx.afsnit("kategorier")}); ` +
            "kategori 1 (tilbud, som alene anvendes af driftsherren og ikke er omfattet) findes ikke for regionen. Skriv 2 eller 3.",
        });
      }
      const takstaar = felter.takstaar;
      if (laesbar(takstaar) && (takstaar.vaerdi < AAR_MIN || takstaar.vaerdi > AAR_MAX)) {
        ctx.rapporter({ ark: takstaar.ark, celle: takstaar.adresse, besked: aarBesked("Takstår", takstaar.vaerdi) });
      }
      const foerste = felter.foersteDriftsaar;
      if (laesbar(foerste) && (foerste.vaerdi < FOERSTE_DRIFTSAAR_MIN || foerste.vaerdi > AAR_MAX)) {
        ctx.rapporter({
          ark: foerste.ark,
          celle: foerste.adresse,
          besked: aarBesked("Første driftsår", foerste.vaerdi),
        });
      }
    }

    for (const [felt, def] of Object.entries(SKEMA_TABELLER) as [keyof typeof SKEMA_TABELLER, TabelDef][])
      tjekTabel(ctx, def, skema[felt]);
    tjekSammenhaeng(ctx);
  },
});
