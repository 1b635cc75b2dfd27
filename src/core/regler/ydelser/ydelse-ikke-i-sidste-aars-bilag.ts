import { lavRegel } from "../lav-regel";
import { noegle } from "../../takstbilag/grundlag";
import { aendringsRaekker, vaerdi, ydelsesIdFor } from "./hjaelp/faelles";
import { grundlagTilbud } from "./hjaelp/sidste-aar";

export default lavRegel({
  meta: {
    id: "ydelse-ikke-i-sidste-aars-bilag",
    standardAlvor: "advarsel",
    beskrivelse:
      "Med sidste års godkendte takstbilag som grundlag: en ydelse med Takst eller Pladser sidste år skal findes i det godkendte takstbilag.",
    gaelderFor: ["takstskema"],
  },
  beskeder: {
    tilbudUkendt: (d: { ydelser: number }) =>
      `Tilbuddet findes ikke i sidste års godkendte takstbilag (hverken på Tilbudsportal-ID eller på Driftsherre og Tilbud), ` +
      `men ${d.ydelser === 1 ? "én ydelse har" : `${d.ydelser} ydelser har`} Takst eller Pladser sidste år. ` +
      "Ret Tilbudsportal-ID, Driftsherre eller Tilbud, så de svarer til takstbilaget, eller tøm Takst og Pladser sidste år for et nyt tilbud.",
    ydelseUkendt: (d: { ydelsesId?: string }) =>
      `Ydelsen ${d.ydelsesId ?? "uden Ydelses-ID"} findes ikke for tilbuddet i sidste års godkendte takstbilag, men har Takst eller Pladser sidste år. ` +
      "Brug sidste års Ydelses-ID, eller tøm Takst og Pladser sidste år, hvis ydelsen er ny.",
  },
  tjek(ctx) {
    if (!ctx.grundlag || ctx.skema.type !== "takstskema") return;
    const medSidsteAar = aendringsRaekker(ctx.skema)
      .map((x) => x.raekke)
      .filter((r) => vaerdi(r.takstSidsteAar) !== null || vaerdi(r.pladserSidsteAar) !== null);
    if (medSidsteAar.length === 0) return;
    const tilbud = grundlagTilbud(ctx);
    if (!tilbud) {
      // One finding for the tilbud, not one per ydelse.
      const f = ctx.skema.stamdata?.felter;
      const celle = f?.tilbudsportalId.vaerdi ? f.tilbudsportalId : f?.tilbud;
      ctx.rapporter({
        besked: "tilbudUkendt",
        celle: celle ?? { ark: "Stamdata", adresse: "A1" },
        data: { ydelser: medSidsteAar.length },
      });
      return;
    }
    for (const r of medSidsteAar) {
      const id = ydelsesIdFor(r);
      if (tilbud.ydelser.has(noegle(id))) continue;
      ctx.rapporter({ besked: "ydelseUkendt", celle: r.takstSidsteAar, ydelsesId: id, data: { ydelsesId: id } });
    }
  },
});
