import ExcelJS from "exceljs";
import { laesXlsx } from "../../../src/adapters/xlsx/laes-xlsx";
import { SKABELON_LAYOUT, skrivSkabelon } from "../../../src/adapters/xlsx/skriv-skabelon";
import { laesTakstskema } from "../../../src/core/reader/laes";
import { parseOmraade } from "../../../src/core/adresse";
import { cellFormula, cellValue, findSheet, type WorkbookSnapshot } from "../../../src/core/snapshot";
import {
  ALLE_TABELLER,
  STAMDATA_FELTER,
  TBL_TAKSTBILAG,
  TBL_TILLAEG,
  TBL_TILLAEGSBEREGNING,
  type TabelDef,
} from "../../../src/core/skema/tabeller";
import { standardValg } from "../../hjaelp/valider";

const SKABELON_TABELLER: TabelDef[] = ALLE_TABELLER.filter((t) => t !== TBL_TAKSTBILAG);

describe("skrivSkabelon", () => {
  let buf: Buffer;
  let snapshot: WorkbookSnapshot;

  beforeAll(async () => {
    buf = await skrivSkabelon({ takstaar: 2027, ...standardValg() });
    snapshot = await laesXlsx(buf);
  });

  it("starts with the instruction sheet, then the contract's sheets", () => {
    expect(snapshot.sheets.map((s) => s.name)).toEqual([
      "Vejledning",
      "Stamdata",
      "Ydelser",
      "Omkostninger",
      "Over- og underskud",
      "Tillægsydelser",
    ]);
    const vejledning = snapshot.sheets[0].values.map((r) => r[0]).join("\n");
    expect(vejledning).toContain("Takstskema for takstår 2027");
    expect(vejledning).toMatch(/CPR/);
    expect(vejledning).toMatch(/positive tal/);
    expect(vejledning).toMatch(/96 %/);
  });

  it.each(SKABELON_TABELLER.map((t) => [t.navn, t] as const))(
    "%s is a real table with the contract's headers in order",
    (navn, def) => {
      const t = snapshot.tables.find((x) => x.name === navn);
      expect(t).toBeDefined();
      expect(t!.sheet).toBe(def.ark);
      expect(t!.headerRowCount).toBe(1);
      const omr = parseOmraade(t!.ref)!;
      expect(omr.right - omr.left + 1).toBe(def.kolonner.length);
      const ark = findSheet(snapshot, def.ark)!;
      const overskrifter = def.kolonner.map((_, i) => cellValue(ark, omr.top, omr.left + i));
      expect(overskrifter).toEqual(def.kolonner.map((k) => k.label));
    },
  );

  it("pre-fills every Stamdata Felt and the Takstår", () => {
    const ark = findSheet(snapshot, "Stamdata")!;
    const top = SKABELON_LAYOUT.overskriftRaekke;
    STAMDATA_FELTER.forEach((f, i) => {
      expect(cellValue(ark, top + 1 + i, 1)).toBe(f.label);
      expect(cellValue(ark, top + 1 + i, 2)).toBe(f.key === "takstaar" ? 2027 : null);
    });
  });

  it("writes the formulas in the formula columns of the blank rows", () => {
    const r = SKABELON_LAYOUT.overskriftRaekke + 1;
    const omk = findSheet(snapshot, "Omkostninger")!;
    expect(cellFormula(omk, r, 13)).toBe(
      `=IF(A${r}="","",B${r}+D${r}+E${r}+F${r}+G${r}+H${r}-I${r}+J${r}+K${r}-L${r})`,
    );
    const till = findSheet(snapshot, "Tillægsydelser")!;
    expect(cellFormula(till, r, 7)).toBe(`=IF(C${r}="","",ROUND(C${r}*(1+D${r}+E${r}+F${r}),2))`);
    const v = SKABELON_LAYOUT.tillaegsberegningVenstre;
    const kol = (key: string) => v + TBL_TILLAEGSBEREGNING.kolonner.findIndex((k) => k.key === key);
    // regler.md 2026.3 item 11: the first matching row, U+00A0 as a space, trimmed, case-insensitive; no patterns.
    const n = (x: string) => `LOWER(TRIM(SUBSTITUTE(${x},"\u00a0"," ")))`;
    expect(cellFormula(till, r, kol("ataTimetakst"))).toBe(
      `=IF(O${r}="","",IFERROR(INDEX(tblTillaeg[[ATA-timetakst]],16777218-SUMPRODUCT(MAX((${n("tblTillaeg[[Personalekategori]]")}=${n(`O${r}`)})*(${n("tblTillaeg[[Tidsrum]]")}=${n(`P${r}`)})*(16777217-ROW(tblTillaeg[[Personalekategori]])+MIN(ROW(tblTillaeg[[Personalekategori]])))))),0))`,
    );
    expect(cellFormula(till, r, kol("ugepris"))).toBe(`=IF(R${r}="","",ROUND(Q${r}*R${r},2))`);
    expect(cellFormula(till, r, kol("uger"))).toBe(`=IF(T${r}="","",IF(U${r}="","",ROUND((U${r}-T${r}+1)/7,2)))`);
    expect(cellFormula(till, r, kol("samletPris"))).toBe(`=IF(S${r}="","",IF(V${r}="","",ROUND(S${r}*V${r},2)))`);
    // Only the functions docs/skabelon.md ("Formler") allows.
    for (const ark of snapshot.sheets) {
      for (const raekke of ark.formulas ?? []) {
        for (const f of raekke) {
          if (!f) continue;
          const funktioner = f.match(/[A-Z][A-Z0-9.]*(?=\()/g) ?? [];
          for (const fn of funktioner)
            expect([
              "SUM",
              "SUMIFS",
              "SUMPRODUCT",
              "MAX",
              "ROW",
              "MIN",
              "INDEX",
              "MATCH",
              "ROUND",
              "IF",
              "IFERROR",
              "LOWER",
              "TRIM",
              "SUBSTITUTE",
            ]).toContain(fn);
        }
      }
    }
    expect(TBL_TILLAEG.kolonner[6].key).toBe("ataTimetakst");
  });

  it("has dropdowns for every enum column, number formats, frozen headers, widths and notes", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf);
    const r = SKABELON_LAYOUT.overskriftRaekke + 1;
    const ydelser = wb.getWorksheet("Ydelser")!;
    expect(ydelser.getCell(`E${r}`).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Gennemsnitstakst,Basistakst,Ydelsestakst,Individuelt forhandlet,Enhedstakst,Trækningsret"'],
    });
    expect(ydelser.getCell(`F${r + 100}`).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Døgn,Dag,Time,Måned,År,Stk."'],
    });
    expect(ydelser.getCell(`G${r}`).dataValidation).toMatchObject({ type: "list" });
    expect(ydelser.getCell(`O${r}`).dataValidation).toMatchObject({ type: "list" });
    expect(ydelser.getCell(`J${r}`).numFmt).toBe("0.0%");
    expect(ydelser.getCell(`N${r}`).numFmt).toBe('#,##0.00 "kr."');
    expect(ydelser.getColumn(16).width).toBe(50);
    expect(ydelser.views[0]).toMatchObject({ state: "frozen", ySplit: SKABELON_LAYOUT.overskriftRaekke });
    expect(JSON.stringify(ydelser.getCell(`J${r - 1}`).note)).toContain("Budgetteret belægning");
    const till = wb.getWorksheet("Tillægsydelser")!;
    expect(till.getCell(`B${r}`).dataValidation).toMatchObject({
      type: "list",
      formulae: ['"Hverdag 06-17,Hverdag 17-23,Nat 23-06,Weekend og helligdag"'],
    });
    expect(till.getCell(`P${r}`).dataValidation).toMatchObject({ type: "list" });
    const stamdata = wb.getWorksheet("Stamdata")!;
    const nytTilbud = SKABELON_LAYOUT.overskriftRaekke + 1 + STAMDATA_FELTER.findIndex((f) => f.key === "nytTilbud");
    expect(stamdata.getCell(`B${nytTilbud}`).dataValidation).toMatchObject({ type: "list", formulae: ['"Ja,Nej"'] });
  });

  it("reads back with laesTakstskema: every table found as a table, no missing columns", () => {
    const skema = laesTakstskema(snapshot);
    expect(skema.type).toBe("takstskema");
    expect(skema.problemer.filter((p) => p.art === "kolonne-mangler" || p.art === "tabel-mangler")).toEqual([]);
    for (const t of [
      skema.ydelser,
      skema.omkostninger,
      skema.resultater,
      skema.tillaeg,
      skema.tillaegFastPris,
      skema.tillaegsberegning,
    ]) {
      expect(t).not.toBeNull();
      expect(t!.kilde).toBe("tabel");
      expect(t!.manglendeKolonner).toEqual([]);
      expect(t!.raekker).toEqual([]);
    }
    expect(skema.stamdata?.tabel?.kilde).toBe("tabel");
    expect(skema.stamdata?.felter.takstaar.vaerdi).toBe(2027);
  });
});
