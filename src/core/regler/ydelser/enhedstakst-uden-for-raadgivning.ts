import { lavRegel } from "../lav-regel";
import { erEnhedstakst } from "../../beregning/takst";
import { vaerdi, ydelsesIdFor } from "./hjaelp/faelles";

/** § 4.1 gives enhedstakster to rådgivning; Andet is the skema's own word for what fits no list. */
const MED_ENHEDSTAKST = new Set(["rådgivning", "andet"]);

export default lavRegel({
  meta: {
    id: "enhedstakst-uden-for-raadgivning",
    standardAlvor: "advarsel",
    beskrivelse:
      "En enhedstakst er til rådgivningsydelser; normerede dag- og døgnpladser afregnes som udgangspunkt som takstbaserede ydelser.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    udenForRaadgivning: (d: { tilbudsform: string }) =>
      `Ydelsen har Taksttype Enhedstakst, men Tilbudsform ${d.tilbudsform}: en enhedstakst er til rådgivningsydelser, ` +
      "og normerede dag- og døgnpladser afregnes som udgangspunkt med en takst beregnet af pladser og belægning. " +
      "Vælg en anden taksttype (fx Gennemsnitstakst), eller ret tilbudsformen til Rådgivning.",
  },
  tjek(ctx) {
    for (const raekke of ctx.skema.ydelser?.raekker ?? []) {
      if (!erEnhedstakst(vaerdi(raekke.taksttype))) continue;
      const tilbudsform = vaerdi(raekke.tilbudsform);
      // An empty or unreadable Tilbudsform is felt-mangler's or felt-ugyldig-vaerdi's.
      if (tilbudsform === null || MED_ENHEDSTAKST.has(tilbudsform.trim().toLowerCase())) continue;
      ctx.rapporter({
        besked: "udenForRaadgivning",
        celle: raekke.taksttype,
        ydelsesId: ydelsesIdFor(raekke),
        data: { tilbudsform },
      });
    }
  },
});
