/**
 * 30 distinct takstskemaer, as a sekretariat receives them: 11 nordjyske driftsherrer, one to
 * three ydelser per tilbud, most with ordinary price adjustment, some with a væsentlig
 * takststigning or a pladsændring (with or without a reason), a few with errors.
 */
import type { ByggeRaekke, SkemaSpec } from "./snapshot-bygger";
import { gyldigeOmkostninger, gyldigeYdelser, gyldigtSkema } from "./fixtur";

const DRIFTSHERRER = [
  "Aalborg Kommune",
  "Brønderslev Kommune",
  "Frederikshavn Kommune",
  "Hjørring Kommune",
  "Jammerbugt Kommune",
  "Læsø Kommune",
  "Mariagerfjord Kommune",
  "Morsø Kommune",
  "Rebild Kommune",
  "Thisted Kommune",
  "Vesthimmerland Kommune",
];

const TILBUD = [
  "Bostedet Solbakken",
  "Botilbuddet Kastanjehuset",
  "Dagcenter Lindegården",
  "Bofællesskabet Havblik",
  "Specialbørnehjemmet Skovly",
  "Værestedet Fyrtårnet",
  "Bocenter Nordlys",
  "Aktivitetshuset Kompasset",
  "Opholdsstedet Engely",
  "Bo- og aktivitetstilbuddet Egebakken",
];

const BEMAERKNINGER_STIGNING = [
  "Taksten stiger, fordi tilbuddet har ansat to ekstra medarbejdere i nattevagten efter tilsynets påbud om vågen nattevagt. Udgiften er 1,1 mio. kr. om året.",
  "Højere udgifter til ejendommen efter ny lejekontrakt fra 1. januar; huslejen stiger med 18 % og fordeles på alle pladser.",
  "Målgruppen er ændret til borgere med mere komplekse behov, hvilket kræver flere sundhedsfaglige medarbejdere og en sygeplejerske i dagtimerne.",
];
const BEMAERKNINGER_PLADSER = [
  "Tilbuddet udvides med to pladser i den nye fløj, som tages i brug 1. marts. Udvidelsen er aftalt med Socialtilsynet.",
  "To pladser lukkes, fordi efterspørgslen er faldet gennem de seneste tre år; personalet tilpasses tilsvarende.",
];

/** Skema number i (0–29): driftsherre, tilbud and ydelser vary with i. */
export function tilbudNr(i: number): SkemaSpec {
  const s = gyldigtSkema();
  const driftsherre = DRIFTSHERRER[i % DRIFTSHERRER.length];
  const tilbud = `${TILBUD[i % TILBUD.length]}${i >= TILBUD.length ? ` ${Math.floor(i / TILBUD.length) + 1}` : ""}`;
  s.stamdata = { ...s.stamdata, driftsherre, tilbud, tilbudsportalId: String(10000 + i) };
  const [doegn, dag] = gyldigeYdelser();
  const [omkDoegn, omkDag] = gyldigeOmkostninger();
  const id = (x: string) => `${x}-${i + 1}`;
  const ydelser: ByggeRaekke[] = [{ ...doegn, ydelsesId: id("A1") }];
  const omk: ByggeRaekke[] = [{ ...omkDoegn, ydelsesId: id("A1") }];
  if (i % 2 === 0) {
    ydelser.push({ ...dag, ydelsesId: id("A2") });
    omk.push({ ...omkDag, ydelsesId: id("A2") });
  }
  if (i % 5 === 0) {
    ydelser.push({
      ...dag,
      ydelsesId: id("A3"),
      ydelse: "Aflastning i weekender",
      takstSidsteAar: 480,
      aarsag: null,
      bemaerkninger: null,
    });
    omk.push({ ...omkDag, ydelsesId: id("A3") });
  }
  const y0 = ydelser[0];
  // Every fourth: a væsentlig takststigning with a reason (the takst no longer matches the grundlag: a fejl too).
  if (i % 4 === 1) {
    y0.takstSidsteAar = 1800 + 10 * i;
    y0.aarsag = "Ændret serviceniveau";
    y0.bemaerkninger = BEMAERKNINGER_STIGNING[i % BEMAERKNINGER_STIGNING.length];
  }
  // Every seventh: a pladsændring with a reason.
  if (i % 7 === 3) {
    y0.pladserSidsteAar = i % 2 === 0 ? 8 : 12;
    y0.aarsag = "Ændring i pladsantal";
    y0.bemaerkninger = BEMAERKNINGER_PLADSER[i % 2];
  }
  // Two without any reason: fejl.
  if (i === 13 || i === 26) {
    y0.takstSidsteAar = 1700;
    y0.aarsag = null;
    y0.bemaerkninger = null;
  }
  // Some occupancy warnings.
  if (i % 6 === 2) ydelser[ydelser.length - 1].belaegningsprocent = { v: 0.9, nf: "0.0%" };
  s.ydelser = ydelser;
  s.omkostninger = omk;
  return s;
}

export const TREDIVE = Array.from({ length: 30 }, (_, i) => tilbudNr(i));
