import regel from "../../../src/core/regler/stamdata/nyt-tilbud-uden-driftsaar";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import type { SkemaSpec } from "../../hjaelp/snapshot-bygger";

function medStamdata(aendring: Record<string, unknown>, uden?: string): SkemaSpec {
  const s = gyldigtSkema();
  const stamdata: Record<string, unknown> = { ...s.stamdata, ...aendring };
  if (uden) delete stamdata[uden];
  return { ...s, stamdata: stamdata as SkemaSpec["stamdata"] };
}

testRegel(regel, {
  gyldige: [
    { navn: "eksisterende tilbud uden Første driftsår", skema: gyldigtSkema() },
    { navn: "eksisterende tilbud uden rækken Første driftsår", skema: medStamdata({}, "foersteDriftsaar") },
    { navn: "nyt tilbud med Første driftsår", skema: medStamdata({ nytTilbud: "Ja", foersteDriftsaar: 2026 }) },
    {
      navn: "nyt tilbud med Første driftsår som tekst",
      skema: medStamdata({ nytTilbud: "ja", foersteDriftsaar: "2026" }),
    },
    {
      navn: "ulæseligt Første driftsår (felt-ugyldig-vaerdi)",
      skema: medStamdata({ nytTilbud: "Ja", foersteDriftsaar: "næste år" }),
    },
    { navn: "Nyt tilbud tomt (felt-mangler)", skema: medStamdata({ nytTilbud: null }) },
  ],
  ugyldige: [
    {
      navn: "nyt tilbud med tomt Første driftsår",
      rettet: medStamdata({ nytTilbud: "Ja", foersteDriftsaar: 2026 }),
      skema: medStamdata({ nytTilbud: "Ja" }),
      fund: [
        {
          ark: "Stamdata",
          celle: "B10",
          besked:
            'Nyt tilbud er "Ja", men Første driftsår er tomt. Skriv det første driftsår (fx 2026): lavere belægning og afskrivning af driftstab over tre år gælder kun for første driftsår (§ 6.1.2).',
        },
      ],
    },
    {
      navn: 'nyt tilbud (skrevet " JA ") uden rækken Første driftsår: peger på Nyt tilbud',
      skema: medStamdata({ nytTilbud: " JA " }, "foersteDriftsaar"),
      fund: [
        {
          ark: "Stamdata",
          celle: "B9",
          besked:
            'Nyt tilbud er "Ja", men Første driftsår er ikke med i Stamdata. Skriv det første driftsår (fx 2026) i en række med Felt "Første driftsår": lavere belægning og afskrivning af driftstab over tre år gælder kun for første driftsår (§ 6.1.2).',
        },
      ],
    },
  ],
});
