/**
 * A rule's name in Danish words, for readers who should not meet rule IDs (the takstbilag
 * for DAS). Derived from the ID, which is Danish written without æ, ø and å; the exceptions
 * are listed, and a test spells out the name of every rule.
 */
import { REGEL_IDER, type RegelId } from "./id";

const ORD: Record<string, string> = {
  pct: "%",
  id: "ID",
  ata: "ATA",
  vfo: "VFO",
  cpr: "CPR",
  doegnkoefficient: "døgnkoefficient",
};

function ord(o: string): string {
  return ORD[o] ?? o.replace(/ae/g, "æ").replace(/oe/g, "ø").replace(/aa/g, "å");
}

/** Whole IDs whose words need more than the word list. */
const HELE: Record<string, string> = { "belaegning-over-100": "Belægning over 100 %" };

/** "takstaendring-uden-begrundelse" → "Takstændring uden begrundelse"; "ydelses-id-dublet" → "Ydelses-ID dublet". */
export function regelNavn(id: string): string {
  if (HELE[id]) return HELE[id];
  const dele = id.split("-").filter((d) => d !== "");
  let tekst = "";
  dele.forEach((d, i) => {
    tekst += i === 0 ? "" : d === "id" ? "-" : " ";
    tekst += ord(d);
  });
  return tekst.charAt(0).toUpperCase() + tekst.slice(1);
}

let efterNavn: Map<string, RegelId> | null = null;

/** The rule a Danish name stands for (as regelNavn writes it, any case); null for other text. */
export function regelIdFraNavn(navn: string): RegelId | null {
  if (!efterNavn) efterNavn = new Map(REGEL_IDER.map((id) => [regelNavn(id).toLowerCase(), id]));
  return efterNavn.get(navn.trim().toLowerCase()) ?? null;
}
