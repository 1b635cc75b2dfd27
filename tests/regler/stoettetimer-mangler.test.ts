import regel from "../../src/core/regler/ydelser/stoettetimer-mangler";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { skemaMed, skemaUdenKolonner } from "./ydelser-hjaelp";

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "0 timer er udfyldt", skema: skemaMed({ 0: { stoettetimer: 0 } }) },
    { navn: "basistakst", skema: skemaMed({ 0: { taksttype: "Basistakst", stoettetimer: null } }) },
    {
      navn: "individuelt forhandlet",
      skema: skemaMed({ 0: { taksttype: "Individuelt forhandlet", stoettetimer: null } }),
    },
    { navn: "Time-takst", skema: skemaMed({ 1: { takstenhed: "Time", stoettetimer: null } }) },
    { navn: "Måned-takst", skema: skemaMed({ 1: { takstenhed: "Måned", stoettetimer: null } }) },
    { navn: "ulæselig værdi (felt-ugyldig-vaerdi melder det)", skema: skemaMed({ 0: { stoettetimer: "mange" } }) },
    { navn: "kolonnen mangler (skema-mangler-kolonne melder det)", skema: skemaUdenKolonner(["stoettetimer"]) },
    {
      navn: "Taksttype tom (felt-mangler melder det)",
      skema: skemaMed({ 0: { taksttype: null, stoettetimer: null } }),
    },
  ],
  ugyldige: [
    {
      navn: "gennemsnitstakst pr. døgn og ydelsestakst pr. dag uden støttetimer",
      skema: skemaMed({ 0: { stoettetimer: null }, 1: { stoettetimer: "   " } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "K2",
          ydelsesId: "A1-108",
          alvor: "advarsel",
          besked: ["gennemsnitstakst pr. døgn", "direkte støttetimer pr. borger pr. uge"],
        },
        { ark: "Ydelser", celle: "K3", ydelsesId: "A2-104", besked: ["ydelsestakst pr. dag"] },
      ],
    },
  ],
});
