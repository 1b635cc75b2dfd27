/**
 * Issue 20 § 1: "Eller skriv tallene selv" leads somewhere. A Personalekategori/Tidsrum pair
 * the table over ATA-timetakster lacks is added with the typed numbers and the template's
 * ATA-timetakst formula (in the first empty row, else a row added the documented way), in 3
 * syncs; Fortryd puts it back; a pair already there is refused.
 */
import { parseOmraade } from "../../src/core/adresse";
import { TBL_TILLAEG, TBL_TILLAEGSBEREGNING } from "../../src/core/skema/tabeller";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { cellFormula, cellNumberFormat, cellValue, findSheet } from "../../src/core/snapshot";
import { laesTakstskema } from "../../src/core/reader/laes";
import { tillaegRaekkeForPar } from "../../src/core/regler/tillaeg/hjaelp/sats";
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { arbejdsbogFejl, fuldArbejdsbog } from "./hjaelp";

const RAEKKE = ["Pædagogisk assistent", "Nat 23-06", 190, 0.33, 0.4, 0.05];

const NY = {
  personalekategori: "Pædagogisk assistent",
  tidsrum: "Nat 23-06",
  timeomkostning: 190,
  fravaer: 0.33,
  doegnkoefficient: 0.4,
  vfo: 0.05,
};

describe("tilfoejTimetakst", () => {
  it("med en tabel under sig: en hel arkrække inde i tabellen; formlerne følger med; Fortryd sletter rækken", async () => {
    // fuldArbejdsbog: the sheet's tables one below the other; the one under tblTillaeg is wider.
    const fake = lavFakeExcel(fuldArbejdsbog(3));
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const foer = fake.snapshot();
    const ref = (s: typeof foer, navn: string) => parseOmraade(s.tables.find((t) => t.name === navn)!.ref)!;
    const t0 = ref(foer, TBL_TILLAEG.navn);
    const b0 = ref(foer, TBL_TILLAEGSBEREGNING.navn);
    const sted = await bog.tilfoejTimetakst(NY);
    expect(fake.syncs()).toBe(3);
    expect(sted.fortrydelse.tilfoejetRaekke?.helArkRaekke).toBe(true);
    const efter = fake.snapshot();
    const ark = findSheet(efter, "Tillægsydelser")!;
    const r = t0.bottom;
    expect(sted).toEqual(expect.objectContaining({ ark: "Tillægsydelser", celle: `A${r}` }));
    expect(ref(efter, TBL_TILLAEG.navn)).toEqual({ ...t0, bottom: t0.bottom + 1 });
    expect(ref(efter, TBL_TILLAEGSBEREGNING.navn)).toEqual({ ...b0, top: b0.top + 1, bottom: b0.bottom + 1 });
    expect([1, 2, 3, 4, 5, 6].map((c) => cellValue(ark, r, c))).toEqual(RAEKKE);
    expect(cellFormula(ark, r, 7)).toBe(`=IF(C${r}="","",ROUND(C${r}*(1+D${r}+E${r}+F${r}),2))`);
    expect(cellNumberFormat(ark, r, 4)).toBe("0.0%");
    // The row that was last moved down one (formulas follow, tests/excel/fake-raekker.test.ts).
    const foerArk = findSheet(foer, "Tillægsydelser")!;
    expect([1, 2, 3].map((c) => cellValue(ark, r + 1, c))).toEqual([1, 2, 3].map((c) => cellValue(foerArk, r, c)));
    // The reader and the pane's lookup find the pair now.
    const raekker = laesTakstskema(efter).tillaeg!.raekker;
    expect(tillaegRaekkeForPar(raekker, "pædagogisk assistent", "Nat 23-06")).not.toBeNull();

    await bog.fortryd(sted.fortrydelse);
    expect(fake.syncs()).toBe(5);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("uden noget under sig: rows.add og så rækkens celler; Fortryd sletter tabelrækken", async () => {
    const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), tillaegsberegning: null, tillaegFastPris: null }));
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const foer = fake.snapshot();
    const t0 = parseOmraade(foer.tables.find((t) => t.name === TBL_TILLAEG.navn)!.ref)!;
    const sted = await bog.tilfoejTimetakst(NY);
    expect(fake.syncs()).toBe(3);
    expect(sted.fortrydelse.tilfoejetRaekke).toMatchObject({ tabel: TBL_TILLAEG.navn });
    expect(sted.fortrydelse.tilfoejetRaekke?.helArkRaekke).toBeUndefined();
    const ark = findSheet(fake.snapshot(), "Tillægsydelser")!;
    expect(sted.celle).toBe(`A${t0.bottom + 1}`);
    expect([1, 2, 3, 4, 5, 6].map((c) => cellValue(ark, t0.bottom + 1, c))).toEqual(RAEKKE);
    await bog.fortryd(sted.fortrydelse);
    expect(fake.syncs()).toBe(5);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("fylder skabelonens første tomme række og lægger den tilbage med Fortryd", async () => {
    const fake = lavFakeExcel({ sheets: [{ name: "Andet", top: 1, left: 1, values: [["x"]] }], tables: [] });
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    await bog.indsaetSkabelon(2026);
    const foer = fake.snapshot();
    const syncs = fake.syncs();
    const sted = await bog.tilfoejTimetakst(NY);
    expect(sted.celle).toBe("A3");
    expect(sted.fortrydelse.tilfoejetRaekke).toBeUndefined();
    await bog.fortryd(sted.fortrydelse);
    expect(fake.syncs() - syncs).toBe(3 + 2);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("nægter en kombination, der allerede står i tabellen (uanset store bogstaver og mellemrum)", async () => {
    const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    const skema = laesTakstskema(fake.snapshot());
    const r = skema.tillaeg!.raekker[0];
    const foer = fake.snapshot();
    const fejl = await arbejdsbogFejl(
      bog.tilfoejTimetakst({
        ...NY,
        personalekategori: ` ${String(r.personalekategori.raa).toUpperCase()} `,
        tidsrum: String(r.tidsrum.raa),
      }),
    );
    expect(fejl.message).toMatch(
      /står allerede i tabellen over ATA-timetakster på arket Tillægsydelser \(række \d+\)\. Intet er ændret\.$/,
    );
    expect(fejl.message).not.toMatch(/tbl/i);
    expect(fake.snapshot()).toEqual(foer);
  });

  it("nægter uden tabellen over ATA-timetakster", async () => {
    const fake = lavFakeExcel(bygSnapshot({ ...gyldigtSkema(), tillaeg: null }));
    const bog = lavArbejdsbog(fake.run, { understoetter: fake.understoetter });
    expect((await arbejdsbogFejl(bog.tilfoejTimetakst(NY))).message).toMatch(
      /^Projektmappen har ingen tabel med ATA-timetakster \(på arket Tillægsydelser\)/,
    );
  });
});
