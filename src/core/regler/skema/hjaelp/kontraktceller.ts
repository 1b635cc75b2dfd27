/** Every cell the reader took from a contract table, with its column: for the rules on how a cell is stored. */
import type { Celle, FundetTabel, Takstskema } from "../../../model";
import { erBeregnetKolonne } from "../../../skema/formler";
import { SKEMA_TABELLER, STAMDATA_FELTER, TBL_STAMDATA, type KolonneDef, type TabelDef } from "../../../skema/tabeller";

export interface KontraktCelle {
  celle: Celle<unknown>;
  def: TabelDef;
  kolonne: KolonneDef;
  /** The program computes the column with its own formula (formler.ts). */
  beregnet: boolean;
  ydelsesId?: string;
  /** The row's other cells by column key (empty for a Stamdata field). */
  raekke: Record<string, Celle<unknown> | undefined>;
}

type AnyRaekke = Record<string, Celle<unknown>>;

function idAf(r: AnyRaekke): string | undefined {
  const v = r["ydelsesId"]?.vaerdi;
  return typeof v === "string" && v.trim() !== "" ? v : undefined;
}

/** Cells that exist in the sheet (not a missing column's or field's stand-in), table by table, row by row. */
export function* kontraktCeller(skema: Takstskema): Generator<KontraktCelle> {
  const felter = skema.stamdata?.felter as Record<string, Celle<unknown>> | undefined;
  if (felter) {
    for (const f of STAMDATA_FELTER) {
      const celle = felter[f.key];
      if (!celle || celle.mangler) continue;
      yield { celle, def: TBL_STAMDATA, kolonne: f, beregnet: false, raekke: {} };
    }
  }
  for (const [felt, def] of Object.entries(SKEMA_TABELLER) as [keyof typeof SKEMA_TABELLER, TabelDef][]) {
    const tabel = skema[felt] as FundetTabel<unknown> | null;
    if (!tabel) continue;
    const beregnet = new Map(def.kolonner.map((k) => [k.key, erBeregnetKolonne(def, k.key)]));
    for (const r of tabel.raekker as AnyRaekke[]) {
      const ydelsesId = idAf(r);
      for (const k of def.kolonner) {
        const celle = r[k.key];
        if (!celle || celle.mangler) continue;
        yield { celle, def, kolonne: k, beregnet: beregnet.get(k.key) === true, ydelsesId, raekke: r };
      }
    }
  }
}
