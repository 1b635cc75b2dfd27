/**
 * A finding about the whole tilbud (Ydelses-ID "*" in the skema) reads "hele tilbuddet" in the
 * terminal and in the letter to the driftsherre, not "ydelse *" (gennemgang, h23).
 */
import { readFileSync, readdirSync, rmSync } from "fs";
import * as path from "path";
import { ydelsesIdTekst } from "../../src/core/format";
import { koer, tmpMappe } from "./hjaelp";

const LYNGBO = path.join(__dirname, "..", "..", "examples", "indsendt", "region-nordjylland-lyngbo.xlsx");
let mappe: string;

beforeAll(() => {
  mappe = tmpMappe("cli-hele-tilbuddet");
});
afterAll(() => rmSync(mappe, { recursive: true, force: true }));

it("ydelsesIdTekst: * er hele tilbuddet, andre ID'er er sig selv", () => {
  expect(ydelsesIdTekst("*")).toBe("hele tilbuddet");
  expect(ydelsesIdTekst(" * ")).toBe("hele tilbuddet");
  expect(ydelsesIdTekst("LY-B107-1")).toBe("LY-B107-1");
});

it("valider og brevet siger hele tilbuddet om fundet i Over- og underskud!E3", async () => {
  const r = await koer(["valider", LYNGBO, "--tilbagemelding", "breve"], { cwd: mappe });
  expect(r.stdout).toContain("    Over- og underskud!E3 · hele tilbuddet · Der står stadig");
  expect(r.stdout).not.toContain(" · * · ");
  const [brev] = readdirSync(path.join(mappe, "breve"));
  const tekst = readFileSync(path.join(mappe, "breve", brev), "utf8");
  expect(tekst).toContain("Ark Over- og underskud, celle E3 (hele tilbuddet): Der står stadig");
  expect(tekst).toContain("Ark Over- og underskud, celle E2 (ydelse LY-B107-1): ");
  expect(tekst).not.toContain("ydelse *");
});
