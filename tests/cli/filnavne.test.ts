/** Every output names files as given (relative) or by their last part, never by the machine's absolute path (issue 7 § 4). */
import { readFileSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { visningAf } from "../../src/cli/filer";
import { fejlSkema, koer, okSkema, skrivSkema, tmpMappe } from "./hjaelp";

let cwd: string;
let ude: string;

beforeAll(async () => {
  cwd = tmpMappe("filnavne-cwd");
  ude = tmpMappe("filnavne-ude");
  await skrivSkema(path.join(cwd, "inde", "aalborg.xlsx"), fejlSkema());
  const hjoerring = okSkema();
  hjoerring.stamdata = {
    ...hjoerring.stamdata,
    driftsherre: "Hjørring Kommune",
    tilbud: "Kysthuset",
    tilbudsportalId: "2",
  };
  await skrivSkema(path.join(ude, "indsendt", "hjoerring.xlsx"), hjoerring);
  writeFileSync(path.join(ude, "indsendt", "defekt.xlsx"), "ikke et regneark\n");
});

afterAll(() => {
  rmSync(cwd, { recursive: true, force: true });
  rmSync(ude, { recursive: true, force: true });
});

/** Every text in a workbook: cell values of every sheet. */
async function tekster(fil: string): Promise<string> {
  const s = await laesXlsx(readFileSync(fil));
  return JSON.stringify(s.sheets.map((a) => a.values));
}

/** The temporary folders' common root: no output may contain it. */
const rod = () => path.dirname(cwd);

describe("filnavne i uddata", () => {
  it("visningAf: relativ som givet; absolut inde i arbejdsmappen relativt; ellers kun sidste del", () => {
    expect(visningAf(path.join("indsendt", "a.xlsx"), "/x/y")).toBe(path.join("indsendt", "a.xlsx"));
    expect(visningAf(path.join("..", "a.xlsx"), "/x/y")).toBe(path.join("..", "a.xlsx"));
    expect(visningAf(path.resolve("/x/y/indsendt/a.xlsx"), path.resolve("/x/y"))).toBe(path.join("indsendt", "a.xlsx"));
    expect(visningAf(path.resolve("/hjem/sekretariat/indsendt"), path.resolve("/x/y"))).toBe("indsendt");
  });

  it("bilag med absolutte stier: skærm, Fund-arket og hele takstbilaget nævner kun filnavne", async () => {
    const args = [
      "bilag",
      path.join(cwd, "inde", "aalborg.xlsx"),
      path.join(ude, "indsendt"),
      path.join(ude, "findes-ikke.xlsx"),
      "--ud",
      path.join(cwd, "bilag.xlsx"),
    ];
    const r = await koer(args, { cwd });
    expect(r.kode).toBe(2);
    const alt = r.stdout + r.stderr + (await tekster(path.join(cwd, "bilag.xlsx")));
    expect(alt).not.toContain(rod());
    expect(r.stdout).toContain(`${path.join("inde", "aalborg.xlsx")}: `);
    expect(r.stdout).toContain(`${path.join("indsendt", "hjoerring.xlsx")}: `);
    expect(r.stdout).toContain(`${path.join("indsendt", "defekt.xlsx")}: kunne ikke læses`);
    expect(r.stdout).toContain("findes-ikke.xlsx: kunne ikke læses");
    expect(r.stdout).toContain("Takstbilaget er skrevet til bilag.xlsx:");
    const fund = await tekster(path.join(cwd, "bilag.xlsx"));
    expect(fund).toContain(JSON.stringify(path.join("inde", "aalborg.xlsx")));
    expect(fund).toContain(JSON.stringify(path.join("indsendt", "defekt.xlsx")));
  });

  it("valider --format json og --rapport med absolutte stier", async () => {
    const rapport = path.join(cwd, "rapport.xlsx");
    const r = await koer(["valider", path.join(ude, "indsendt"), "--format", "json", "--rapport", rapport], { cwd });
    expect(r.kode).toBe(2);
    const doc = JSON.parse(r.stdout) as { filer: { fil: string }[] };
    expect(doc.filer.map((f) => f.fil)).toEqual([
      path.join("indsendt", "defekt.xlsx"),
      path.join("indsendt", "hjoerring.xlsx"),
    ]);
    expect(r.stdout + r.stderr + (await tekster(rapport))).not.toContain(rod());
    expect(r.stderr).toContain("Rapporten er skrevet til rapport.xlsx.");
  });

  it("en fil, der ikke kan skrives, nævnes ved navn, ikke ved sti", async () => {
    const r = await koer(["skabelon", "--ud", path.join(ude, "mangler", "skabelon.xlsx")], { cwd });
    expect(r.kode).toBe(2);
    expect(r.stderr).toBe("takstskema: Filen skabelon.xlsx kunne ikke skrives: mappen findes ikke.\n");
  });
});
