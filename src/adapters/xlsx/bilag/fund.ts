/** Sheet Fund: every finding and every unreadable file, for the sekretariat (not part of DAS' print). */
import { omraadeA1 } from "../../../core/adresse";
import { formaterTal } from "../../../core/format";
import { aftaleFor, STANDARD_PROFIL_ID } from "../../../core/profil/register";
import type { TabelDef } from "../../../core/skema/tabeller";
import type { StroemBog } from "../stroem";
import { hoejde } from "../tekstmaal";
import { sidefod, sideopsaetning } from "../udskrift";
import { navn, saetBredder, skrivOverskrift, titelCelle, TOP_OMBRYD } from "./layout";
import type { BilagFund, BilagInput } from "./typer";

/** The Fund sheet's table (not part of the takstskema contract). */
export const TBL_FUND = {
  navn: "tblFund",
  ark: "Fund",
  kolonner: [
    { key: "fil", label: "Fil", type: "tekst", bredde: 26 },
    { key: "ark", label: "Ark", type: "tekst", bredde: 13 },
    { key: "celle", label: "Celle", type: "tekst", bredde: 7 },
    { key: "ydelsesId", label: "Ydelses-ID", type: "id", bredde: 10 },
    { key: "regel", label: "Regel", type: "tekst", bredde: 24 },
    { key: "alvor", label: "Alvor", type: "tekst", bredde: 9.5 },
    { key: "paragraf", label: "§", type: "tekst", bredde: 9.5 },
    { key: "besked", label: "Besked", type: "tekst", bredde: 70 },
  ],
} as const satisfies TabelDef;

const ALVOR_TEKST: Record<BilagFund["alvor"], string> = { fejl: "Fejl", advarsel: "Advarsel", info: "Info" };
const ALVOR_ORDEN: Record<BilagFund["alvor"], number> = { fejl: 0, advarsel: 1, info: 2 };

export function skrivFund(bog: StroemBog, input: BilagInput, titel: string, dato: Date): void {
  const def = TBL_FUND;
  const top = 2;
  const ws = bog.wb.addWorksheet(def.ark, {
    properties: { tabColor: { argb: "FFC00000" } },
    views: [{ state: "frozen", xSplit: 0, ySplit: top, topLeftCell: "A3", activeCell: "A3" }],
    pageSetup: sideopsaetning(`${top}:${top}`),
    headerFooter: sidefod(titel, dato),
  });
  const bredder = def.kolonner.map((c) => c.bredde);
  saetBredder(ws, bredder);
  const fund = [...input.fund].sort(
    // File paths in plain code-point order (Danish collation would put "aa" after "ø").
    (a, b) => (a.fil < b.fil ? -1 : a.fil > b.fil ? 1 : 0) || ALVOR_ORDEN[a.alvor] - ALVOR_ORDEN[b.alvor],
  );
  const ulaeselige = input.ulaeseligeFiler ?? [];
  const antal = fund.length + ulaeselige.length;

  const t = ws.getRow(1);
  titelCelle(
    ws,
    t,
    `${titel}: fund til sekretariatet (${formaterTal(antal)}), ikke en del af takstbilaget til ${input.godkender ?? aftaleFor(STANDARD_PROFIL_ID).godkender}`,
    input.takstaarNote,
    bredder,
  );
  skrivOverskrift(ws.getRow(top), def, bredder);

  let nr = top;
  const skriv = (v: (string | null)[]) => {
    const row = ws.getRow(++nr);
    v.forEach((x, i) => {
      const c = row.getCell(i + 1);
      c.value = x;
      c.alignment = TOP_OMBRYD;
    });
    row.height = hoejde(v.map((x, i) => [x, bredder[i]]));
    row.commit();
  };
  for (const f of fund)
    skriv([
      f.fil,
      f.ark,
      f.celle,
      f.ydelsesId ?? null,
      navn(f.regel),
      ALVOR_TEKST[f.alvor] ?? f.alvor,
      f.paragraf ? `§ ${f.paragraf}` : null,
      f.besked,
    ]);
  for (const u of ulaeselige) skriv([u.fil, null, null, null, "Filen kan ikke læses", "Fejl", null, u.aarsag]);
  bog.tabel(ws, {
    navn: def.navn,
    ref: omraadeA1({ top, left: 1, bottom: top + Math.max(1, antal), right: def.kolonner.length }),
    kolonner: def.kolonner.map((c) => c.label),
  });
  ws.commit();
}
