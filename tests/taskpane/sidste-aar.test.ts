/**
 * The Sekretariat section's optional baseline, "Sidste års godkendte takstbilag (valgfrit)":
 * read with the same reader and size limit as a submission (src/adapters/xlsx/sekretariat.ts),
 * the submissions checked against it, last year's tilbud that did not submit listed, and the
 * takstbilag the same as `takstskema bilag --sidste-aar` writes.
 */
import { readFileSync, rmSync, writeFileSync } from "fs";
import * as path from "path";
import {
  bygTakstbilag,
  ikkeIndsendtAf,
  kontrollerSkema,
  laesSidsteAar,
  sidsteAarPasserIkke,
  vurderBilag,
  type IndsendtFil,
} from "../../src/adapters/xlsx/sekretariat";
import { laesXlsx } from "../../src/adapters/xlsx/laes-xlsx";
import { aftaleFor, hentProfil, STANDARD_PROFIL_ID } from "../../src/core/profil/register";
import type { Grundlag } from "../../src/core/takstbilag/grundlag";
import { ikkeIndsendtLinjer } from "../../src/taskpane/sektioner/sekretariat/logik";
import { koer, lavSidsteAarSaet, tmpMappe } from "../cli/hjaelp";

const valg = { profil: hentProfil(STANDARD_PROFIL_ID), aftale: aftaleFor(STANDARD_PROFIL_ID) };
let mappe: string;
const i = (argv: string[]) => koer(argv, { cwd: mappe });

function fil(navn: string, sti = path.join(mappe, navn)): IndsendtFil {
  const data = readFileSync(sti);
  return {
    navn,
    stoerrelse: data.length,
    data: async () => data.buffer.slice(data.byteOffset, data.byteOffset + data.length),
  };
}

beforeAll(async () => {
  mappe = tmpMappe("rude-sidste-aar");
  await lavSidsteAarSaet(mappe);
  writeFileSync(path.join(mappe, "tekst.xlsx"), "ikke et regneark\n");
});

afterAll(() => rmSync(mappe, { recursive: true, force: true }));

async function grundlag(): Promise<Grundlag> {
  const r = await laesSidsteAar(fil("fjor.xlsx"));
  if (!r.ok) throw new Error(r.fejl);
  return r.grundlag;
}

it("skemaerne kontrolleres mod sidste års takstbilag, og tilbud, der ikke er indsendt, nævnes som i kommandolinjen", async () => {
  const g = await grundlag();
  const med = await kontrollerSkema(fil("iaar/solbakken.xlsx"), valg, g);
  const uden = await kontrollerSkema(fil("iaar/solbakken.xlsx"), valg);
  const besked = (k: typeof med) => ("resultat" in k.resultat ? k.resultat.resultat.fund.map((f) => f.besked) : []);
  expect(besked(med).join("\n")).toContain(
    "Takst sidste år er 1.900 kr., men sidste års godkendte takstbilag har 1.950 kr. for SB-A1-108.",
  );
  expect(besked(uden).join("\n")).not.toContain("godkendte takstbilag");
  const linjer = ikkeIndsendtLinjer(ikkeIndsendtAf([med], g));
  expect(linjer).toEqual(["Hjørring Kommune, Kysthuset: hele tilbuddet"]);
  const cli = await i(["valider", "iaar", "--sidste-aar", "fjor.xlsx"]);
  expect(cli.stdout).toContain(`Ikke indsendt i år, men med i sidste års takstbilag (1):\n  ${linjer[0]}\n`);
});

it("Byg takstbilag med grundlaget giver de samme celleværdier som bilag --sidste-aar", async () => {
  const g = await grundlag();
  const r = await bygTakstbilag(
    [await kontrollerSkema(fil("solbakken.xlsx", path.join(mappe, "iaar", "solbakken.xlsx")), valg, g)],
    valg,
    g,
  );
  if (!("data" in r)) throw new Error(JSON.stringify(r.afvisninger));
  const cli = await i(["bilag", "iaar", "--ud", "iaar.xlsx", "--sidste-aar", "fjor.xlsx"]);
  expect(cli.kode).toBe(0);
  const a = await laesXlsx(readFileSync(path.join(mappe, "iaar.xlsx")));
  const b = await laesXlsx(r.data);
  const udenMappe = (v: unknown) => (typeof v === "string" ? v.split("iaar/").join("") : v);
  expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
  for (let k = 0; k < a.sheets.length; k++)
    expect(b.sheets[k].values.map((x) => x.map(udenMappe))).toEqual(a.sheets[k].values.map((x) => x.map(udenMappe)));
  expect(b.sheets.flatMap((s) => s.values.flat()).map(String)).toContain("Ikke indsendt (1)");
});

it("en fil, der ikke kan bruges, får en dansk grund; for store filer læses ikke", async () => {
  const pladser = await laesSidsteAar(fil("uden-pladser.xlsx"));
  expect(pladser).toEqual({
    ok: false,
    fejl:
      "Filen kan ikke bruges som sidste års takstbilag: arket Takster har ikke kolonnen Pladser; " +
      "der skal være kolonner med Ydelses-ID, Takst og Pladser samt Tilbudsportal-ID eller Driftsherre og Tilbud.",
  });
  const tekst = await laesSidsteAar(fil("tekst.xlsx"));
  expect(tekst.ok).toBe(false);
  expect(!tekst.ok && tekst.fejl).toMatch(/\.xlsx/);
  const laest = jest.fn();
  expect(await laesSidsteAar({ navn: "stor.xlsx", stoerrelse: 201 * 1024 * 1024, data: laest })).toEqual({
    ok: false,
    fejl: "Filen er for stor (201 MB); grænsen er 200 MB.",
  });
  expect(laest).not.toHaveBeenCalled();
});

it("sidste års takstbilag for samme takstår som skemaerne afvises med en dansk grund, og intet bilag bygges (gennemgang, h23)", async () => {
  // This year's bilag picked as last year's: no takst would seem to rise.
  const cli = await i(["bilag", "iaar", "--ud", "iaar-som-fjor.xlsx"]);
  expect(cli.kode).toBe(0);
  const r = await laesSidsteAar(fil("iaar-som-fjor.xlsx"));
  if (!r.ok) throw new Error(r.fejl);
  expect(r.grundlag.takstaar).toBe(2026);
  const skema = await kontrollerSkema(fil("iaar/solbakken.xlsx"), valg, r.grundlag);
  const { afvisninger } = vurderBilag([skema], r.grundlag);
  expect(afvisninger.map((a) => a.grund)).toEqual([
    "Sidste års takstbilag gælder takstår 2026, men skemaerne gælder takstår 2026, så takstbilaget er ikke skrevet (ændringerne ville blive målt fra det forkerte år):",
  ]);
  expect(afvisninger[0].linjer).toEqual(["Takstår 2026: iaar/solbakken.xlsx."]);
  expect(afvisninger[0].raad).toContain("godkendt for takstår 2025");
  expect(sidsteAarPasserIkke([skema], r.grundlag)).toBe(
    "Det gælder takstår 2026, men skemaerne gælder takstår 2026; ændringerne skal måles fra det takstbilag, der blev godkendt for takstår 2025.",
  );
  expect(sidsteAarPasserIkke([skema], await grundlag())).toBeNull();
  const bygget = await bygTakstbilag([skema], valg, r.grundlag);
  expect("afvisninger" in bygget).toBe(true);
  // Last year's own bilag is still accepted.
  expect(
    vurderBilag([await kontrollerSkema(fil("iaar/solbakken.xlsx"), valg, await grundlag())], await grundlag())
      .afvisninger,
  ).toEqual([]);
});
