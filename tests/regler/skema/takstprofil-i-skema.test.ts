import regel from "../../../src/core/regler/skema/takstprofil-i-skema";
import type { SnapshotSheet } from "../../../src/core/snapshot";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";

function medArk(a1: unknown, visibility?: SnapshotSheet["visibility"], navn = "Takstprofil") {
  const ark: SnapshotSheet = { name: navn, top: 1, left: 1, values: [[a1 as string]] };
  if (visibility) ark.visibility = visibility;
  return { ...gyldigtSkema(), ekstraArk: [ark] };
}

const ALT_FRA = JSON.stringify({
  id: "slap",
  udvider: "nordjylland-2025-2026",
  alvor: { "persondata-cpr": "fra", "takstaendring-uden-begrundelse": "info" },
  takstaendring: { vaesentligPct: 50 },
});

testRegel(regel, {
  gyldige: [
    { navn: "intet ark Takstprofil", skema: gyldigtSkema() },
    { navn: "et ark med et lignende navn er ikke profilen", skema: medArk(ALT_FRA, undefined, "Takstprofil (2)") },
  ],
  ugyldige: [
    {
      navn: "et meget skjult ark, der slår reglen om CPR-numre fra",
      skema: medArk(ALT_FRA, "veryHidden"),
      fund: [
        {
          ark: "Takstprofil",
          celle: "A1",
          alvor: "advarsel",
          besked:
            'Skemaet har sin egen profil "slap" i arket Takstprofil (arket er meget skjult og kan ikke vises fra Excels menuer), som i forhold til nordjylland-2025-2026 har 1 regel slået fra, 1 regel med lavere alvor og 1 tærskel løsnet eller ændret: persondata-cpr er slået fra (var fejl); takstaendring-uden-begrundelse er sænket fra fejl til info; Væsentlig takstændring, over: 5 % → 50 % (løsnet). Tilføjelsesprogrammet bruger den kun, hvis brugeren godkender den, og sekretariatet kontrollerer med sin egen profil. Har sekretariatet ikke selv lagt arket i skabelonen, så slet det, før skemaet sendes.',
        },
      ],
    },
    {
      navn: "et skjult ark med en profil, der kun skærper: info",
      skema: medArk(
        JSON.stringify({ id: "skarp", udvider: "nordjylland-2025-2026", takstaendring: { vaesentligPct: 3 } }),
        "hidden",
      ),
      fund: [
        {
          ark: "Takstprofil",
          celle: "A1",
          alvor: "info",
          besked:
            'Skemaet har sin egen profil "skarp" i arket Takstprofil (arket er skjult); den løsner intet i forhold til nordjylland-2025-2026. Sekretariatet kontrollerer med sin egen profil.',
        },
      ],
    },
    {
      navn: "en profil med standardprofilens navn kaldes forklædt",
      skema: medArk(
        JSON.stringify({
          id: "nordjylland",
          navn: "Nordjysk Socialaftale – Styringsaftale 2025-2026",
          udvider: "nordjylland-2025-2026",
          alvor: { "persondata-cpr": "fra" },
        }),
        "veryHidden",
      ),
      fund: [
        {
          ark: "Takstprofil",
          celle: "A1",
          alvor: "advarsel",
          besked:
            'Skemaet har sin egen profil "nordjylland", forklædt med navnet på den indbyggede profil nordjylland-2025-2026, i arket Takstprofil (arket er meget skjult og kan ikke vises fra Excels menuer), som i forhold til nordjylland-2025-2026 har 1 regel slået fra: persondata-cpr er slået fra (var fejl). Tilføjelsesprogrammet bruger den kun, hvis brugeren godkender den, og sekretariatet kontrollerer med sin egen profil. Har sekretariatet ikke selv lagt arket i skabelonen, så slet det, før skemaet sendes.',
        },
      ],
    },
    {
      navn: "en ulæselig profil nævnes også",
      skema: medArk("{ikke json"),
      fund: [
        {
          ark: "Takstprofil",
          celle: "A1",
          alvor: "advarsel",
          besked:
            "Skemaet har et ark Takstprofil med en profil, der ikke kan læses. Sekretariatet kontrollerer med sin egen profil; slet arket, før skemaet sendes.",
        },
      ],
    },
    {
      navn: "arket fundet uanset store og små bogstaver",
      skema: medArk(ALT_FRA, undefined, "TAKSTPROFIL"),
      fund: [
        {
          ark: "TAKSTPROFIL",
          celle: "A1",
          besked:
            'Skemaet har sin egen profil "slap" i arket Takstprofil, som i forhold til nordjylland-2025-2026 har 1 regel slået fra, 1 regel med lavere alvor og 1 tærskel løsnet eller ændret: persondata-cpr er slået fra (var fejl); takstaendring-uden-begrundelse er sænket fra fejl til info; Væsentlig takstændring, over: 5 % → 50 % (løsnet). Tilføjelsesprogrammet bruger den kun, hvis brugeren godkender den, og sekretariatet kontrollerer med sin egen profil. Har sekretariatet ikke selv lagt arket i skabelonen, så slet det, før skemaet sendes.',
        },
      ],
    },
    {
      navn: "mange lempelser: de første nævnes, resten tælles",
      skema: medArk(
        JSON.stringify({
          id: "alt-fra",
          udvider: "nordjylland-2025-2026",
          alvor: Object.fromEntries(
            ["persondata-cpr", "tal-som-tekst", "felt-mangler", "ydelses-id-dublet", "takst-afviger-fra-beregning"]
              .concat(["belaegning-over-100", "grundlag-stemmer-ikke", "omkostning-negativ", "vagtlag-mangler"])
              .concat(["ata-vfo-over-5-pct"])
              .map((id) => [id, "fra"]),
          ),
        }),
      ),
      fund: [
        {
          ark: "Takstprofil",
          celle: "A1",
          besked:
            'Skemaet har sin egen profil "alt-fra" i arket Takstprofil, som i forhold til nordjylland-2025-2026 har 10 regler slået fra: felt-mangler er slået fra (var fejl); tal-som-tekst er slået fra (var advarsel); ydelses-id-dublet er slået fra (var fejl); persondata-cpr er slået fra (var fejl); takst-afviger-fra-beregning er slået fra (var fejl); belaegning-over-100 er slået fra (var fejl); grundlag-stemmer-ikke er slået fra (var fejl); omkostning-negativ er slået fra (var fejl) og 2 flere. Tilføjelsesprogrammet bruger den kun, hvis brugeren godkender den, og sekretariatet kontrollerer med sin egen profil. Har sekretariatet ikke selv lagt arket i skabelonen, så slet det, før skemaet sendes.',
        },
      ],
    },
  ],
});
