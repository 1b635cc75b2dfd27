/** What DAS reads on the takstbilag's Oversigt (issue 17 § 3). */
import ExcelJS from "exceljs";
import { skrivBilag, type BilagRaekke } from "../../../src/adapters/xlsx/skriv-bilag";
import { standardBilag } from "../../hjaelp/valider";
import { bilagInput } from "../../../src/adapters/xlsx/bilag-dele";
import { profilOgAftale, STANDARD_PROFIL_ID } from "../../../src/core";

function raekke(over: Partial<BilagRaekke>): BilagRaekke {
  return {
    driftsherre: "Brønderslev Kommune",
    tilbud: "Lyngbo",
    ydelsesId: "L1",
    ydelse: "Botilbud",
    paragraf: "SEL § 108",
    takstenhed: "Døgn",
    pladserSidsteAar: 10,
    pladser: 10,
    takstSidsteAar: 2000,
    takst: 2040,
    belaegning: 0.96,
    aarsag: null,
    bemaerkninger: null,
    status: "OK",
    fund: [],
    ...over,
  };
}

/** Every non-empty row of Oversigt as its cells' text. */
async function oversigtTekst(raekker: BilagRaekke[]): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await skrivBilag({ raekker, fund: [], takstaar: 2026, ...standardBilag() }));
  const ws = wb.getWorksheet("Oversigt")!;
  const ud: string[][] = [];
  ws.eachRow((row) => {
    const v: string[] = [];
    row.eachCell((c) => {
      const x = c.value as ExcelJS.CellValue;
      if (x !== null && x !== undefined) v.push(typeof x === "object" && "result" in x ? String(x.result) : String(x));
    });
    ud.push(v);
  });
  return ud;
}

describe("driftsherrens summer sammenligner det samme", () => {
  it("en takst uden Takst sidste år (#REF!) er udeladt af begge års summer, og rækken siger det", async () => {
    const linjer = await oversigtTekst([
      raekke({ ydelsesId: "L1", takstSidsteAar: 2000, takst: 2040 }),
      // 6,7 mio. kr. this year and nothing last year: the sum would rise far more than 2 %.
      raekke({ ydelsesId: "L2", takstSidsteAar: null, takst: 1900, pladser: 10 }),
    ]);
    const linje = linjer.find((l) => l[0] === "Brønderslev Kommune")!;
    // Takster 2, OK 2, Advarsel 0, Fejl 0, Pladser 10 → 10, then the like-with-like income.
    expect(linje.slice(1, 7)).toEqual(["2", "2", "0", "0", "10", "10"]);
    const gl = 2000 * 10 * 0.96 * 365;
    expect(Number(linje[7])).toBeCloseTo(gl, 2);
    expect(Number(linje[8])).toBeCloseTo(gl * 1.02, 2);
    expect(Number(linje[9])).toBeCloseTo(0.02, 6);
    expect(linje[10]).toBe("1 takst uden tal for begge år");
  });

  it("ingen takst med tal for begge år: ingen procent", async () => {
    const linjer = await oversigtTekst([raekke({ takstSidsteAar: "#REF!", pladserSidsteAar: null })]);
    const linje = linjer.find((l) => l[0] === "Brønderslev Kommune")!;
    expect(linje).toEqual([
      "Brønderslev Kommune",
      "1",
      "1",
      "0",
      "0",
      "0",
      "0",
      "0",
      "0",
      "1 takst uden tal for begge år",
    ]);
  });
});

describe("Oversigtens indledning", () => {
  it("nævner profilen med dens navn, ikke dens id (DAS læser ord)", async () => {
    const valg = profilOgAftale(STANDARD_PROFIL_ID);
    const input = bilagInput([], [], valg);
    expect(input.profil).toBe(valg.profil.navn);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await skrivBilag({ ...input, raekker: [raekke({})], takstaar: 2026 }));
    const intro = String(wb.getWorksheet("Oversigt")!.getRow(2).getCell(1).value);
    expect(intro).toMatch(
      /^1 takst fra 1 driftsherre\. Dannet .* efter Nordjysk Socialaftale – Styringsaftale 2025-2026\./,
    );
    expect(intro).not.toContain(STANDARD_PROFIL_ID);
  });
});
