import regel from "../../../src/core/regler/skema/omkostninger-mangler";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtResultat, gyldigtSkema } from "../../hjaelp/fixtur";
import type { ByggeRaekke, SkemaSpec } from "../../hjaelp/snapshot-bygger";

/** Only A1-108 has costs; A2-104 is changed as given. */
function andenYdelseUdenOmkostninger(aendring: ByggeRaekke): SkemaSpec {
  const y = gyldigeYdelser();
  y[1] = { ...y[1], ...aendring };
  return { ...gyldigtSkema(), ydelser: y, omkostninger: [gyldigeOmkostninger()[0]] };
}

// § 4.1 "For rådgivningsydelser vil det være muligt at opkræve en enhedstakst (f.eks. en time- eller
// dagstakst)"; regler.md 2026.3 point 1: its cost row is required only when tblResultater
// indregner an amount on it in this Takstår.
const RAADGIVNING: ByggeRaekke = { taksttype: "Enhedstakst", tilbudsform: "Rådgivning", pladser: null };
const indregnetPaaRaadgivning = (indregnetITakstaar: number): SkemaSpec => ({
  ...andenYdelseUdenOmkostninger(RAADGIVNING),
  resultater: [
    gyldigtResultat({
      ydelsesId: "A2-104",
      resultat: 300000,
      grundlag: 3000000,
      hensat: 0,
      indregnet: 150000,
      indregnetITakstaar,
    }),
  ],
});

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    {
      navn: "enhedstakst pr. dag (rådgivning) uden omkostningsrække (§ 4.1)",
      skema: andenYdelseUdenOmkostninger(RAADGIVNING),
    },
    {
      navn: "enhedstakst: et resultat indregnet i et andet takstår kræver ingen række",
      skema: indregnetPaaRaadgivning(2027),
    },
    { navn: "timetakst uden omkostningsrække", skema: andenYdelseUdenOmkostninger({ takstenhed: "Time" }) },
    { navn: "takst pr. stk. uden omkostningsrække", skema: andenYdelseUdenOmkostninger({ takstenhed: "Stk." }) },
    {
      navn: "trækningsret pr. dag uden omkostningsrække",
      skema: andenYdelseUdenOmkostninger({ taksttype: "Trækningsret" }),
    },
    {
      // § 5.4.2: no predefined takst, so nothing to recalculate and no cost row required.
      navn: "individuelt forhandlet uden omkostningsrække",
      skema: andenYdelseUdenOmkostninger({ taksttype: "Individuelt forhandlet" }),
    },
    {
      // regler.md 2026.2 item 4: Pladser 0 (closing, § 6.2) is not recalculated.
      navn: "0 pladser uden omkostningsrække",
      skema: andenYdelseUdenOmkostninger({ pladser: 0 }),
    },
    { navn: "uden Takstenhed (felt-mangler siger det)", skema: andenYdelseUdenOmkostninger({ takstenhed: null }) },
    {
      navn: "ID i Omkostninger med små bogstaver",
      skema: {
        ...gyldigtSkema(),
        omkostninger: gyldigeOmkostninger().map((o) => ({ ...o, ydelsesId: String(o.ydelsesId).toLowerCase() })),
      },
    },
    {
      navn: "tblOmkostninger mangler helt (skema-mangler-tabel siger det)",
      skema: { ...gyldigtSkema(), omkostninger: null },
    },
  ],
  ugyldige: [
    {
      navn: "enhedstakst, hvor Over- og underskud indregner et beløb i takståret, skal have en række (§ 4.1, § 5.3)",
      skema: indregnetPaaRaadgivning(2026),
      fund: [
        {
          ark: "Ydelser",
          celle: "A3",
          ydelsesId: "A2-104",
          besked:
            "Ydelse A2-104 er en enhedstakst, og tabellen over over- og underskud på arket Over- og underskud indregner 150.000,00 kr. på den i takståret 2026, men den har ingen række i tabellen over omkostninger på arket Omkostninger, så beløbet ikke ses i taksten. Tilføj en række med ydelsens omkostninger (§ 5.5.1) og Indregnet overskud 150.000,00 kr.",
        },
      ],
      rettet: {
        ...indregnetPaaRaadgivning(2026),
        omkostninger: [gyldigeOmkostninger()[0], { ...gyldigeOmkostninger()[1], indregnetOverskud: 150000 }],
      },
    },
    {
      navn: "dagtakst uden omkostningsrække",
      skema: andenYdelseUdenOmkostninger({}),
      fund: [
        {
          ark: "Ydelser",
          celle: "A3",
          ydelsesId: "A2-104",
          besked:
            "Ydelse A2-104 (takst pr. dag) har ingen række i tabellen over omkostninger på arket Omkostninger, så taksten kan ikke efterregnes. Tilføj en række med ydelsens omkostninger fordelt på kategorierne i § 5.5.1.",
        },
      ],
      rettet: { ...andenYdelseUdenOmkostninger({}), omkostninger: gyldigeOmkostninger() },
    },
    {
      navn: "månedstakst og årstakst uden omkostningsrækker",
      skema: (() => {
        const y = gyldigeYdelser();
        y[0] = { ...y[0], takstenhed: "Måned" };
        y[1] = { ...y[1], takstenhed: "År" };
        return { ...gyldigtSkema(), ydelser: y, omkostninger: [] };
      })(),
      fund: [
        {
          ark: "Ydelser",
          celle: "A2",
          ydelsesId: "A1-108",
          besked:
            "Ydelse A1-108 (takst pr. måned) har ingen række i tabellen over omkostninger på arket Omkostninger, så taksten kan ikke efterregnes. Tilføj en række med ydelsens omkostninger fordelt på kategorierne i § 5.5.1.",
        },
        {
          ark: "Ydelser",
          celle: "A3",
          ydelsesId: "A2-104",
          besked:
            "Ydelse A2-104 (takst pr. år) har ingen række i tabellen over omkostninger på arket Omkostninger, så taksten kan ikke efterregnes. Tilføj en række med ydelsens omkostninger fordelt på kategorierne i § 5.5.1.",
        },
      ],
    },
  ],
});
