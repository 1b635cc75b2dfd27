import { lavRegel } from "../lav-regel";
import { ataTimetakst } from "../../beregning/tillaeg";
import { formaterKr, formaterKrEksakt, formaterTal } from "../../format";
import { D, dec, tilOere, type Dec } from "../../penge";
import { broekSomExcel, hvilken } from "./hjaelp/faelles";

/**
 * Timeomkostning × (1 + f + d + vfo) = R with figures that redo R to the øre (regler.md 2026.3
 * point 9): the fractions with the fewest decimals (at least two) that give R, the kroner exactly.
 */
function regnestykke(timeomkostning: Dec, broeker: Dec[], beregnet: Dec): string {
  const loft = Math.max(2, ...broeker.map((b) => b.decimalPlaces()));
  let n = 2;
  for (; n < loft; n++) {
    const [f, d, v] = broeker.map((b) => b.toDecimalPlaces(n, D.ROUND_HALF_UP));
    if (ataTimetakst({ timeomkostning, fravaer: f, doegnkoefficient: d, vfo: v }).eq(beregnet)) break;
  }
  const vis = (b: Dec) => formaterTal(b, Math.max(2, Math.min(n, b.decimalPlaces())));
  return `${formaterKrEksakt(timeomkostning)} × (1 + ${broeker.map(vis).join(" + ")}) = ${formaterKr(beregnet)}`;
}

export default lavRegel({
  meta: {
    id: "ata-timetakst-afviger",
    standardAlvor: "fejl",
    beskrivelse:
      "ATA-timetaksten skal være Timeomkostning × (1 + fraværskorrektion + døgnkoefficient + variable følgeomkostninger), rundet til øre (eller til hele kroner, når tabellens timetakster er hele kroner).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    afviger: (d: {
      hvem: string;
      angivet: Dec;
      timeomkostning: Dec;
      fravaer: Dec;
      doegnkoefficient: Dec;
      vfo: Dec;
      beregnet: Dec;
      forskel: Dec;
      heleKr: boolean;
    }) =>
      `ATA-timetaksten${d.hvem ? ` for ${d.hvem}` : ""} er ${formaterKr(d.angivet)}, men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + ` +
      `Variable følgeomkostninger) giver ${regnestykke(d.timeomkostning, [d.fravaer, d.doegnkoefficient, d.vfo], d.beregnet)} (forskel ${formaterKr(d.forskel)}${d.heleKr ? `; rundet til hele kroner ${formaterKr(d.beregnet.toDecimalPlaces(0, D.ROUND_HALF_UP))}` : ""}). ` +
      "Sæt formlen ind igen, eller ret tallene.",
  },
  tjek(ctx) {
    const tabel = ctx.skema.tillaeg;
    if (!tabel) return;
    // regler.md 2026.2 item 8: a table of whole-kroner rates was rounded to kroner on purpose.
    const satser = tabel.raekker.flatMap((r) => (r.ataTimetakst.vaerdi === null ? [] : [r.ataTimetakst.vaerdi]));
    const heleKr = satser.length > 0 && satser.every((v) => v.isInteger());
    const { ataKr, ataHeleKr } = ctx.profil.tolerance;
    const tolerance = dec(heleKr ? Math.max(ataKr, ataHeleKr) : ataKr);
    for (const r of tabel.raekker) {
      const angivet = r.ataTimetakst.vaerdi;
      const timeomkostning = r.timeomkostning.vaerdi;
      const fravaer = broekSomExcel(r.fravaer);
      const d = broekSomExcel(r.doegnkoefficient);
      const vfo = broekSomExcel(r.vfo);
      if (angivet === null || timeomkostning === null || fravaer === null || d === null || vfo === null) continue;
      const beregnet = ataTimetakst({ timeomkostning, fravaer, doegnkoefficient: d, vfo });
      const forskel = tilOere(angivet).minus(beregnet).abs();
      if (!forskel.gt(tolerance)) continue;
      const hvem = hvilken(r.personalekategori.vaerdi, r.tidsrum.vaerdi);
      ctx.rapporter({
        besked: "afviger",
        celle: r.ataTimetakst,
        data: { hvem, angivet, timeomkostning, fravaer, doegnkoefficient: d, vfo, beregnet, forskel, heleKr },
      });
    }
  },
});
