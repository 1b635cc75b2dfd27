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
