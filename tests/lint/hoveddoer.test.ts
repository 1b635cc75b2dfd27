/**
 * Issue 21 § 1 with the project's own ESLint configuration (eslint.config.mjs), not just the
 * rule: every shell reaches the core only through src/core/index.ts, and the core itself
 * imports its modules directly. ESLint loads the .mjs configuration with import(), which Jest's
 * VM does not allow, so the cases are linted in one Node process.
 */
import { execFileSync } from "node:child_process";

const TILFAELDE: [fil: string, kode: string][] = [
  ["src/cli/ny.ts", 'import { validerSkema } from "../core/valider";\nexport const v = validerSkema;\n'],
  ["src/adapters/xlsx/ny.ts", 'import type { Profil } from "../../core/profil/typer";\nexport type P = Profil;\n'],
  ["src/excel/ny.ts", 'import { a1 } from "../core/adresse";\nexport const x = a1;\n'],
  [
    "src/taskpane/sektioner/tillaegsydelse/Ny.tsx",
    'import { tjekVfo } from "../../../core/regler/tillaeg/hjaelp/tjek";\nexport const t = tjekVfo;\n',
  ],
  ["src/preview/ny.ts", 'import { formaterTal } from "../core/format";\nexport const f = formaterTal;\n'],
  ["src/cli/ny.ts", 'import { kontroller } from "../core";\nexport const k = kontroller;\n'],
  ["src/core/ny.ts", 'import { a1 } from "./adresse";\nexport const x = a1;\n'],
];

const SKRIPT = `
const { ESLint } = require("eslint");
(async () => {
  const eslint = new ESLint({ cwd: process.cwd() });
  const ud = [];
  for (const [filePath, kode] of JSON.parse(process.argv[1])) {
    const [r] = await eslint.lintText(kode, { filePath });
    ud.push(r.messages.filter((m) => m.ruleId === "takstskema/lagdeling").map((m) => m.message));
  }
  process.stdout.write(JSON.stringify(ud));
})();
`;

let svar: string[][];
beforeAll(() => {
  svar = JSON.parse(execFileSync(process.execPath, ["-e", SKRIPT, JSON.stringify(TILFAELDE)], { encoding: "utf8" }));
}, 120_000);

it.each([
  [0, "src/cli"],
  [1, "src/adapters"],
  [2, "src/excel"],
  [3, "src/taskpane"],
  [4, "src/preview"],
])("en dyb import fra en skal er en fejl (%i: %s)", (i, lag) => {
  expect(svar[i]).toEqual([expect.stringContaining(`${lag} må kun importere src/core gennem src/core/index.ts`)]);
});

it("en skal importerer gennem hoveddøren, og kernen importerer sine moduler direkte", () => {
  expect(svar[5]).toEqual([]);
  expect(svar[6]).toEqual([]);
});
