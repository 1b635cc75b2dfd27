/**
 * Issue 9 item 2: the zip cell budget counted only parts named exactly
 * xl/worksheets/<name>.xml, but JSZip resolves "." and "//" segments and reads the name from
 * the LOCAL header, ExcelJS drops a leading "/" and takes any name containing
 * xl/worksheets/sheetN.xml as a worksheet. A part must be counted under the name ExcelJS sees.
 * (The full-size files, 15 mio. cells each, are in the hostile corpus: delnavn-*.xlsx.)
 */
import * as zlib from "zlib";
import ExcelJS from "exceljs";
import { ejsNavn, tjekZipGraenser, XlsxGraenseFejl, zipPoster } from "../../src/adapters/xlsx/zip-graenser";
import { laesZip, postAf, skrivZip, type ZipPost } from "../../scripts/lav-korpus";
import { lavEksempel } from "../../scripts/lav-eksempler";

/** A zip (deflated parts) with an optional different central-directory name per part. */
function zip(poster: { navn: string; data: Buffer; centralNavn?: string }[]): Buffer {
  return skrivZip(
    poster.map((p) => ({ ...postAf(p.navn, p.data), ...(p.centralNavn ? { centralNavn: p.centralNavn } : {}) })),
  );
}

const udpak = (p: ZipPost): Buffer => (p.metode === 8 ? zlib.inflateRawSync(p.data) : p.data);
const ARK = (celler: number): Buffer =>
  Buffer.from(`<worksheet><sheetData><row r="1">${"<c/>".repeat(celler)}</row></sheetData></worksheet>`);

let eksempel: { navn: string; data: Buffer }[];
let budget: number;

beforeAll(async () => {
  eksempel = laesZip(await lavEksempel("takstskema-eksempel.xlsx"))
    .filter((p) => !p.navn.endsWith("/"))
    .map((p) => ({ navn: p.navn, data: udpak(p) }));
  // The example's own cells and rows, counted as the check counts them; 1.000 more are allowed.
  const egne = eksempel
    .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p.navn))
    .reduce((n, p) => n + (p.data.toString().match(/<(c|row)[\s/>]/g) ?? []).length, 0);
  budget = egne + 1000;
  await expect(
    tjekZipGraenser(zip(eksempel), { maksUdpakketBytes: 1e9, maksXmlBytes: 1e9, maksCeller: budget }),
  ).resolves.toBeUndefined();
});

it("navne normaliseres som JSZip og ExcelJS gør", () => {
  const n = (s: string): string => ejsNavn(Buffer.from(s));
  expect(n("xl/worksheets/sheet1.xml")).toBe("xl/worksheets/sheet1.xml");
  expect(n("xl/./worksheets/sheet9.xml")).toBe("xl/worksheets/sheet9.xml");
  expect(n("xl//worksheets/sheet9.xml")).toBe("xl/worksheets/sheet9.xml");
  expect(n("/xl/worksheets/sheet9.xml")).toBe("xl/worksheets/sheet9.xml");
  expect(n("xl/media/../worksheets/sheet9.xml")).toBe("xl/worksheets/sheet9.xml");
  expect(n("xl/worksheets/sheet9.xml.bak")).toBe("xl/worksheets/sheet9.xml.bak");
});

describe.each([
  ["xl/worksheets/sheet9.xml.bak", undefined],
  ["xl/./worksheets/sheet9.xml", undefined],
  ["/xl/worksheets/sheet9.xml", undefined],
  ["xl//worksheets/sheet9.xml", undefined],
  ["backup/xl/worksheets/sheet9.xml", undefined],
  ["xl/worksheets/sheet9.xml", "docProps/thumbnail.bin"],
])("delen %s (indholdsfortegnelsen: %s)", (navn, centralNavn) => {
  it("tælles med i cellebudgettet", async () => {
    const data = zip([...eksempel, { navn, data: ARK(5000), ...(centralNavn ? { centralNavn } : {}) }]);
    const fejl = await tjekZipGraenser(data, { maksUdpakketBytes: 1e9, maksXmlBytes: 1e9, maksCeller: budget }).catch(
      (e: unknown) => e,
    );
    expect(fejl).toBeInstanceOf(XlsxGraenseFejl);
    expect((fejl as XlsxGraenseFejl).graense).toBe("maksCeller");
  });

  it("og ExcelJS læser den virkelig som et ark (så den skal tælles)", async () => {
    const data = zip([...eksempel, { navn, data: ARK(3), ...(centralNavn ? { centralNavn } : {}) }]);
    const wb = new ExcelJS.Workbook();
    const xlsx = wb.xlsx as unknown as { _processWorksheetEntry: (...a: unknown[]) => Promise<void> };
    const set: string[] = [];
    const org = xlsx._processWorksheetEntry.bind(xlsx);
    xlsx._processWorksheetEntry = async (...a: unknown[]) => {
      set.push(String(a[4]));
      return org(...a);
    };
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
    expect(set).toContain(zipPoster(new Uint8Array(data)).at(-1)!.navn);
  });
});

it("en del, ExcelJS ikke læser som ark, tæller ikke (men dens størrelse gør)", async () => {
  const data = zip([...eksempel, { navn: "docProps/thumbnail.bin", data: ARK(5000) }]);
  await expect(
    tjekZipGraenser(data, { maksUdpakketBytes: 1e9, maksXmlBytes: 1e9, maksCeller: budget }),
  ).resolves.toBeUndefined();
  await expect(
    tjekZipGraenser(data, { maksUdpakketBytes: 1e9, maksXmlBytes: 10_000, maksCeller: budget }),
  ).rejects.toThrow(/delen docProps\/thumbnail\.bin fylder/);
});
