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
import { laesZip, type ZipPost } from "../../scripts/lav-korpus";
import { lavEksempel } from "../../scripts/lav-eksempler";

/** A zip (deflated parts) with an optional different central-directory name per part. */
function zip(poster: { navn: string; data: Buffer; centralNavn?: string }[]): Buffer {
  const dele: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const p of poster) {
    const d = zlib.deflateRawSync(p.data);
    const navn = Buffer.from(p.navn);
    const cNavn = Buffer.from(p.centralNavn ?? p.navn);
    const l = Buffer.alloc(30);
    l.writeUInt32LE(0x04034b50, 0);
    l.writeUInt16LE(20, 4);
    l.writeUInt16LE(8, 8);
    l.writeUInt32LE(zlib.crc32(p.data) >>> 0, 14);
    l.writeUInt32LE(d.length, 18);
    l.writeUInt32LE(p.data.length, 22);
    l.writeUInt16LE(navn.length, 26);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(zlib.crc32(p.data) >>> 0, 16);
    c.writeUInt32LE(d.length, 20);
    c.writeUInt32LE(p.data.length, 24);
    c.writeUInt16LE(cNavn.length, 28);
    c.writeUInt32LE(offset, 42);
    dele.push(l, navn, d);
    central.push(c, cNavn);
    offset += 30 + navn.length + d.length;
  }
  const cd = Buffer.concat(central);
  const e = Buffer.alloc(22);
  e.writeUInt32LE(0x06054b50, 0);
  e.writeUInt16LE(poster.length, 8);
  e.writeUInt16LE(poster.length, 10);
  e.writeUInt32LE(cd.length, 12);
  e.writeUInt32LE(offset, 16);
  return Buffer.concat([...dele, cd, e]);
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
