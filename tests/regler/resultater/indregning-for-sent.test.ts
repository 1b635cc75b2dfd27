import regel from "../../../src/core/regler/resultater/indregning-for-sent";
import { testRegel } from "../../hjaelp/regeltester";
import { hentProfil } from "../../../src/core/profil/register";
import { ARK, resultatSkema } from "../resultater-fixtur";

const P = hentProfil("nordjylland-2025-2026");

testRegel(regel, {
  gyldige: [
    { navn: "regnskabsår 2024 indregnet i 2026 (præcis + 2)", skema: resultatSkema() },
    {
      navn: "intet indregnet: året betyder intet",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].indregnet = 0;
          r[0].indregnetITakstaar = 2030;
        },
      }),
    },
    {
      // § 6.1.2: "afskrive eventuelle driftstab fra første driftsår over en årrække på tre år frem for normalt et år".
      navn: "et underskud fra et nyt tilbuds første driftsår fordelt over regnskabsår + 2, + 3 og + 4",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 },
        resultater: (r) => {
          r[1].indregnet = 45000;
          r.push({ ...r[1], indregnet: 40000, indregnetITakstaar: 2028 });
          r.push({ ...r[1], indregnet: 40000, indregnetITakstaar: 2029 });
        },
      }),
    },
    {
      navn: "tomt Indregnet i takstår",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnetITakstaar = null) }),
    },
  ],
  ugyldige: [
    {
      navn: "regnskabsår 2024 indregnet i 2027",
      skema: resultatSkema({ resultater: (r) => void (r[0].indregnetITakstaar = 2027) }),
      fund: [
        {
          celle: "G2",
          ark: ARK,
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            "370.000,00 kr. overskud for A1-108 fra regnskabsår 2024 er sat til at blive indregnet i takstår 2027, men skulle indregnes senest i takstår 2026 (regnskabsåret + 2 år). Indregn beløbet senest i takstår 2026.",
        },
      ],
      rettet: resultatSkema(),
    },
    {
      // The deadline (2024) has passed in takstår 2026: the only remedy left is indregning now.
      navn: "regnskabsår 2022 indregnet i 2027, når fristen er overskredet",
      skema: resultatSkema({
        resultater: (r) => {
          r[0].regnskabsaar = 2022;
          r[0].indregnetITakstaar = 2027;
        },
      }),
      // Indregnet in 2026 it is an advarsel ("Beløbet indregnes nu"), not a valid skema: no rettet case.
      fund: [
        {
          celle: "G2",
          ark: ARK,
          ydelsesId: "A1-108",
          alvor: "fejl",
          besked:
            "370.000,00 kr. overskud for A1-108 fra regnskabsår 2022 er sat til at blive indregnet i takstår 2027, men skulle indregnes senest i takstår 2024 (regnskabsåret + 2 år). Fristen er overskredet: indregn beløbet i dette takstår (2026), og begrund den sene indregning i Bemærkninger.",
        },
      ],
    },
    {
      navn: "nyt tilbuds første driftsår indregnet i regnskabsår + 5",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 },
        resultater: (r) => void (r[1].indregnetITakstaar = 2030),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "G3",
          ydelsesId: "A2-104",
          alvor: "fejl",
          besked:
            "125.000,00 kr. underskud for A2-104 fra regnskabsår 2025 er sat til at blive indregnet i takstår 2030, men skulle indregnes senest i takstår 2029 (regnskabsåret + 4 år, fordi det er et driftstab fra et nyt tilbuds første driftsår, der kan fordeles over takstårene regnskabsåret + 2 til + 4). Indregn beløbet senest i takstår 2029.",
        },
      ],
      rettet: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2025 },
        resultater: (r) => void (r[1].indregnetITakstaar = 2029),
      }),
    },
    {
      // regler.md 2026.2 item 1: indregning now of an overdue amount is the only remedy, not a fejl trap.
      navn: "et for sent beløb, der indregnes i dette takstår: advarsel med begrundelse",
      skema: resultatSkema({ resultater: (r) => void (r[0].regnskabsaar = 2023) }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "G2",
          alvor: "advarsel",
          besked:
            "370.000,00 kr. overskud for A1-108 fra regnskabsår 2023 er sat til at blive indregnet i takstår 2026, men skulle indregnes senest i takstår 2025 (regnskabsåret + 2 år). Beløbet indregnes nu, i dette takstår, og det er det rigtige at gøre; begrund den sene indregning i Bemærkninger for ydelsen.",
        },
      ],
    },
    {
      navn: "et overskud fra et nyt tilbuds første driftsår har stadig fristen + 2 (§ 6.1.2 gælder driftstab)",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2024 },
        resultater: (r) => void (r[0].indregnetITakstaar = 2027),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "G2",
          besked:
            "370.000,00 kr. overskud for A1-108 fra regnskabsår 2024 er sat til at blive indregnet i takstår 2027, men skulle indregnes senest i takstår 2026 (regnskabsåret + 2 år). Indregn beløbet senest i takstår 2026.",
        },
      ],
    },
    {
      navn: "nyt tilbud, men ikke dets første driftsår: + 2",
      skema: resultatSkema({
        stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2023 },
        resultater: (r) => void (r[0].indregnetITakstaar = 2027),
      }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "G2",
          besked:
            "370.000,00 kr. overskud for A1-108 fra regnskabsår 2024 er sat til at blive indregnet i takstår 2027, men skulle indregnes senest i takstår 2026 (regnskabsåret + 2 år). Indregn beløbet senest i takstår 2026.",
        },
      ],
    },
    {
      navn: "profilens frist: regnskabsår + 1",
      skema: resultatSkema(),
      profil: { overUnderskud: { ...P.overUnderskud, indregnesSenestEfterAar: 1 } },
      fund: [
        {
          ark: "Over- og underskud",
          celle: "G2",
          alvor: "advarsel",
          besked:
            "370.000,00 kr. overskud for A1-108 fra regnskabsår 2024 er sat til at blive indregnet i takstår 2026, men skulle indregnes senest i takstår 2025 (regnskabsåret + 1 år). Beløbet indregnes nu, i dette takstår, og det er det rigtige at gøre; begrund den sene indregning i Bemærkninger for ydelsen.",
        },
      ],
    },
  ],
});
