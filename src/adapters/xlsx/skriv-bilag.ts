/**
 * Writes the takstbilag workbook of the CLI's `bilag` command, for DAS: sheet Oversigt first
 * (a legend; "Kræver DAS' stillingtagen" as two lists, væsentlige takstændringer and
 * pladsændringer, largest first, with Årsag and Bemærkninger; findings about whole skemaer
 * once per tilbud; "Ikke indsendt" with a baseline; per driftsherre: takster, status, pladser
 * and expected takstindtægt this year and last, like with like; a bar chart of the largest
 * takstændringer with the threshold), sheet Takstbilag (tblTakstbilag, sorted by driftsherre
 * and tilbud, printed up to Status) and sheet Fund (the sekretariat's: every finding). Every
 * sheet prints on A4 landscape, one page wide, with its header row on every page and page x
 * of y in the footer. The figures come from src/core/takstbilag/oversigt.ts; this file lays
 * them out.
 *
 * The sheets are laid out by their own modules in bilag/ (oversigt.ts, takster.ts, fund.ts; shared
 * layout in layout.ts); this file puts them together.
 *
 * The workbook is streamed (stroem.ts): rows are written as they are made, so 100.000 takster
 * cost the size of the input, not of an ExcelJS workbook model.
 */
// The takstbilag's figures live in the core; these names stay importable from the writer.
export {
  type BilagRaekke,
  type BilagTal,
  MAKS_SOEJLER,
  MAKS_STILLINGTAGEN,
  sammenlignelig,
  sorterRaekker,
  type Tilbudsfund,
} from "../../core";
export type { BilagFund, BilagInput } from "./bilag/typer";
export { TBL_FUND } from "./bilag/fund";
export { godkenderGenitiv } from "./bilag/oversigt";
import { samlOversigt, sorterRaekker } from "../../core";
import { skrivFund } from "./bilag/fund";
import { skrivDiagramdata, skrivOversigt } from "./bilag/oversigt";
import { skrivTakstbilag } from "./bilag/takster";
import type { BilagInput } from "./bilag/typer";
import { maerkSomSkrevetAfTakstskema } from "./maerke";
import { StroemBog } from "./stroem";

/** The takstbilag workbook as .xlsx bytes. */
export async function skrivBilag(input: BilagInput): Promise<Buffer> {
  const dato = input.dato ?? new Date();
  const titel = input.takstaar ? `Takstbilag ${input.takstaar}` : "Takstbilag";
  const bog = new StroemBog();
  maerkSomSkrevetAfTakstskema(bog.wb);
  bog.wb.title = titel;
  bog.wb.views = [{ x: 0, y: 0, width: 28800, height: 15000, firstSheet: 0, activeTab: 0, visibility: "visible" }];

  const raekker = sorterRaekker(input.raekker);
  const data = samlOversigt(raekker, input);
  skrivOversigt(bog, input, data, titel, dato);
  skrivTakstbilag(bog, raekker, input, titel, dato);
  skrivFund(bog, input, titel, dato);
  skrivDiagramdata(bog, data);
  return bog.faerdig();
}
