/**
 * Issue 16 item 3: a few kB of zip that cost ExcelJS minutes or the whole heap, checked on
 * the zip before ExcelJS sees it (src/adapters/xlsx/zip-graenser.ts). The corpus files
 * (scripts/lav-korpus.ts) run through the real CLI in tests/korpus/korpus.test.ts; here the
 * check itself, fast, with the edges: what Excel writes passes, one step further is refused.
 */
import { readFileSync } from "fs";
import JSZip from "jszip";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { XlsxLaesefejl } from "../../src/adapters/xlsx/signatur";
import { tjekZipGraenser, XlsxGraenseFejl, zipPoster, type XlsxGraenser } from "../../src/adapters/xlsx/zip-graenser";
import { KORPUS_MAPPE, laesZip, lavKorpus, postAf, skrivZip, udpak, type ZipPost } from "../../scripts/lav-korpus";
import { lavEksempel } from "../../scripts/lav-eksempler";
import { xlsxGraenser } from "../../src/cli/filer";

const BESKADIGET = /^Filen kunne ikke læses som \.xlsx-projektmappe; den er beskadiget eller ufuldstændig/;
const UOVERENS = /zip-filens indholdsfortegnelse passer ikke med filen: antal poster eller placeringer er forkerte/;

let eksempel: ZipPost[];

beforeAll(async () => {
  eksempel = laesZip(await lavEksempel("takstskema-eksempel.xlsx"));
});

/** The example with one part's text changed. */
function med(navn: string, aendr: (xml: string) => string): Buffer {
  return skrivZip(
    eksempel.map((p) => (p.navn === navn ? postAf(navn, Buffer.from(aendr(udpak(p).toString("utf8")), "utf8")) : p)),
  );
}
/** The example with `xml` at the end of Over- og underskud's sheetData, or right after it. */
const iArkdata = (xml: string): Buffer =>
  med("xl/worksheets/sheet4.xml", (x) => x.replace("</sheetData>", `${xml}</sheetData>`));
const efterArkdata = (xml: string): Buffer =>
  med("xl/worksheets/sheet4.xml", (x) => x.replace("</sheetData>", `</sheetData>${xml}`));

async function afvisning(data: Buffer, g: Partial<XlsxGraenser> = {}): Promise<Error | undefined> {
  try {
    await tjekZipGraenser(data, g);
    return undefined;
  } catch (e) {
    return e as Error;
  }
}

describe("korpusfilerne afvises på zip-filen, før ExcelJS får dem", () => {
  const FORVENTET: [string, typeof XlsxLaesefejl, RegExp][] = [
    ["zip-nul-poster.xlsx", XlsxLaesefejl, UOVERENS],
    ["zip-lokkedue.xlsx", XlsxLaesefejl, UOVERENS],
    [
      "flet-hele-arket.xlsx",
      XlsxGraenseFejl,
      /over 2\.000\.000 celler og rækker, når hver flettet celle regnes som to/,
    ],
    ["mange-fletninger.xlsx", XlsxGraenseFejl, /arkene har over 5\.000 flettede områder/],
    ["kolonne-20-mio.xlsx", XlsxLaesefejl, /har kolonne nummer 20\.000\.000; et regneark har kolonnerne 1 til 16\.384/],
    [
      "raekke-2-mia.xlsx",
      XlsxLaesefejl,
      /har rækkenummer 2\.000\.000\.000; et regneark har rækkerne 1 til 1\.048\.576/,
    ],
    ["delte-tekster-5-mio.xlsx", XlsxGraenseFejl, /xl\/sharedStrings\.xml indeholder over 2\.000\.000 tekster/],
    ["typografier-5-mio.xlsx", XlsxGraenseFejl, /xl\/styles\.xml indeholder over 500\.000 formater/],
    ["navn-hele-arket.xlsx", XlsxGraenseFejl, /navngivne områder dækker sammen med arkenes celler over 2\.000\.000/],
  ];
  let filer: Record<string, string>;
  beforeAll(async () => {
    filer = await lavKorpus(
      KORPUS_MAPPE,
      FORVENTET.map(([n]) => n),
    );
  }, 120_000);

  it.each(FORVENTET)("%s", async (navn, klasse, besked) => {
    const t0 = performance.now();
    const fejl = await afvisning(readFileSync(filer[navn]));
    // Seconds at most (the 80 MB of shared strings stop being read at 2 mio.; 1,7 s on an idle machine).
    expect(performance.now() - t0).toBeLessThan(20_000);
    expect(fejl).toBeInstanceOf(klasse);
    expect(fejl!.message).toMatch(besked);
  });

  it("JSZip læser virkelig bomben i begge zip-filer (så budgettet skal se den)", async () => {
    for (const navn of ["zip-nul-poster.xlsx", "zip-lokkedue.xlsx"]) {
      const zip = await JSZip.loadAsync(readFileSync(filer[navn]));
      const ark = zip.file("xl/worksheets/sheet2.xml") as unknown as { _data: { uncompressedSize: number } };
      expect(ark._data.uncompressedSize).toBeGreaterThan(50 * 1024 * 1024);
    }
  });
});

describe("zip-filen læses, som JSZip læser den", () => {
  it("eksemplet, også med en zip-kommentar, passerer", async () => {
    const b = skrivZip(eksempel);
    await expect(tjekZipGraenser(b)).resolves.toBeUndefined();
    const kommentar = Buffer.from("Gemt af et andet program");
    const medKommentar = Buffer.concat([b, kommentar]);
    medKommentar.writeUInt16LE(kommentar.length, b.length - 2);
    await expect(tjekZipGraenser(medKommentar)).resolves.toBeUndefined();
  });

  it("slutpostens antal skal passe med posterne (0, én for lidt, forskel på disk og i alt)", async () => {
    const b = skrivZip(eksempel);
    const n = b.readUInt16LE(b.length - 12);
    for (const [herFelt, iAlt] of [
      [0, 0],
      [n - 1, n - 1],
      [n, n - 1],
      [n - 1, n],
    ]) {
      const c = Buffer.from(b);
      c.writeUInt16LE(herFelt, c.length - 14);
      c.writeUInt16LE(iAlt, c.length - 12);
      const fejl = await afvisning(c);
      expect(fejl).toBeInstanceOf(XlsxLaesefejl);
      expect(fejl!.message).toMatch(UOVERENS);
    }
  });

  it("bytes foran zip-filen (JSZip forskyder alle placeringer) afvises", async () => {
    const fejl = await afvisning(Buffer.concat([Buffer.alloc(100), skrivZip(eksempel)]));
    expect(fejl!.message).toMatch(UOVERENS);
  });

  it("den sidste slutpost i filen gælder, også i kommentaren; ligger den for sent, er filen beskadiget", async () => {
    const b = skrivZip(eksempel);
    const kommentar = Buffer.from("xxPK\u0005\u0006", "latin1");
    const c = Buffer.concat([b, kommentar]);
    c.writeUInt16LE(kommentar.length, b.length - 2);
    const fejl = await afvisning(c);
    expect(fejl).toBeInstanceOf(XlsxLaesefejl);
    expect(fejl!.message).toMatch(/zip-filens indholdsfortegnelse er ødelagt/);
  });

  it("zipPoster giver de samme poster som JSZip for eksemplet", async () => {
    const b = skrivZip(eksempel);
    const jszip = await JSZip.loadAsync(b);
    expect(zipPoster(b).map((p) => p.navn)).toEqual(Object.keys(jszip.files));
  });
});

describe("arkets rækker, kolonner, celler og fletninger ligger i Excels gitter", () => {
  it("det yderste, Excel skriver, passerer", async () => {
    await expect(
      tjekZipGraenser(iArkdata('<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>')),
    ).resolves.toBeUndefined();
    await expect(
      tjekZipGraenser(
        med("xl/worksheets/sheet4.xml", (x) =>
          x.replace(/<cols>.*?<\/cols>/, '<cols><col min="1" max="16384"/></cols>'),
        ),
      ),
    ).resolves.toBeUndefined();
    await expect(
      tjekZipGraenser(
        efterArkdata('<mergeCells count="2"><mergeCell ref="A100:P100"/><mergeCell ref="C5"/></mergeCells>'),
      ),
    ).resolves.toBeUndefined();
  });

  it.each([
    ['<row r="1048577"/>', /rækkenummer 1\.048\.577/],
    ['<row r="0"/>', /rækkenummer 0/],
    ['<row r="200"><c r="XFE200"/></row>', /kolonne nummer 16\.385/],
    ['<row r="200"><c r="A1048577"/></row>', /rækkenummer 1\.048\.577/],
    // What the XML parser hands ExcelJS: character references decoded, a ">" in quotes inside the tag.
    ['<row r="&#50;000000000"/>', /rækkenummer 2\.000\.000\.000/],
    ['<row spans=">" r="2000000000"/>', /rækkenummer 2\.000\.000\.000/],
    ["<row r = '2000000000' />", /rækkenummer 2\.000\.000\.000/],
    ['<x:row r="2000000000"/>', /rækkenummer 2\.000\.000\.000/],
  ])("%s afvises", async (xml, besked) => {
    const fejl = await afvisning(iArkdata(xml));
    expect(fejl).toBeInstanceOf(XlsxLaesefejl);
    expect(fejl!.message).toMatch(BESKADIGET);
    expect(fejl!.message).toMatch(/delen xl\/worksheets\/sheet4\.xml har /);
    expect(fejl!.message).toMatch(besked);
  });

  it("et element med over 2.048 tegns egenskaber afvises (ingen række skjules bag polstring)", async () => {
    const fejl = await afvisning(iArkdata(`<row x="${"a".repeat(3000)}" r="2000000000"/>`));
    expect(fejl).toBeInstanceOf(XlsxLaesefejl);
    expect(fejl!.message).toMatch(/har et <row>-element med over 2\.048 tegns egenskaber/);
  });

  it.each([
    ['<cols><col min="1" max="16385"/></cols>', /kolonne nummer 16\.385/],
    ['<cols><col min="20000000" max="1"/></cols>', /kolonne nummer 20\.000\.000/],
  ])("%s afvises", async (cols, besked) => {
    const fejl = await afvisning(med("xl/worksheets/sheet4.xml", (x) => x.replace(/<cols>.*?<\/cols>/, cols)));
    expect(fejl!.message).toMatch(besked);
  });

  it("en fletning uden for gitteret afvises; en stor flettet flade tæller dobbelt i cellebudgettet", async () => {
    expect((await afvisning(efterArkdata('<mergeCells><mergeCell ref="A1:XFE2"/></mergeCells>')))!.message).toMatch(
      /kolonne nummer 16\.385/,
    );
    // 16 × 62.500 = 1.000.000 merged cells: twice that, with the example's own cells, is over 2.000.000.
    const stor = await afvisning(efterArkdata('<mergeCells><mergeCell ref="A1:P62500"/></mergeCells>'));
    expect(stor).toBeInstanceOf(XlsxGraenseFejl);
    expect((stor as XlsxGraenseFejl).graense).toBe("maksCeller");
    expect(stor!.message).toMatch(/over 2\.000\.000 celler og rækker, når hver flettet celle regnes som to/);
    await expect(
      tjekZipGraenser(efterArkdata('<mergeCells><mergeCell ref="A1:P50000"/></mergeCells>')),
    ).resolves.toBeUndefined();
  });

  it("antallet af fletninger har sit eget budget (maksFletninger, TAKSTSKEMA_MAKS_FLETNINGER)", async () => {
    const fletninger = (n: number): string =>
      `<mergeCells>${Array.from({ length: n }, (_, i) => `<mergeCell ref="A${100 + i}:B${100 + i}"/>`).join("")}</mergeCells>`;
    await expect(tjekZipGraenser(efterArkdata(fletninger(5000)))).resolves.toBeUndefined();
    const fejl = await afvisning(efterArkdata(fletninger(5001)));
    expect(fejl).toBeInstanceOf(XlsxGraenseFejl);
    expect((fejl as XlsxGraenseFejl).graense).toBe("maksFletninger");
    await expect(tjekZipGraenser(efterArkdata(fletninger(5001)), { maksFletninger: 6000 })).resolves.toBeUndefined();
  });
});

describe("navne (definedName) tæller de celler, de dækker", () => {
  const medNavn = (tekst: string): Buffer =>
    med("xl/workbook.xml", (x) =>
      x.replace("</sheets>", `</sheets><definedNames><definedName name="N">${tekst}</definedName></definedNames>`),
    );
  it("et navn over en tabel passerer; et over hele arket eller skjult bag kommentarer og referencer afvises", async () => {
    await expect(tjekZipGraenser(medNavn("Ydelser!$A$1:$P$1000"))).resolves.toBeUndefined();
    await expect(tjekZipGraenser(medNavn("Stamdata!$A$1:$XFD$1048576"))).rejects.toThrow(XlsxGraenseFejl);
    await expect(tjekZipGraenser(medNavn("Stamdata!$A$1<!-- x -->:$XFD$1048576"))).rejects.toThrow(/navngivne områder/);
    await expect(tjekZipGraenser(medNavn("Stamdata!$A$1&#58;$XFD$1048576"))).rejects.toThrow(/navngivne områder/);
    // Two names of 1,1 mio. cells each: together over the budget.
    await expect(tjekZipGraenser(medNavn("Stamdata!$A$1:$A$1048576,Stamdata!$B$1:$B$1048576"))).rejects.toThrow(
      /navngivne områder/,
    );
  });
  it("et udskriftsområde over hele arket tæller ikke (ExcelJS gør det til sideopsætning)", async () => {
    const data = med("xl/workbook.xml", (x) =>
      x.replace(
        "</sheets>",
        '</sheets><definedNames><definedName name="_xlnm.Print_Area" localSheetId="0">Stamdata!$A$1:$XFD$1048576</definedName></definedNames>',
      ),
    );
    await expect(tjekZipGraenser(data)).resolves.toBeUndefined();
    const t0 = performance.now();
    await laesXlsx(data);
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it("et navn på over 65.536 tegn afvises", async () => {
    const fejl = await afvisning(medNavn("A".repeat(70_000)));
    expect(fejl).toBeInstanceOf(XlsxLaesefejl);
    expect(fejl!.message).toMatch(/delen xl\/workbook\.xml har et navn \(<definedName>\) på over 65\.536 tegn/);
  });
});

describe("delte tekster og formater har et budget", () => {
  it("xl/sharedStrings.xml: højst maksCeller tekster og tekststykker", async () => {
    const data = med("xl/sharedStrings.xml", (x) =>
      x.replace("</sst>", "<si><r><t>a</t></r></si>".repeat(1000) + "</sst>"),
    );
    // 105 strings + 1.000 × (si + r) = 2.105.
    await expect(tjekZipGraenser(data, { maksCeller: 2105 })).resolves.toBeUndefined();
    const fejl = await afvisning(data, { maksCeller: 2104 });
    expect(fejl).toBeInstanceOf(XlsxGraenseFejl);
    expect(fejl!.message).toBe(
      "Projektmappen er for stor til at blive kontrolleret: delen xl/sharedStrings.xml indeholder over 2.104 tekster og tekststykker. Gem filen igen i Excel.",
    );
  });

  it("xl/styles.xml: højst en fjerdedel af maksCeller elementer", async () => {
    const data = med("xl/styles.xml", (x) => x.replace("</cellXfs>", "<xf/>".repeat(2000) + "</cellXfs>"));
    await expect(tjekZipGraenser(data, { maksCeller: 10_000 })).resolves.toBeUndefined();
    const fejl = await afvisning(data, { maksCeller: 8000 });
    expect(fejl).toBeInstanceOf(XlsxGraenseFejl);
    expect(fejl!.message).toMatch(/delen xl\/styles\.xml indeholder over 2\.000 formater og formatdele/);
  });
});

it("laesXlsx læser stadig eksemplet og et ark med en fletning og kolonnebredder til XFD", async () => {
  const data = med("xl/worksheets/sheet4.xml", (x) =>
    x
      .replace(/<cols>.*?<\/cols>/, '<cols><col min="1" max="16384" width="9"/></cols>')
      .replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A20:D20"/></mergeCells>'),
  );
  const s = await laesXlsx(data);
  expect(s.sheets.find((a) => a.name === "Over- og underskud")!.merges).toEqual(["A20:D20"]);
});

it("TAKSTSKEMA_MAKS_FLETNINGER stiller fletningsbudgettet; en ugyldig værdi er en dansk fejl", () => {
  expect(xlsxGraenser({ TAKSTSKEMA_MAKS_FLETNINGER: "6000" })).toEqual({ maksFletninger: 6000 });
  expect(() => xlsxGraenser({ TAKSTSKEMA_MAKS_FLETNINGER: "1,5" })).toThrow(
    'Miljøvariablen TAKSTSKEMA_MAKS_FLETNINGER skal være et helt antal flettede områder over 0 (fik "1,5").',
  );
  expect(() => xlsxGraenser({ TAKSTSKEMA_MAKS_CELLER: "mange" })).toThrow(
    'Miljøvariablen TAKSTSKEMA_MAKS_CELLER skal være et helt antal celler over 0 (fik "mange").',
  );
});
