import regel from "../../../src/core/regler/ydelser/ydelse-ikke-i-sidste-aars-bilag";
import { kolonneBogstaverFor } from "../../../src/core/skema/formler";
import { TBL_YDELSER } from "../../../src/core/skema/tabeller";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { fixturGrundlag } from "../../takstbilag/grundlag-hjaelp";
import { skemaMed } from "../ydelser-hjaelp";

const k = kolonneBogstaverFor(TBL_YDELSER);

testRegel(regel, {
  gyldige: [
    { navn: "uden grundlag: reglen tier", skema: skemaMed({ 0: { ydelsesId: "X" } }) },
    { navn: "hver ydelse findes i det godkendte takstbilag", skema: gyldigtSkema(), grundlag: fixturGrundlag() },
    {
      navn: "en ny ydelse uden Takst og Pladser sidste år",
      skema: skemaMed({ 0: { ydelsesId: "A1-200", takstSidsteAar: null, pladserSidsteAar: null } }),
      grundlag: fixturGrundlag(),
    },
    {
      navn: "Tilbud skrevet med andre store bogstaver og mellemrum findes alligevel",
      skema: skemaMed({}, { stamdata: { tilbud: " bostedet  SOLBAKKEN" } }),
      grundlag: fixturGrundlag(),
    },
  ],
  ugyldige: [
    {
      navn: "en ydelse med Takst sidste år, som det godkendte takstbilag ikke har",
      skema: skemaMed({ 0: { ydelsesId: "A1-200" } }),
      grundlag: fixturGrundlag(),
      fund: [
        {
          ark: "Ydelser",
          celle: `${k.takstSidsteAar}2`,
          ydelsesId: "A1-200",
          besked:
            "Ydelsen A1-200 findes ikke for tilbuddet i sidste års godkendte takstbilag, men har Takst eller Pladser sidste år. Brug sidste års Ydelses-ID, eller tøm Takst og Pladser sidste år, hvis ydelsen er ny.",
        },
      ],
      rettet: skemaMed({ 0: { ydelsesId: "A1-200", takstSidsteAar: null, pladserSidsteAar: null } }),
    },
    {
      navn: "et tilbud, der slet ikke findes: ét fund på Stamdata, ikke ét pr. ydelse",
      skema: skemaMed({}, { stamdata: { tilbud: "Kysthuset", tilbudsportalId: "999" } }),
      grundlag: fixturGrundlag(),
      fund: [
        {
          ark: "Stamdata",
          celle: "B4",
          besked:
            "Tilbuddet findes ikke i sidste års godkendte takstbilag (hverken på Tilbudsportal-ID eller på Driftsherre og Tilbud), men 2 ydelser har Takst eller Pladser sidste år. Ret Tilbudsportal-ID, Driftsherre eller Tilbud, så de svarer til takstbilaget, eller tøm Takst og Pladser sidste år for et nyt tilbud.",
        },
      ],
    },
  ],
});
