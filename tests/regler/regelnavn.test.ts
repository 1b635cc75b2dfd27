import { regelIdFraNavn, regelNavn } from "../../src/core/regler/navn";
import { REGEL_IDER } from "../../src/core/regler/id";

/** Every rule by name: a new rule whose ID does not read well as words fails here until named. */
const NAVNE: Record<string, string> = {
  "skema-mangler-tabel": "Skema mangler tabel",
  "skema-mangler-kolonne": "Skema mangler kolonne",
  "felt-mangler": "Felt mangler",
  "felt-ugyldig-vaerdi": "Felt ugyldig værdi",
  "tal-som-tekst": "Tal som tekst",
  "takstprofil-i-skema": "Takstprofil i skema",
  "ydelses-id-dublet": "Ydelses-ID dublet",
  "ydelses-id-ukendt": "Ydelses-ID ukendt",
  "omkostninger-mangler": "Omkostninger mangler",
  "persondata-cpr": "Persondata CPR",
  "kategori-1-ikke-omfattet": "Kategori 1 ikke omfattet",
  "nyt-tilbud-uden-driftsaar": "Nyt tilbud uden driftsår",
  "pladsaendring-uden-begrundelse": "Pladsændring uden begrundelse",
  "pladsaendring-kraever-godkendelse": "Pladsændring kræver godkendelse",
  "takstaendring-uden-begrundelse": "Takstændring uden begrundelse",
  "takstloft-overskredet": "Takstloft overskredet",
  "takst-afviger-fra-beregning": "Takst afviger fra beregning",
  "takst-beregnet-med-366-dage": "Takst beregnet med 366 dage",
  "belaegning-over-100": "Belægning over 100 %",
  "belaegning-under-minimum": "Belægning under minimum",
  "belaegning-under-forventet": "Belægning under forventet",
  "belaegning-nyt-tilbud": "Belægning nyt tilbud",
  "belaegning-over-anbefalet": "Belægning over anbefalet",
  "grundlag-stemmer-ikke": "Grundlag stemmer ikke",
  "omkostning-negativ": "Omkostning negativ",
  "omkostningskategori-tom": "Omkostningskategori tom",
  "vagtlag-mangler": "Vagtlag mangler",
  "vagtlag-over-personale": "Vagtlag over personale",
  "stoettetimer-mangler": "Støttetimer mangler",
  "sundhedsydelser-ikke-angivet": "Sundhedsydelser ikke angivet",
  "overskud-hensat-over-5-pct": "Overskud hensat over 5 %",
  "overskud-ikke-indregnet": "Overskud ikke indregnet",
  "underskud-under-5-pct-indregnet": "Underskud under 5 % indregnet",
  "underskud-ikke-indregnet": "Underskud ikke indregnet",
  "indregning-for-sent": "Indregning for sent",
  "hensaettelse-udloebet": "Hensættelse udløbet",
  "regulering-stemmer-ikke": "Regulering stemmer ikke",
  "resultat-fordeling-ugyldig": "Resultat fordeling ugyldig",
  "ata-vfo-over-5-pct": "ATA VFO over 5 %",
  "ata-doegnkoefficient-i-normaltid": "ATA døgnkoefficient i normaltid",
  "ata-doegnkoefficient-mangler": "ATA døgnkoefficient mangler",
  "ata-fravaer-usandsynlig": "ATA fravær usandsynlig",
  "ata-timetakst-afviger": "ATA timetakst afviger",
  "tillaeg-beregning-afviger": "Tillæg beregning afviger",
  "tillaeg-uden-slutdato": "Tillæg uden slutdato",
  "tillaeg-ukendt-timetakst": "Tillæg ukendt timetakst",
  "takstbilag-aendring-stemmer-ikke": "Takstbilag ændring stemmer ikke",
  "ydelser-tom": "Ydelser tom",
  "formel-ekstern-reference": "Formel ekstern reference",
  "omkostninger-dublet": "Omkostninger dublet",
  "data-uden-for-tabel": "Data uden for tabel",
};

describe("regelNavn", () => {
  it("names every rule in Danish words (æ, ø, å; %, ID, ATA, CPR)", () => {
    expect(Object.fromEntries(REGEL_IDER.map((id) => [id, regelNavn(id)]))).toEqual(NAVNE);
  });

  it("names an ID it does not know by the same rules", () => {
    expect(regelNavn("fejl-ved-laesning")).toBe("Fejl ved læsning");
    expect(regelNavn("ukendt-regel-her")).toBe("Ukendt regel her");
  });

  it("finds the rule of a name again, in any case; other text is no rule", () => {
    for (const id of REGEL_IDER) expect(regelIdFraNavn(regelNavn(id))).toBe(id);
    expect(regelIdFraNavn(" takstændring uden BEGRUNDELSE ")).toBe("takstaendring-uden-begrundelse");
    expect(regelIdFraNavn("Takstændring")).toBeNull();
    expect(regelIdFraNavn("takstaendring-uden-begrundelse")).toBeNull();
  });
});
