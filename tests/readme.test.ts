import { readFileSync } from "node:fs";
import { join } from "node:path";
import { nyReadme, regelliste } from "../scripts/lav-readme";
import { REGEL_IDER } from "../src/core/regler/id";

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
