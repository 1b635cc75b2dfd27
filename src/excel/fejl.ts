/**
 * Every Office error becomes an ArbejdsbogFejl with a Danish message naming what failed
 * and Excel's error code; the original error stays in `aarsag` for support.
 */
import { ArbejdsbogFejl } from "../core";

const FORKLARING: Record<string, string> = {
  ItemNotFound: "et ark eller en tabel findes ikke (er det omdøbt eller slettet?)",
  ItemAlreadyExists: "der findes allerede et ark eller en tabel med det navn",
  AccessDenied: "arket eller projektmappen er beskyttet. Fjern beskyttelsen, og prøv igen",
  InvalidArgument: "Excel afviste en værdi eller en adresse",
  InvalidOperation: "handlingen er ikke mulig i projektmappen, som den er nu",
  InvalidOperationInCellEditMode: "du er ved at redigere en celle. Tryk Enter eller Esc, og prøv igen",
  InvalidReference: "en henvisning i projektmappen er ugyldig",
  ResponsePayloadSizeLimitExceeded: "projektmappen er for stor til at blive hentet på én gang i Excel på nettet",
  RequestPayloadSizeLimitExceeded: "der er for meget at skrive på én gang i Excel på nettet",
  RangeExceedsLimit: "området er for stort til, at Excel kan læse det",
  ApiNotFound: "denne version af Excel understøtter ikke funktionen",
  UnsupportedOperation: "denne version af Excel understøtter ikke funktionen",
  Conflict: "en anden ændrede projektmappen samtidig. Prøv igen",
  GeneralException: "der opstod en uventet fejl i Excel",
  PropertyNotLoaded: "intern fejl i tilføjelsesprogrammet (en egenskab blev læst uden at være hentet)",
  InvalidObjectPath: "intern fejl i tilføjelsesprogrammet (et objekt blev brugt efter det var væk)",
};

export function officeKode(e: unknown): string | undefined {
  const kode = (e as { code?: unknown } | null)?.code;
  return typeof kode === "string" && kode !== "" ? kode : undefined;
}

/** `hvad` completes "Excel kunne ikke …", e.g. "læse projektmappen". */
export function somArbejdsbogFejl(hvad: string, e: unknown): ArbejdsbogFejl {
  if (e instanceof ArbejdsbogFejl) return e;
  const kode = officeKode(e);
  if (!kode) {
    const besked = e instanceof Error ? e.message : String(e);
    return new ArbejdsbogFejl(`Excel kunne ikke ${hvad}: ${besked}`, e);
  }
  const forklaring = FORKLARING[kode] ?? "Excel meldte en fejl";
  return new ArbejdsbogFejl(`Excel kunne ikke ${hvad}: ${forklaring} (fejlkode ${kode}).`, e);
}
