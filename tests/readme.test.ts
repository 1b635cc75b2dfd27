import { readFileSync } from "node:fs";
import { join } from "node:path";
import { GENEREREDE_FILER, nyFil, nyReadme, regelliste } from "../scripts/lav-readme";
import { REGEL_IDER } from "../src/core/regler/id";
import { ALLE_REGLER } from "../src/core/regler";
import { aftaleFor, regelKilde, STANDARD_PROFIL_ID } from "../src/core/profil/register";

const README = readFileSync(join(__dirname, "..", "README.md"), "utf8");

describe("README.md", () => {
  it("viser de to kommandoer efter npm install", () => {
    expect(README).toContain("npm install");
    expect(README).toContain("npm start");
    expect(README).toContain("npm test");
  });

  it("lister alle regler (de 44 fra regelkataloget og de tilføjede), genereret fra reglernes metadata", () => {
    const liste = regelliste();
    for (const id of REGEL_IDER) expect(liste).toContain(`\`${id}\``);
    expect(README).toContain(liste);
  });

  it("er opdateret: regellisten og CLI-eksemplet er som de genereres nu (kør npm run readme)", async () => {
    expect(await nyReadme(README)).toBe(README);
  });
});

describe("docs/", () => {
  const filer = Object.keys(GENEREREDE_FILER).filter((f) => f.startsWith("docs/"));

  it("har regelkataloget, arbejdsbogens kontrakt og kommandolinjens kontrakt", () => {
    expect(filer).toEqual(["docs/regler.md", "docs/skabelon.md", "docs/kommandolinje.md"]);
  });

  it.each(filer)("%s er opdateret (kør npm run readme)", async (fil) => {
    const tekst = readFileSync(join(__dirname, "..", fil), "utf8");
    expect(await nyFil(fil, tekst)).toBe(tekst);
  });

  it("regelkataloget har hver regel med alvor, §, beskrivelse og citat", () => {
    const katalog = readFileSync(join(__dirname, "..", "docs", "regler.md"), "utf8");
    for (const r of ALLE_REGLER) {
      const afsnit = katalog.slice(katalog.indexOf(`### \`${r.meta.id}\``)).split("\n### ")[0];
      expect(afsnit).toContain(`Standard-alvor **${r.meta.standardAlvor}**`);
      // The catalogue is the default profile's: its agreement's § and quotes.
      const kilde = regelKilde(aftaleFor(STANDARD_PROFIL_ID), r.meta.id);
      expect(afsnit).toContain(`§ ${kilde.paragraf ?? "—"}`);
      expect(afsnit).toContain(r.meta.beskrivelse);
      expect(afsnit).toContain(`> ${kilde.citat}`);
      // Issue 21 § 2: its named messages, and its first invalid test case as a verified example.
      for (const b of Object.keys(r.beskeder)) expect(afsnit).toContain(`\`${b}\``);
      expect(afsnit).toContain("Eksempel, verificeret af testen »");
    }
  });
});
