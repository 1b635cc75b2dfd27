/**
 * The workbook contract (docs/skabelon.md, version SKABELON_VERSION): sheets, tables, columns, types and
 * enum values. The reader, the template writer, the add-in and the rules all use this one
 * definition, so a label is spelled in exactly one place.
 */

export const SKABELON_VERSION = "2026.3";

export type Kolonnetype =
  | "tekst"
  | "id" // text or number, kept as text
  | "heltal"
  | "antal" // number ≥ 0
  | "tal" // any number (may be negative)
  | "penge"
  | "pct" // stored as a fraction (0.96)
  | "dato" // Excel serial day number
  | "enum";

export interface KolonneDef<K extends string = string> {
  key: K;
  /** The exact Danish header text. */
  label: string;
  type: Kolonnetype;
  enumVaerdier?: readonly string[];
  /** Written by the template as a formula; the reader still reads the value. */
  formel?: boolean;
  /** Column width for the template, in characters. */
  bredde?: number;
  /** Short help text for the template's header comment and the instruction sheet. */
  hjaelp?: string;
  /**
   * A change in percent (skabelon.md 2026.2 reader rule 5): read by the cell's number format,
   * the stored fraction with a % format, otherwise a number of percent points (3,3 = 3,3 %).
   */
  procentpoint?: boolean;
}

export interface TabelDef<K extends string = string> {
  navn: string;
  ark: string;
  kolonner: readonly KolonneDef<K>[];
}

export const TAKSTTYPER = [
  "Gennemsnitstakst",
  "Basistakst",
  "Ydelsestakst",
  "Individuelt forhandlet",
  "Enhedstakst",
  "Trækningsret",
] as const;
export type Taksttype = (typeof TAKSTTYPER)[number];

export const TAKSTENHEDER = ["Døgn", "Dag", "Time", "Måned", "År", "Stk."] as const;
export type Takstenhed = (typeof TAKSTENHEDER)[number];

export const TILBUDSFORMER = [
  "Døgntilbud",
  "Dagtilbud",
  "Aflastning",
  "Akuttilbud",
  "Kort forløb",
  "Rådgivning",
  "Andet",
] as const;
export type Tilbudsform = (typeof TILBUDSFORMER)[number];

export const AARSAGER = [
  "Regulering af over-/underskud",
  "Ændring i pladsantal",
  "Ny takststruktur",
  "Ændret serviceniveau",
  "Løn- og prisudvikling",
  "Andet",
] as const;
export type Aarsag = (typeof AARSAGER)[number];

export const JA_NEJ = ["Ja", "Nej"] as const;

export const TIDSRUM = ["Hverdag 06-17", "Hverdag 17-23", "Nat 23-06", "Weekend og helligdag"] as const;

export const STATUSSER = ["OK", "Advarsel", "Fejl"] as const;

// ---------------------------------------------------------------- Stamdata

export const STAMDATA_FELTER = [
  { key: "driftsherre", label: "Driftsherre", type: "tekst" },
  { key: "tilbud", label: "Tilbud", type: "tekst" },
  { key: "tilbudsportalId", label: "Tilbudsportal-ID", type: "id" },
  { key: "kategori", label: "Kategori", type: "heltal" },
  { key: "takstaar", label: "Takstår", type: "heltal" },
  { key: "kontaktperson", label: "Kontaktperson", type: "tekst" },
  { key: "email", label: "E-mail", type: "tekst" },
  { key: "nytTilbud", label: "Nyt tilbud", type: "enum", enumVaerdier: JA_NEJ },
  { key: "foersteDriftsaar", label: "Første driftsår", type: "heltal" },
] as const satisfies readonly KolonneDef[];
export type StamdataKey = (typeof STAMDATA_FELTER)[number]["key"];

export const TBL_STAMDATA = {
  navn: "tblStamdata",
  ark: "Stamdata",
  kolonner: [
    { key: "felt", label: "Felt", type: "tekst", bredde: 22 },
    { key: "vaerdi", label: "Værdi", type: "tekst", bredde: 40 },
  ],
} as const satisfies TabelDef;

// ---------------------------------------------------------------- Ydelser

export const TBL_YDELSER = {
  navn: "tblYdelser",
  ark: "Ydelser",
  kolonner: [
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 12 },
    { key: "ydelse", label: "Ydelse", type: "tekst", bredde: 30 },
    { key: "paragraf", label: "Paragraf", type: "tekst", bredde: 12 },
    { key: "maalgruppe", label: "Målgruppe", type: "tekst", bredde: 24 },
    { key: "taksttype", label: "Taksttype", type: "enum", enumVaerdier: TAKSTTYPER, bredde: 20 },
    { key: "takstenhed", label: "Takstenhed", type: "enum", enumVaerdier: TAKSTENHEDER, bredde: 11 },
    { key: "tilbudsform", label: "Tilbudsform", type: "enum", enumVaerdier: TILBUDSFORMER, bredde: 14 },
    { key: "pladserSidsteAar", label: "Pladser sidste år", type: "antal", bredde: 10 },
    { key: "pladser", label: "Pladser", type: "antal", bredde: 9 },
    { key: "belaegningsprocent", label: "Belægningsprocent", type: "pct", bredde: 13 },
    { key: "stoettetimer", label: "Direkte støttetimer pr. uge", type: "antal", bredde: 13 },
    { key: "sundhedsydelser", label: "Sundhedsydelser i taksten", type: "tekst", bredde: 24 },
    { key: "takstSidsteAar", label: "Takst sidste år", type: "penge", bredde: 14 },
    { key: "takst", label: "Takst", type: "penge", bredde: 14 },
    { key: "aarsag", label: "Årsag til ændring", type: "enum", enumVaerdier: AARSAGER, bredde: 26 },
    { key: "bemaerkninger", label: "Bemærkninger", type: "tekst", bredde: 50 },
  ],
} as const satisfies TabelDef;

// ---------------------------------------------------------------- Omkostninger

/** The amounts that make up Takstberegningsgrundlag, with their sign in the sum. */
export const GRUNDLAG_LED = [
  { key: "personale", fortegn: 1 },
  { key: "borgerrelaterede", fortegn: 1 },
  { key: "administration", fortegn: 1 },
  { key: "kompetenceudvikling", fortegn: 1 },
  { key: "ejendom", fortegn: 1 },
  { key: "afskrivninger", fortegn: 1 },
  { key: "finansieringsindtaegter", fortegn: -1 },
  { key: "finansieringsudgifter", fortegn: 1 },
  { key: "indregnetUnderskud", fortegn: 1 },
  { key: "indregnetOverskud", fortegn: -1 },
] as const;

export const TBL_OMKOSTNINGER = {
  navn: "tblOmkostninger",
  ark: "Omkostninger",
  kolonner: [
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 12 },
    { key: "personale", label: "Personaleomkostninger", type: "penge", bredde: 16 },
    { key: "vagtlag", label: "Heraf fagpersonale i vagtlag", type: "penge", bredde: 16 },
    { key: "borgerrelaterede", label: "Borgerrelaterede udgifter", type: "penge", bredde: 16 },
    { key: "administration", label: "Administrationsomkostninger", type: "penge", bredde: 16 },
    { key: "kompetenceudvikling", label: "Kompetenceudvikling", type: "penge", bredde: 14 },
    { key: "ejendom", label: "Ejendomsomkostninger", type: "penge", bredde: 16 },
    { key: "afskrivninger", label: "Afskrivninger og kapitalomkostninger", type: "penge", bredde: 16 },
    { key: "finansieringsindtaegter", label: "Finansieringsindtægter", type: "penge", bredde: 14 },
    { key: "finansieringsudgifter", label: "Finansieringsudgifter", type: "penge", bredde: 14 },
    { key: "indregnetUnderskud", label: "Indregnet underskud", type: "penge", bredde: 14 },
    { key: "indregnetOverskud", label: "Indregnet overskud", type: "penge", bredde: 14 },
    { key: "grundlag", label: "Takstberegningsgrundlag", type: "penge", formel: true, bredde: 18 },
  ],
} as const satisfies TabelDef;

// ---------------------------------------------------------------- Over- og underskud

export const TBL_RESULTATER = {
  navn: "tblResultater",
  ark: "Over- og underskud",
  kolonner: [
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 12 },
    { key: "regnskabsaar", label: "Regnskabsår", type: "heltal", bredde: 12 },
    { key: "grundlag", label: "Takstberegningsgrundlag", type: "penge", bredde: 18 },
    { key: "resultat", label: "Resultat", type: "tal", bredde: 14 },
    { key: "hensat", label: "Hensat", type: "penge", bredde: 14 },
    { key: "indregnet", label: "Indregnet", type: "penge", bredde: 14 },
    { key: "indregnetITakstaar", label: "Indregnet i takstår", type: "heltal", bredde: 12 },
  ],
} as const satisfies TabelDef;

// ---------------------------------------------------------------- Tillægsydelser

export const TBL_TILLAEG = {
  navn: "tblTillaeg",
  ark: "Tillægsydelser",
  kolonner: [
    { key: "personalekategori", label: "Personalekategori", type: "tekst", bredde: 26 },
    { key: "tidsrum", label: "Tidsrum", type: "enum", enumVaerdier: TIDSRUM, bredde: 20 },
    { key: "timeomkostning", label: "Timeomkostning", type: "penge", bredde: 14 },
    { key: "fravaer", label: "Fraværskorrektion", type: "pct", bredde: 13 },
    { key: "doegnkoefficient", label: "Døgnkoefficient", type: "pct", bredde: 13 },
    { key: "vfo", label: "Variable følgeomkostninger", type: "pct", bredde: 13 },
    { key: "ataTimetakst", label: "ATA-timetakst", type: "penge", formel: true, bredde: 14 },
  ],
} as const satisfies TabelDef;

export const TBL_TILLAEG_FAST_PRIS = {
  navn: "tblTillaegFastPris",
  ark: "Tillægsydelser",
  kolonner: [
    { key: "tillaegsydelse", label: "Tillægsydelse", type: "tekst", bredde: 26 },
    { key: "enhed", label: "Enhed", type: "tekst", bredde: 12 },
    { key: "pris", label: "Pris", type: "penge", bredde: 14 },
    { key: "dokumentation", label: "Dokumentation", type: "tekst", bredde: 40 },
  ],
} as const satisfies TabelDef;

export const TBL_TILLAEGSBEREGNING = {
  navn: "tblTillaegsberegning",
  ark: "Tillægsydelser",
  kolonner: [
    { key: "beskrivelse", label: "Beskrivelse", type: "tekst", bredde: 30 },
    { key: "personalekategori", label: "Personalekategori", type: "tekst", bredde: 26 },
    { key: "tidsrum", label: "Tidsrum", type: "enum", enumVaerdier: TIDSRUM, bredde: 20 },
    { key: "timerPrUge", label: "Timer pr. uge", type: "tal", bredde: 10 },
    { key: "ataTimetakst", label: "ATA-timetakst", type: "penge", formel: true, bredde: 14 },
    { key: "ugepris", label: "Ugepris", type: "penge", formel: true, bredde: 14 },
    { key: "startdato", label: "Startdato", type: "dato", bredde: 12 },
    { key: "slutdato", label: "Slutdato", type: "dato", bredde: 12 },
    { key: "uger", label: "Uger", type: "tal", formel: true, bredde: 8 },
    { key: "samletPris", label: "Samlet pris", type: "penge", formel: true, bredde: 14 },
  ],
} as const satisfies TabelDef;

// ---------------------------------------------------------------- Takstbilag

export const TBL_TAKSTBILAG = {
  navn: "tblTakstbilag",
  ark: "Takstbilag",
  kolonner: [
    // Every row names its year (issue 17 § 2); optional, so last year's bilag without it still reads.
    { key: "takstaar", label: "Takstår", type: "heltal", bredde: 8 },
    { key: "driftsherre", label: "Driftsherre", type: "tekst", bredde: 18 },
    { key: "tilbud", label: "Tilbud", type: "tekst", bredde: 24 },
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 12 },
    { key: "ydelse", label: "Ydelse", type: "tekst", bredde: 28 },
    { key: "paragraf", label: "Paragraf", type: "tekst", bredde: 12 },
    { key: "takstenhed", label: "Takstenhed", type: "enum", enumVaerdier: TAKSTENHEDER, bredde: 11 },
    { key: "pladserSidsteAar", label: "Pladser sidste år", type: "antal", bredde: 10 },
    { key: "pladser", label: "Pladser", type: "antal", bredde: 9 },
    { key: "takstSidsteAar", label: "Takst sidste år", type: "penge", bredde: 14 },
    { key: "takst", label: "Takst", type: "penge", bredde: 14 },
    { key: "aendringKr", label: "Ændring kr.", type: "tal", bredde: 13 },
    { key: "aendringPct", label: "Ændring pct.", type: "pct", procentpoint: true, bredde: 11 },
    { key: "aarsag", label: "Årsag til ændring", type: "enum", enumVaerdier: AARSAGER, bredde: 26 },
    { key: "bemaerkninger", label: "Bemærkninger", type: "tekst", bredde: 50 },
    { key: "status", label: "Status", type: "enum", enumVaerdier: STATUSSER, bredde: 10 },
    { key: "fund", label: "Fund", type: "tekst", bredde: 40 },
  ],
} as const satisfies TabelDef;

export type KolonneKey<T extends TabelDef> = T["kolonner"][number]["key"];

/**
 * The field of the reader's model (Takstskema, src/core/model.ts) each row table is read
 * into, in the contract's order; also the snapshot builder's (SkemaSpec). Stamdata, a table
 * of fields, stands apart.
 */
export const SKEMA_TABELLER = {
  ydelser: TBL_YDELSER,
  omkostninger: TBL_OMKOSTNINGER,
  resultater: TBL_RESULTATER,
  tillaeg: TBL_TILLAEG,
  tillaegFastPris: TBL_TILLAEG_FAST_PRIS,
  tillaegsberegning: TBL_TILLAEGSBEREGNING,
  takstbilag: TBL_TAKSTBILAG,
} as const satisfies Record<string, TabelDef>;

export const ALLE_TABELLER: readonly TabelDef[] = [TBL_STAMDATA, ...Object.values(SKEMA_TABELLER)];

/**
 * Columns that must exist when the table is found (skema-mangler-kolonne): all of the
 * contract's columns, except those the program fills in itself or that are pure comment.
 */
const VALGFRIE_KOLONNER: Record<string, readonly string[]> = {
  tblTakstbilag: [
    "takstaar",
    "status",
    "fund",
    "driftsherre",
    "tilbud",
    "ydelse",
    "paragraf",
    "aarsag",
    "bemaerkninger",
  ],
  tblTillaegsberegning: ["beskrivelse", "ataTimetakst", "ugepris", "uger", "samletPris"],
  tblTillaegFastPris: ["enhed", "dokumentation"],
};

export function paakraevedeKolonner(tabel: TabelDef): string[] {
  const valgfri = VALGFRIE_KOLONNER[tabel.navn] ?? [];
  return tabel.kolonner.map((k) => k.key).filter((k) => !valgfri.includes(k));
}
