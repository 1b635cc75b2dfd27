import regel from "../../../src/core/regler/ydelser/stoettetimer-mangler";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import { skemaMed, skemaUdenKolonner } from "../ydelser-hjaelp";

// § 5.5.2: "For hver takst anbefales det derfor – uanset takststruktur – at synliggøre i
// ydelsesbeskrivelsen, hvor mange direkte støttetimer, der i gennemsnit er indeholdt i taksten."
// regler.md 2026.3 point 4: info, an empty cell only, every place-based takst except Basistakst,
// Enhedstakst and Trækningsret.
testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    { navn: "0 timer er et svar", skema: skemaMed({ 0: { stoettetimer: 0 } }) },
    {
      navn: "basistakst (den faste del, § 5.4.4)",
      skema: skemaMed({ 0: { taksttype: "Basistakst", stoettetimer: null } }),
    },
    {
      navn: "enhedstakst (§ 4.1) og trækningsret køber ingen pladser",
      skema: skemaMed({
        0: { taksttype: "Enhedstakst", stoettetimer: null },
        1: { taksttype: "Trækningsret", stoettetimer: null },
      }),
    },
    { navn: "Time-takst", skema: skemaMed({ 1: { takstenhed: "Time", stoettetimer: null } }) },
    { navn: "0 pladser (lukning)", skema: skemaMed({ 1: { pladser: 0, stoettetimer: null } }) },
    { navn: "ulæselig værdi (felt-ugyldig-vaerdi melder det)", skema: skemaMed({ 0: { stoettetimer: "mange" } }) },
    { navn: "kolonnen mangler (skema-mangler-kolonne melder det)", skema: skemaUdenKolonner(["stoettetimer"]) },
    {
      navn: "Taksttype tom (felt-mangler melder det)",
      skema: skemaMed({ 0: { taksttype: null, stoettetimer: null } }),
    },
  ],
  ugyldige: [
    {
      navn: "gennemsnitstakst pr. døgn og ydelsestakst pr. dag uden støttetimer: info, en anbefaling",
      skema: skemaMed({ 0: { stoettetimer: null }, 1: { stoettetimer: "   " } }),
      fund: [
        {
          ark: "Ydelser",
          celle: "K2",
          ydelsesId: "A1-108",
          alvor: "info",
          besked:
            "Direkte støttetimer pr. uge er ikke udfyldt for en gennemsnitstakst pr. døgn. Det anbefales (§ 5.5.2) at angive, hvor mange direkte støttetimer pr. borger pr. uge taksten i gennemsnit indeholder (0, hvis ingen), så taksten kan forhandles.",
        },
        {
          ark: "Ydelser",
          celle: "K3",
          ydelsesId: "A2-104",
          alvor: "info",
          besked:
            "Direkte støttetimer pr. uge er ikke udfyldt for en ydelsestakst pr. dag. Det anbefales (§ 5.5.2) at angive, hvor mange direkte støttetimer pr. borger pr. uge taksten i gennemsnit indeholder (0, hvis ingen), så taksten kan forhandles.",
        },
      ],
    },
    {
      navn: "uanset takststruktur: individuelt forhandlet og en månedstakst",
      skema: skemaMed({
        0: { taksttype: "Individuelt forhandlet", stoettetimer: null },
        1: { takstenhed: "Måned", stoettetimer: null },
      }),
      fund: [
        {
          ark: "Ydelser",
          celle: "K2",
          besked:
            "Direkte støttetimer pr. uge er ikke udfyldt for en individuelt forhandlet pr. døgn. Det anbefales (§ 5.5.2) at angive, hvor mange direkte støttetimer pr. borger pr. uge taksten i gennemsnit indeholder (0, hvis ingen), så taksten kan forhandles.",
        },
        {
          ark: "Ydelser",
          celle: "K3",
          besked:
            "Direkte støttetimer pr. uge er ikke udfyldt for en ydelsestakst pr. måned. Det anbefales (§ 5.5.2) at angive, hvor mange direkte støttetimer pr. borger pr. uge taksten i gennemsnit indeholder (0, hvis ingen), så taksten kan forhandles.",
        },
      ],
    },
  ],
});
