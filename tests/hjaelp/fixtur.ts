/**
 * A small takstskema that passes every rule (0 fejl, 0 advarsler), in the contract's terms.
 * Rule tests start from it and change one thing.
 *
 * Ydelse A1-108: 10 pladser × 96 % × 365 dage = 3.504 døgn; grundlag 7.008.000 kr. → takst 2.000 kr.
 * Ydelse A2-104: dagtilbud, 20 pladser × 96 % × 365 = 7.008 dage; grundlag 3.504.000 → 500 kr.
 * Sheet rows: header on row 1, first data row on row 2 (tblYdelser: Bemærkninger in column P).
 */
import type { ByggeRaekke, SkemaSpec } from "./snapshot-bygger";

export function gyldigeYdelser(): ByggeRaekke[] {
  return [
    {
      ydelsesId: "A1-108",
      ydelse: "Længerevarende botilbud",
      paragraf: "SEL § 108",
      maalgruppe: "Voksne med udviklingshæmning",
      taksttype: "Gennemsnitstakst",
      takstenhed: "Døgn",
      tilbudsform: "Døgntilbud",
      pladserSidsteAar: 10,
      pladser: 10,
      belaegningsprocent: { v: 0.96, nf: "0.0%" },
      stoettetimer: 22,
      sundhedsydelser: "Medicinhåndtering og sårpleje",
      takstSidsteAar: 1950,
      takst: 2000,
      aarsag: "Løn- og prisudvikling",
      bemaerkninger: "Almindelig løn- og prisfremskrivning af budgettet.",
    },
    {
      ydelsesId: "A2-104",
      ydelse: "Aktivitets- og samværstilbud",
      paragraf: "SEL § 104",
      maalgruppe: "Voksne med sindslidelse",
      taksttype: "Ydelsestakst",
      takstenhed: "Dag",
      tilbudsform: "Dagtilbud",
      pladserSidsteAar: 20,
      pladser: 20,
      belaegningsprocent: 96,
      stoettetimer: 6,
      sundhedsydelser: "Ingen",
      takstSidsteAar: 490,
      takst: 500,
      aarsag: null,
      bemaerkninger: null,
    },
  ];
}

export function gyldigeOmkostninger(): ByggeRaekke[] {
  return [
    {
      ydelsesId: "A1-108",
      personale: 5000000,
      vagtlag: 3500000,
      borgerrelaterede: 600000,
      administration: 500000,
      kompetenceudvikling: 100000,
      ejendom: 600000,
      afskrivninger: 200000,
      finansieringsindtaegter: 10000,
      finansieringsudgifter: 18000,
      indregnetUnderskud: 0,
      indregnetOverskud: 0,
      grundlag: { v: 7008000, f: "=B2+D2+E2+F2+G2+H2-I2+J2+K2-L2" },
    },
    {
      ydelsesId: "A2-104",
      personale: 2500000,
      vagtlag: 1800000,
      borgerrelaterede: 400000,
      administration: 300000,
      kompetenceudvikling: 50000,
      ejendom: 200000,
      afskrivninger: 54000,
      finansieringsindtaegter: 0,
      finansieringsudgifter: 0,
      indregnetUnderskud: 0,
      indregnetOverskud: 0,
      grundlag: { v: 3504000, f: "=B3+D3+E3+F3+G3+H3-I3+J3+K3-L3" },
    },
  ];
}

export function gyldigTillaeg(): ByggeRaekke[] {
  return [
    {
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 06-17",
      timeomkostning: 206,
      fravaer: 0.33,
      doegnkoefficient: 0,
      vfo: 0.05,
      ataTimetakst: 284.28,
    },
    {
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timeomkostning: 206,
      fravaer: 0.33,
      doegnkoefficient: 0.25,
      vfo: 0.05,
      ataTimetakst: 335.78,
    },
  ];
}

export function gyldigtSkema(): SkemaSpec {
  return {
    stamdata: {
      driftsherre: "Aalborg Kommune",
      tilbud: "Bostedet Solbakken",
      tilbudsportalId: "12345",
      kategori: 3,
      takstaar: 2026,
      kontaktperson: "Mette Jensen",
      email: "mette.jensen@aalborg.dk",
      nytTilbud: "Nej",
      foersteDriftsaar: null,
    },
    ydelser: gyldigeYdelser(),
    omkostninger: gyldigeOmkostninger(),
    tillaeg: gyldigTillaeg(),
  };
}

/** A tblResultater row that breaks no rule: a 2024 overskud of 100.000 kr. on 7 mio., all hensat. */
export function gyldigtResultat(aendring: ByggeRaekke = {}): ByggeRaekke {
  return {
    ydelsesId: "A1-108",
    regnskabsaar: 2024,
    grundlag: 7000000,
    resultat: 100000,
    hensat: 100000,
    indregnet: 0,
    indregnetITakstaar: 2026,
    ...aendring,
  };
}

/** A tblTakstbilag row whose Ændring kr. and pct. match its two takster (1.950 → 2.000 kr.). */
export function gyldigTakstbilagRaekke(): ByggeRaekke {
  return {
    driftsherre: "Aalborg Kommune",
    tilbud: "Bostedet Solbakken",
    ydelsesId: "A1-108",
    takstenhed: "Døgn",
    pladserSidsteAar: 10,
    pladser: 10,
    takstSidsteAar: 1950,
    takst: 2000,
    aendringKr: 50,
    aendringPct: 0.0256,
  };
}

/** The valid skema with tblOmkostninger's rows changed by `aendr`. */
export function medOmkostninger(aendr: (raekker: ByggeRaekke[]) => void): SkemaSpec {
  const omk = gyldigeOmkostninger();
  aendr(omk);
  return { ...gyldigtSkema(), omkostninger: omk };
}
