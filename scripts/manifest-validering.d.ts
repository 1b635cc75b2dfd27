export interface ManifestFejl {
  linje: number | null;
  besked: string;
}
export interface ManifestResultat {
  gyldig: boolean;
  fejl: ManifestFejl[];
}
export function validerManifestTekst(xml: string, filnavn?: string): Promise<ManifestResultat>;
export function validerManifestFil(fil: string): Promise<ManifestResultat>;
export const XSD_MAPPE: string;
