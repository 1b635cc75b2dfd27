import regel from "../../../src/core/regler/ydelser/pladsaendring-kraever-godkendelse";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { skemaMed, takstbilag } from "../ydelser-hjaelp";

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema (uændret pladsantal)", skema: gyldigtSkema() },
    {
      navn: "ny ydelse i et nyt tilbud (hele tilbuddet indmeldes, § 6.1.1)",
      skema: skemaMed(
        { 0: { pladserSidsteAar: null, pladser: 4 } },
        { stamdata: { nytTilbud: "Ja", foersteDriftsaar: 2026 } },
      ),
    },
    {
      navn: "ny timeydelse i et eksisterende tilbud har ingen pladser",
      skema: skemaMed({ 1: { pladserSidsteAar: null, pladser: null, takstenhed: "Time" } }),
    },
    {
      navn: "ny ydelse med 0 pladser",
      skema: skemaMed({ 1: { pladserSidsteAar: null, pladser: 0 } }),
    },
    { navn: "samme antal skrevet som tekst", skema: skemaMed({ 0: { pladser: "10" } }) },
    { navn: "takstbilag uden pladsændring", skema: takstbilag([{}]) },
  ],
  ugyldige: [
    {
      navn: "også en begrundet pladsændring skal godkendes af DAS",
      skema: skemaMed({
        0: { pladser: 12, aarsag: "Ændring i pladsantal", bemaerkninger: "To nye pladser i den ombyggede fløj." },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "I2",
          ydelsesId: "A1-108",
          alvor: "info",
          besked:
            "Pladsantallet øges fra 10 til 12. En permanent ændring i antal pladser skal godkendes af DAS; sørg for at ændringen er begrundet i Bemærkninger.",
        },
      ],
    },
    {
      navn: "reduktion til 0 pladser, begge ydelser ændret",
      skema: skemaMed({ 0: { pladser: 0 }, 1: { pladser: 17.5 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "I2",
          besked:
            "Pladsantallet reduceres fra 10 til 0. En permanent ændring i antal pladser skal godkendes af DAS; sørg for at ændringen er begrundet i Bemærkninger.",
        },
        {
          ark: "Ydelser",
          celle: "I3",
          ydelsesId: "A2-104",
          besked:
            "Pladsantallet reduceres fra 20 til 17,5. En permanent ændring i antal pladser skal godkendes af DAS; sørg for at ændringen er begrundet i Bemærkninger.",
        },
      ],
    },
    {
      // regler.md 2026.2 item 9; § 2.2.3: "Såfremt en driftsherre ønsker permanent at ændre i antallet af pladser … Ændringen skal godkendes af DAS."
      // regler.md 2026.3 "Ny ydelse": Pladser sidste år and Takst sidste år both empty.
      navn: "ny ydelse med pladser i et eksisterende tilbud",
      skema: skemaMed({ 0: { pladserSidsteAar: null, takstSidsteAar: null, pladser: 4 } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "I2",
          alvor: "info",
          besked:
            "Ny ydelse med 4 pladser i et eksisterende tilbud (Pladser sidste år er tom): tilbuddets pladsantal ændres permanent, og det skal godkendes af DAS; begrund den nye ydelse i Bemærkninger.",
        },
      ],
    },
    {
      navn: "takstbilag",
      skema: takstbilag([{ pladser: 9 }]),
      fund: [
        {
          ark: "Takstbilag",
          celle: "I2",
          besked:
            "Pladsantallet reduceres fra 10 til 9. En permanent ændring i antal pladser skal godkendes af DAS; sørg for at ændringen er begrundet i Bemærkninger.",
        },
      ],
    },
  ],
});
