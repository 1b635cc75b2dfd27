import { lavRegel } from "../lav-regel";
import { gentagneIder, rapporterPaaId } from "./hjaelp/ydelses-id";

export default lavRegel({
  meta: {
    id: "ydelses-id-dublet",
    standardAlvor: "fejl",
    beskrivelse: "Hvert Ydelses-ID må kun stå på én række i tabellen over ydelser.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    dublet: (d: { ydelsesId?: string; tidligereRaekke: number }) =>
      `Ydelses-ID${d.ydelsesId ? ` "${d.ydelsesId}"` : ""} står allerede i række ${d.tidligereRaekke}` +
      ` (store og små bogstaver og mellemrum tæller ikke). Giv hver ydelse sit eget ID.`,
  },
  tjek(ctx) {
    for (const { celle, tidligereRaekke } of gentagneIder(ctx.skema.ydelser?.raekker ?? [])) {
      rapporterPaaId(ctx, celle, (id) => ({ besked: "dublet", data: { ydelsesId: id, tidligereRaekke } }));
    }
  },
});
