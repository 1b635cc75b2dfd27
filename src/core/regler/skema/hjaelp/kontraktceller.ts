/** Every cell the reader took from a contract table, with its column: for the rules on how a cell is stored. */
import { parseA1 } from "../../../adresse";
import type { Celle, FundetTabel, Takstskema } from "../../../model";
import { erBeregnetKolonne } from "../../../skema/formler";
import { SKEMA_TABELLER, STAMDATA_FELTER, TBL_STAMDATA, type KolonneDef, type TabelDef } from "../../../skema/tabeller";

export interface KontraktCelle {
  celle: Celle<unknown>;
  /** 1-based sheet row and column of the cell. */
  raekkeNr: number;
  kolonneNr: number;
  def: TabelDef;
  kolonne: KolonneDef;
  /** The program computes the column with its own formula (formler.ts). */
  beregnet: boolean;
  ydelsesId?: string;
  /** The row's other cells by column key (empty for a Stamdata field). */
  raekke: Record<string, Celle<unknown> | undefined>;
}

type AnyRaekke = Record<string, Celle<unknown>> & { raekke: number };

function idAf(r: AnyRaekke): string | undefined {
  const v = r["ydelsesId"]?.vaerdi;
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/**
 * Calls `hver` for the cells that exist in the sheet (not a missing column's or field's
 * stand-in), table by table, row by row. One object is reused for every call (a table of
 * 100.000 rows): copy what you keep.
 */
export function forHverKontraktCelle(skema: Takstskema, hver: (k: KontraktCelle) => void): void {
  const felter = skema.stamdata?.felter as Record<string, Celle<unknown>> | undefined;
  if (felter) {
    for (const f of STAMDATA_FELTER) {
      const celle = felter[f.key];
      const pos = celle && !celle.mangler ? parseA1(celle.adresse) : null;
      if (!pos) continue;
      hver({
        celle,
        raekkeNr: pos.row,
        kolonneNr: pos.col,
        def: TBL_STAMDATA,
        kolonne: f,
        beregnet: false,
        raekke: {},
      });
    }
  }
  for (const [felt, def] of Object.entries(SKEMA_TABELLER) as [keyof typeof SKEMA_TABELLER, TabelDef][]) {
    const tabel = skema[felt] as FundetTabel<unknown> | null;
    if (!tabel) continue;
    const kolonner = def.kolonner.flatMap((k) => {
      const fundet = tabel.kolonner[k.key];
      return fundet ? [{ k, nr: fundet.kolonne, beregnet: erBeregnetKolonne(def, k.key) }] : [];
    });
    const k = { raekkeNr: 0, kolonneNr: 0, def, beregnet: false } as KontraktCelle;
    for (const r of tabel.raekker as AnyRaekke[]) {
      k.ydelsesId = idAf(r);
      k.raekke = r;
      k.raekkeNr = r.raekke;
      for (const kol of kolonner) {
        const celle = r[kol.k.key];
        if (!celle || celle.mangler) continue;
        k.celle = celle;
        k.kolonne = kol.k;
        k.kolonneNr = kol.nr;
        k.beregnet = kol.beregnet;
        hver(k);
      }
    }
  }
}
