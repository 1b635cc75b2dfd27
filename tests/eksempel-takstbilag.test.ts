/** The bundled takstbilag example: built by the CLI from five distinct tilbud in examples/indsendt/ (issue 7 § 4). */
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { laesXlsx } from "../src/adapters/xlsx/laes-xlsx";
import { main } from "../src/cli/main";
import { laesTakstskema } from "../src/core/reader/laes";
import { cellValue, findSheet, type WorkbookSnapshot } from "../src/core/snapshot";
import { INDSENDT_MAPPE, INDSENDTE, TAKSTBILAG_EKSEMPEL, indsendtSnapshot } from "../scripts/lav-eksempler";
import { tmpMappe } from "./cli/hjaelp";

const ROD = join(__dirname, "..");
const MAPPE = join(ROD, "examples", INDSENDT_MAPPE);

const norm = (v: unknown) => (v === undefined || v === "" ? null : v);
const raekkerAf = (s: WorkbookSnapshot) =>
  laesTakstskema(s).takstbilag!.raekker.map((r) => [
    r.driftsherre.vaerdi,
    r.tilbud.vaerdi,
    r.ydelsesId.vaerdi,
    r.takst.vaerdi?.toString() ?? null,
    r.status.vaerdi,
    r.fund.vaerdi,
  ]);

describe("takstbilag-eksempel.xlsx", () => {
  it("examples/indsendt/ er det, generatoren laver nu (kør npm run examples)", async () => {
    expect(readdirSync(MAPPE).sort()).toEqual(Object.keys(INDSENDTE).sort());
    for (const navn of Object.keys(INDSENDTE)) {
      const fil = await laesXlsx(readFileSync(join(MAPPE, navn)));
      for (const ark of indsendtSnapshot(navn).sheets) {
        const laest = fil.sheets.find((s) => s.name === ark.name)!;
        expect(laest.values.map((r) => r.map(norm))).toEqual(ark.values.map((r) => r.map(norm)));
      }
    }
  });

  it("rummer fem forskellige tilbud, hver med egne Ydelses-ID'er, og nævner filerne relativt", async () => {
    const snap = await laesXlsx(readFileSync(join(ROD, "examples", TAKSTBILAG_EKSEMPEL)));
    const raekker = raekkerAf(snap);
    expect(raekker).toHaveLength(20);
    const tilbud = new Set(raekker.map((r) => `${r[0]} · ${r[1]}`));
    expect(tilbud.size).toBe(5);
    const ider = raekker.map((r) => r[2]);
    expect(new Set(ider).size).toBe(20);
    // Different takster, not one tilbud repeated.
    expect(new Set(raekker.map((r) => r[3])).size).toBeGreaterThanOrEqual(15);
    expect(new Set(raekker.map((r) => r[4]))).toEqual(new Set(["OK", "Fejl", "Advarsel"]));

    const fund = findSheet(snap, "Fund")!;
    const filer = new Set<string>();
    for (let r = fund.top + 2; r < fund.top + fund.values.length; r++) {
      const v = cellValue(fund, r, fund.left);
      if (typeof v === "string") filer.add(v);
    }
    expect([...filer].sort()).toEqual(
      Object.keys(INDSENDTE)
        .map((n) => join("examples", INDSENDT_MAPPE, n))
        .sort(),
    );
    expect(JSON.stringify(snap)).not.toContain(ROD);
    // No Ydelses-ID shared between files: no warning rows.
    expect(JSON.stringify(snap)).not.toContain("ydelses-id-i-flere-filer");
  });

  it("er præcis det, kommandolinjen bygger af examples/indsendt/", async () => {
    const ud = tmpMappe("eksempel-bilag");
    try {
      let fejl = "";
      const kode = await main(["bilag", join("examples", INDSENDT_MAPPE), "--ud", join(ud, "bilag.xlsx")], {
        cwd: ROD,
        stdout: () => undefined,
        stderr: (t) => (fejl += t),
        stderrErTerminal: false,
        env: {},
      });
      expect(fejl).toBe("");
      expect(kode).toBe(1);
      const bygget = await laesXlsx(readFileSync(join(ud, "bilag.xlsx")));
      const committet = await laesXlsx(readFileSync(join(ROD, "examples", TAKSTBILAG_EKSEMPEL)));
      expect(raekkerAf(bygget)).toEqual(raekkerAf(committet));
    } finally {
      rmSync(ud, { recursive: true, force: true });
    }
  });
});
