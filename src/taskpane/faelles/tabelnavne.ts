/**
 * The pane names a table by what it holds and where it stands ("tabellen over ATA-timetakster på
 * arket Tillægsydelser"), never by its Excel name (tblTillaeg): issue 20 § 2.
 */
import { ALLE_TABELLER, TABEL_INDHOLD } from "../../core";

// The same words as the Office adapter's messages (core/skema/tabelord.ts).
const INDHOLD = TABEL_INDHOLD;

function opremsning(dele: readonly string[]): string {
  return dele.length <= 1 ? dele.join("") : `${dele.slice(0, -1).join(", ")} og ${dele[dele.length - 1]}`;
}

/**
 * "tabellen over over- og underskud på arket Over- og underskud og tabellerne over ATA-timetakster
 * og beregnede tillægsydelser på arket Tillægsydelser": grouped by the template's sheet, in order.
 */
export function tabellerTekst(navne: readonly string[]): string {
  const grupper = new Map<string, string[]>();
  const ukendte: string[] = [];
  for (const navn of navne) {
    const def = ALLE_TABELLER.find((t) => t.navn.toLowerCase() === navn.toLowerCase());
    const indhold = INDHOLD[navn.toLowerCase()];
    if (!def || !indhold) {
      ukendte.push(`tabellen ${navn}`);
      continue;
    }
    grupper.set(def.ark, [...(grupper.get(def.ark) ?? []), indhold]);
  }
  const dele = [...grupper].map(
    ([ark, indhold]) =>
      `${indhold.length === 1 ? "tabellen" : "tabellerne"} over ${opremsning(indhold)} på arket ${ark}`,
  );
  return opremsning([...dele, ...ukendte]);
}

/** The same with a capital first letter, to start a sentence. */
export function TabellerTekst(navne: readonly string[]): string {
  const t = tabellerTekst(navne);
  return t.charAt(0).toUpperCase() + t.slice(1);
}
