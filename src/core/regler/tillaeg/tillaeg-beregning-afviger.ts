import type { Celle, TillaegsberegningRaekke } from "../../model";
import { lavRegel } from "../lav-regel";
import { antalUger, ugepris as beregnUgepris } from "../../beregning/tillaeg";
import { formaterFaktor, formaterKr, formaterKrEksakt, formaterTal } from "../../format";
import { D, tilOere, type Dec } from "../../penge";
import { hvilken } from "./hjaelp/faelles";
import { cellensTekst, tillaegRaekkeForPar } from "./hjaelp/sats";

const UGER_TOLERANCE = new D("0.01");

/** The cell's number when it holds one (an empty formula result "" is nothing to check). */
function tal(c: Celle<Dec>): Dec | null {
  return c.mangler || c.ulaeselig ? null : c.vaerdi;
}

/** The row's correct Samlet pris from a correct Ugepris (Uger from its dates), or null when the dates are unknown. */
function samletAf(r: TillaegsberegningRaekke, ugepris: Dec): Dec | null {
  const start = r.startdato.vaerdi;
  const slut = r.slutdato.vaerdi;
  if (start === null || slut === null || r.startdato.ulaeselig || r.slutdato.ulaeselig || slut < start) return null;
  return tilOere(ugepris.times(antalUger(start, slut)));
}

/** Issue 15 § 3: what the later cells should then hold, so the user can check them in one go. */
function derefter(r: TillaegsberegningRaekke, rate: Dec): string {
  const timer = tal(r.timerPrUge);
  if (timer === null) return "";
  const uge = beregnUgepris({ timerPrUge: timer, ataTimetakst: rate });
  const samlet = samletAf(r, uge);
  return ` Så bliver Ugepris ${formaterKr(uge)}${samlet ? ` og Samlet pris ${formaterKr(samlet)}` : ""}`;
}

/**
 * Each step against the row's own previous cell, so the first wrong cell is the one reported
 * (regler.md 2026.2 item 8); one finding per row. The message gives the value the cell should
 * hold and what the later cells then become (issue 15 § 3).
 */
function foersteAfvigelse(
  r: TillaegsberegningRaekke,
  sats: Dec | null,
  ataKr: Dec,
): { celle: Celle<unknown>; besked: string } | null {
  const rate = tal(r.ataTimetakst);
  if (rate !== null && sats !== null && tilOere(rate).minus(tilOere(sats)).abs().gt(ataKr)) {
    return {
      celle: r.ataTimetakst,
      besked:
        `ATA-timetaksten er ${formaterKr(rate)}, men tabellen over ATA-timetakster har ${formaterKr(sats)} for ${hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi)}.` +
        `${derefter(r, sats)} Sæt formlen ind igen (opslaget i tabellen), eller ret tabellen.`,
    };
  }
  const timer = tal(r.timerPrUge);
  const ugepris = tal(r.ugepris);
  if (rate !== null && timer !== null && ugepris !== null) {
    const skal = beregnUgepris({ timerPrUge: timer, ataTimetakst: rate });
    if (tilOere(ugepris).minus(skal).abs().gt(ataKr)) {
      const samlet = samletAf(r, skal);
      return {
        celle: r.ugepris,
        // Shown figures that redo the shown Ugepris to the øre (regler.md 2026.3 point 9).
        besked:
          `Ugeprisen er ${formaterKr(ugepris)}, men ${formaterFaktor(timer, 0, (t) => tilOere(t.times(rate)).eq(skal))} timer × ${formaterKrEksakt(rate)} = ${formaterKr(skal)}` +
          `${samlet ? ` Så bliver Samlet pris ${formaterKr(samlet)}` : ""} Sæt formlen ind igen (Timer pr. uge × ATA-timetakst).`,
      };
    }
  }
  const start = r.startdato.vaerdi;
  const slut = r.slutdato.vaerdi;
  const uger = tal(r.uger);
  if (start !== null && slut !== null && uger !== null && !r.startdato.ulaeselig && !r.slutdato.ulaeselig) {
    const skal = antalUger(start, slut);
    if (tilOere(uger).minus(skal).abs().gt(UGER_TOLERANCE)) {
      const samlet = ugepris !== null ? tilOere(ugepris.times(skal)) : null;
      return {
        celle: r.uger,
        besked:
          `Uger er ${formaterTal(uger, 2)}, men perioden har ${slut - start + 1} dage (begge datoer tæller med), dvs. ${formaterTal(skal, 2)} uger` +
          `${samlet ? `, og så bliver Samlet pris ${formaterKr(samlet)}` : "."} Sæt formlen ind igen ((Slutdato − Startdato + 1) ÷ 7).`,
      };
    }
  }
  const samlet = tal(r.samletPris);
  if (ugepris !== null && uger !== null && samlet !== null) {
    const skal = tilOere(ugepris.times(uger));
    if (tilOere(samlet).minus(skal).abs().gt(ataKr)) {
      return {
        celle: r.samletPris,
        besked: `Samlet pris er ${formaterKr(samlet)}, men ${formaterKrEksakt(ugepris)} × ${formaterFaktor(uger, 2, (u) => tilOere(ugepris.times(u)).eq(skal))} uger = ${formaterKr(skal)} Sæt formlen ind igen (Ugepris × Uger).`,
      };
    }
  }
  return null;
}

export default lavRegel({
  meta: {
    id: "tillaeg-beregning-afviger",
    standardAlvor: "fejl",
    beskrivelse:
      "En aftalt tillægsydelse skal regne rigtigt: ATA-timetaksten som i tabellen over ATA-timetakster, Ugepris = Timer pr. uge × ATA-timetakst, Uger = (Slutdato − Startdato + 1) ÷ 7 og Samlet pris = Ugepris × Uger.",
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    const beregninger = ctx.skema.tillaegsberegning;
    if (!beregninger) return;
    const tabel = ctx.skema.tillaeg?.raekker ?? [];
    const ataKr = new D(ctx.profil.tolerance.ataKr);
    for (const r of beregninger.raekker) {
      // The one rate lookup (regler.md 2026.3 item 11): the first matching row, as the written formula.
      // No rate in the table: tillaeg-ukendt-timetakst says so; the other steps are still checked.
      const t = tillaegRaekkeForPar(tabel, cellensTekst(r.personalekategori), cellensTekst(r.tidsrum));
      const sats = t ? tal(t.ataTimetakst) : null;
      const a = foersteAfvigelse(r, sats, ataKr);
      if (!a) continue;
      const beskrivelse = r.beskrivelse.vaerdi;
      ctx.rapporter({
        ark: a.celle.ark,
        celle: a.celle.adresse,
        besked: `${beskrivelse ? `Tillægsydelsen "${beskrivelse}": ` : ""}${a.besked}`,
      });
    }
  },
});
