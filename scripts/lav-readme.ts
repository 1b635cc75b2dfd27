/**
 * Regenerates the generated parts of README.md so they cannot drift:
 *  - the rule list, from the rules' own metadata;
 *  - the CLI example, by running the CLI on the bundled examples.
 * Run: npm run readme   (tests/readme.test.ts fails when README.md is out of date)
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ALLE_REGLER } from "../src/core/regler";
import { main } from "../src/cli/main";

const ROD = join(__dirname, "..");

export function regelliste(): string {
  const linjer = [
    "| ID | Standard-alvor | § | Hvad reglen kontrollerer |",
    "|---|---|---|---|",
    ...ALLE_REGLER.map(
      (r) =>
        `| \`${r.meta.id}\` | ${r.meta.standardAlvor} | ${r.meta.paragraf ?? "—"} | ${r.meta.beskrivelse.replace(/\|/g, "\\|")} |`,
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

export function erstat(tekst: string, navn: string, indhold: string): string {
  const start = `<!-- ${navn}:start -->`;
  const slut = `<!-- ${navn}:slut -->`;
  const i = tekst.indexOf(start);
  const j = tekst.indexOf(slut);
  if (i < 0 || j < i) throw new Error(`README.md mangler markørerne ${start} … ${slut}`);
  return tekst.slice(0, i + start.length) + "\n" + indhold + "\n" + tekst.slice(j);
}

export async function nyReadme(gammel: string): Promise<string> {
  return erstat(erstat(gammel, "regler", regelliste()), "cli-eksempel", await cliEksempel());
}

if (require.main === module) {
  void (async () => {
    const sti = join(ROD, "README.md");
    writeFileSync(sti, await nyReadme(readFileSync(sti, "utf8")));
    console.log("README.md er opdateret.");
  })();
}
