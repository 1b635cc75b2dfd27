import * as fs from "node:fs";
import * as path from "node:path";
import { validerManifestTekst } from "../../scripts/manifest-validering";

const ROD = path.resolve(__dirname, "../..");
const manifest = fs.readFileSync(path.join(ROD, "manifest.xml"), "utf8");

/** Værdien af en ressource i <Resources> ud fra dens id. */
function ressource(id: string): string | undefined {
  const m = new RegExp(`<bt:(?:String|Url|Image) id="${id.replace(/\./g, "\\.")}" DefaultValue="([^"]*)"`).exec(
    manifest,
  );
  return m?.[1];
}

describe("manifest.xml", () => {
  it("er gyldigt efter OfficeAppManifestV1_1.xsd (offline)", async () => {
    const resultat = await validerManifestTekst(manifest);
    expect(resultat.fejl).toEqual([]);
    expect(resultat.gyldig).toBe(true);
  });

  it("afvises, når et element står forkert (så kontrollen kan fejle)", async () => {
    // <Permissions> skal stå efter <DefaultSettings>; flyttet foran er rækkefølgen brudt.
    const permissions = "  <Permissions>ReadWriteDocument</Permissions>\n";
    expect(manifest).toContain(permissions);
    const brudt = manifest.replace(permissions, "").replace("  <DefaultSettings>", permissions + "  <DefaultSettings>");
    expect(brudt).not.toEqual(manifest);
    const resultat = await validerManifestTekst(brudt, "brudt.xml");
    expect(resultat.gyldig).toBe(false);
    expect(resultat.fejl.some((f) => /Permissions|DefaultSettings/.test(f.besked))).toBe(true);
  });

  it("afvises med en ugyldig tilladelse og et for langt ressource-id", async () => {
    const forkertTilladelse = manifest.replace(">ReadWriteDocument<", ">ReadWriteEverything<");
    expect((await validerManifestTekst(forkertTilladelse)).gyldig).toBe(false);
    const langtId = manifest.replace(/Takstskema\.Aabn\.Label/g, "Takstskema.Aabn.Label.Meget.Meget.Lang");
    expect((await validerManifestTekst(langtId)).gyldig).toBe(false);
  });

  it("er et opgaverude-tilføjelsesprogram til Excel på dansk", () => {
    expect(manifest).toMatch(/<OfficeApp[^>]*xsi:type="TaskPaneApp"/);
    expect(manifest).toContain('<Host Name="Workbook"/>');
    expect(manifest).toContain("<Permissions>ReadWriteDocument</Permissions>");
    expect(manifest).toContain("<DefaultLocale>da-DK</DefaultLocale>");
    expect(manifest).toContain('<DisplayName DefaultValue="Takstskema"/>');
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1\.7"\/>/);
    expect(manifest).toMatch(/<Id>[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}<\/Id>/);
    expect(manifest).not.toContain("<Runtimes");
  });

  it("har gruppen Takstskema på fanen Hjem med én knap, der åbner ruden", () => {
    expect(manifest).toMatch(/<OfficeTab id="TabHome">\s*<Group id="Takstskema\.Group">/);
    expect(ressource("Takstskema.Group.Label")).toBe("Takstskema");

    const knapper = [...manifest.matchAll(/<Control xsi:type="Button" id="([^"]+)">([\s\S]*?)<\/Control>/g)];
    expect(knapper.map((k) => k[1])).toEqual(["Takstskema.AabnButton"]);

    const [aabn] = knapper.map((k) => k[2]);
    expect(ressource(/<Label resid="([^"]+)"/.exec(aabn)![1])).toBe("Åbn Takstskema");
    expect(aabn).toMatch(/<Action xsi:type="ShowTaskpane">[\s\S]*<SourceLocation resid="([^"]+)"/);
    expect(ressource(/<SourceLocation resid="([^"]+)"/.exec(aabn)![1])).toBe("https://localhost:3000/taskpane.html");
    // No second "Valider" that would do nothing while the pane is open, and no function file
    // (README, "Båndet": a shared runtime is not in every supported Excel).
    expect(manifest).not.toContain("ExecuteFunction");
    expect(manifest).not.toContain("<FunctionFile");

    // Hjælpetekst på dansk.
    expect(ressource(/<Description resid="([^"]+)"/.exec(aabn)![1])).toMatch(/opgaveruden/);
  });

  it("peger kun på ikoner, der findes i assets/ i den angivne størrelse", () => {
    const adresser = [...manifest.matchAll(/"https:\/\/localhost:3000\/assets\/([^"]+\.png)"/g)].map((m) => m[1]);
    expect(adresser.length).toBeGreaterThan(0);
    for (const navn of new Set(adresser)) {
      const fil = path.join(ROD, "assets", navn);
      expect(fs.existsSync(fil)).toBe(true);
      const png = fs.readFileSync(fil);
      const stoerrelse = Number(/-(\d+)\.png$/.exec(navn)![1]);
      // IHDR: bredde og højde som 32-bit big-endian på byte 16 og 20.
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([stoerrelse, stoerrelse]);
    }
  });

  it("peger kun på sider i assets/, der findes", () => {
    const sider = [...manifest.matchAll(/"https:\/\/localhost:3000\/assets\/([^"]+\.html)"/g)].map((m) => m[1]);
    expect(sider).toContain("hjaelp.html");
    for (const navn of sider) expect(fs.existsSync(path.join(ROD, "assets", navn))).toBe(true);
  });

  it("bruger https://localhost:3000/ til alle sine adresser (omskrives ved produktionsbygning)", () => {
    const adresser = [...manifest.matchAll(/https?:\/\/[^"<\s]+/g)]
      .map((m) => m[0])
      .filter((a) => !a.startsWith("http://schemas.microsoft.com/") && !a.startsWith("http://www.w3.org/"));
    expect(adresser.length).toBeGreaterThan(5);
    for (const a of adresser) expect(a).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });
});
