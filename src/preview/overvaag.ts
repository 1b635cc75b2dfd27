/** Wraps an Arbejdsbog so the preview's grid hears about every write and every cell selection. */
import type { Arbejdsbog } from "../core";

export interface Observatoer {
  /** After any call that may have changed the workbook (also when it failed part-way). */
  efterSkrivning(): void;
  efterValg(ark: string, celle: string): void;
}

export function overvaagArbejdsbog(a: Arbejdsbog, o: Observatoer): Arbejdsbog {
  const skriv = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      return await fn();
    } finally {
      o.efterSkrivning();
    }
  };
  return {
    laesSnapshot: () => a.laesSnapshot(),
    async vaelgCelle(ark, celle) {
      await a.vaelgCelle(ark, celle);
      o.efterValg(ark, celle);
    },
    skrivRapport: (fund, overskrift) => skriv(() => a.skrivRapport(fund, overskrift)),
    indsaetTillaegsberegning: (raekke) => skriv(() => a.indsaetTillaegsberegning(raekke)),
    tilfoejTimetakst: (raekke) => skriv(() => a.tilfoejTimetakst(raekke)),
    markerStatus: (statusser) => skriv(() => a.markerStatus(statusser)),
    fortryd: (fortrydelse) => skriv(() => a.fortryd(fortrydelse)),
    indsaetSkabelon: (takstaar) => skriv(() => a.indsaetSkabelon(takstaar)),
    tilfoejManglendeTabeller: (takstaar) => skriv(() => a.tilfoejManglendeTabeller(takstaar)),
    skrivProfil: (json) => skriv(() => a.skrivProfil(json)),
    aabnNyProjektmappe: (xlsx) => a.aabnNyProjektmappe(xlsx),
    naarAendret: (callback) => a.naarAendret(callback),
    ...(a.foelgVentetid ? { foelgVentetid: a.foelgVentetid.bind(a) } : {}),
  };
}
