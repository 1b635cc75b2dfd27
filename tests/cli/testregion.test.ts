/**
 * The command line with a second region: the fictitious test region (tests/profil/testregion/),
 * registered through the register's hook, by id (--profil ID) and through a profile file that
 * extends it. Its findings cite its own sections, and the rule it turns off is not checked.
 */
import { rmSync, writeFileSync } from "fs";
import * as path from "path";
import { fejlSkema, koer, skrivSkema, tmpMappe } from "./hjaelp";
import { registrerTestregion } from "../profil/testregion";
import type { RegelId } from "../../src/core/regler/id";

const { profil, aftale } = registrerTestregion();
let mappe: string;

beforeAll(async () => {
  mappe = tmpMappe("cli-testregion");
  await skrivSkema(path.join(mappe, "fejl.xlsx"), fejlSkema());
  writeFileSync(
    path.join(mappe, "sekretariat.json"),
    JSON.stringify({ id: "sekretariat-2030", udvider: profil.id, takstaendring: { vaesentligPct: 2 } }),
  );
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

const i = (argv: string[]) => koer(argv, { cwd: mappe });

describe("takstskema valider med testregionen", () => {
  it("uden --profil: Nordjyllands § og alle regler", async () => {
    const r = await i(["valider", "fejl.xlsx"]);
    expect(r.stdout).toMatch(/^Profil: nordjylland-2025-2026 \(/);
    expect(r.stdout).toMatch(/\(§ 2\.2\.3, 5\.5\.2\) \[pladsaendring-uden-begrundelse\]/);
    expect(r.stdout).toContain("[pladsaendring-kraever-godkendelse]");
  });

  it("--profil ID: testregionens § og uden den slåede-fra regel", async () => {
    const r = await i(["valider", "--profil", profil.id, "fejl.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.kode).toBe(1);
    expect(r.stdout.startsWith(`Profil: ${profil.id} (`)).toBe(true);
    expect(r.stdout).toMatch(/ {4}Ydelser!P2 · A1-108 · .* \(§ 3\.2\) \[pladsaendring-uden-begrundelse\]/);
    expect(r.stdout).not.toContain("pladsaendring-kraever-godkendelse");
    expect(r.stdout).not.toContain("§ 2.2.3");
  });

  it("--format json: fundene bærer testregionens §", async () => {
    const r = await i(["valider", "--profil", profil.id, "--format", "json", "fejl.xlsx"]);
    const doc = JSON.parse(r.stdout) as { profil: string; filer: { fund: { regel: string; paragraf: string }[] }[] };
    expect(doc.profil).toBe(profil.id);
    const fund = doc.filer.flatMap((f) => f.fund);
    expect(fund.find((f) => f.regel === "pladsaendring-uden-begrundelse")?.paragraf).toBe("3.2");
    for (const f of fund) {
      expect(f.paragraf).toBe(aftale.regler[f.regel as RegelId].paragraf);
    }
    expect(fund.some((f) => f.regel === "pladsaendring-kraever-godkendelse")).toBe(false);
  });

  it("--profil fil.json, der udvider testregionen: arver dens aftale og den slåede-fra regel", async () => {
    const r = await i(["valider", "--profil", "sekretariat.json", "fejl.xlsx"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.startsWith("Profil: sekretariat-2030")).toBe(true);
    expect(r.stdout).toMatch(/\(§ 3\.2\) \[pladsaendring-uden-begrundelse\]/);
    expect(r.stdout).not.toContain("pladsaendring-kraever-godkendelse");
  });
});
