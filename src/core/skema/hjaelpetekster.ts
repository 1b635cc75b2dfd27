/**
 * Short Danish help for every column and Stamdata field, shown as header notes in the
 * template (the .xlsx writer) and in docs/skabelon.md (generated, for the default profile).
 * The thresholds are the profile's and the sections the agreement's, so a region's template
 * names its own. Keyed by table name, then column key.
 */
import { formaterAntal, formaterPct } from "../format";
import { afsnitTekst } from "../profil/register";
import type { AfsnitNoegle, Aftale, Profil } from "../profil/typer";

/** The takstbilag's columns: the same under every profile (the bilag is not the template). */
export const TAKSTBILAG_HJAELP: Readonly<Record<string, string>> = {
  takstaar: "Takståret fra skemaets Stamdata. Et takstbilag gælder ét takstår.",
  driftsherre: "Kommunen eller regionen, der driver tilbuddet.",
  tilbud: "Tilbuddets navn.",
  ydelsesId: "Ydelses-ID fra takstskemaet.",
  aendringKr: "Beregnes: Takst − Takst sidste år.",
  aendringPct: "Beregnes: Takst / Takst sidste år − 1.",
  status: "OK, Advarsel eller Fejl efter kontrollen.",
  fund: "Regler, som rækken ikke overholder.",
};

/** Every table's column help under `profil`, naming the sections of `aftale`. */
export function kolonneHjaelp(profil: Profil, aftale: Aftale): Record<string, Record<string, string>> {
  const af = (n: AfsnitNoegle): string => afsnitTekst(aftale.afsnit[n]);
  const { belaegning: b, overUnderskud: ou } = profil;
  return {
    tblStamdata: {
      felt: "Feltets navn. Ret ikke teksterne i denne kolonne.",
      vaerdi: "Udfyld en værdi for hvert felt.",
    },
    tblYdelser: {
      ydelsesId: "Entydig nøgle for ydelsen i skemaet, fx A1-108. Bruges i Omkostninger og Over- og underskud.",
      ydelse: "Ydelsens navn.",
      paragraf: "Lovgrundlag, fx SEL § 108, SEL § 107, SEL § 104 eller BL § 43.",
      maalgruppe: "Målgruppe for ydelsen.",
      taksttype:
        "Vælg fra listen: Gennemsnitstakst, Basistakst, Ydelsestakst, Individuelt forhandlet, Enhedstakst eller Trækningsret.",
      takstenhed: "Hvad taksten er pr.: Døgn, Dag, Time, Måned, År eller Stk.",
      tilbudsform: "Vælg fra listen, fx Døgntilbud, Dagtilbud eller Aflastning.",
      pladserSidsteAar: "Antal pladser aftalt for sidste år. Tom for en ny ydelse.",
      pladser: "Antal pladser i takståret. Kan være tom for Time, Stk. og en enhedstakst.",
      belaegningsprocent: `Budgetteret belægning, fx 96 %. Skriv 96 % eller 0,96 (${af("belaegning")}: mindst ${formaterPct(b.forventetMin)}, kort forløb mindst ${formaterPct(b.minKortForloeb)}).`,
      stoettetimer: `Gennemsnitligt antal direkte støttetimer pr. borger pr. uge i taksten (${af("stoettetimer")}).`,
      sundhedsydelser: `Hvilke sundhedsydelser der indgår i taksten, eller Ingen (${af("sundhedsydelser")}).`,
      takstSidsteAar: "Sidste års takst i kr. pr. takstenhed.",
      takst: "Taksten for takståret i kr. pr. takstenhed.",
      aarsag: "Årsag til ændring af takst eller pladser. Vælg fra listen.",
      bemaerkninger: `Driftsherrens begrundelse for ændringer i takst eller pladser (${af("begrundelse")}). Mindst ${formaterAntal(profil.begrundelse.minTegn)} tegn.`,
    },
    tblOmkostninger: {
      ydelsesId: "Ydelses-ID fra arket Ydelser. Én række pr. ydelse.",
      personale: "Alle personaleomkostninger i kr. (positivt tal).",
      vagtlag: `Den del af personaleomkostningerne, der er fagpersonale i vagtlag (${af("vagtlag")}). Lægges ikke til igen.`,
      borgerrelaterede: "Borgerrelaterede udgifter / aktivitetsudgifter i kr.",
      administration: "Administrationsomkostninger inkl. andel af central administration og tilsynstakst.",
      kompetenceudvikling: "Kompetenceudvikling i kr.",
      ejendom: "Ejendomsomkostninger i kr.",
      afskrivninger: "Afskrivninger og kapitalomkostninger i kr.",
      finansieringsindtaegter: "Renteindtægter i kr. Skriv et positivt tal; formlen trækker det fra.",
      finansieringsudgifter: "Beregnede renter af kapital i kr.",
      indregnetUnderskud: `Del af tidligere underskud, der indregnes i denne takst (${af("underskud")}). Lægges til.`,
      indregnetOverskud: `Del af tidligere overskud, der indregnes i denne takst (${af("overskud")}). Skriv et positivt tal; formlen trækker det fra.`,
      grundlag:
        "Beregnes: omkostningerne minus finansieringsindtægter og indregnet overskud, plus indregnet underskud. Overskriv ikke formlen.",
    },
    tblResultater: {
      ydelsesId: "Ydelses-ID, * for hele tilbuddet, eller lukket: og ID'et for en lukket ydelse.",
      regnskabsaar: "Året, resultatet hører til.",
      grundlag: `Det års takstberegningsgrundlag (grundlaget for ${formaterPct(ou.graensePct)}-grænsen).`,
      resultat: "Resultat i kr.: + for overskud, − for underskud.",
      hensat: `Overskud, der er hensat (ikke i taksten), i kr. Højst ${formaterPct(ou.graensePct)} af grundlaget (${af("hensaettelse")}).`,
      indregnet: "Beløb, der indregnes i taksten, som positivt tal i kr.",
      indregnetITakstaar: `Takståret, hvor beløbet i Indregnet indgår i taksten (senest regnskabsår + ${ou.indregnesSenestEfterAar}).`,
    },
    tblTillaeg: {
      personalekategori: "Personalekategori, fx Socialpædagog eller Social- og sundhedsassistent.",
      tidsrum: "Vælg fra listen: Hverdag 06-17, Hverdag 17-23, Nat 23-06 eller Weekend og helligdag.",
      timeomkostning: `Gennemsnitlig timeløn inkl. ferie og pension i kr. (${af("tillaeg")}).`,
      fravaer: "Korrektion for fravær (ferie, sygdom, kurser, møder), fx 33 %.",
      doegnkoefficient: "Døgnkoefficient d: 0 % på hverdage 06-17, over 0 % uden for normal arbejdstid.",
      vfo: `Variable følgeomkostninger (vfo), højst ${formaterPct(profil.tillaeg.vfoMaxPct)}.`,
      ataTimetakst: "Beregnes: Timeomkostning × (1 + fravær + døgnkoefficient + vfo), afrundet til øre.",
    },
    tblTillaegFastPris: {
      tillaegsydelse: `Tillægsydelse til fast pris (${af("tillaeg")}, metode 1), fx ridetimer.`,
      enhed: "Enhed, fx time, stk. eller måned.",
      pris: "Pris pr. enhed i kr.",
      dokumentation: "Hvordan prisen er dokumenteret, fx faktura.",
    },
    tblTillaegsberegning: {
      beskrivelse: "Hvad tillægsydelsen går ud på. Aldrig navn eller CPR-nummer.",
      personalekategori: "Skal findes i tabellen med ATA-timetakster (til venstre).",
      tidsrum: "Skal findes sammen med personalekategorien i tabellen med ATA-timetakster.",
      timerPrUge: "ATA-timer pr. uge, fx 2,5 for ½ time på 5 hverdage. Negativt tal for en negativ tillægsydelse.",
      ataTimetakst: "Beregnes: slås op i tabellen med ATA-timetakster.",
      ugepris: "Beregnes: Timer pr. uge × ATA-timetakst, afrundet til øre.",
      startdato: "Første dag med tillægsydelsen.",
      slutdato: "Sidste dag med tillægsydelsen (tillægsydelser er tidsbegrænsede).",
      uger: "Beregnes: (Slutdato − Startdato + 1) / 7, afrundet til 2 decimaler.",
      samletPris: "Beregnes: Ugepris × Uger, afrundet til øre.",
    },
    tblTakstbilag: { ...TAKSTBILAG_HJAELP },
  };
}

/** Stamdata's field help, naming the sections of `aftale`. */
export function stamdataHjaelp(aftale: Aftale): Record<string, string> {
  const af = (n: AfsnitNoegle): string => afsnitTekst(aftale.afsnit[n]);
  return {
    driftsherre: "Kommunen eller regionen, der driver tilbuddet.",
    tilbud: "Tilbuddets navn.",
    tilbudsportalId: "Tilbuddets nummer på Tilbudsportalen.",
    kategori: `1, 2 eller 3 (${af("kategorier")}).`,
    takstaar: "Året, taksterne gælder for, fx 2026.",
    kontaktperson: "Navn på kontaktperson hos driftsherren.",
    email: "Kontaktpersonens e-mail.",
    nytTilbud: "Ja eller Nej: er tilbuddet nyt?",
    foersteDriftsaar: `Første driftsår. Skal udfyldes, når Nyt tilbud er Ja (${af("nytTilbudDriftstab")}).`,
  };
}
