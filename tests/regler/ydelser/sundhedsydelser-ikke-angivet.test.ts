import regel from "../../../src/core/regler/ydelser/sundhedsydelser-ikke-angivet";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { skemaMed, skemaUdenKolonner } from "../ydelser-hjaelp";

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "»Ingen« er angivet", skema: skemaMed({ 0: { sundhedsydelser: "Ingen" } }) },
    { navn: "SEL § 104 er ikke et botilbud", skema: skemaMed({ 1: { sundhedsydelser: null } }) },
    { navn: "§ 1080 er ikke § 108", skema: skemaMed({ 0: { paragraf: "SEL § 1080", sundhedsydelser: null } }) },
    {
      // regler.md 2026.2 item 10; § 5.5.3: "et botilbud efter Serviceloven" is SEL § 107 or § 108.
      navn: "BL § 43 (døgninstitution) og ABL § 105 (almen bolig) er ikke botilbud efter Serviceloven",
      skema: skemaMed({
        0: { paragraf: "BL § 43", sundhedsydelser: null },
        1: { paragraf: "ABL § 105", sundhedsydelser: null },
      }),
    },
    {
      navn: "SEL § 105 er ikke et botilbud efter § 5.5.3",
      skema: skemaMed({ 1: { paragraf: "Servicelovens §105", sundhedsydelser: null } }),
    },
    { navn: "kolonnen mangler (skema-mangler-kolonne melder det)", skema: skemaUdenKolonner(["sundhedsydelser"]) },
  ],
  ugyldige: [
    {
      navn: "SEL § 108 uden sundhedsydelser",
      skema: skemaMed({ 0: { sundhedsydelser: null } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "L2",
          ydelsesId: "A1-108",
          alvor: "advarsel",
          besked:
            "Ydelsen er efter sin paragraf et botilbud, men Sundhedsydelser i taksten er tom. Skriv hvilke sundhedsydelser taksten indeholder (fx medicinhåndtering), eller »Ingen«.",
        },
      ],
    },
    {
      navn: "andre skrivemåder: »§ 107 (SEL)« og »Servicelovens §108«",
      skema: skemaMed({
        0: { paragraf: "§ 107 (SEL)", sundhedsydelser: "  " },
        1: { paragraf: "Servicelovens §108", sundhedsydelser: null },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "L2",
          besked:
            "Ydelsen er efter sin paragraf et botilbud, men Sundhedsydelser i taksten er tom. Skriv hvilke sundhedsydelser taksten indeholder (fx medicinhåndtering), eller »Ingen«.",
        },
        {
          ark: "Ydelser",
          celle: "L3",
          ydelsesId: "A2-104",
          besked:
            "Ydelsen er efter sin paragraf et botilbud, men Sundhedsydelser i taksten er tom. Skriv hvilke sundhedsydelser taksten indeholder (fx medicinhåndtering), eller »Ingen«.",
        },
      ],
    },
  ],
});
