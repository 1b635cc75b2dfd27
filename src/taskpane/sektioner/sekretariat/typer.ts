/** The Sekretariat section's data, kept by the pane (a closed section's panel is unmounted). */
import type { Afvisning } from "../../../adapters/xlsx/bilag-dele";
import type { KontrolleretSkema } from "../../../adapters/xlsx/sekretariat";
import type { FaellesTilstand } from "../../tilstand";
import type { Grundlag, IkkeIndsendt } from "../../../core";

/** A ready set of submissions (the preview's bundled examples/indsendt/). */
export interface Eksempelsaet {
  navn: string;
  hent(): Promise<File[]>;
}

/** Last year's approved takstbilag, read: the baseline the submissions are checked against. */
export interface SidsteAar {
  navn: string;
  grundlag: Grundlag;
}

/** What the section has checked; kept by the pane, so closing the section does not lose it. */
export interface SekretariatData {
  skemaer: KontrolleretSkema[];
  sprunget: string[];
  afvisninger: Afvisning[];
  advarsler: number;
  /** Milliseconds to read and check the files. */
  tid: number;
  profil: string;
  /** The baseline the files were checked against, and last year's tilbud that did not submit. */
  sidsteAar?: SidsteAar;
  ikkeIndsendt?: IkkeIndsendt[];
}

export interface SekretariatProps extends FaellesTilstand {
  data: SekretariatData | null;
  setData(d: SekretariatData | null): void;
  eksempelsaet?: Eksempelsaet;
}
