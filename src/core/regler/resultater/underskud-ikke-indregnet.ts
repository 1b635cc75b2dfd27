import { lavRegel } from "../lav-regel";
import { CITAT_UNDERSKUD_FRIST } from "./hjaelp/faelles";
import { tjekIkkeIndregnet } from "./hjaelp/ikke-indregnet";

export default lavRegel({
  meta: {
    id: "underskud-ikke-indregnet",
    standardAlvor: "fejl",
    paragraf: "5.3.2",
    beskrivelse:
      "Den del af et underskud, der overstiger 5 % af takstberegningsgrundlaget, skal indregnes i taksten senest 2 år efter regnskabsåret.",
    citat: CITAT_UNDERSKUD_FRIST,
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    tjekIkkeIndregnet(ctx, "underskud");
  },
});
