import type { Celle, TillaegsberegningRaekke } from "../../model";
import { lavRegel, type TjekKontekst } from "../lav-regel";
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
function derefter(r: TillaegsberegningRaekke, rate: Dec): { ugepris?: Dec; samletPris?: Dec } {
  const timer = tal(r.timerPrUge);
  if (timer === null) return {};
  const uge = beregnUgepris({ timerPrUge: timer, ataTimetakst: rate });
  const samlet = samletAf(r, uge);
  return { ugepris: uge, ...(samlet ? { samletPris: samlet } : {}) };
}

const foran = (d: { beskrivelse: string | null }): string =>
  d.beskrivelse ? `Tillægsydelsen "${d.beskrivelse}": ` : "";

type Med<T> = T & { beskrivelse: string | null };

const beskeder = {
  sats: (d: Med<{ ataTimetakst: Dec; sats: Dec; hvem: string; saa: { ugepris?: Dec; samletPris?: Dec } }>) =>
    `${foran(d)}ATA-timetaksten er ${formaterKr(d.ataTimetakst)}, men tabellen over ATA-timetakster har ${formaterKr(d.sats)} for ${d.hvem}.` +
    `${d.saa.ugepris ? ` Så bliver Ugepris ${formaterKr(d.saa.ugepris)}${d.saa.samletPris ? ` og Samlet pris ${formaterKr(d.saa.samletPris)}` : ""}` : ""} Sæt formlen ind igen (opslaget i tabellen), eller ret tabellen.`,
  // Shown figures that redo the shown Ugepris to the øre (regler.md 2026.3 point 9).
  ugepris: (d: Med<{ ugepris: Dec; timerPrUge: Dec; ataTimetakst: Dec; skal: Dec; samletPris?: Dec }>) =>
    `${foran(d)}Ugeprisen er ${formaterKr(d.ugepris)}, men ${formaterFaktor(d.timerPrUge, 0, (t) => tilOere(t.times(d.ataTimetakst)).eq(d.skal))} timer × ${formaterKrEksakt(d.ataTimetakst)} = ${formaterKr(d.skal)}` +
    `${d.samletPris ? ` Så bliver Samlet pris ${formaterKr(d.samletPris)}` : ""} Sæt formlen ind igen (Timer pr. uge × ATA-timetakst).`,
  uger: (d: Med<{ uger: Dec; dage: number; skal: Dec; samletPris?: Dec }>) =>
    `${foran(d)}Uger er ${formaterTal(d.uger, 2)}, men perioden har ${d.dage} dage (begge datoer tæller med), dvs. ${formaterTal(d.skal, 2)} uger` +
    `${d.samletPris ? `, og så bliver Samlet pris ${formaterKr(d.samletPris)}` : "."} Sæt formlen ind igen ((Slutdato − Startdato + 1) ÷ 7).`,
  samletPris: (d: Med<{ samletPris: Dec; ugepris: Dec; uger: Dec; skal: Dec }>) =>
    `${foran(d)}Samlet pris er ${formaterKr(d.samletPris)}, men ${formaterKrEksakt(d.ugepris)} × ${formaterFaktor(d.uger, 2, (u) => tilOere(d.ugepris.times(u)).eq(d.skal))} uger = ${formaterKr(d.skal)} Sæt formlen ind igen (Ugepris × Uger).`,
};

/**
 * Each step against the row's own previous cell, so the first wrong cell is the one reported
 * (regler.md 2026.2 item 8); one finding per row. The message gives the value the cell should
 * hold and what the later cells then become (issue 15 § 3).
 */
function foersteAfvigelse(
  ctx: TjekKontekst<typeof beskeder>,
  r: TillaegsberegningRaekke,
  sats: Dec | null,
  ataKr: Dec,
): void {
  const beskrivelse = r.beskrivelse.vaerdi;
  const rate = tal(r.ataTimetakst);
  if (rate !== null && sats !== null && tilOere(rate).minus(tilOere(sats)).abs().gt(ataKr)) {
    const hvem = hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
    ctx.rapporter({
      besked: "sats",
      celle: r.ataTimetakst,
      data: { beskrivelse, ataTimetakst: rate, sats, hvem, saa: derefter(r, sats) },
    });
    return;
  }
  const timer = tal(r.timerPrUge);
  const ugepris = tal(r.ugepris);
  if (rate !== null && timer !== null && ugepris !== null) {
    const skal = beregnUgepris({ timerPrUge: timer, ataTimetakst: rate });
    if (tilOere(ugepris).minus(skal).abs().gt(ataKr)) {
      const samletPris = samletAf(r, skal) ?? undefined;
      ctx.rapporter({
        besked: "ugepris",
        celle: r.ugepris,
        data: { beskrivelse, ugepris, timerPrUge: timer, ataTimetakst: rate, skal, samletPris },
      });
      return;
    }
  }
  const start = r.startdato.vaerdi;
  const slut = r.slutdato.vaerdi;
  const uger = tal(r.uger);
  if (start !== null && slut !== null && uger !== null && !r.startdato.ulaeselig && !r.slutdato.ulaeselig) {
    const skal = antalUger(start, slut);
    if (tilOere(uger).minus(skal).abs().gt(UGER_TOLERANCE)) {
      const samletPris = ugepris !== null ? tilOere(ugepris.times(skal)) : undefined;
      ctx.rapporter({
        besked: "uger",
        celle: r.uger,
        data: { beskrivelse, uger, dage: slut - start + 1, skal, samletPris },
      });
      return;
    }
  }
  const samlet = tal(r.samletPris);
  if (ugepris !== null && uger !== null && samlet !== null) {
    const skal = tilOere(ugepris.times(uger));
    if (tilOere(samlet).minus(skal).abs().gt(ataKr)) {
      ctx.rapporter({
        besked: "samletPris",
        celle: r.samletPris,
        data: { beskrivelse, samletPris: samlet, ugepris, uger, skal },
      });
    }
  }
}

export default lavRegel({
  meta: {
    id: "tillaeg-beregning-afviger",
    standardAlvor: "fejl",
    beskrivelse:
      "En aftalt tillægsydelse skal regne rigtigt: ATA-timetaksten som i tabellen over ATA-timetakster, Ugepris = Timer pr. uge × ATA-timetakst, Uger = (Slutdato − Startdato + 1) ÷ 7 og Samlet pris = Ugepris × Uger.",
    gaelderFor: ["takstskema"],
  },
  beskeder,
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
      foersteAfvigelse(ctx, r, sats, ataKr);
    }
  },
});
