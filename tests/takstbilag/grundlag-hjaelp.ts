/** Last year's approved takstbilag for the tests: the fixture's tilbud as this program's bilag writes it. */
import type { CellValue, WorkbookSnapshot } from "../../src/core/snapshot";
import { laesGrundlag, type Grundlag } from "../../src/core/takstbilag/grundlag";

export const BILAG_OVERSKRIFT = ["Driftsherre", "Tilbud", "Ydelses-ID", "Ydelse", "Pladser", "Takst"];

/** A snapshot with one sheet: a title row, then the header and the rows. */
export function grundlagSnapshot(raekker: CellValue[][], overskrift: CellValue[] = BILAG_OVERSKRIFT): WorkbookSnapshot {
  return {
    sheets: [
      { name: "Takstbilag", top: 1, left: 1, values: [["Takstbilag 2025 (beløb i kr.)"], overskrift, ...raekker] },
    ],
    tables: [],
  };
}

/** The fixture's A1-108 (10 pladser, 1.950 kr.) and A2-104 (20 pladser, 490 kr.), changed as given. */
export function fixturGrundlag(
  a1: { pladser?: CellValue; takst?: CellValue } = {},
  a2: { pladser?: CellValue; takst?: CellValue } = {},
): Grundlag {
  const r = laesGrundlag(
    grundlagSnapshot([
      ["Aalborg Kommune", "Bostedet Solbakken", "A1-108", "Botilbud", a1.pladser ?? 10, a1.takst ?? 1950],
      ["Aalborg Kommune", "Bostedet Solbakken", "A2-104", "Dagtilbud", a2.pladser ?? 20, a2.takst ?? 490],
    ]),
  );
  if (!r.ok) throw new Error(r.fejl);
  return r.grundlag;
}
