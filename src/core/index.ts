/**
 * The core's public face (issue 21 § 1). The shells (the CLI, the .xlsx adapters, the Office
 * adapter and its fake, the task pane, the preview) import the core only from here; ESLint's
 * `takstskema/lagdeling` fails on a deep import. Inside src/core, modules import each other
 * directly and never this file.
 *
 * What comes out, in the order a shell meets it: check a workbook (`kontroller`) with a
 * resolved profile and agreement (the register, a profile from JSON), show the findings (one
 * vocabulary, `rapport/`), format numbers and dates, and the takstbilag API (status per
 * takst, last year's bilag, the overview). Below: the model, the workbook contract and the
 * snapshot the adapters build.
 */

// ------------------------------------------------------------------ checking a workbook
export {
  alvorFor,
  kontroller,
  MAKS_FUND_PR_REGEL,
  standardAlvor,
  udeladteSomFund,
  type Kontrolleret,
  type ValiderIndstillinger,
} from "./valider";
export { findRegel } from "./regler";
export { REGEL_IDER, type Alvor, type RegelId } from "./regler/id";
export { regelNavn } from "./regler/navn";
export type { Fund, FundData, FundVaerdi, Valideringsresultat } from "./regler/typer";

// ------------------------------------------------------------------ profiles and agreements
export {
  afsnitTekst,
  aftaleFor,
  basisProfil,
  erKendtProfil,
  hentProfil,
  PROFILER,
  profilOgAftale,
  regelKilde,
  registrerProfil,
  STANDARD_PROFIL_ID,
} from "./profil/register";
export {
  efterlignetProfil,
  laesProfilTekst,
  loesProfil,
  profilFraSnapshot,
  TAKSTPROFIL_ARK,
  type ProfilKilde,
  type ProfilResultat,
} from "./profil/laes-profil";
export { lempelserResume, lempelseTekst, profilLempelser, type Lempelse } from "./profil/lempelser";
export { kildeTekst } from "./profil/oversigt";
export { PROFIL_SKEMA, type Felt } from "./profil/skema";
export type { AfsnitNoegle, Aftale, Profil, Profilindgang } from "./profil/typer";

// ------------------------------------------------------------------ showing findings
export * from "./rapport";
export {
  brevFilnavn,
  breve,
  brevTekst,
  flertal,
  navnAf,
  skemaStatus,
  type Brev,
  type SkemaStatus,
} from "./tilbagemelding";
export { indeholderCpr, kanIndeholdeCpr, skjulCpr } from "./cpr";
export { synligeLinjer, synligTekst, vis, vist } from "./synlig-tekst";
export { fjernXmlForbudteTegn, MAKS_CELLE_TEGN, xmlSikkerTekst } from "./xml-tegn";

// ------------------------------------------------------------------ numbers, money and dates
export {
  formaterAarListe,
  formaterAntal,
  formaterKalenderdato,
  formaterKr,
  formaterPct,
  formaterPctBroek,
  formaterTal,
  ydelsesIdTekst,
} from "./format";
export { D, tilOere, type Dec } from "./penge";
export { datoTilSerial, fraSerial1900, serialFraUtcMs, serialTilDato, serialTilUtcDato } from "./dato";

// ------------------------------------------------------------------ tillægsydelser (the pane's calculator)
export { antalUger, ataTimetakst, periodepris, timetakstNoegle, timetakstPar, ugepris } from "./beregning/tillaeg";
// The checks the tillæg rules make, for the pane to give the same answer as the user types.
export { tjekDoegnkoefficient, tjekFravaer, tjekVfo } from "./regler/tillaeg/hjaelp/tjek";
export { tillaegRaekkeForPar, tillaegRaekkerForPar } from "./regler/tillaeg/hjaelp/sats";
// The formula evaluator, for the Excel fake to calculate what is written as Excel does.
export {
  beregnCelleformel,
  formelReferencer,
  type FormelArk,
  type FormelKilde,
  type FormelReference,
  type TabelKolonne,
} from "./regler/skema/hjaelp/formelregner";

// ------------------------------------------------------------------ the takstbilag
export {
  fordelFund,
  medTidligereStatus,
  rammerAlleTakster,
  statusOgFund,
  takstbilagKontrol,
  takstStatusser,
  type StatusMedGrund,
} from "./takstbilag-status";
export {
  findGrundlagTilbud,
  ikkeIndsendt,
  ikkeIndsendtLinjer,
  laesGrundlag,
  noegle,
  passerSomSidsteAar,
  rigtigtGrundlagTekst,
  type Grundlag,
  type IkkeIndsendt,
} from "./takstbilag/grundlag";
export {
  graenseTekst,
  MAKS_SOEJLER,
  MAKS_STILLINGTAGEN,
  samlOversigt,
  sammenlignelig,
  sorterRaekker,
  tilDec,
  tilTal,
  type Aendringslinje,
  type BilagRaekke,
  type BilagTal,
  type DriftsherreSum,
  type OversigtData,
  type Tilbudsfund,
} from "./takstbilag/oversigt";
export { bilagRaekkeFraTabel, oversigtFraTabel, type TabelOversigt } from "./takstbilag/fra-tabel";

// ------------------------------------------------------------------ the workbook: model, contract, snapshot
export type { Celle, TakstbilagRaekke, Takstskema, TillaegRaekke, TillaegsberegningRaekke } from "./model";
export {
  ArbejdsbogFejl,
  type Arbejdsbog,
  type CelleIndhold,
  type Fortrydelse,
  type NyTillaegsberegning,
  type NyTimetakst,
  type TakstbilagStatus,
  type TilfoejedeTabeller,
} from "./arbejdsbog";
export { a1, arkAdresse, kolonneBogstaver, omraadeA1, parseA1, parseOmraade, type Omraade } from "./adresse";
export { MAKS_CELLER } from "./graenser";
export {
  cellFormula,
  cellNumberFormat,
  cellValue,
  erExcelFejl,
  EXCEL_FEJLVAERDIER,
  findSheet,
  sheetBottom,
  sheetRight,
  somExcelFejl,
  type CellValue,
  type SnapshotBetingetFormat,
  type SnapshotSheet,
  type SnapshotTable,
  type SnapshotTekst,
  type WorkbookSnapshot,
} from "./snapshot";
export { normaliserOverskrift } from "./reader/find-tabel";
export { findOverskriftsblok, type Overskriftsblok } from "./skema/overskriftsblok";
export { TABEL_INDHOLD, tabelOrd } from "./skema/tabelord";
export {
  ALLE_TABELLER,
  JA_NEJ,
  SKABELON_VERSION,
  STAMDATA_FELTER,
  STATUSSER,
  TBL_STAMDATA,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEGSBEREGNING,
  TIDSRUM,
  type TabelDef,
} from "./skema/tabeller";
export {
  DATO_FORMAT,
  DECIMAL_FORMAT,
  KR_FORMAT,
  PCT_FORMAT,
  SKABELON_ARK,
  SKABELON_LAYOUT,
  SKABELON_PLAN,
  SKABELON_TABELLER,
  skabelonFormat,
  standardFormat,
  type SkabelonTabel,
} from "./skema/layout";
export {
  aendringKrFormel,
  aendringPctFormel,
  ataTimetakstFormel,
  kolonneBogstaverFor,
  tillaegOpslagTabel,
  tillaegsberegningFormler,
} from "./skema/formler";
export { kolonneHjaelp, stamdataHjaelp, TAKSTBILAG_HJAELP } from "./skema/hjaelpetekster";
