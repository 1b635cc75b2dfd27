import regel from "../../../src/core/regler/takstbilag/takstbilag-aendring-stemmer-ikke";
import { testRegel } from "../../hjaelp/regeltester";
import { gyldigtSkema } from "../../hjaelp/fixtur";
import type { ByggeRaekke, SkemaSpec } from "../../hjaelp/snapshot-bygger";

// tblTakstbilag columns: … Takst sidste år I, Takst J, Ændring kr. K, Ændring pct. L.
const raekke = (aendring: ByggeRaekke = {}): ByggeRaekke => ({
  driftsherre: "Aalborg Kommune",
  tilbud: "Bostedet Solbakken",
  ydelsesId: "A1-108",
  ydelse: "Længerevarende botilbud",
  paragraf: "SEL § 108",
  takstenhed: "Døgn",
  pladserSidsteAar: 10,
  pladser: 10,
  takstSidsteAar: 1000,
  takst: 1050,
  aendringKr: 50,
  aendringPct: { v: 0.05, nf: "0.0%" },
  ...aendring,
});

const bilag = (...raekker: ByggeRaekke[]): SkemaSpec => ({ takstbilag: raekker });

testRegel(regel, {
  gyldige: [
    {
      navn: "ændringer der stemmer",
      skema: bilag(
        raekke(),
        raekke({ ydelsesId: "A2-104", takstSidsteAar: 1950, takst: 2000, aendringKr: 50, aendringPct: 0.0256 }),
      ),
    },
    {
      navn: "Ændring kr. præcis 1 kr. ved siden af",
      skema: bilag(raekke({ aendringKr: 51 }), raekke({ aendringKr: 49 })),
    },
    {
      navn: "Ændring pct. præcis 0,05 procentpoint ved siden af",
      skema: bilag(raekke({ aendringPct: 0.0505 }), raekke({ aendringPct: 0.0495 })),
    },
    { navn: "Ændring pct. skrevet som 5 (procent)", skema: bilag(raekke({ aendringPct: 5 })) },
    {
      // regler.md 2026.2 item 6 / skabelon.md reader rule 5: without a % format 1,2 is 1,2 %, not 120 %.
      navn: "Ændring pct. 1,2 uden %-format er 1,2 procentpoint",
      skema: bilag(raekke({ takst: 1012, aendringKr: 12, aendringPct: 1.2 })),
    },
    {
      navn: "Ændring pct. 3,3 som tekst uden %-tegn er 3,3 %",
      skema: bilag(raekke({ takst: 1033, aendringKr: 33, aendringPct: "3,3" })),
    },
    { navn: "takstfald", skema: bilag(raekke({ takst: 900, aendringKr: -100, aendringPct: -0.1 })) },
    {
      navn: "ny ydelse uden Takst sidste år",
      skema: bilag(raekke({ takstSidsteAar: null, aendringKr: 1050, aendringPct: 1 })),
    },
    {
      navn: "Takst sidste år 0: ingen procent at sammenligne med",
      skema: bilag(raekke({ takstSidsteAar: 0, aendringKr: 1050, aendringPct: 0.5 })),
    },
    { navn: "ændringskolonner tomme", skema: bilag(raekke({ aendringKr: null, aendringPct: null })) },
    { navn: "takstskema uden tblTakstbilag", skema: gyldigtSkema() },
  ],
  ugyldige: [
    {
      navn: "Ændring kr. 1,01 kr. ved siden af",
      skema: bilag(raekke({ aendringKr: 51.01 })),
      fund: [
        {
          ark: "Takstbilag",
          celle: "L2",
          ydelsesId: "A1-108",
          besked:
            "Ændring kr. er 51,01 kr., men Takst 1.050,00 kr. og Takst sidste år 1.000,00 kr. giver 50,00 kr. Ret cellen (Takst − Takst sidste år).",
        },
      ],
      rettet: bilag(raekke({ aendringKr: 50 })),
    },
    {
      navn: "Ændring pct. 0,06 procentpoint ved siden af",
      skema: bilag(raekke({ aendringPct: { v: 0.0506, nf: "0.00%" } })),
      fund: [
        {
          ark: "Takstbilag",
          celle: "M2",
          besked:
            "Ændring pct. er 5,06 %, men Takst 1.050,00 kr. og Takst sidste år 1.000,00 kr. giver 5,00 %. Ret cellen (Takst ÷ Takst sidste år − 1).",
        },
      ],
      rettet: bilag(raekke({ aendringPct: { v: 0.05, nf: "0.00%" } })),
    },
    {
      navn: "fortegnet vendt på anden række: begge celler",
      skema: bilag(raekke(), raekke({ ydelsesId: "A2-104", takst: 950, aendringKr: 50, aendringPct: 0.05 })),
      fund: [
        {
          ark: "Takstbilag",
          celle: "L3",
          ydelsesId: "A2-104",
          besked:
            "Ændring kr. er 50,00 kr., men Takst 950,00 kr. og Takst sidste år 1.000,00 kr. giver −50,00 kr. Ret cellen (Takst − Takst sidste år).",
        },
        {
          ark: "Takstbilag",
          celle: "M3",
          ydelsesId: "A2-104",
          besked:
            "Ændring pct. er 0,05 %, men Takst 950,00 kr. og Takst sidste år 1.000,00 kr. giver −5,00 %. Ret cellen (Takst ÷ Takst sidste år − 1).",
        },
      ],
    },
    {
      navn: "Ændring pct. 3,3 uden %-format er 3,3 procentpoint, og det stemmer ikke",
      skema: bilag(raekke({ takst: 1012, aendringKr: 12, aendringPct: 3.3 })),
      fund: [
        {
          ark: "Takstbilag",
          celle: "M2",
          besked:
            "Ændring pct. er 3,30 %, men Takst 1.012,00 kr. og Takst sidste år 1.000,00 kr. giver 1,20 %. Ret cellen (Takst ÷ Takst sidste år − 1).",
        },
      ],
      rettet: bilag(raekke({ takst: 1012, aendringKr: 12, aendringPct: 1.2 })),
    },
    {
      navn: "tblTakstbilag i et takstskema tjekkes også",
      skema: { ...gyldigtSkema(), takstbilag: [raekke({ aendringKr: 60 })] },
      fund: [
        {
          ark: "Takstbilag",
          celle: "L2",
          besked:
            "Ændring kr. er 60,00 kr., men Takst 1.050,00 kr. og Takst sidste år 1.000,00 kr. giver 50,00 kr. Ret cellen (Takst − Takst sidste år).",
        },
      ],
    },
  ],
});
