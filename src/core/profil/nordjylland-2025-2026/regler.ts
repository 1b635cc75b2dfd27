/**
 * Each rule's section in Styringsaftalen for Nordjysk Socialaftale 2025-2026 and the passage it
 * rests on, quoted verbatim (tests/regler/citater-aftalen.test.ts checks them against the text).
 * The input rules quote the workbook contract, the same in every region.
 */
import { KONTRAKTENS_KILDER } from "../../skema/kontraktens-kilder";
import type { RegelKilder } from "../typer";

const CITAT_5_5_1 =
  "Omkostningskategorierne der bruges ved indmelding af takster følger Tilbudsportalens omkostningskategorier med et par enkelte finjusteringer. Den enkelte takst pr. ydelser skal således være fordelt på følgende omkostningskategorier […] Personaleomkostninger […] Borgerrelaterede udgifter/aktivitetsomkostninger […] Administrationsomkostninger […] Kompetenceudvikling […] Ejendomsomkostninger […] Afskrivninger/øvrige kapitalapparatsomkostninger […] Finansieringsindtægter […] Finansieringsudgifter";
const CITAT_5_4_7_VAGTLAG =
  "Da det er lønudgiften til fagpersonalet i vagtlag, som er det direkte udtryk for antallet af de direkte støttetimer, skal takstberegningsgrundlaget udformes sådan, at der i praksis kan skelnes mellem lønudgifter til fagpersonale i vagtlag og øvrige lønudgifter (f.eks. lederløn, administrativt og teknisk personale).";
const CITAT_5_3 =
  "Kommunale og regionale driftsherrer skal indregne tidligere års over- og underskud i taksten for ydelser og ydelsespakker i form af tillæg til eller reduktion af taksten.";
const CITAT_HENSAET =
  "Kommunale og regionale driftsherrer kan beslutte, at overskud på op til 5 pct. af takstberegningsgrundlaget ikke indregnes i taksten i efterfølgende år, men i stedet hensættes til senere brug.";
const CITAT_HENSAET_5_AAR = "Hensatte overskud skal anvendes inden for 5 år efter det år, overskuddet vedrører.";
const CITAT_OVERSKUD_FRIST =
  "Den del af et eventuelt overskud, der overstiger 5 pct. af takstberegningsgrundlaget, skal for kommunale og regionale driftsherrer indregnes i taksten i form af en reduktion af taksten senest 2 år efter det år, overskuddet vedrører.";
const CITAT_UNDERSKUD_5_PCT =
  "Underskud på op til 5 pct. af takstberegningsgrundlaget kan for kommunale og regionale driftsherrer ikke indregnes i taksten, men skal f.eks. dækkes ved effektivisering eller af tidligere hensatte overskud inden for driftsherrens samlede drift.";
const CITAT_UNDERSKUD_FRIST =
  "Den del af et eventuelt underskud, der overstiger 5 pct. af takstberegningsgrundlaget, skal for kommunale og regionale driftsherrer indregnes i taksten i form af en takststigning senest 2 år efter det år, underskuddet vedrører.";
const CITAT_NYT_TILBUD =
  "Endvidere kan driftsherren afskrive eventuelle driftstab fra første driftsår over en årrække på tre år frem for normalt et år.";
const CITAT_VFO =
  "Således beregnes taksterne for tillægsydelse ikke som gennemsnitsomkostninger (da alle faste omkostninger samt henførte omkostninger er indregnet i taksten på hovedydelse), men som en marginalomkostning hvor der kan indarbejdes et tillæg på 5 % af marginalomkostningerne, der vedrører variable følgeomkostninger.";
const CITAT_DOEGNKOEFFICIENT =
  "Døgnkoefficient (korrektionsfaktor – arbejdstidsbestemte tillæg) (d) døgnkoefficienten skal korrigeres for, hvorvidt tillægsydelsen leveres indenfor normal arbejdstid (hverdag fra klokken 06.00 – 17.00) eller i et andet tidsrum";
const CITAT_HOEJERE_UDENFOR_NORMALTID =
  "Således bliver taksten på tillægsydelsen højere, hvis tillægsydelsen leveres udenfor normal arbejdstid (hverdage fra klokken 06.00 – 17.00).";
const CITAT_FRAVAER =
  "Endvidere skal ATA-timetaksten korrigeres for fravær i forbindelse med ferie, fri- og søgnehellidage, sygdom, pauser og møder/kurser m.v.";
const CITAT_DECIMALER = "NB: d og vfo indgår i formlen som decimaler – derfor plus en.";
const CITAT_TIDSBEGRAENSET =
  "Tillægsydelser er tidsbegrænsede og ekstraordinære ydelser, der ligger udenfor det, der tilbydes indenfor hovedydelser.";
const CITAT_PERSONALEKATEGORI =
  "Der skal derfor som minimum udregnes en takst pr. personalekategori. Personalekategorien skal fastsættes ud fra en rimelighedsbetragtning. Det er også nødvendigt at tage højde for, at der er forskel i omkostningerne til medarbejderen alt efter hvilket tidspunkt på døgnet tillægsydelsen leveres.";

export const REGLER: RegelKilder = {
  ...KONTRAKTENS_KILDER,
  "omkostninger-mangler": {
    paragraf: "5.5.1",
    citat:
      "Den enkelte takst pr. ydelser skal således være fordelt på følgende omkostningskategorier […] Personaleomkostninger […] Borgerrelaterede udgifter/aktivitetsomkostninger […] Administrationsomkostninger […] Kompetenceudvikling […] Ejendomsomkostninger […] Afskrivninger/øvrige kapitalapparatsomkostninger […] Finansieringsindtægter […] Finansieringsudgifter",
  },
  "kategori-1-ikke-omfattet": {
    paragraf: "2.2",
    citat: "Kategori 1: Tilbud, som alene anvendes af driftsherren. Disse er *ikke* omfattet af styringsaftalen.",
  },
  "nyt-tilbud-uden-driftsaar": {
    paragraf: "6.1.2",
    citat:
      "Nystartede tilbud kan derfor budgettere med en lavere belægningsprocent i forbindelse med takstfastsættelsen i første driftsår, svarende til den forventede belægningsprocent. Endvidere kan driftsherren afskrive eventuelle driftstab fra første driftsår over en årrække på tre år frem for normalt et år.",
  },
  "pladsaendring-uden-begrundelse": {
    paragraf: "2.2.3, 5.5.2",
    citat:
      'Såfremt en driftsherre ønsker permanent at ændre i antallet af pladser, skal dette oplyses ved indmelding af takstskemaet, samt en begrundelse for ændringen i antal pladser. Årsagen noteres i indmeldingsskemaet. … Ved ændring i antallet af pladser skal årsagen til dette beskrives i afsnittet "bemærkninger".',
  },
  "pladsaendring-kraever-godkendelse": {
    paragraf: "2.2.3",
    citat:
      "Såfremt en driftsherre ønsker permanent at ændre i antallet af pladser, skal dette oplyses ved indmelding af takstskemaet, samt en begrundelse for ændringen i antal pladser. Årsagen noteres i indmeldingsskemaet. Ændringen skal godkendes af DAS.",
  },
  "sidste-aar-afviger-fra-godkendt": {
    paragraf: "5",
    citat:
      "Såfremt en driftsherre ønsker at ændre/regulere i godkendte takster, skal dette oplyses ved indmelding af takstskemaet, samt en begrundelse for ændringen i taksterne.",
  },
  "ydelse-ikke-i-sidste-aars-bilag": {
    paragraf: "5",
    citat:
      "Såfremt en driftsherre ønsker at ændre/regulere i godkendte takster, skal dette oplyses ved indmelding af takstskemaet, samt en begrundelse for ændringen i taksterne.",
  },
  "takstaendring-uden-begrundelse": {
    paragraf: "3.1, 5, 5.5.2",
    citat:
      'Blandt andet skal driftsherrer give en forklaring ved væsentlige takststigninger. … Såfremt en driftsherre ønsker at ændre/regulere i godkendte takster, skal dette oplyses ved indmelding af takstskemaet, samt en begrundelse for ændringen i taksterne. … Ved takstfald/takststigning af væsentlig størrelse skal årsagen til dette beskrives i afsnittet "bemærkninger".',
  },
  "takstloft-overskredet": {
    paragraf: null,
    citat:
      "Den Administrative Styregruppe har et løbende fokus på, at udgiftsniveauet for den samlede tilbudsvifte i Nordjylland. Blandt andet skal driftsherrer give en forklaring ved væsentlige takststigninger.",
  },
  "takst-afviger-fra-beregning": {
    paragraf: "5.1, 5.5",
    citat:
      "Taksten fastsættes for et år ad gangen i Nordjysk Socialaftale, hvilket defineres som 365 dage – også i skudår. … Takster beregnes ud fra omkostningsbaserede principper. … Beregningen af taksten sker med udgangspunkt i takstindmeldingsskemaerne.",
  },
  "takst-beregnet-med-366-dage": {
    paragraf: "5.1",
    citat:
      "Taksten fastsættes for et år ad gangen i Nordjysk Socialaftale, hvilket defineres som 365 dage – også i skudår.",
  },
  "belaegning-over-100": {
    paragraf: "5.2",
    citat:
      "Overordnet forventes det, at den budgetterede belægningsprocent ligger fra 95 til 100 for dag- og døgntilbud.",
  },
  "belaegning-under-minimum": {
    paragraf: "5.2",
    citat:
      "Ved korte forløb, akut- eller aflastningstilbud er den minimale budgetterede belægningsprocent ved takstberegningen 90.",
  },
  "belaegning-under-forventet": {
    paragraf: "5.2",
    citat:
      "Overordnet forventes det, at den budgetterede belægningsprocent ligger fra 95 til 100 for dag- og døgntilbud. … Belægningsprocenten for det kommende år kan findes ved at tage gennemsnittet af de to foregående års faktiske belægningsprocent. … Ved en klar forventning om, hvad belægningsprocenten bliver det kommende år, er det muligt at sætte belægningsprocenten ud fra forventningen.",
  },
  "belaegning-nyt-tilbud": {
    paragraf: "6.1.2",
    citat:
      "Nystartede tilbud kan derfor budgettere med en lavere belægningsprocent i forbindelse med takstfastsættelsen i første driftsår, svarende til den forventede belægningsprocent. Endvidere kan driftsherren afskrive eventuelle driftstab fra første driftsår over en årrække på tre år frem for normalt et år.",
  },
  "belaegning-over-anbefalet": {
    paragraf: "5.2",
    citat:
      "Af hensyn til at sikre effektiv drift og maksimal udnyttelse af tilbuddene anbefales det, at belægningsprocenten ligger fra 95 til 98.",
  },
  "grundlag-stemmer-ikke": { paragraf: "5.5.1", citat: CITAT_5_5_1 },
  "omkostning-negativ": { paragraf: "5.5.1", citat: CITAT_5_5_1 },
  "omkostningskategori-tom": { paragraf: "5.5.1", citat: CITAT_5_5_1 },
  "vagtlag-mangler": { paragraf: "5.4.7", citat: CITAT_5_4_7_VAGTLAG },
  "vagtlag-over-personale": { paragraf: "5.4.7", citat: CITAT_5_4_7_VAGTLAG },
  "stoettetimer-mangler": {
    paragraf: "5.5.2",
    citat:
      "For hver takst anbefales det derfor – uanset takststruktur – at synliggøre i ydelsesbeskrivelsen, hvor mange direkte støttetimer, der i gennemsnit er indeholdt i taksten.",
  },
  "sundhedsydelser-ikke-angivet": {
    paragraf: "5.5.3",
    citat:
      "Det er muligt at indregne visse sundhedsfaglige indsatser i den takst, der betales som et led i borgerens ophold på et botilbud efter Serviceloven. … De enkelte driftsherrer er ansvarlige for at oplyseangive, hvilke sundhedsydelser, der er indregnet i taksterne.",
  },
  "takstaar-uden-for-aftale": {
    paragraf: "1",
    citat: "Nærværende styringsaftale gælder kun for 2025-2026.",
  },
  "enhedstakst-uden-for-raadgivning": {
    paragraf: "4.1",
    citat:
      "Traditionelle ydelser baseret på normerede dag- eller døgnpladser skal som udgangspunkt afregnes som takstbaserede ydelser […] For rådgivningsydelser vil det være muligt at opkræve en enhedstakst (f.eks. en time- eller dagstakst).",
  },
  "overskud-hensat-over-5-pct": { paragraf: "5.3.1", citat: CITAT_HENSAET },
  "resultat-fordeling-ugyldig": { paragraf: "5.3", citat: `${CITAT_HENSAET} […] ${CITAT_5_3}` },
  "resultat-dobbelt": {
    paragraf: "5.6",
    citat:
      "Opgørelse af over- og underskud skal ske efter ensartede principper for de områder i kommunen eller Regionen, som er omfattet af Socialaftalen, og der skal over tid være kontinuitet i metoden.",
  },
  "overskud-ikke-indregnet": { paragraf: "5.3.1", citat: CITAT_OVERSKUD_FRIST },
  "underskud-under-5-pct-indregnet": { paragraf: "5.3.2", citat: CITAT_UNDERSKUD_5_PCT },
  "underskud-ikke-indregnet": { paragraf: "5.3.2", citat: CITAT_UNDERSKUD_FRIST },
  "indregning-for-sent": {
    paragraf: "5.3, 6.1.2",
    citat: `${CITAT_OVERSKUD_FRIST} […] ${CITAT_UNDERSKUD_FRIST} […] ${CITAT_NYT_TILBUD}`,
  },
  "hensaettelse-udloebet": { paragraf: "5.3.1", citat: CITAT_HENSAET_5_AAR },
  "regulering-stemmer-ikke": {
    paragraf: "5.3, 6.2.2",
    citat: `${CITAT_5_3} […] Et underskud/overskud ved lukning af et socialaftaletilbud dækkes ved, at underskuddet/overskuddet henføres til andre socialaftaletilbud hos driftsherren.`,
  },
  "ata-vfo-over-5-pct": { paragraf: "5.4.7, bilag 2", citat: CITAT_VFO },
  "ata-doegnkoefficient-i-normaltid": { paragraf: "bilag 2", citat: CITAT_DOEGNKOEFFICIENT },
  "ata-doegnkoefficient-mangler": {
    paragraf: "bilag 2",
    citat: `${CITAT_DOEGNKOEFFICIENT} […] ${CITAT_HOEJERE_UDENFOR_NORMALTID}`,
  },
  "ata-fravaer-usandsynlig": { paragraf: "bilag 2", citat: CITAT_FRAVAER },
  "ata-timetakst-afviger": { paragraf: "bilag 2", citat: `${CITAT_FRAVAER} […] ${CITAT_DECIMALER}` },
  "tillaeg-beregning-afviger": {
    paragraf: "bilag 2",
    citat:
      "Prisen skal være aftalt individuelt for den enkelte bruger mellem bestiller (handlekommune) og leverandør (kommune eller region). […] Der søges om en tillægsydelse på 0,5 time kl 17-17,30 i hverdage vedr. en specifik borger",
  },
  "tillaeg-uden-slutdato": { paragraf: "5.4.7, bilag 2", citat: CITAT_TIDSBEGRAENSET },
  "tillaeg-ukendt-timetakst": { paragraf: "bilag 2", citat: CITAT_PERSONALEKATEGORI },
  "tillaeg-dublet": {
    paragraf: "bilag 2",
    citat: `${CITAT_PERSONALEKATEGORI} […] Timeprisen beregnes ud fra den aktuelle medarbejder der skal lever ydelsen eller der kan anvendes en gennemsnits beregning på personalekategorien, enten på det enkelte tilbud eller overordnet på leverandørens tilbud.`,
  },
  "ydelser-tom": {
    paragraf: "5",
    citat:
      "Taksterne (både for nye tilbud og eksisterende tilbud) for det følgende år indmeldes i løbet af efteråret, ultimo oktober hvert år (ofte i oktober måned).",
  },
  "formel-ekstern-reference": {
    paragraf: "5.5",
    citat:
      "Beregningen af taksten sker med udgangspunkt i takstindmeldingsskemaerne. Nærværende afsnit vil uddybe, hvordan de enkelte elementer af taksten defineres og skal udregnes.",
  },
  "omkostninger-dublet": {
    paragraf: "5.5.1",
    citat:
      "Den enkelte takst pr. ydelser skal således være fordelt på følgende omkostningskategorier […] Personaleomkostninger […] Borgerrelaterede udgifter/aktivitetsomkostninger […] Administrationsomkostninger […] Kompetenceudvikling […] Ejendomsomkostninger […] Afskrivninger/øvrige kapitalapparatsomkostninger […] Finansieringsindtægter […] Finansieringsudgifter",
  },
  "takstprofil-i-skema": {
    paragraf: "1.2",
    citat: "Sammenlignelige ydelser skal kunne sammenlignes på priserne udregnet efter samme principper.",
  },
};
