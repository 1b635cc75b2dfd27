/** aabnNyProjektmappe: Excel.createWorkbook (ExcelApi 1.8) behind isSetSupported; without it nothing is done and the caller offers a download. */
import { lavArbejdsbog } from "../../src/excel";
import { lavFakeExcel } from "../../src/excel/fake";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { gyldigtSkema } from "../hjaelp/fixtur";

const XLSX = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 255, 128, 7]);

it("åbner filen som ny projektmappe med Excel.createWorkbook, når ExcelApi 1.8 findes", async () => {
  const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()), { excelApi: "1.8" });
  const opret = jest.fn(async (_b64: string) => undefined);
  const a = lavArbejdsbog(fake.run, { understoetter: fake.understoetter, opretProjektmappe: opret });
  expect(await a.aabnNyProjektmappe(XLSX)).toBe(true);
  expect(opret).toHaveBeenCalledTimes(1);
  expect(Buffer.from(opret.mock.calls[0][0], "base64")).toEqual(Buffer.from(XLSX));
});

it("gør intet og svarer false i en Excel uden ExcelApi 1.8", async () => {
  const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()), { excelApi: "1.7" });
  const opret = jest.fn(async (_b64: string) => undefined);
  const a = lavArbejdsbog(fake.run, { understoetter: fake.understoetter, opretProjektmappe: opret });
  expect(await a.aabnNyProjektmappe(XLSX)).toBe(false);
  expect(opret).not.toHaveBeenCalled();
});

it("en fejl fra Excel bliver en dansk ArbejdsbogFejl", async () => {
  const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
  const a = lavArbejdsbog(fake.run, {
    understoetter: fake.understoetter,
    opretProjektmappe: async () => {
      throw new Error("GeneralException");
    },
  });
  await expect(a.aabnNyProjektmappe(XLSX)).rejects.toMatchObject({ name: "ArbejdsbogFejl" });
  await expect(a.aabnNyProjektmappe(XLSX)).rejects.toThrow(/åbne takstbilaget som ny projektmappe/);
});

it("base64 af en stor fil (over 32 KB, i bidder) giver de samme bytes tilbage", async () => {
  const stor = new Uint8Array(200_000).map((_, i) => (i * 7) % 256);
  const opret = jest.fn(async (_b64: string) => undefined);
  const fake = lavFakeExcel(bygSnapshot(gyldigtSkema()));
  await lavArbejdsbog(fake.run, { understoetter: fake.understoetter, opretProjektmappe: opret }).aabnNyProjektmappe(
    stor,
  );
  expect(Buffer.from(opret.mock.calls[0][0], "base64").equals(Buffer.from(stor))).toBe(true);
});
