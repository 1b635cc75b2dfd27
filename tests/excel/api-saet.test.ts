/**
 * Issue 8 §1: every Office.js member the add-in uses, resolved with the TypeScript compiler
 * API against @types/office-js and its "[Api set: ExcelApi x.y]" tags (tests/excel/api-saet.ts).
 * A member above the manifest's minimum must stand behind an isSetSupported guard; the
 * manifest's minimum must be the highest set used without one; and the fake must refuse
 * every set above 1.1 the code uses (FAKE_MEDLEMMER_KRAEVER, checked against the tags).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import * as ts from "typescript";
import { FAKE_MEDLEMMER_KRAEVER } from "../../src/excel/fake";
import { analyser, saetForMedlem, sammenlign, type Brug } from "./api-saet";

jest.setTimeout(180_000);

const ROD = path.resolve(__dirname, "..", "..");
/** The code that runs against Office.js inside Excel (the fake is the test double, not the add-in). */
const MAPPER = ["src/excel", "src/taskpane"];
const PROEVE = path.join(ROD, "tests", "excel", "__api-proeve__.ts");
const PROEVE_KILDE = `
export async function udenVagt(context: Excel.RequestContext): Promise<void> {
  context.workbook.worksheets.getItem("A").getRange("A1").dataValidation.rule = { list: { inCellDropDown: true, source: "x" } };
  await context.sync();
}
export async function medVagt(context: Excel.RequestContext, understoetter: (s: string, v: string) => boolean): Promise<void> {
  if (understoetter("ExcelApi", "1.8")) context.workbook.worksheets.getItem("A").getRange("A1").dataValidation.clear();
  if (!Office.context.requirements.isSetSupported("ExcelApi", "1.9")) return;
  context.workbook.worksheets.onChanged.add(async () => undefined);
  await context.sync();
}
`;

function kildefiler(): string[] {
  return MAPPER.flatMap((d) =>
    fs
      .readdirSync(path.join(ROD, d), { recursive: true })
      .map((f) => path.join(ROD, d, String(f)))
      .filter((f) => /\.tsx?$/.test(f) && !f.split(path.sep).includes("fake")),
  );
}

let brug: Brug[];
let proeve: Brug[];
let program: ts.Program;

beforeAll(() => {
  const konfig = ts.getParsedCommandLineOfConfigFile(
    path.join(ROD, "tsconfig.json"),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, "\n"));
      },
    },
  )!;
  const vaert = ts.createCompilerHost(konfig.options);
  const hent = vaert.getSourceFile.bind(vaert);
  vaert.getSourceFile = (navn, sprog, ...rest) =>
    path.resolve(navn) === PROEVE ? ts.createSourceFile(navn, PROEVE_KILDE, sprog) : hent(navn, sprog, ...rest);
  const findes = vaert.fileExists.bind(vaert);
  vaert.fileExists = (navn) => path.resolve(navn) === PROEVE || findes(navn);
  const filer = kildefiler();
  program = ts.createProgram([...filer, PROEVE], konfig.options, vaert);
  brug = analyser(program, filer);
  proeve = analyser(program, [PROEVE]);
});

function manifestMinimum(): string {
  const m = /<Set Name="ExcelApi" MinVersion="(\d+\.\d+)"\/>/.exec(
    fs.readFileSync(path.join(ROD, "manifest.xml"), "utf8"),
  );
  if (!m) throw new Error('manifest.xml har intet <Set Name="ExcelApi" MinVersion=…/>');
  return m[1];
}

const vist = (b: Brug) => `${b.medlem} (ExcelApi ${b.saet}) i ${b.fil}:${b.linje}`;

describe("Office.js-medlemmer og deres API-sæt", () => {
  it("analysen finder et medlem uden vagt og kender en vagt (så testen kan fejle)", () => {
    const sted = (m: string) => proeve.filter((b) => b.medlem === m).map((b) => b.vagt);
    expect(sted("Range.dataValidation")).toEqual([null, "1.8"]);
    expect(sted("DataValidation.rule")).toEqual([null]);
    expect(sted("WorksheetCollection.onChanged")).toEqual(["1.9"]);
  });

  it("finder kodens brug af Office.js", () => {
    const medlemmer = new Set(brug.map((b) => b.medlem));
    for (const m of ["Range.values", "Worksheet.getUsedRangeOrNullObject", "WorksheetCollection.onChanged"])
      expect(medlemmer).toContain(m);
  });

  it("alle medlemmer over manifestets minimum står bag en isSetSupported-vagt, der dækker deres sæt", () => {
    const min = manifestMinimum();
    const uden = brug.filter((b) => sammenlign(b.saet, min) > 0 && (b.vagt === null || sammenlign(b.vagt, b.saet) < 0));
    expect(uden.map(vist)).toEqual([]);
  });

  it("manifestets <Requirements> er det højeste sæt, koden bruger uden vagt", () => {
    const udenVagt = brug.filter((b) => b.vagt === null).map((b) => b.saet);
    const hoejeste = udenVagt.sort(sammenlign)[udenVagt.length - 1];
    expect(manifestMinimum()).toBe(hoejeste);
  });

  it("fake'en kender sættet for hvert medlem over 1.1, koden bruger, som @types/office-js angiver det", () => {
    const brugt = new Map(brug.filter((b) => b.klasse && b.saet !== "1.1").map((b) => [b.medlem, b.saet]));
    expect(Object.fromEntries([...brugt].sort())).toEqual(
      Object.fromEntries(
        Object.keys(FAKE_MEDLEMMER_KRAEVER)
          .filter((m) => brugt.has(m))
          .sort()
          .map((m) => [m, FAKE_MEDLEMMER_KRAEVER[m]]),
      ),
    );
    for (const [medlem, saet] of Object.entries(FAKE_MEDLEMMER_KRAEVER)) {
      expect({ medlem, saet: saetForMedlem(program, medlem) }).toEqual({ medlem, saet });
    }
  });
});
