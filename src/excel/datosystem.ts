/**
 * The workbook's date system. Office.js has no released property for it (no
 * `use1904DateSystem` outside preview), but DATE(1904; 1; 1) is 0 in a 1904 workbook and
 * 1462 in a 1900 one. Queued into a batch's existing sync, so it costs no round trip.
 */

/** Queue the test; `date1904` may be read after the next `context.sync()`. */
export function laesDatosystem(context: Excel.RequestContext): { readonly date1904: boolean } {
  const svar = context.workbook.functions.date(1904, 1, 1).load("value");
  return {
    get date1904(): boolean {
      return svar.value === 0;
    },
  };
}
