import regel from "../../src/core/regler/ydelser/sundhedsydelser-ikke-angivet";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { skemaMed, skemaUdenKolonner } from "./ydelser-hjaelp";

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "»Ingen« er angivet", skema: skemaMed({ 0: { sundhedsydelser: "Ingen" } }) },
    { navn: "SEL § 104 er ikke et botilbud", skema: skemaMed({ 1: { sundhedsydelser: null } }) },
    { navn: "§ 1080 er ikke § 108", skema: skemaMed({ 0: { paragraf: "SEL § 1080", sundhedsydelser: null } }) },
    { navn: "kolonnen mangler (skema-mangler-kolonne melder det)", skema: skemaUdenKolonner(["sundhedsydelser"]) },
  ],
  ugyldige: [
    {
      navn: "SEL § 108 uden sundhedsydelser",
      skema: skemaMed({ 0: { sundhedsydelser: null } }),
      fund: [{ ark: "Ydelser", celle: "L2", ydelsesId: "A1-108", alvor: "advarsel", besked: ["botilbud", "»Ingen«"] }],
    },
    {
      navn: "andre skrivemåder: »§ 107 (SEL)« og »BL § 43«",
      skema: skemaMed({
        0: { paragraf: "§ 107 (SEL)", sundhedsydelser: "  " },
        1: { paragraf: "BL § 43", sundhedsydelser: null },
      }),
      fund: [{ celle: "L2" }, { celle: "L3", ydelsesId: "A2-104" }],
    },
    {
      navn: "Servicelovens §105",
      skema: skemaMed({ 1: { paragraf: "Servicelovens §105", sundhedsydelser: null } }),
      fund: [{ celle: "L3" }],
    },
  ],
});
