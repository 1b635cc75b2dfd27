/** The public rule IDs (docs/regler.md; a contract: never rename one). */
export const REGEL_IDER = [
  "skema-mangler-tabel",
  "skema-mangler-kolonne",
  "felt-mangler",
  "felt-ugyldig-vaerdi",
  "tal-som-tekst",
  "ydelses-id-dublet",
  "ydelses-id-ukendt",
  "omkostninger-mangler",
  "persondata-cpr",
  "kategori-1-ikke-omfattet",
  "nyt-tilbud-uden-driftsaar",
  "pladsaendring-uden-begrundelse",
  "pladsaendring-kraever-godkendelse",
  "takstaendring-uden-begrundelse",
  "takstloft-overskredet",
  "takst-afviger-fra-beregning",
  "takst-beregnet-med-366-dage",
  "belaegning-over-100",
  "belaegning-under-minimum",
  "belaegning-under-forventet",
  "belaegning-nyt-tilbud",
  "belaegning-over-anbefalet",
  "grundlag-stemmer-ikke",
  "omkostning-negativ",
  "omkostningskategori-tom",
  "vagtlag-mangler",
  "vagtlag-over-personale",
  "stoettetimer-mangler",
  "sundhedsydelser-ikke-angivet",
  "overskud-hensat-over-5-pct",
  "resultat-fordeling-ugyldig",
  // 2026.3 (regler.md item 12, § 5.6):
  "resultat-dobbelt",
  "overskud-ikke-indregnet",
  "underskud-under-5-pct-indregnet",
  "underskud-ikke-indregnet",
  "indregning-for-sent",
  "hensaettelse-udloebet",
  "regulering-stemmer-ikke",
  "ata-vfo-over-5-pct",
  "ata-doegnkoefficient-i-normaltid",
  "ata-doegnkoefficient-mangler",
  "ata-fravaer-usandsynlig",
  "ata-timetakst-afviger",
  "tillaeg-beregning-afviger",
  "tillaeg-uden-slutdato",
  "tillaeg-ukendt-timetakst",
  // 2026.3 (regler.md item 11, bilag 2):
  "tillaeg-dublet",
  "takstbilag-aendring-stemmer-ikke",
  // Added after the spec's 2026.1 catalogue (IDs are added, never renamed):
  "ydelser-tom",
  "formel-ekstern-reference",
  "omkostninger-dublet",
  "data-uden-for-tabel",
  "takstprofil-i-skema",
  // Issue 16 § 1: the verdict is about what the user sees.
  "formel-i-inputkolonne",
  "formel-ikke-beregnet",
  "talformat-skjuler-vaerdi",
  "tabel-ikke-synlig",
  // Added in the spec's 2026.3 catalogue:
  "takstaar-uden-for-aftale",
  "enhedstakst-uden-for-raadgivning",
  // Last year's approved takstbilag as the baseline (issue 17):
  "sidste-aar-afviger-fra-godkendt",
  "ydelse-ikke-i-sidste-aars-bilag",
] as const;

export type RegelId = (typeof REGEL_IDER)[number];

export const ALVORSGRADER = ["fejl", "advarsel", "info"] as const;
export type Alvor = (typeof ALVORSGRADER)[number];

export function erRegelId(s: string): s is RegelId {
  return (REGEL_IDER as readonly string[]).includes(s);
}
