import { lavRegel } from "../lav-regel";
import { CITAT_OVERSKUD_FRIST } from "./hjaelp/faelles";
import { tjekIkkeIndregnet } from "./hjaelp/ikke-indregnet";

export default lavRegel({
  meta: {
    id: "overskud-ikke-indregnet",
    standardAlvor: "fejl",
    paragraf: "5.3.1",
    beskrivelse:
      "Den del af et overskud, der overstiger 5 % af takstberegningsgrundlaget, skal indregnes i taksten senest 2 år efter regnskabsåret.",
    citat: CITAT_OVERSKUD_FRIST,
    gaelderFor: ["takstskema"],
  },
  tjek(ctx) {
    tjekIkkeIndregnet(ctx, "overskud");
  },
});
