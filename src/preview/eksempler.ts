/** The bundled examples (examples/*.xlsx, copied to dist/examples/ by webpack). */
export interface Eksempel {
  fil: string;
  navn: string;
}

export const EKSEMPLER: readonly Eksempel[] = [
  { fil: "takstskema-eksempel.xlsx", navn: "Korrekt udfyldt takstskema" },
  { fil: "takstskema-mangler-begrundelser.xlsx", navn: "Mangler begrundelser" },
  { fil: "takstskema-beregningsfejl.xlsx", navn: "Beregningsfejl" },
  { fil: "takstskema-overskud.xlsx", navn: "Overskud ikke indregnet" },
  { fil: "takstskema-kopieret.xlsx", navn: "Kopieret fra sidste år (uden tabeller)" },
  { fil: "takstbilag-eksempel.xlsx", navn: "Takstbilag til DAS (fem tilbud)" },
];

export const STANDARD_EKSEMPEL = EKSEMPLER[0].fil;

/** The five submissions in examples/indsendt/ (copied to dist/examples/indsendt/): the Sekretariat section's ready set. */
export const INDSENDTE: readonly string[] = [
  "aalborg-egebakken.xlsx",
  "broenderslev-engly.xlsx",
  "frederikshavn-skovbrynet.xlsx",
  "hjoerring-kysthuset.xlsx",
  "region-nordjylland-lyngbo.xlsx",
];
