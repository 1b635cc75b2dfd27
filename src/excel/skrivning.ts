/** What the adapter writes with, in one module that arbejdsbog.ts loads at the first write. */
export { skrivProfil } from "./profil";
export { indsaetSkabelon, tilfoejManglendeTabeller } from "./skabelon";
export { fortryd, indsaetTillaegsberegning, markerStatus, skrivRapport, tilfoejTimetakst } from "./skriv";
