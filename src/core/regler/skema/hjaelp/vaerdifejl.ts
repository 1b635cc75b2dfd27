/** Why a value could not be read, in Danish (felt-ugyldig-vaerdi): from the reader's facts. */
import type { VaerdiFejl } from "../../../model";
import type { Kolonnetype } from "../../../skema/tabeller";

/** A value of the column's type, as the message's example. */
function eksempel(type: Kolonnetype): string {
  switch (type) {
    case "penge":
      return "1234,50 (kr.)";
    case "heltal":
      return "2026";
    case "pct":
      return "96 %";
    default:
      return "12";
  }
}

/** The reason and what to do, e.g. `"ti" er ikke et tal. Skriv et tal, fx 12.`; `vist` is the cell as kortVist shows it. */
export function vaerdiFejlTekst(fejl: VaerdiFejl, vist: string): string {
  switch (fejl.art) {
    case "excel-fejl":
      return `Cellen viser Excel-fejlen ${fejl.fejl}. Ret formlen eller skriv værdien direkte.`;
    case "ulaeseligt-indhold":
      return "Cellens indhold kan ikke læses.";
    case "ikke-i-listen":
      return `"${vist}" er ikke en af de tilladte værdier: ${fejl.tilladte.join(", ")}.`;
    case "ugyldig-dato":
      return `${vist} er ikke en gyldig dato.`;
    case "ikke-en-dato":
      return `"${vist}" er ikke en dato. Skriv datoen som dato, fx 01-02-2026.`;
    case "ikke-endeligt-tal":
      return "Cellen indeholder ikke et endeligt tal.";
    case "ikke-et-tal":
      return `"${vist}" er ikke et tal. Skriv et tal, fx ${eksempel(fejl.forventet)}.`;
    case "procent-i-talkolonne":
      return `"${vist}" er en procent, men kolonnen skal have ${eksempel(fejl.forventet)}.`;
    case "ikke-helt-tal":
      return `${vist} skal være et helt tal.`;
    case "for-stort":
      return `${vist} er for stort.`;
  }
}
