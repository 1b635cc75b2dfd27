import regel from "../../../src/core/regler/omkostninger/omkostningskategori-tom";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema, gyldigeOmkostninger, medOmkostninger } from "../../hjaelp/fixtur";

const medOmk = medOmkostninger;

testRegel(regel, {
  gyldige: [
    { navn: "fixturen (kategorier uden udgifter har 0)", skema: gyldigtSkema() },
    {
      navn: "tomt vagtlag hører under vagtlag-mangler",
      skema: medOmk((r) => {
        r[0].vagtlag = null;
      }),
    },
    {
      navn: "tomt takstberegningsgrundlag er ikke en omkostningskategori",
      skema: medOmk((r) => {
        r[0].grundlag = null;
      }),
    },
    {
      // regler.md 2026.2 item 3: "The Indregnet columns are not cost categories"; empty reads as 0.
      navn: "tomme finansierings- og indregnet-celler er 0, ikke en manglende kategori",
      skema: medOmk((r) => {
        r[0].finansieringsindtaegter = null;
        r[0].finansieringsudgifter = null;
        r[0].indregnetUnderskud = null;
        r[0].indregnetOverskud = "  ";
      }),
    },
    {
      navn: "ulæselig værdi er ikke tom (felt-ugyldig-vaerdi melder den)",
      skema: medOmk((r) => {
        r[0].ejendom = { fejl: "#REF!" };
      }),
    },
    {
      navn: "manglende kolonne melder skema-mangler-kolonne, ikke denne regel",
      skema: {
        ...gyldigtSkema(),
        omkostninger: {
          raekker: gyldigeOmkostninger(),
          kolonner: [
            "ydelsesId",
            "personale",
            "vagtlag",
            "borgerrelaterede",
            "administration",
            "kompetenceudvikling",
            "ejendom",
            "afskrivninger",
            "finansieringsindtaegter",
            "finansieringsudgifter",
            "indregnetUnderskud",
            "grundlag",
          ],
        },
      },
    },
  ],
  ugyldige: [
    {
      navn: "tom kompetenceudvikling",
      skema: medOmk((r) => {
        r[1].kompetenceudvikling = null;
      }),
      fund: [
        {
          celle: "F3",
          ark: "Omkostninger",
          ydelsesId: "A2-104",
          besked:
            "Kompetenceudvikling er tom for A2-104. Skriv beløbet, eller 0 hvis ydelsen ikke har udgifter i kategorien.",
        },
      ],
      rettet: medOmk((r) => {
        r[1].kompetenceudvikling = 0;
      }),
    },
    {
      navn: "en § 5.5.1-kategori med kun mellemrum",
      skema: medOmk((r) => {
        r[0].afskrivninger = "  ";
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "H2",
          ydelsesId: "A1-108",
          besked:
            "Afskrivninger og kapitalomkostninger er tom for A1-108. Skriv beløbet, eller 0 hvis ydelsen ikke har udgifter i kategorien.",
        },
      ],
      rettet: medOmk((r) => {
        r[0].afskrivninger = 200000;
      }),
    },
  ],
});
