/**
 * Issue 16 item 3 (D1): a text outside the cells is capped at Excel's own limits while it is
 * streamed (a cell's 32.767 characters, a header's 255 per section), so a 12-million-character
 * header costs no more than a cell. A CPR number in the kept part is still found; a text
 * beyond the cap is reported (Excel never writes one, and the rest is not read).
 */
import { laesTekster, MAKS_SIDEHOVED, MAKS_TEKST } from "../../src/adapters/xlsx/tekster";
import regel from "../../src/core/regler/skema/persondata-cpr";
import { bygSnapshot } from "../hjaelp/snapshot-bygger";
import { koerRegel } from "../hjaelp/regeltester";
import { gyldigtSkema } from "../hjaelp/fixtur";
import { laesZip, postAf, skrivZip, udpak } from "../../scripts/lav-korpus";
import { laesXlsx, XlsxLaesefejl } from "../../src/adapters/xlsx/laes-xlsx";
import { readFileSync } from "fs";
import * as path from "path";

const WB = `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ydelser" sheetId="1" r:id="rId1"/></sheets></workbook>`;
const RELS = `<Relationships><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`;

function bog(ark: string): Uint8Array {
  return skrivZip([
    postAf("xl/workbook.xml", Buffer.from(WB)),
    postAf("xl/_rels/workbook.xml.rels", Buffer.from(RELS)),
    postAf("xl/worksheets/sheet1.xml", Buffer.from(ark)),
  ]);
}

const LANG = "\u0669".repeat(3_000_000);

it("et sidehoved på 3 mio. tegn læses kun til Excels grænse, CPR-nummeret i begyndelsen findes, og resten meldes", async () => {
  const ark = `<worksheet><sheetData/><headerFooter><oddHeader>&amp;Lcpr 010180-1234 ${LANG}</oddHeader><oddFooter>&amp;Cfod 020280-5678</oddFooter></headerFooter></worksheet>`;
  const t0 = performance.now();
  const tekster = await laesTekster(bog(ark), (n) => n);
  const ms = performance.now() - t0;
  const hoved = tekster.filter((t) => t.art === "sidehoved");
  expect(hoved.every((t) => t.tekst.length <= MAKS_SIDEHOVED)).toBe(true);
  expect(hoved.find((t) => t.tekst.includes("010180-1234"))?.afkortet).toBe(true);
  // The element is cut, its end is still found, and what follows in the element is lost only with the cut.
  const s = { ...bygSnapshot(gyldigtSkema()), tekster };
  const t1 = performance.now();
  const fund = koerRegel(regel, { navn: "sidehoved", skema: s });
  expect(performance.now() - t1 + ms).toBeLessThan(3000);
  const besked = fund.map((f) => f.besked);
  expect(besked.some((b) => b.startsWith("Arkets sidehoved eller sidefod ser ud til at indeholde et CPR-nummer"))).toBe(
    true,
  );
  expect(besked.some((b) => /^Arkets sidehoved eller sidefod er længere, end Excel tillader \(255 tegn/.test(b))).toBe(
    true,
  );
}, 30_000);

it("en datavalidering med en prompt på 3 mio. tegn: kappet, meldt, og sidehovedet efter den læses stadig", async () => {
  const ark = `<worksheet><sheetData/><dataValidations count="1"><dataValidation sqref="B2" prompt="Borger 030303-4321 ${LANG}"/></dataValidations><headerFooter><oddFooter>fod 020280-5678</oddFooter></headerFooter></worksheet>`;
  const tekster = await laesTekster(bog(ark), (n) => n);
  const dv = tekster.filter((t) => t.art === "datavalidering");
  expect(dv.length).toBeGreaterThan(0);
  expect(dv.every((t) => t.tekst.length <= MAKS_TEKST && t.celle === "B2")).toBe(true);
  expect(dv.some((t) => t.afkortet && t.tekst.includes("030303-4321"))).toBe(true);
  expect(tekster).toContainEqual({ art: "sidehoved", ark: "Ydelser", tekst: "fod 020280-5678" });
}, 30_000);

it("tekster inden for grænsen er ikke afkortet", async () => {
  const ark = `<worksheet><sheetData/><headerFooter><oddHeader>${"x".repeat(200)} 010180-1234</oddHeader></headerFooter></worksheet>`;
  const tekster = await laesTekster(bog(ark), (n) => n);
  expect(tekster).toEqual([{ art: "sidehoved", ark: "Ydelser", tekst: `${"x".repeat(200)} 010180-1234` }]);
});

// D2: many <sheet> entries pointing at one worksheet part.
describe("ark, der deler én regnearksdel", () => {
  const WB_DELT = `<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Ydelser" sheetId="1" r:id="rId1"/>${Array.from({ length: 50 }, (_, i) => `<sheet name="K${i}" sheetId="${i + 2}" r:id="rId1"/>`).join("")}</sheets></workbook>`;
  const delt = (): Buffer =>
    skrivZip([
      postAf("xl/workbook.xml", Buffer.from(WB_DELT)),
      postAf("xl/_rels/workbook.xml.rels", Buffer.from(RELS)),
      postAf(
        "xl/worksheets/sheet1.xml",
        Buffer.from(
          `<worksheet><sheetData/><headerFooter><oddHeader>fod 020280-5678</oddHeader></headerFooter></worksheet>`,
        ),
      ),
    ]);

  it("laesTekster læser delen én gang (under det første ark)", async () => {
    expect(await laesTekster(delt(), (n) => n)).toEqual([
      { art: "sidehoved", ark: "Ydelser", tekst: "fod 020280-5678" },
    ]);
  });

  it("laesXlsx afviser projektmappen som beskadiget, før ExcelJS læser den", async () => {
    const data = readFileSync(path.join(__dirname, "..", "..", "examples", "takstskema-eksempel.xlsx"));
    const poster = laesZip(data).map((p) =>
      p.navn === "xl/workbook.xml"
        ? postAf(
            p.navn,
            Buffer.from(
              udpak(p)
                .toString("utf8")
                .replace(
                  "</sheets>",
                  '<sheet sheetId="100" name="K1" r:id="rId5"/><sheet sheetId="101" name="K2" r:id="rId5"/></sheets>',
                ),
            ),
          )
        : p,
    );
    await expect(laesXlsx(skrivZip(poster))).rejects.toThrow(
      new XlsxLaesefejl(
        "Filen kunne ikke læses som .xlsx-projektmappe; den er beskadiget eller ufuldstændig (2 af arkene peger på et regneark i filen, som et andet ark også peger på; Excel gemmer aldrig en projektmappe sådan).",
      ),
    );
    // The unchanged example is read.
    await expect(laesXlsx(data)).resolves.toBeDefined();
  });
});
