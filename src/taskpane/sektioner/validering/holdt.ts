/**
 * What a rule that held has shown, in positive words (issue 20 § 1): the list "Vis regler der
 * holdt" must not put a tick in front of the rule's problem description ("En påkrævet værdi er
 * tom …"). One sentence per rule; the Record makes a new rule ID a type error until it has one.
 */
import type { RegelId } from "../../../core";

export const HOLDT_TEKST: Record<RegelId, string> = {
  "skema-mangler-tabel": "Skemaets tabeller er fundet.",
  "skema-mangler-kolonne": "Tabellerne har alle skabelonens påkrævede kolonner.",
  "felt-mangler": "Alle påkrævede værdier er udfyldt.",
  "felt-ugyldig-vaerdi": "Værdierne passer til deres kolonners type og lister.",
  "tal-som-tekst": "Tallene er skrevet som tal, så Excel kan regne med dem.",
  "ydelses-id-dublet": "Hvert Ydelses-ID står på én række i tabellen over ydelser.",
  "ydelses-id-ukendt": "Rækkerne i Omkostninger og Over- og underskud hører til kendte Ydelses-ID'er.",
  "omkostninger-mangler": "Ydelserne, hvis takst beregnes ud fra pladser og belægning, har en række i Omkostninger.",
  "persondata-cpr": "Projektmappen indeholder intet CPR-nummer.",
  "kategori-1-ikke-omfattet": "Tilbuddets kategori er omfattet af styringsaftalen.",
  "nyt-tilbud-uden-driftsaar": "Et nyt tilbud har sit første driftsår angivet (eller tilbuddet er ikke nyt).",
  "pladsaendring-uden-begrundelse": "Ændringer i antal pladser og nye ydelser er begrundet (eller der er ingen).",
  "pladsaendring-kraever-godkendelse": "Ingen permanent ændring i antal pladser venter på styregruppens godkendelse.",
  "takstaendring-uden-begrundelse": "Væsentlige takstændringer er begrundet (eller der er ingen).",
  "takstloft-overskredet": "Ingen takst stiger mere, end et takstloft i profilen tillader.",
  "takst-afviger-fra-beregning": "Taksterne svarer til takstberegningsgrundlag, pladser og belægning.",
  "takst-beregnet-med-366-dage": "Taksterne er beregnet med 365 dage.",
  "belaegning-over-100": "Ingen belægningsprocent er over 100 %.",
  "belaegning-under-minimum": "Korte forløb, akut- og aflastningstilbud budgetterer med mindst den krævede belægning.",
  "belaegning-under-forventet": "Dag- og døgntilbud budgetterer med mindst den forventede belægning.",
  "belaegning-nyt-tilbud": "Der er ingen bemærkning om et nyt tilbuds belægning i første driftsår.",
  "belaegning-over-anbefalet": "Belægningsprocenterne ligger inden for det anbefalede.",
  "grundlag-stemmer-ikke": "Takstberegningsgrundlaget er summen af omkostningskategorierne.",
  "omkostning-negativ": "Beløbene i omkostningstabellen er positive tal.",
  "omkostningskategori-tom": "Omkostningskategorierne er udfyldt for hver ydelse.",
  "vagtlag-mangler": "Lønudgiften til fagpersonale i vagtlag er vist særskilt, hvor der er personaleomkostninger.",
  "vagtlag-over-personale": "Lønudgiften til fagpersonale i vagtlag er ikke større end personaleomkostningerne.",
  "stoettetimer-mangler": "Taksterne med pladser angiver direkte støttetimer pr. uge.",
  "sundhedsydelser-ikke-angivet": "Botilbuddene angiver, hvilke sundhedsydelser taksten indeholder.",
  "overskud-hensat-over-5-pct": "Hensatte overskud holder sig inden for 5 % af takstberegningsgrundlaget.",
  "resultat-fordeling-ugyldig": "Hensat og Indregnet holder sig inden for resultatets størrelse.",
  "resultat-dobbelt": "Intet regnskabsår er talt med både for hele tilbuddet og for enkelte ydelser.",
  "overskud-ikke-indregnet": "Overskud over 5 % af takstberegningsgrundlaget er indregnet i tide.",
  "underskud-under-5-pct-indregnet": "Kun den del af underskud, der overstiger 5 %, er indregnet i taksten.",
  "underskud-ikke-indregnet": "Underskud over 5 % af takstberegningsgrundlaget er indregnet i tide.",
  "indregning-for-sent": "Over- og underskud er indregnet inden for fristen.",
  "hensaettelse-udloebet": "Hensatte overskud er inden for de 5 år, de må stå.",
  "regulering-stemmer-ikke": "Det indregnede over-/underskud svarer til tabellen over over- og underskud.",
  "ata-vfo-over-5-pct": "Tillægget for variable følgeomkostninger holder sig inden for 5 %.",
  "ata-doegnkoefficient-i-normaltid": "ATA-timetakster i normal arbejdstid er uden døgnkoefficient.",
  "ata-doegnkoefficient-mangler": "ATA-timetakster uden for normal arbejdstid har en døgnkoefficient.",
  "ata-fravaer-usandsynlig": "Fraværskorrektionen i ATA-timetaksterne ligger i det sandsynlige interval.",
  "ata-timetakst-afviger": "ATA-timetaksterne er regnet rigtigt.",
  "tillaeg-beregning-afviger": "De aftalte tillægsydelser er regnet rigtigt.",
  "tillaeg-uden-slutdato": "Tillægsydelserne har en slutdato.",
  "tillaeg-ukendt-timetakst": "Tillægsydelserne bruger ATA-timetakster fra tabellen over ATA-timetakster.",
  "tillaeg-dublet": "Hver personalekategori og hvert tidsrum står én gang i tabellen over ATA-timetakster.",
  "takstbilag-aendring-stemmer-ikke": "Takstbilagets Ændring kr. og Ændring pct. svarer til Takst og Takst sidste år.",
  "ydelser-tom": "Tabellen med ydelser er ikke tom.",
  "formel-ekstern-reference": "Formlerne henter ikke værdier fra andre projektmapper.",
  "omkostninger-dublet": "Hver ydelse har én række i omkostningstabellen.",
  "data-uden-for-tabel": "Der står ingen data lige uden for skemaets tabeller.",
  "takstprofil-i-skema": "Skemaet har ikke sit eget ark Takstprofil.",
  "formel-i-inputkolonne": "Kolonnerne, der udfyldes med en værdi (fx Takst), har værdier og ikke formler.",
  "formel-ikke-beregnet": "Skemaets formler er beregnet, og de gemte resultater er dem, Excel viser.",
  "talformat-skjuler-vaerdi": "Talformaterne viser cellernes egne værdier.",
  "tabel-ikke-synlig": "Skemaets tabeller står synligt, hvor brugeren ser dem.",
  "takstaar-uden-for-aftale": "Takståret ligger inden for de år, aftalen gælder for.",
  "enhedstakst-uden-for-raadgivning": "Enhedstakster bruges kun til rådgivningsydelser.",
  "sidste-aar-afviger-fra-godkendt":
    "Takst sidste år og Pladser sidste år svarer til det godkendte takstbilag, når det er indlæst.",
  "ydelse-ikke-i-sidste-aars-bilag":
    "Ydelserne med tal for sidste år findes i det godkendte takstbilag, når det er indlæst.",
};

/** The positive sentence for a rule that held (the ID itself only for an unknown one). */
export function holdtTekst(id: string): string {
  return (HOLDT_TEKST as Record<string, string | undefined>)[id] ?? id;
}
