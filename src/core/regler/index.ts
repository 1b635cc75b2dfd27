/**
 * Every rule, by ID: one typed map, so a rule left out, one too many, or one under another
 * rule's ID is a compile error (each entry is a Regel of its own ID). The catalogue's order
 * (docs/regler.md) is REGEL_IDER's.
 */
import { erRegelId, REGEL_IDER, type RegelId } from "./id";
import type { Regel } from "./typer";
import skemaManglerTabel from "./skema/skema-mangler-tabel";
import skemaManglerKolonne from "./skema/skema-mangler-kolonne";
import feltMangler from "./skema/felt-mangler";
import feltUgyldigVaerdi from "./skema/felt-ugyldig-vaerdi";
import talSomTekst from "./skema/tal-som-tekst";
import ydelsesIdDublet from "./skema/ydelses-id-dublet";
import ydelsesIdUkendt from "./skema/ydelses-id-ukendt";
import omkostningerMangler from "./skema/omkostninger-mangler";
import persondataCpr from "./skema/persondata-cpr";
import kategori1IkkeOmfattet from "./stamdata/kategori-1-ikke-omfattet";
import nytTilbudUdenDriftsaar from "./stamdata/nyt-tilbud-uden-driftsaar";
import pladsaendringUdenBegrundelse from "./ydelser/pladsaendring-uden-begrundelse";
import pladsaendringKraeverGodkendelse from "./ydelser/pladsaendring-kraever-godkendelse";
import takstaendringUdenBegrundelse from "./ydelser/takstaendring-uden-begrundelse";
import takstloftOverskredet from "./ydelser/takstloft-overskredet";
import takstAfvigerFraBeregning from "./ydelser/takst-afviger-fra-beregning";
import takstBeregnetMed366Dage from "./ydelser/takst-beregnet-med-366-dage";
import belaegningOver100 from "./ydelser/belaegning-over-100";
import belaegningUnderMinimum from "./ydelser/belaegning-under-minimum";
import belaegningUnderForventet from "./ydelser/belaegning-under-forventet";
import belaegningNytTilbud from "./ydelser/belaegning-nyt-tilbud";
import belaegningOverAnbefalet from "./ydelser/belaegning-over-anbefalet";
import grundlagStemmerIkke from "./omkostninger/grundlag-stemmer-ikke";
import omkostningNegativ from "./omkostninger/omkostning-negativ";
import omkostningskategoriTom from "./omkostninger/omkostningskategori-tom";
import vagtlagMangler from "./omkostninger/vagtlag-mangler";
import vagtlagOverPersonale from "./omkostninger/vagtlag-over-personale";
import stoettetimerMangler from "./ydelser/stoettetimer-mangler";
import sundhedsydelserIkkeAngivet from "./ydelser/sundhedsydelser-ikke-angivet";
import overskudHensatOver5Pct from "./resultater/overskud-hensat-over-5-pct";
import resultatFordelingUgyldig from "./resultater/resultat-fordeling-ugyldig";
import resultatDobbelt from "./resultater/resultat-dobbelt";
import overskudIkkeIndregnet from "./resultater/overskud-ikke-indregnet";
import underskudUnder5PctIndregnet from "./resultater/underskud-under-5-pct-indregnet";
import underskudIkkeIndregnet from "./resultater/underskud-ikke-indregnet";
import indregningForSent from "./resultater/indregning-for-sent";
import hensaettelseUdloebet from "./resultater/hensaettelse-udloebet";
import reguleringStemmerIkke from "./resultater/regulering-stemmer-ikke";
import ataVfoOver5Pct from "./tillaeg/ata-vfo-over-5-pct";
import ataDoegnkoefficientINormaltid from "./tillaeg/ata-doegnkoefficient-i-normaltid";
import ataDoegnkoefficientMangler from "./tillaeg/ata-doegnkoefficient-mangler";
import ataFravaerUsandsynlig from "./tillaeg/ata-fravaer-usandsynlig";
import ataTimetakstAfviger from "./tillaeg/ata-timetakst-afviger";
import tillaegBeregningAfviger from "./tillaeg/tillaeg-beregning-afviger";
import tillaegUdenSlutdato from "./tillaeg/tillaeg-uden-slutdato";
import tillaegUkendtTimetakst from "./tillaeg/tillaeg-ukendt-timetakst";
import tillaegDublet from "./tillaeg/tillaeg-dublet";
import takstbilagAendringStemmerIkke from "./takstbilag/takstbilag-aendring-stemmer-ikke";
import ydelserTom from "./skema/ydelser-tom";
import formelEksternReference from "./skema/formel-ekstern-reference";
import omkostningerDublet from "./skema/omkostninger-dublet";
import dataUdenForTabel from "./skema/data-uden-for-tabel";
import takstprofilISkema from "./skema/takstprofil-i-skema";
import formelIInputkolonne from "./skema/formel-i-inputkolonne";
import formelIkkeBeregnet from "./skema/formel-ikke-beregnet";
import talformatSkjulerVaerdi from "./skema/talformat-skjuler-vaerdi";
import tabelIkkeSynlig from "./skema/tabel-ikke-synlig";
import takstaarUdenForAftale from "./stamdata/takstaar-uden-for-aftale";
import enhedstakstUdenForRaadgivning from "./ydelser/enhedstakst-uden-for-raadgivning";
import sidsteAarAfvigerFraGodkendt from "./ydelser/sidste-aar-afviger-fra-godkendt";
import ydelseIkkeISidsteAarsBilag from "./ydelser/ydelse-ikke-i-sidste-aars-bilag";

export const REGLER = {
  "skema-mangler-tabel": skemaManglerTabel,
  "skema-mangler-kolonne": skemaManglerKolonne,
  "felt-mangler": feltMangler,
  "felt-ugyldig-vaerdi": feltUgyldigVaerdi,
  "tal-som-tekst": talSomTekst,
  "ydelses-id-dublet": ydelsesIdDublet,
  "ydelses-id-ukendt": ydelsesIdUkendt,
  "omkostninger-mangler": omkostningerMangler,
  "persondata-cpr": persondataCpr,
  "kategori-1-ikke-omfattet": kategori1IkkeOmfattet,
  "nyt-tilbud-uden-driftsaar": nytTilbudUdenDriftsaar,
  "pladsaendring-uden-begrundelse": pladsaendringUdenBegrundelse,
  "pladsaendring-kraever-godkendelse": pladsaendringKraeverGodkendelse,
  "takstaendring-uden-begrundelse": takstaendringUdenBegrundelse,
  "takstloft-overskredet": takstloftOverskredet,
  "takst-afviger-fra-beregning": takstAfvigerFraBeregning,
  "takst-beregnet-med-366-dage": takstBeregnetMed366Dage,
  "belaegning-over-100": belaegningOver100,
  "belaegning-under-minimum": belaegningUnderMinimum,
  "belaegning-under-forventet": belaegningUnderForventet,
  "belaegning-nyt-tilbud": belaegningNytTilbud,
  "belaegning-over-anbefalet": belaegningOverAnbefalet,
  "grundlag-stemmer-ikke": grundlagStemmerIkke,
  "omkostning-negativ": omkostningNegativ,
  "omkostningskategori-tom": omkostningskategoriTom,
  "vagtlag-mangler": vagtlagMangler,
  "vagtlag-over-personale": vagtlagOverPersonale,
  "stoettetimer-mangler": stoettetimerMangler,
  "sundhedsydelser-ikke-angivet": sundhedsydelserIkkeAngivet,
  "overskud-hensat-over-5-pct": overskudHensatOver5Pct,
  "resultat-fordeling-ugyldig": resultatFordelingUgyldig,
  "resultat-dobbelt": resultatDobbelt,
  "overskud-ikke-indregnet": overskudIkkeIndregnet,
  "underskud-under-5-pct-indregnet": underskudUnder5PctIndregnet,
  "underskud-ikke-indregnet": underskudIkkeIndregnet,
  "indregning-for-sent": indregningForSent,
  "hensaettelse-udloebet": hensaettelseUdloebet,
  "regulering-stemmer-ikke": reguleringStemmerIkke,
  "ata-vfo-over-5-pct": ataVfoOver5Pct,
  "ata-doegnkoefficient-i-normaltid": ataDoegnkoefficientINormaltid,
  "ata-doegnkoefficient-mangler": ataDoegnkoefficientMangler,
  "ata-fravaer-usandsynlig": ataFravaerUsandsynlig,
  "ata-timetakst-afviger": ataTimetakstAfviger,
  "tillaeg-beregning-afviger": tillaegBeregningAfviger,
  "tillaeg-uden-slutdato": tillaegUdenSlutdato,
  "tillaeg-ukendt-timetakst": tillaegUkendtTimetakst,
  "tillaeg-dublet": tillaegDublet,
  "takstbilag-aendring-stemmer-ikke": takstbilagAendringStemmerIkke,
  "ydelser-tom": ydelserTom,
  "formel-ekstern-reference": formelEksternReference,
  "omkostninger-dublet": omkostningerDublet,
  "data-uden-for-tabel": dataUdenForTabel,
  "takstprofil-i-skema": takstprofilISkema,
  "formel-i-inputkolonne": formelIInputkolonne,
  "formel-ikke-beregnet": formelIkkeBeregnet,
  "talformat-skjuler-vaerdi": talformatSkjulerVaerdi,
  "tabel-ikke-synlig": tabelIkkeSynlig,
  "takstaar-uden-for-aftale": takstaarUdenForAftale,
  "enhedstakst-uden-for-raadgivning": enhedstakstUdenForRaadgivning,
  "sidste-aar-afviger-fra-godkendt": sidsteAarAfvigerFraGodkendt,
  "ydelse-ikke-i-sidste-aars-bilag": ydelseIkkeISidsteAarsBilag,
} as const satisfies { readonly [I in RegelId]: Regel<I> };

/** Every rule in the order of the catalogue (REGEL_IDER). */
export const ALLE_REGLER: readonly Regel[] = REGEL_IDER.map((id) => REGLER[id]);

export function findRegel(id: string): Regel | undefined {
  return erRegelId(id) ? REGLER[id] : undefined;
}
