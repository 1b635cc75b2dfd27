/** Helpers for the ydelse rule tests: the valid fixture with one ydelse, omkostning or Stamdata field changed. */
import { gyldigeOmkostninger, gyldigeYdelser, gyldigTakstbilagRaekke, gyldigtSkema } from "../hjaelp/fixtur";
import type { ByggeRaekke, ByggeVaerdi, SkemaSpec } from "../hjaelp/snapshot-bygger";
import { TBL_TAKSTBILAG, TBL_YDELSER } from "../../src/core/skema/tabeller";

/** Row index → changed columns. Index 0 is A1-108 (sheet row 2), 1 is A2-104 (row 3). */
export type Aendringer = Record<number, ByggeRaekke>;

export function skemaMed(
  ydelser: Aendringer = {},
  opts: { stamdata?: Record<string, ByggeVaerdi>; omkostninger?: Aendringer; ekstraYdelser?: ByggeRaekke[] } = {},
): SkemaSpec {
  const s = gyldigtSkema();
  return {
    ...s,
    stamdata: { ...s.stamdata, ...opts.stamdata },
    ydelser: [...gyldigeYdelser().map((r, i) => ({ ...r, ...ydelser[i] })), ...(opts.ekstraYdelser ?? [])],
    omkostninger: gyldigeOmkostninger().map((r, i) => ({ ...r, ...opts.omkostninger?.[i] })),
  };
}

/** The fixture with tblYdelser lacking some columns. */
export function skemaUdenKolonner(keys: string[], ydelser: Aendringer = {}): SkemaSpec {
  const s = skemaMed(ydelser);
  return {
    ...s,
    ydelser: {
      raekker: s.ydelser as ByggeRaekke[],
      kolonner: TBL_YDELSER.kolonner.map((k) => k.key).filter((k) => !keys.includes(k)),
    },
  };
}

/** A takstbilag workbook (tblTakstbilag, no tblYdelser); header on row 1, columns A..P in contract order. */
export function takstbilag(raekker: ByggeRaekke[], udenKolonner: string[] = []): SkemaSpec {
  const grund: ByggeRaekke = {
    ...gyldigTakstbilagRaekke(),
    ydelse: "Længerevarende botilbud",
    paragraf: "SEL § 108",
    aendringPct: { v: 0.0256, nf: "0.0%" },
    aarsag: "Løn- og prisudvikling",
    bemaerkninger: "Almindelig løn- og prisfremskrivning af budgettet.",
    status: "OK",
    fund: null,
  };
  return {
    takstbilag: {
      raekker: raekker.map((r) => ({ ...grund, ...r })),
      kolonner: TBL_TAKSTBILAG.kolonner.map((k) => k.key).filter((k) => !udenKolonner.includes(k)),
    },
  };
}
