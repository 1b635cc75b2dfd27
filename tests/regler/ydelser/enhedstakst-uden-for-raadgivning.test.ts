import regel from "../../../src/core/regler/ydelser/enhedstakst-uden-for-raadgivning";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { skemaMed } from "../ydelser-hjaelp";

// § 4.1: "Traditionelle ydelser baseret på normerede dag- eller døgnpladser skal som udgangspunkt
// afregnes som takstbaserede ydelser […] For rådgivningsydelser vil det være muligt at opkræve en
// enhedstakst (f.eks. en time- eller dagstakst)." (regler.md 2026.3 point 1)
testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (ingen enhedstakst)", skema: gyldigtSkema() },
    {
      navn: "enhedstakst pr. dag og pr. time for rådgivning",
      skema: skemaMed({
        0: { taksttype: "Enhedstakst", tilbudsform: "Rådgivning", takstenhed: "Time" },
        1: { taksttype: "Enhedstakst", tilbudsform: "Rådgivning" },
      }),
    },
    {
      navn: "enhedstakst med Tilbudsform Andet",
      skema: skemaMed({ 1: { taksttype: "Enhedstakst", tilbudsform: "Andet" } }),
    },
    {
      navn: "enhedstakst uden Tilbudsform (felt-mangler melder det)",
      skema: skemaMed({ 1: { taksttype: "Enhedstakst", tilbudsform: null } }),
    },
  ],
  ugyldige: [
    {
      navn: "enhedstakst på et døgntilbud og et dagtilbud: advarsel på Taksttype",
      skema: skemaMed({ 0: { taksttype: "Enhedstakst" }, 1: { taksttype: "Enhedstakst" } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "E2",
          ydelsesId: "A1-108",
          alvor: "advarsel",
          besked:
            "Ydelsen har Taksttype Enhedstakst, men Tilbudsform Døgntilbud: en enhedstakst er til rådgivningsydelser, og normerede dag- og døgnpladser afregnes som udgangspunkt med en takst beregnet af pladser og belægning. Vælg en anden taksttype (fx Gennemsnitstakst), eller ret tilbudsformen til Rådgivning.",
        },
        {
          ark: "Ydelser",
          celle: "E3",
          ydelsesId: "A2-104",
          besked:
            "Ydelsen har Taksttype Enhedstakst, men Tilbudsform Dagtilbud: en enhedstakst er til rådgivningsydelser, og normerede dag- og døgnpladser afregnes som udgangspunkt med en takst beregnet af pladser og belægning. Vælg en anden taksttype (fx Gennemsnitstakst), eller ret tilbudsformen til Rådgivning.",
        },
      ],
    },
  ],
});
