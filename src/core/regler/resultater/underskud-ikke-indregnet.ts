import { lavRegel } from "../lav-regel";
import { IKKE_INDREGNET_BESKEDER, tjekIkkeIndregnet } from "./hjaelp/ikke-indregnet";

export default lavRegel({
  meta: {
    id: "underskud-ikke-indregnet",
    standardAlvor: "fejl",
    beskrivelse:
      "Den del af et underskud, der overstiger 5 % af takstberegningsgrundlaget, skal indregnes i taksten senest 2 år efter regnskabsåret.",
    gaelderFor: ["takstskema"],
  },
  beskeder: IKKE_INDREGNET_BESKEDER,
  tjek(ctx) {
    tjekIkkeIndregnet(ctx, "underskud");
  },
});
