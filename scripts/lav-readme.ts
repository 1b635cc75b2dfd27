/**
 * Regenerates the generated parts of README.md and docs/ so they cannot drift:
 *  - the rule list (README) and the rule catalogue (docs/regler.md), from the rules' own metadata;
 *  - the default profile (docs/regler.md), from the profile itself;
 *  - the workbook's tables and columns (docs/skabelon.md), from src/core/skema;
 *  - the CLI help and example (docs/kommandolinje.md, README), by running the CLI.
 * Only the parts between <!-- navn:start --> and <!-- navn:slut --> are written.
 * Run: npm run readme   (tests/readme.test.ts fails when a file is out of date)
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../src/core/regler";
import { foersteUgyldige, type RegelEksempel } from "../tests/hjaelp/regeleksempler";
import { main } from "../src/cli/main";
import { HJAELP } from "../src/cli/argumenter";
import { aftaleFor, hentProfil, regelKilde, STANDARD_PROFIL_ID } from "../src/core/profil/register";
import { kolonneHjaelp, stamdataHjaelp } from "../src/core/skema/hjaelpetekster";
import { KONTRAKT_MAERKE } from "../src/core/skema/kontraktens-kilder";
import {
  ALLE_TABELLER,
  SKABELON_VERSION,
  STAMDATA_FELTER,
  paakraevedeKolonner,
  type Kolonnetype,
  type TabelDef,
} from "../src/core/skema/tabeller";

// The catalogue and the README show the default profile and the § and quotes of its agreement.
const STANDARD = hentProfil(STANDARD_PROFIL_ID);
const AFTALE = aftaleFor(STANDARD_PROFIL_ID);

const ROD = join(__dirname, "..");

export function regelliste(): string {
  const linjer = [
    "| ID | Standard-alvor | § | Hvad reglen kontrollerer |",
    "|---|---|---|---|",
    ...ALLE_REGLER.map(
      (r) =>
        `| \`${r.meta.id}\` | ${r.meta.standardAlvor} | ${regelKilde(AFTALE, r.meta.id).paragraf ?? "—"} | ${r.meta.beskrivelse.replace(/\|/g, "\\|")} |`,
    ),
  ];
  return linjer.join("\n");
}

export const CLI_EKSEMPEL_ARGV = [
  "valider",
  "examples/takstskema-eksempel.xlsx",
  "examples/takstskema-mangler-begrundelser.xlsx",
];

export async function cliEksempel(): Promise<string> {
  let ud = "";
  const kode = await main(CLI_EKSEMPEL_ARGV, {
    stdout: (t) => (ud += t),
    stderr: (t) => (ud += t),
    stderrErTerminal: false,
    cwd: ROD,
    env: {},
  });
  return [
    "```console",
    `$ npx takstskema ${CLI_EKSEMPEL_ARGV.join(" ")}`,
    ud.trimEnd(),
    `$ echo $?`,
    String(kode),
    "```",
  ].join("\n");
}

export function erstat(tekst: string, navn: string, indhold: string, fil = "README.md"): string {
  const start = `<!-- ${navn}:start -->`;
  const slut = `<!-- ${navn}:slut -->`;
  const i = tekst.indexOf(start);
  const j = tekst.indexOf(slut);
  if (i < 0 || j < i) throw new Error(`${fil} mangler markørerne ${start} … ${slut}`);
  return tekst.slice(0, i + start.length) + "\n" + indhold + "\n" + tekst.slice(j);
}

export async function nyReadme(gammel: string): Promise<string> {
  return nyFil("README.md", gammel);
}

// ---------------------------------------------------------------- docs/regler.md

/** Repo-relative path of the rule's module (src/core/regler/<område>/<id>.ts). */
export function regelFil(id: string): string {
  const mappe = join(ROD, "src", "core", "regler");
  for (const omraade of readdirSync(mappe, { withFileTypes: true })) {
    if (omraade.isDirectory() && existsSync(join(mappe, omraade.name, `${id}.ts`)))
      return `src/core/regler/${omraade.name}/${id}.ts`;
  }
  throw new Error(`Reglen ${id} har ingen fil src/core/regler/<område>/${id}.ts`);
}

/** The example's findings, each with its message by name and its data (JSON as in --format json). */
function eksempelTekst(test: string, e: RegelEksempel): string {
  return [
    `Eksempel, verificeret af testen »${e.navn}« ([${test.split("/").pop()}](../${test})):`,
    "",
    ...e.fund.map(
      (f) =>
        `- \`${f.ark}!${f.celle}\`${f.ydelsesId ? ` · ${f.ydelsesId}` : ""} · ${f.alvor} · \`${f.beskedId}\`: ${f.besked}\n` +
        `  \`data\`: \`${JSON.stringify(f.data)}\``,
    ),
  ].join("\n");
}

/** Every rule with its metadata, its messages, the quoted text it rests on and a verified example, in catalogue order. */
export async function regelkatalog(): Promise<string> {
  const afsnit: string[] = [];
  for (const r of ALLE_REGLER) {
    const m = { ...r.meta, ...regelKilde(AFTALE, r.meta.id) };
    const fil = regelFil(m.id);
    // The test sits in the area folder as the rule does: tests/regler/<område>/<id>.test.ts.
    const test = fil.replace(/^src\/core\/regler\/(.*)\.ts$/, "tests/regler/$1.test.ts");
    // Input rules quote the workbook contract (docs/skabelon.md); the others the agreement.
    const kilde = m.citat.includes(KONTRAKT_MAERKE)
      ? "arbejdsbogens kontrakt ([skabelon.md](skabelon.md))"
      : `${AFTALE.kortnavn}${m.paragraf ? ` ${/^\d/.test(m.paragraf) ? "§ " : ""}${m.paragraf}` : ""}`;
    const eksempel = await foersteUgyldige(ROD, test, m.id);
    afsnit.push(
      [
        `### \`${m.id}\``,
        "",
        `Standard-alvor **${m.standardAlvor}** · § ${m.paragraf ?? "—"} · gælder for ${m.gaelderFor.join(" og ")} · ` +
          `[${fil}](../${fil})` +
          ` · [test](../${test})`,
        "",
        m.beskrivelse,
        "",
        `Citat fra ${kilde}:`,
        "",
        `> ${m.citat}`,
        "",
        `Beskeder (\`beskedId\`): ${Object.keys(r.beskeder)
          .map((b) => `\`${b}\``)
          .join(", ")}.`,
        "",
        eksempelTekst(test, eksempel),
      ].join("\n"),
    );
  }
  return afsnit.join("\n\n");
}

export function standardprofil(): string {
  return ["```json", JSON.stringify(STANDARD, null, 2), "```"].join("\n");
}

// ---------------------------------------------------------------- docs/skabelon.md

const TYPENAVN: Record<Kolonnetype, string> = {
  tekst: "tekst",
  id: "tekst eller tal (læses som tekst)",
  heltal: "heltal",
  antal: "tal ≥ 0",
  tal: "tal (må være negativt)",
  penge: "beløb i kr.",
  pct: "procent (0,96 eller 96)",
  dato: "dato",
  enum: "værdi fra listen",
};

const celle = (t: string): string => t.replace(/\|/g, "\\|");

function tabelAfsnit(tabel: TabelDef): string {
  const paakraevet = new Set(paakraevedeKolonner(tabel));
  const hjaelp = kolonneHjaelp(hentProfil(STANDARD_PROFIL_ID), aftaleFor(STANDARD_PROFIL_ID))[tabel.navn] ?? {};
  const linjer = [
    `### Ark \`${tabel.ark}\` — tabel \`${tabel.navn}\``,
    "",
    "| Kolonne | Type | Skal findes | Betydning |",
    "|---|---|---|---|",
    ...tabel.kolonner.map((k) => {
      const type =
        TYPENAVN[k.type] +
        (k.enumVaerdier ? `: ${k.enumVaerdier.map((v) => `\`${v}\``).join(", ")}` : "") +
        (k.formel ? " (formel)" : "");
      return `| ${k.label} | ${celle(type)} | ${paakraevet.has(k.key) ? "ja" : "nej"} | ${celle(hjaelp[k.key] ?? "")} |`;
    }),
  ];
  if (tabel.navn === "tblStamdata") {
    linjer.push(
      "",
      "Rækkerne (efter `Felt`):",
      "",
      "| Felt | Type | Betydning |",
      "|---|---|---|",
      ...STAMDATA_FELTER.map((f) => {
        const enumV = "enumVaerdier" in f ? `: ${f.enumVaerdier.map((v) => `\`${v}\``).join(", ")}` : "";
        return `| ${f.label} | ${celle(TYPENAVN[f.type] + enumV)} | ${celle(stamdataHjaelp(aftaleFor(STANDARD_PROFIL_ID))[f.key] ?? "")} |`;
      }),
    );
  }
  return linjer.join("\n");
}

export function skabelonTabeller(): string {
  return [
    `Skabelonversion: **${SKABELON_VERSION}** (\`SKABELON_VERSION\` i src/core/skema/tabeller.ts).`,
    "",
    ...ALLE_TABELLER.map(tabelAfsnit).flatMap((a) => [a, ""]),
  ]
    .join("\n")
    .trimEnd();
}

// ---------------------------------------------------------------- docs/kommandolinje.md

export function kommandolinjeHjaelp(): string {
  return ["```text", "$ npx takstskema --hjaelp", HJAELP, "```"].join("\n");
}

// ---------------------------------------------------------------- all files

/** Each generated file with its generated sections. */
export const GENEREREDE_FILER: Record<string, () => Promise<Record<string, string>>> = {
  "README.md": async () => ({ regler: regelliste(), "cli-eksempel": await cliEksempel() }),
  "docs/regler.md": async () => ({ regelkatalog: await regelkatalog(), standardprofil: standardprofil() }),
  "docs/skabelon.md": async () => ({ tabeller: skabelonTabeller() }),
  "docs/kommandolinje.md": async () => ({ hjaelp: kommandolinjeHjaelp(), "cli-eksempel": await cliEksempel() }),
};

/** The file as it should be now, given its current text. */
export async function nyFil(fil: string, gammel: string): Promise<string> {
  let tekst = gammel;
  for (const [navn, indhold] of Object.entries(await GENEREREDE_FILER[fil]()))
    tekst = erstat(tekst, navn, indhold, fil);
  return tekst;
}

if (require.main === module) {
  void (async () => {
    for (const fil of Object.keys(GENEREREDE_FILER)) {
      const sti = join(ROD, fil);
      writeFileSync(sti, await nyFil(fil, readFileSync(sti, "utf8")));
      console.log(`${fil} er opdateret.`);
    }
  })();
}
