/**
 * The fixture's takstskema with a tblTillaegsberegning stacked below tblTillaeg on sheet
 * "Tillægsydelser": tblTillaeg header row 1, rows 2–3 (A Personalekategori … G ATA-timetakst);
 * tblTillaegsberegning header row 6, data from row 7 (A Beskrivelse, B Personalekategori,
 * C Tidsrum, D Timer pr. uge, E ATA-timetakst, F Ugepris, G Startdato, H Slutdato, I Uger, J Samlet pris).
 * Bilag 2's example: ½ time on 5 hverdage kl. 17–17.30, 335,78 kr. → ugepris 839,45 kr.
 */
import type { ByggeRaekke, SkemaSpec } from "../hjaelp/snapshot-bygger";
import { gyldigTillaeg, gyldigtSkema } from "../hjaelp/fixtur";

export const ARK_TILLAEG = "Tillægsydelser";

export function tillaegsberegningRaekker(): ByggeRaekke[] {
  return [
    {
      beskrivelse: "Ekstra støtte efter aktivitetstilbud",
      personalekategori: "Socialpædagog",
      tidsrum: "Hverdag 17-23",
      timerPrUge: 2.5,
      ataTimetakst: 335.78,
      ugepris: 839.45,
      startdato: 46023, // 1. januar 2026
      slutdato: 46112, // 31. marts 2026
      uger: 12.86,
      samletPris: 10795.33,
    },
  ];
}

export function tillaegSkema(
  a: { tillaeg?: (r: ByggeRaekke[]) => void; beregning?: (r: ByggeRaekke[]) => void } = {},
): SkemaSpec {
  const t = gyldigTillaeg();
  a.tillaeg?.(t);
  const b = tillaegsberegningRaekker();
  a.beregning?.(b);
  return { ...gyldigtSkema(), tillaeg: t, tillaegsberegning: b };
}
