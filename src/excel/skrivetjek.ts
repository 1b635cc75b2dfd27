/**
 * What every write checks before it writes, in a sync it already makes: the workbook is not
 * open read-only (Workbook.readOnly, ExcelApi 1.8: only where the host has it) and the sheet
 * it writes is not protected. A Danish refusal then, before any cell is touched, instead of
 * Excel's AccessDenied half-way or (desktop, read-only) writes that can never be saved.
 */
import { ArbejdsbogFejl } from "../core";

export const SKRIVEBESKYTTET =
  "Projektmappen er åbnet skrivebeskyttet, så Takstskema kan ikke skrive i den. Åbn den til redigering (eller gem en kopi), og prøv igen. Intet er ændret.";

export function arkBeskyttet(ark: string): string {
  return `Arket ${ark} er beskyttet, så Takstskema kan ikke skrive i det. Fjern beskyttelsen af arket (Gennemse > Fjern arkbeskyttelse), og prøv igen. Intet er ændret.`;
}

export const STRUKTUR_BESKYTTET =
  "Projektmappens struktur er beskyttet, så Takstskema kan ikke tilføje eller fjerne ark. Fjern beskyttelsen (Gennemse > Beskyt projektmappe), og prøv igen. Intet er ændret.";

export interface Skrivetjek {
  /** Throws the Danish refusal for a read-only workbook (after the sync). */
  (): void;
  /** Throws the Danish refusal when the workbook's structure is protected (for a write that adds or deletes sheets). */
  struktur(): void;
}

/**
 * Queues the read-only test (when `kanSeSkrivebeskyttelse`, i.e. ExcelApi 1.8) and the
 * structure-protection test (WorkbookProtection, ExcelApi 1.7, the manifest's minimum); the
 * function returned throws the Danish refusal after the next sync.
 */
export function koeSkrivetjek(context: Excel.RequestContext, kanSeSkrivebeskyttelse: boolean): Skrivetjek {
  if (kanSeSkrivebeskyttelse) context.workbook.load("readOnly");
  const beskyttelse = context.workbook.protection.load("protected");
  const tjek = (): void => {
    if (kanSeSkrivebeskyttelse && context.workbook.readOnly) throw new ArbejdsbogFejl(SKRIVEBESKYTTET);
  };
  return Object.assign(tjek, {
    struktur(): void {
      if (beskyttelse.protected) throw new ArbejdsbogFejl(STRUKTUR_BESKYTTET);
    },
  });
}

/** Throws the Danish refusal for a sheet loaded with "name,protection/protected" that is protected. */
export function tjekArk(ws: Excel.Worksheet): void {
  if (ws.protection.protected) throw new ArbejdsbogFejl(arkBeskyttet(ws.name));
}
