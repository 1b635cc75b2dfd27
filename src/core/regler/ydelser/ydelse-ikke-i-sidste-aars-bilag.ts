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
        ark: celle?.ark ?? "Stamdata",
        celle: celle?.adresse ?? "A1",
        besked:
          `Tilbuddet findes ikke i sidste års godkendte takstbilag (hverken på Tilbudsportal-ID eller på Driftsherre og Tilbud), ` +
          `men ${medSidsteAar.length === 1 ? "én ydelse har" : `${medSidsteAar.length} ydelser har`} Takst eller Pladser sidste år. ` +
          "Ret Tilbudsportal-ID, Driftsherre eller Tilbud, så de svarer til takstbilaget, eller tøm Takst og Pladser sidste år for et nyt tilbud.",
      });
      return;
    }
    for (const r of medSidsteAar) {
      const id = ydelsesIdFor(r);
      if (tilbud.ydelser.has(noegle(id))) continue;
      ctx.rapporter({
        ark: r.takstSidsteAar.ark,
        celle: r.takstSidsteAar.adresse,
        ydelsesId: id,
        besked:
          `Ydelsen ${id ?? "uden Ydelses-ID"} findes ikke for tilbuddet i sidste års godkendte takstbilag, men har Takst eller Pladser sidste år. ` +
          "Brug sidste års Ydelses-ID, eller tøm Takst og Pladser sidste år, hvis ydelsen er ny.",
      });
    }
  },
});
