import regel from "../../../src/core/regler/stamdata/kategori-1-ikke-omfattet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import type { SkemaSpec } from "../../hjaelp/snapshot-bygger";

function medKategori(kategori: unknown): SkemaSpec {
  const s = gyldigtSkema();
  return { ...s, stamdata: { ...s.stamdata, kategori } as SkemaSpec["stamdata"] };
}

testRegel(regel, {
  gyldige: [
    { navn: "kategori 3 (det gyldige skema)", skema: gyldigtSkema() },
    { navn: "kategori 2", skema: medKategori(2) },
    { navn: "kategori tom (felt-mangler)", skema: medKategori(null) },
    { navn: "kategori ulæselig (felt-ugyldig-vaerdi)", skema: medKategori("en") },
    {
      // § 2.2: "Region Nordjyllands social- og specialundervisningstilbud er altid omfattet af
      // styringsaftalen." regler.md 2026.3 point 8: never "er ikke omfattet" to the region
      // (felt-ugyldig-vaerdi reports its Kategori 1).
      navn: "Region Nordjylland (også med afdeling) får aldrig »ikke omfattet«",
      skema: {
        ...medKategori(1),
        stamdata: { ...medKategori(1).stamdata, driftsherre: " region nordjylland, Specialsektoren " },
      },
    },
    {
      navn: "testregionens profil nævner sin egen region",
      skema: { ...medKategori(1), stamdata: { ...medKategori(1).stamdata, driftsherre: "Region Opdigtet" } },
      profil: { region: "Region Opdigtet" },
    },
  ],
  ugyldige: [
    {
      navn: "en kommune, der hedder noget med region, er ikke regionen",
      skema: {
        ...medKategori(1),
        stamdata: { ...medKategori(1).stamdata, driftsherre: "Aalborg Kommune (Region Nordjylland)" },
      },
      fund: [
        {
          ark: "Stamdata",
          celle: "B5",
          besked:
            "Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af styringsaftalen (§ 2.2), og taksten skal ikke godkendes her. Kontrollér kategorien; anvender andre kommuner tilbuddet, er det kategori 2 eller 3.",
        },
      ],
    },
    {
      navn: "kategori 1",
      skema: medKategori(1),
      fund: [
        {
          ark: "Stamdata",
          celle: "B5",
          alvor: "advarsel",
          besked:
            "Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af styringsaftalen (§ 2.2), og taksten skal ikke godkendes her. Kontrollér kategorien; anvender andre kommuner tilbuddet, er det kategori 2 eller 3.",
        },
      ],
    },
    {
      navn: "kategori 1 skrevet som tekst",
      skema: medKategori(" 1 "),
      fund: [
        {
          ark: "Stamdata",
          celle: "B5",
          besked:
            "Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af styringsaftalen (§ 2.2), og taksten skal ikke godkendes her. Kontrollér kategorien; anvender andre kommuner tilbuddet, er det kategori 2 eller 3.",
        },
      ],
    },
    {
      navn: "profilen kan gøre det til en fejl",
      skema: medKategori(1),
      profil: { alvor: { "kategori-1-ikke-omfattet": "fejl" } },
      fund: [
        {
          ark: "Stamdata",
          celle: "B5",
          alvor: "fejl",
          besked:
            "Kategori er 1: et tilbud, som alene anvendes af driftsherren, er ikke omfattet af styringsaftalen (§ 2.2), og taksten skal ikke godkendes her. Kontrollér kategorien; anvender andre kommuner tilbuddet, er det kategori 2 eller 3.",
        },
      ],
    },
  ],
});
