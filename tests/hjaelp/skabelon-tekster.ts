/** The words a written template shows: the Vejledning sheet's lines, every note and every validation message. */
import ExcelJS from "exceljs";

export interface SkabelonTekster {
  vejledning: string[];
  noter: string[];
  valideringer: string[];
}

export async function skabelonTekster(buf: Buffer | Uint8Array): Promise<SkabelonTekster> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as Buffer);
  const ud: SkabelonTekster = { vejledning: [], noter: [], valideringer: [] };
  wb.eachSheet((ws) =>
    ws.eachRow((r) =>
      r.eachCell({ includeEmpty: true }, (c) => {
        if (ws.name === "Vejledning") ud.vejledning.push(String(c.value));
        if (c.note) ud.noter.push(typeof c.note === "string" ? c.note : JSON.stringify(c.note));
        if (c.dataValidation?.error) ud.valideringer.push(c.dataValidation.error);
      }),
    ),
  );
  return ud;
}

/** Every section a text names: "§ 5.3.1" → "5.3.1", "bilag 2" → "bilag 2" (law references too: "SEL § 108" → "108"). */
export function afsnitI(tekster: readonly string[]): Set<string> {
  const ud = new Set<string>();
  for (const t of tekster) for (const m of t.matchAll(/§ (\d+(?:\.\d+)*)|(bilag \w+)/g)) ud.add(m[1] ?? m[2]);
  return ud;
}
