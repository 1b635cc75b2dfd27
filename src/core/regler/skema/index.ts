import type { Regel } from "../typer";
import skemaManglerTabel from "./skema-mangler-tabel";
import skemaManglerKolonne from "./skema-mangler-kolonne";
import feltMangler from "./felt-mangler";
import feltUgyldigVaerdi from "./felt-ugyldig-vaerdi";
import talSomTekst from "./tal-som-tekst";
import ydelsesIdDublet from "./ydelses-id-dublet";
import ydelsesIdUkendt from "./ydelses-id-ukendt";
import omkostningerMangler from "./omkostninger-mangler";
import persondataCpr from "./persondata-cpr";
import ydelserTom from "./ydelser-tom";
import formelEksternReference from "./formel-ekstern-reference";
import omkostningerDublet from "./omkostninger-dublet";
import dataUdenForTabel from "./data-uden-for-tabel";
import takstprofilISkema from "./takstprofil-i-skema";
import formelIInputkolonne from "./formel-i-inputkolonne";
import formelIkkeBeregnet from "./formel-ikke-beregnet";
import talformatSkjulerVaerdi from "./talformat-skjuler-vaerdi";
import tabelIkkeSynlig from "./tabel-ikke-synlig";

export const SKEMA_REGLER: readonly Regel[] = [
  skemaManglerTabel,
  skemaManglerKolonne,
  feltMangler,
  feltUgyldigVaerdi,
  talSomTekst,
  ydelsesIdDublet,
  ydelsesIdUkendt,
  omkostningerMangler,
  persondataCpr,
  ydelserTom,
  formelEksternReference,
  omkostningerDublet,
  dataUdenForTabel,
  takstprofilISkema,
  formelIInputkolonne,
  formelIkkeBeregnet,
  talformatSkjulerVaerdi,
  tabelIkkeSynlig,
];
