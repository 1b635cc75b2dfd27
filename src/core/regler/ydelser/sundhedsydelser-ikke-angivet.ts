import { lavRegel } from "../lav-regel";
import { erBotilbud } from "../../beregning/takst";
import { ydelsesIdFor, vaerdi } from "./hjaelp/faelles";

export default lavRegel({
  meta: {
    id: "sundhedsydelser-ikke-angivet",
    standardAlvor: "advarsel",
    beskrivelse: "For et botilbud skal det angives, hvilke sundhedsydelser taksten indeholder (eller »Ingen«).",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    tom: () =>
      "Ydelsen er efter sin paragraf et botilbud, men Sundhedsydelser i taksten er tom. " +
      "Skriv hvilke sundhedsydelser taksten indeholder (fx medicinhåndtering), eller »Ingen«.",
  },
  tjek(ctx) {
    for (const raekke of ctx.skema.ydelser?.raekker ?? []) {
      const celle = raekke.sundhedsydelser;
      if (!celle.tom || celle.mangler || celle.ulaeselig) continue;
      if (!erBotilbud(vaerdi(raekke.paragraf))) continue;
      ctx.rapporter({ besked: "tom", celle, ydelsesId: ydelsesIdFor(raekke) });
    }
  },
});
