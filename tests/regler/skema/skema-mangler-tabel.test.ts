import regel from "../../../src/core/regler/skema/skema-mangler-tabel";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigeOmkostninger, gyldigTakstbilagRaekke, gyldigtSkema } from "../../hjaelp/fixtur";
import type { SkemaSpec } from "../../hjaelp/snapshot-bygger";

function med(aendring: Partial<SkemaSpec>): SkemaSpec {
  return { ...gyldigtSkema(), ...aendring };
}

function omkostningerMedIndregnet(underskud: number, overskud: number) {
  const o = gyldigeOmkostninger();
  o[0] = { ...o[0], indregnetUnderskud: underskud, indregnetOverskud: overskud };
  return o;
}

const takstbilagRaekke = gyldigTakstbilagRaekke();

testRegel(regel, {
  gyldige: [
    { navn: "det gyldige skema", skema: gyldigtSkema() },
    {
      navn: "ingen tblResultater, når intet over-/underskud er indregnet",
      skema: med({ omkostninger: omkostningerMedIndregnet(0, 0) }),
    },
    {
      navn: "tblResultater findes, når der indregnes overskud",
      skema: med({
        omkostninger: omkostningerMedIndregnet(0, 40000),
        resultater: [
          {
            ydelsesId: "A1-108",
            regnskabsaar: 2024,
            grundlag: 7000000,
            resultat: 390000,
            hensat: 350000,
            indregnet: 40000,
            indregnetITakstaar: 2026,
          },
        ],
      }),
    },
    {
      navn: "tblStamdata fundet ved overskrifter uden Excel-tabel",
      skema: { ...gyldigtSkema(), stamdataSomTabel: false },
    },
    { navn: "et takstbilag spørger ikke efter takstskemaets tabeller", skema: { takstbilag: [takstbilagRaekke] } },
  ],
  ugyldige: [
    {
      navn: "arket Ydelser mangler",
      skema: med({ ydelser: null }),
      fund: [
        {
          ark: "Ydelser",
          celle: "A1",
          besked: 'Arket "Ydelser" med tabellen over ydelser findes ikke. Indsæt skabelonen, eller omdøb arket.',
        },
      ],
    },
    {
      navn: "arket Stamdata mangler",
      rettet: gyldigtSkema(),
      skema: med({ stamdata: null }),
      fund: [
        {
          ark: "Stamdata",
          celle: "A1",
          besked: 'Arket "Stamdata" med tabellen over stamdata findes ikke. Indsæt skabelonen, eller omdøb arket.',
        },
      ],
    },
    {
      navn: "arket Omkostninger findes, men uden tabel og overskrifter",
      skema: med({
        omkostninger: null,
        ekstraArk: [{ name: "Omkostninger", top: 1, left: 1, values: [["Budget følger"], [7008000]] }],
      }),
      fund: [
        {
          ark: "Omkostninger",
          celle: "A1",
          besked:
            'Arket "Omkostninger" har hverken tabellen over omkostninger eller en række med dens overskrifter (Ydelses-ID, Personaleomkostninger, Heraf fagpersonale i vagtlag …). Indsæt skabelonens tabel, eller lav en tabel med overskrifterne, og giv den navnet tblOmkostninger (Tabeldesign → Tabelnavn).',
        },
      ],
    },
    {
      navn: "underskud indregnet uden tblResultater (arket mangler)",
      skema: med({ omkostninger: omkostningerMedIndregnet(50000, 0) }),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "A1",
          besked:
            'Omkostninger indregner 50.000,00 kr. i over-/underskud, men tabellen over over- og underskud findes ikke (arket "Over- og underskud" mangler). Indsæt tabellen, giv den navnet tblResultater (Tabeldesign → Tabelnavn), og angiv for hvert regnskabsår resultatet og hvad der er hensat og indregnet (§ 5.3).',
        },
      ],
    },
    {
      navn: "overskud indregnet på to ydelser; arket findes uden tabellen",
      skema: (() => {
        const o = omkostningerMedIndregnet(0, 0.01);
        o[1] = { ...o[1], indregnetOverskud: 1000 };
        return med({
          omkostninger: o,
          ekstraArk: [{ name: "Over- og underskud", top: 1, left: 1, values: [["Se regnskabet"]] }],
        });
      })(),
      fund: [
        {
          ark: "Over- og underskud",
          celle: "A1",
          besked:
            'Omkostninger indregner 1.000,01 kr. i over-/underskud, men tabellen over over- og underskud findes ikke på arket "Over- og underskud". Indsæt tabellen, giv den navnet tblResultater (Tabeldesign → Tabelnavn), og angiv for hvert regnskabsår resultatet og hvad der er hensat og indregnet (§ 5.3).',
        },
      ],
    },
  ],
});
