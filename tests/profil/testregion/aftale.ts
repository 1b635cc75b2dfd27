/**
 * The fictitious test region's agreement: another name, other sections, other words, quoted
 * verbatim from aftale.txt beside this file (tests/regler/citater-aftalen.test.ts checks it).
 * Rules that quote the workbook contract, not an agreement, share its quotes with every region.
 */
import type { Aftale, RegelKilde, RegelKilder } from "../../../src/core/profil/typer";
import { KONTRAKTENS_KILDER } from "../../../src/core/skema/kontraktens-kilder";

const METODE =
  "Takster for ensartede ydelser i Testregion Opdigtet beregnes efter samme metode, så de kan sammenlignes på tværs af driftsherrer.";
const OMFATTET =
  "Tilbud, som kun bruges af driftsherren selv, er ikke omfattet af takstaftalen for Testregion Opdigtet.";
const PLADSER =
  "En driftsherre, der vil ændre antallet af pladser, skal begrunde ændringen og have den godkendt af testudvalget.";
const INDMELDING =
  "Taksterne for det kommende år indmeldes i takstskemaet, og enhver væsentlig ændring af en takst skal begrundes i skemaet.";
const BEREGNING =
  "Taksten er takstberegningsgrundlaget delt med pladser, belægning og årets dage, og den skal kunne genberegnes af skemaet alene.";
const BELAEGNING =
  "Den budgetterede belægning ligger mellem den forventede og den højeste belægning, som profilen fastsætter; korte forløb og nye tilbud kan budgettere med en lavere belægning.";
const OMKOSTNINGER =
  "Hver takst fordeles på omkostningskategorierne, og summen af kategorierne skal give takstberegningsgrundlaget uden negative beløb.";
const PERSONALE = "Vagtlag, støttetimer og sundhedsfaglige ydelser skal fremgå af beskrivelsen af hver takst.";
const TAKSTLOFT = "Testudvalget kan fastsætte et takstloft, som taksterne ikke må overstige.";
const OVERSKUD =
  "Overskud over grænsen indregnes i en senere takst, og et hensat overskud skal bruges inden for den frist, profilen fastsætter.";
const UNDERSKUD =
  "Underskud over grænsen indregnes i en senere takst, og et underskud under grænsen må også indregnes.";
const REGULERING =
  "Reguleringen i taksten skal svare til de over- og underskud, der indregnes, og indregningen må ikke ske senere end fristen.";
const TILLAEG =
  "Tillægsydelser aftales for den enkelte borger for en afgrænset periode, og deres timetakst beregnes af timeomkostningen med tillæg for fravær, døgnkoefficient og vfo inden for profilens grænser.";

const AAR = "Takstaftalen gælder kun for takståret 2030.";
const ENHEDSTAKST =
  "Rådgivning kan afregnes med en enhedstakst pr. time eller dag, mens pladser afregnes med en takst pr. plads.";

const k = (paragraf: string, citat: string): RegelKilde => ({ paragraf, citat });

const REGLER: RegelKilder = {
  ...KONTRAKTENS_KILDER,
  "takstprofil-i-skema": k("1.4", METODE),
  "kategori-1-ikke-omfattet": k("3.1", OMFATTET),
  "pladsaendring-uden-begrundelse": k("3.2", PLADSER),
  "pladsaendring-kraever-godkendelse": k("3.2", PLADSER),
  "ydelser-tom": k("7.1", INDMELDING),
  "takstaendring-uden-begrundelse": k("7.1", INDMELDING),
  "sidste-aar-afviger-fra-godkendt": k("7.1", INDMELDING),
  "ydelse-ikke-i-sidste-aars-bilag": k("7.1", INDMELDING),
  "takst-afviger-fra-beregning": k("7.2", BEREGNING),
  "takst-beregnet-med-366-dage": k("7.2", BEREGNING),
  "formel-ekstern-reference": k("7.2", BEREGNING),
  "nyt-tilbud-uden-driftsaar": k("7.3", BELAEGNING),
  "belaegning-over-100": k("7.3", BELAEGNING),
  "belaegning-under-minimum": k("7.3", BELAEGNING),
  "belaegning-under-forventet": k("7.3", BELAEGNING),
  "belaegning-nyt-tilbud": k("7.3", BELAEGNING),
  "belaegning-over-anbefalet": k("7.3", BELAEGNING),
  "omkostninger-mangler": k("7.4", OMKOSTNINGER),
  "grundlag-stemmer-ikke": k("7.4", OMKOSTNINGER),
  "omkostning-negativ": k("7.4", OMKOSTNINGER),
  "omkostningskategori-tom": k("7.4", OMKOSTNINGER),
  "omkostninger-dublet": k("7.4", OMKOSTNINGER),
  "vagtlag-mangler": k("7.5", PERSONALE),
  "vagtlag-over-personale": k("7.5", PERSONALE),
  "stoettetimer-mangler": k("7.5", PERSONALE),
  "sundhedsydelser-ikke-angivet": k("7.5", PERSONALE),
  "takstloft-overskredet": k("7.7", TAKSTLOFT),
  "overskud-hensat-over-5-pct": k("8.1", OVERSKUD),
  "overskud-ikke-indregnet": k("8.1", OVERSKUD),
  "hensaettelse-udloebet": k("8.1", OVERSKUD),
  "resultat-fordeling-ugyldig": k("8.1", OVERSKUD),
  "resultat-dobbelt": k("8.3", REGULERING),
  "underskud-under-5-pct-indregnet": k("8.2", UNDERSKUD),
  "underskud-ikke-indregnet": k("8.2", UNDERSKUD),
  "regulering-stemmer-ikke": k("8.3", REGULERING),
  "indregning-for-sent": k("8.3", REGULERING),
  "ata-vfo-over-5-pct": k("bilag T", TILLAEG),
  "ata-doegnkoefficient-i-normaltid": k("bilag T", TILLAEG),
  "ata-doegnkoefficient-mangler": k("bilag T", TILLAEG),
  "ata-fravaer-usandsynlig": k("bilag T", TILLAEG),
  "ata-timetakst-afviger": k("bilag T", TILLAEG),
  "tillaeg-beregning-afviger": k("bilag T", TILLAEG),
  "tillaeg-uden-slutdato": k("bilag T", TILLAEG),
  "tillaeg-ukendt-timetakst": k("bilag T", TILLAEG),
  "takstaar-uden-for-aftale": k("1.1", AAR),
  "enhedstakst-uden-for-raadgivning": k("4.1", ENHEDSTAKST),
  "tillaeg-dublet": k("bilag T", TILLAEG),
};

export const AFTALE: Aftale = {
  id: "takstaftale-testregion-opdigtet-2030",
  navn: "Takstaftalen for Testregion Opdigtet (opdigtet, kun til test)",
  kortnavn: "Takstaftalen",
  godkender: "testudvalget",
  tekst: "tests/profil/testregion/aftale.txt",
  regler: REGLER,
  afsnit: {
    kategorier: "3.1",
    begrundelse: "3.2, 7.1",
    beregning: "7.2",
    belaegning: "7.3",
    overUnderskud: "8",
    hensaettelse: "8.1",
    overskud: "8.1",
    underskud: "8.2",
    omkostningskategorier: "7.4",
    vagtlag: "7.5",
    stoettetimer: "7.5",
    sundhedsydelser: "7.5",
    tillaeg: "bilag T",
    tillaegTidsbegraenset: "bilag T",
    nytTilbudDriftstab: "7.3",
    saerligeTilbud: "7.6",
  },
};
