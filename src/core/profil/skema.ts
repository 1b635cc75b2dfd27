/**
 * The profile schema as data: every key, its type and its allowed range. The validator
 * walks it by hand (no ajv: that generates code with `new Function`, which the add-in's
 * CSP forbids), and the settings view takes its labels from it.
 */
import { TIDSRUM } from "../skema/tabeller";

export type Felt =
  | {
      art: "tal";
      min: number;
      max: number;
      heltal?: boolean;
      enhed?: "pct" | "kr" | "aar" | "dage" | "tegn";
      nullTilladt?: boolean;
      /**
       * Which way the check gets looser: "op" (a higher value lets more through), "ned",
       * or absent (either way changes what is checked; every change is reported).
       */
      lempes?: "op" | "ned";
      etiket: string;
      /** The setting as a sentence, "{}" standing for the value with its unit ("Indregnes senest {} efter regnskabsåret"). */
      saetning?: string;
    }
  | { art: "tekst"; maxLaengde: number; id?: boolean; etiket: string }
  | { art: "valg"; vaerdier: readonly string[]; etiket: string }
  | { art: "tekstliste"; maxAntal: number; maxLaengde: number; etiket: string }
  /** Whole numbers in a range, each at most once (the agreement's takstår). */
  | { art: "talliste"; min: number; max: number; minAntal: number; maxAntal: number; etiket: string }
  | { art: "objekt"; felter: Readonly<Record<string, Felt>>; nullTilladt?: boolean; etiket: string }
  | { art: "alvor"; etiket: string };

const PCT = (etiket: string, saetning: string, lempes?: "op" | "ned"): Felt => ({
  art: "tal",
  min: 0,
  max: 1000,
  enhed: "pct",
  ...(lempes ? { lempes } : {}),
  etiket,
  saetning,
});
const AAR = (etiket: string, saetning: string): Felt => ({
  art: "tal",
  min: 0,
  max: 100,
  heltal: true,
  enhed: "aar",
  lempes: "op",
  etiket,
  saetning,
});

/** Top-level keys of a profile, in the order the spec's regler.md gives them. */
export const PROFIL_SKEMA: Readonly<Record<string, Felt>> = {
  id: { art: "tekst", maxLaengde: 64, id: true, etiket: "Profilens id" },
  navn: { art: "tekst", maxLaengde: 200, etiket: "Profilens navn" },
  udvider: { art: "tekst", maxLaengde: 64, id: true, etiket: "Udvider profilen" },
  dagePrAar: {
    art: "tal",
    min: 360,
    max: 366,
    heltal: true,
    enhed: "dage",
    etiket: "Dage pr. år i takstberegningen",
    saetning: "Taksten beregnes med {} pr. år",
  },
  belaegning: {
    art: "objekt",
    etiket: "Belægning",
    felter: {
      forventetMin: PCT("Forventet belægning, mindst", "Den forventede belægning er mindst {}", "ned"),
      anbefaletMax: PCT("Anbefalet belægning, højst", "Den anbefalede belægning er højst {}", "op"),
      max: PCT("Belægning, højst", "Belægningen er højst {}", "op"),
      minKortForloeb: PCT(
        "Belægning for kort forløb-tilbud, mindst",
        "Tilbud med korte forløb har en belægning på mindst {}",
        "ned",
      ),
    },
  },
  overUnderskud: {
    art: "objekt",
    etiket: "Over- og underskud",
    felter: {
      graensePct: PCT(
        "Grænse for hensættelse af overskud og indregning af underskud",
        "Grænsen for hensættelse af overskud og indregning af underskud er {} af takstberegningsgrundlaget",
      ),
      indregnesSenestEfterAar: AAR(
        "Indregnes senest år efter regnskabsåret",
        "Indregnes senest {} efter regnskabsåret",
      ),
      nytTilbudEfterAar: AAR(
        "Nyt tilbuds første driftsår indregnes senest år efter",
        "Et nyt tilbuds første driftsår indregnes senest {} efter",
      ),
      hensaettelseAar: AAR("Hensættelse udløber efter år", "En hensættelse udløber efter {}"),
    },
  },
  takstaendring: {
    art: "objekt",
    etiket: "Takstændring",
    felter: {
      vaesentligPct: PCT("Væsentlig takstændring, over", "En takstændring er væsentlig, når den er over {}", "op"),
      maalestok: { art: "valg", vaerdier: ["nominel", "ud_over_pl"], etiket: "Målestok for takstændring" },
      plFremskrivningPct: {
        art: "tal",
        min: -100,
        max: 1000,
        enhed: "pct",
        nullTilladt: true,
        etiket: "PL-fremskrivning",
        saetning: "Pris- og lønfremskrivningen er {}",
      },
    },
  },
  takstloft: {
    art: "objekt",
    nullTilladt: true,
    etiket: "Takstloft",
    felter: {
      reduktionPct: PCT(
        "Takstloft: reduktion i forhold til PL-fremskrivningen",
        "Takstloftet ligger {} under pris- og lønfremskrivningen",
        "ned",
      ),
    },
  },
  begrundelse: {
    art: "objekt",
    etiket: "Begrundelse",
    felter: {
      minTegn: {
        art: "tal",
        min: 0,
        max: 10000,
        heltal: true,
        enhed: "tegn",
        lempes: "ned",
        etiket: "Begrundelse, mindst antal tegn",
        saetning: "En begrundelse har mindst {}",
      },
      intetsigende: { art: "tekstliste", maxAntal: 1000, maxLaengde: 200, etiket: "Intetsigende begrundelser" },
    },
  },
  tillaeg: {
    art: "objekt",
    etiket: "Tillægsydelser",
    felter: {
      vfoMaxPct: PCT("Variable følgeomkostninger, højst", "Variable følgeomkostninger er højst {}", "op"),
      normaltid: { art: "valg", vaerdier: TIDSRUM, etiket: "Normal arbejdstid (døgnkoefficient 0)" },
      fravaerMinPct: PCT("Fraværskorrektion, mindst", "Fraværskorrektionen er mindst {}", "ned"),
      fravaerMaxPct: PCT("Fraværskorrektion, højst", "Fraværskorrektionen er højst {}", "op"),
    },
  },
  tolerance: {
    art: "objekt",
    etiket: "Tolerance",
    felter: {
      takstKr: {
        art: "tal",
        min: 0,
        max: 1_000_000,
        enhed: "kr",
        lempes: "op",
        etiket: "Tolerance for takst",
        saetning: "En takst må afvige {} fra beregningen",
      },
      takstPct: {
        art: "tal",
        min: 0,
        max: 100,
        enhed: "pct",
        lempes: "op",
        etiket: "Tolerance for takst i procent",
        saetning: "… eller {} af den beregnede takst, hvis det er mere",
      },
      ataKr: {
        art: "tal",
        min: 0,
        max: 1_000_000,
        enhed: "kr",
        lempes: "op",
        etiket: "Tolerance for ATA-timetakst",
        saetning: "En ATA-timetakst må afvige {} fra beregningen",
      },
      ataHeleKr: {
        art: "tal",
        min: 0,
        max: 1_000_000,
        enhed: "kr",
        lempes: "op",
        etiket: "Tolerance for ATA-timetakst rundet til hele kroner",
        saetning: "En ATA-timetakst i en tabel med hele kroner må afvige {} fra beregningen",
      },
    },
  },
  takstaar: {
    art: "talliste",
    min: 2000,
    max: 2100,
    minAntal: 1,
    maxAntal: 100,
    etiket: "Takstår, aftalen gælder for",
  },
  region: { art: "tekst", maxLaengde: 200, etiket: "Regionen (dens egne tilbud er altid omfattet)" },
  alvor: { art: "alvor", etiket: "Alvorsgrader" },
};

/** The schema entry for a dotted path ("belaegning.forventetMin"), or undefined. */
export function feltFor(sti: string): Felt | undefined {
  const dele = sti.split(".");
  let felter: Readonly<Record<string, Felt>> = PROFIL_SKEMA;
  let felt: Felt | undefined;
  for (const del of dele) {
    if (felt?.art === "alvor") return felt;
    felt = Object.prototype.hasOwnProperty.call(felter, del) ? felter[del] : undefined;
    if (!felt) return undefined;
    if (felt.art === "objekt") felter = felt.felter;
  }
  return felt;
}
