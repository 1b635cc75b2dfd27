/** Sheet Fund: every finding and every unreadable file, for the sekretariat (not part of DAS' print). */
import {
  ALVOR_ORDEN,
  BILAG_FUND_KOLONNER,
  formaterTal,
  FUND_OVERSKRIFT,
  fundCeller,
  omraadeA1,
  type TabelDef,
  ulaeseligRaekke,
} from "../../../core";
import type { StroemBog } from "../stroem";
import { hoejde } from "../tekstmaal";
import { sidefod, sideopsaetning } from "../udskrift";
import { saetBredder, skrivOverskrift, titelCelle, TOP_OMBRYD } from "./layout";
import type { BilagInput } from "./typer";

/** The Fund sheet's table (not part of the takstskema contract): the core's columns (src/core/rapport/). */
export const TBL_FUND: TabelDef = {
  navn: "tblFund",
  ark: "Fund",
  kolonner: BILAG_FUND_KOLONNER.map((k) => ({
    key: k.kolonne,
    label: FUND_OVERSKRIFT[k.kolonne],
    type: k.kolonne === "ydelsesId" ? "id" : "tekst",
    bredde: k.bredde,
  })),
};

export function skrivFund(bog: StroemBog, input: BilagInput, titel: string, dato: Date): void {
  const def = TBL_FUND;
  const top = 2;
  const ws = bog.wb.addWorksheet(def.ark, {
    properties: { tabColor: { argb: "FFC00000" } },
    views: [{ state: "frozen", xSplit: 0, ySplit: top, topLeftCell: "A3", activeCell: "A3" }],
    pageSetup: sideopsaetning(`${top}:${top}`),
    headerFooter: sidefod(titel, dato),
  });
  const bredder = def.kolonner.map((c) => c.bredde ?? 10);
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
    `${titel}: fund til sekretariatet (${formaterTal(antal)}), ikke en del af takstbilaget til ${input.godkender}`,
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
  for (const f of fund) skriv(fundCeller(BILAG_FUND_KOLONNER, f));
  for (const u of ulaeselige) skriv(fundCeller(BILAG_FUND_KOLONNER, ulaeseligRaekke(u.fil, u.aarsag)));
  bog.tabel(ws, {
    navn: def.navn,
    ref: omraadeA1({ top, left: 1, bottom: top + Math.max(1, antal), right: def.kolonner.length }),
    kolonner: def.kolonner.map((c) => c.label),
  });
  ws.commit();
}
