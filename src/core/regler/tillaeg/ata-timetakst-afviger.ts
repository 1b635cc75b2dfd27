import { lavRegel } from "../lav-regel";
import { ataTimetakst } from "../../beregning/tillaeg";
import { formaterKr } from "../../format";
import { D, dec, tilOere } from "../../penge";
import { broekSomExcel, formaterDecimal, hvilken } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "ata-timetakst-afviger",
    standardAlvor: "fejl",
    beskrivelse:
      "ATA-timetaksten skal være Timeomkostning × (1 + fraværskorrektion + døgnkoefficient + variable følgeomkostninger), rundet til øre (eller til hele kroner, når tabellens timetakster er hele kroner).",
    gaelderFor: ["takstskema"],
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
      const regnestykke = `${formaterKr(timeomkostning)} × (1 + ${formaterDecimal(fravaer)} + ${formaterDecimal(d)} + ${formaterDecimal(vfo)}) = ${formaterKr(beregnet)}`;
      ctx.rapporter({
        ark: r.ataTimetakst.ark,
        celle: r.ataTimetakst.adresse,
        besked:
          `ATA-timetaksten${hvem ? ` for ${hvem}` : ""} er ${formaterKr(angivet)}, men Timeomkostning × (1 + Fraværskorrektion + Døgnkoefficient + ` +
          `Variable følgeomkostninger) giver ${regnestykke} (forskel ${formaterKr(forskel)}${heleKr ? `; rundet til hele kroner ${formaterKr(beregnet.toDecimalPlaces(0, D.ROUND_HALF_UP))}` : ""}). ` +
          "Sæt formlen ind igen, eller ret tallene.",
      });
    }
  },
});
