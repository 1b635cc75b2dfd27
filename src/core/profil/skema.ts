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
      etiket: string;
    }
  | { art: "tekst"; maxLaengde: number; id?: boolean; etiket: string }
  | { art: "valg"; vaerdier: readonly string[]; etiket: string }
  | { art: "tekstliste"; maxAntal: number; maxLaengde: number; etiket: string }
  | { art: "objekt"; felter: Readonly<Record<string, Felt>>; nullTilladt?: boolean; etiket: string }
  | { art: "alvor"; etiket: string };

const PCT = (etiket: string): Felt => ({ art: "tal", min: 0, max: 1000, enhed: "pct", etiket });
const AAR = (etiket: string): Felt => ({ art: "tal", min: 0, max: 100, heltal: true, enhed: "aar", etiket });

/** Top-level keys of a profile, in the order the spec's regler.md gives them. */
export const PROFIL_SKEMA: Readonly<Record<string, Felt>> = {
  id: { art: "tekst", maxLaengde: 64, id: true, etiket: "Profilens id" },
  navn: { art: "tekst", maxLaengde: 200, etiket: "Profilens navn" },
  udvider: { art: "tekst", maxLaengde: 64, id: true, etiket: "Udvider profilen" },
  dagePrAar: { art: "tal", min: 360, max: 366, heltal: true, enhed: "dage", etiket: "Dage pr. år i takstberegningen" },
  belaegning: {
    art: "objekt",
    etiket: "Belægning",
    felter: {
      forventetMin: PCT("Forventet belægning, mindst"),
      anbefaletMax: PCT("Anbefalet belægning, højst"),
      max: PCT("Belægning, højst"),
      minKortForloeb: PCT("Belægning for kort forløb-tilbud, mindst"),
    },
  },
  overUnderskud: {
    art: "objekt",
    etiket: "Over- og underskud",
    felter: {
      graensePct: PCT("Grænse for hensættelse af overskud og indregning af underskud"),
      indregnesSenestEfterAar: AAR("Indregnes senest år efter regnskabsåret"),
      nytTilbudEfterAar: AAR("Nyt tilbuds første driftsår indregnes senest år efter"),
      hensaettelseAar: AAR("Hensættelse udløber efter år"),
    },
  },
  takstaendring: {
    art: "objekt",
    etiket: "Takstændring",
    felter: {
      vaesentligPct: PCT("Væsentlig takstændring, over"),
      maalestok: { art: "valg", vaerdier: ["nominel", "ud_over_pl"], etiket: "Målestok for takstændring" },
      plFremskrivningPct: {
        art: "tal",
        min: -100,
        max: 1000,
        enhed: "pct",
        nullTilladt: true,
        etiket: "PL-fremskrivning",
      },
    },
  },
  takstloft: {
    art: "objekt",
    nullTilladt: true,
    etiket: "Takstloft",
    felter: { reduktionPct: PCT("Takstloft: reduktion i forhold til PL-fremskrivningen") },
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
        etiket: "Begrundelse, mindst antal tegn",
      },
      intetsigende: { art: "tekstliste", maxAntal: 1000, maxLaengde: 200, etiket: "Intetsigende begrundelser" },
    },
  },
  tillaeg: {
    art: "objekt",
    etiket: "Tillægsydelser",
    felter: {
      vfoMaxPct: PCT("Variable følgeomkostninger, højst"),
      normaltid: { art: "valg", vaerdier: TIDSRUM, etiket: "Normal arbejdstid (døgnkoefficient 0)" },
      fravaerMinPct: PCT("Fraværskorrektion, mindst"),
      fravaerMaxPct: PCT("Fraværskorrektion, højst"),
    },
  },
  tolerance: {
    art: "objekt",
    etiket: "Tolerance",
    felter: {
      takstKr: { art: "tal", min: 0, max: 1_000_000, enhed: "kr", etiket: "Tolerance for takst" },
      takstPct: { art: "tal", min: 0, max: 100, enhed: "pct", etiket: "Tolerance for takst i procent" },
      ataKr: { art: "tal", min: 0, max: 1_000_000, enhed: "kr", etiket: "Tolerance for ATA-timetakst" },
    },
  },
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
