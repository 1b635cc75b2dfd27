import regel from "../../src/core/regler/skema/takstprofil-i-skema";
import type { SnapshotSheet } from "../../src/core/snapshot";
import { testRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";

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
          besked: [
            '"slap"',
            "meget skjult",
            "1 regel slået fra, 1 regel med lavere alvor og 1 tærskel løsnet eller ændret",
            "persondata-cpr er slået fra (var fejl)",
            "takstaendring-uden-begrundelse er sænket fra fejl til info",
            "Væsentlig takstændring, over: 5 % → 50 % (løsnet)",
          ],
        },
      ],
    },
    {
      navn: "et skjult ark med en profil, der kun skærper: info",
      skema: medArk(
        JSON.stringify({ id: "skarp", udvider: "nordjylland-2025-2026", takstaendring: { vaesentligPct: 3 } }),
        "hidden",
      ),
      fund: [{ ark: "Takstprofil", celle: "A1", alvor: "info", besked: ["(arket er skjult)", "løsner intet"] }],
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
          besked: ["forklædt med navnet på den indbyggede profil nordjylland-2025-2026"],
        },
      ],
    },
    {
      navn: "en ulæselig profil nævnes også",
      skema: medArk("{ikke json"),
      fund: [{ ark: "Takstprofil", celle: "A1", alvor: "advarsel", besked: ["ikke kan læses"] }],
    },
    {
      navn: "arket fundet uanset store og små bogstaver",
      skema: medArk(ALT_FRA, undefined, "TAKSTPROFIL"),
      fund: [{ ark: "TAKSTPROFIL", celle: "A1", besked: ["persondata-cpr er slået fra"] }],
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
      fund: [{ ark: "Takstprofil", celle: "A1", besked: ["10 regler slået fra", "og 2 flere"] }],
    },
  ],
});
