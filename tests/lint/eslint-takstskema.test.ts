/**
 * The project's own ESLint rules (scripts/eslint-takstskema.cjs), RuleTester style: layering
 * of src/ and import cycles. `npm run lint` applies them to the real code.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import { RuleTester } from "eslint";
import tseslint from "typescript-eslint";
import plugin from "../../scripts/eslint-takstskema.cjs";

const tester = new RuleTester({
  languageOptions: { parser: tseslint.parser, ecmaVersion: 2022, sourceType: "module" },
});

const ROD = process.cwd();
const LAG = {
  lag: [
    { mappe: "src/core", tillad: ["src/core"], pakker: ["decimal.js"] },
    {
      mappe: "src/taskpane",
      tillad: ["src/core", "src/excel", "src/taskpane"],
      forbyd: ["src/excel/fake"],
      dynamisk: ["src/adapters/xlsx/sekretariat"],
      typer: ["src/adapters/xlsx/bilag-dele"],
      pakker: ["react", "@fluentui/*"],
    },
    { mappe: "src/cli", tillad: ["src/core", "src/cli"], node: true },
  ],
};
const i = (fil: string) => join(ROD, fil);

/** As eslint.config.mjs: the shells reach the core only through src/core/index.ts (issue 21 § 1). */
const INDGANG = {
  lag: [
    { mappe: "src/core", tillad: ["src/core"], pakker: ["decimal.js"] },
    { mappe: "src/taskpane", tillad: ["src/core", "src/taskpane"], indgang: ["src/core"], pakker: ["react"] },
    { mappe: "src/adapters", tillad: ["src/core", "src/adapters"], indgang: ["src/core"], node: true },
  ],
};

describe("takstskema/lagdeling", () => {
  tester.run("lagdeling", plugin.rules.lagdeling, {
    valid: [
      {
        filename: i("src/core/a.ts"),
        code: 'import Decimal from "decimal.js"; import { b } from "./regler/b";',
        options: [LAG],
      },
      { filename: i("src/core/regler/x.ts"), code: 'import { b } from "../penge";', options: [LAG] },
      {
        filename: i("src/taskpane/a.tsx"),
        code: 'import * as React from "react"; import { Button } from "@fluentui/react-components"; import { lavArbejdsbog } from "../excel";',
        options: [LAG],
      },
      {
        filename: i("src/cli/a.ts"),
        code: 'import { promises } from "fs"; import * as p from "node:path"; import { x } from "../core/valider";',
        options: [LAG],
      },
      // The Sekretariat section's lazy chunk: import() and its types, nothing else.
      {
        filename: i("src/taskpane/sektioner/S.tsx"),
        code:
          'const m = import("../../adapters/xlsx/sekretariat"); import type { KontrolleretSkema } from "../../adapters/xlsx/sekretariat";' +
          ' import type { Afvisning } from "../../adapters/xlsx/bilag-dele";',
        options: [LAG],
      },
      // Files outside every layer (tests, scripts) are not restricted.
      { filename: i("tests/a.ts"), code: 'import { x } from "../src/cli/main"; import "fs";', options: [LAG] },
    ],
    invalid: [
      {
        filename: i("src/core/a.ts"),
        code: 'import { promises } from "node:fs";',
        options: [LAG],
        errors: [{ messageId: "node", data: { lag: "src/core", pakke: "node:fs" } }],
      },
      {
        filename: i("src/core/a.ts"),
        code: 'import * as path from "path"; const r = require("exceljs"); export type T = typeof import("react");',
        options: [LAG],
        errors: [{ messageId: "node" }, { messageId: "pakke" }],
      },
      {
        filename: i("src/core/regler/a.ts"),
        code: 'import type { Arbejdsbog } from "../../excel/typer"; export { x } from "../../adapters/xlsx/laes-xlsx";',
        options: [LAG],
        errors: [
          { messageId: "lag", data: { lag: "src/core", maal: "src/excel/typer", tilladt: "src/core" } },
          { messageId: "lag", data: { lag: "src/core", maal: "src/adapters/xlsx/laes-xlsx", tilladt: "src/core" } },
        ],
      },
      {
        filename: i("src/core/a.ts"),
        code: 'const m = import("react");',
        options: [LAG],
        errors: [{ messageId: "pakke", data: { lag: "src/core", pakke: "react", tilladt: "decimal.js" } }],
      },
      {
        filename: i("src/taskpane/a.tsx"),
        code: 'import { lavFakeExcel } from "../excel/fake"; import { laesXlsx } from "../adapters/xlsx/laes-xlsx"; import ExcelJS from "exceljs";',
        options: [LAG],
        errors: [{ messageId: "lag" }, { messageId: "lag" }, { messageId: "pakke" }],
      },
      {
        // A static import would put ExcelJS in the pane's first JavaScript; a runtime import of
        // a types-only module is still a layer breach; other adapters stay closed, also with import().
        filename: i("src/taskpane/sektioner/S.tsx"),
        code:
          'import { bygTakstbilag } from "../../adapters/xlsx/sekretariat"; import { bilagDel } from "../../adapters/xlsx/bilag-dele";' +
          ' const l = import("../../adapters/xlsx/laes-xlsx");',
        options: [LAG],
        errors: [
          { messageId: "kunDynamisk", data: { lag: "src/taskpane", maal: "src/adapters/xlsx/sekretariat" } },
          {
            messageId: "lag",
            data: {
              lag: "src/taskpane",
              maal: "src/adapters/xlsx/bilag-dele",
              tilladt: "src/core, src/excel, src/taskpane",
            },
          },
          {
            messageId: "lag",
            data: {
              lag: "src/taskpane",
              maal: "src/adapters/xlsx/laes-xlsx",
              tilladt: "src/core, src/excel, src/taskpane",
            },
          },
        ],
      },
    ],
  });
});

describe("takstskema/lagdeling: the core's front door", () => {
  tester.run("lagdeling", plugin.rules.lagdeling, {
    valid: [
      // A shell imports the core as a folder, or its index by name, values and types alike.
      {
        filename: i("src/taskpane/sektioner/Validering.tsx"),
        code: 'import { kontroller, type Fund } from "../../core"; import type { Profil } from "../../core/index";',
        options: [INDGANG],
      },
      {
        filename: i("src/adapters/xlsx/a.ts"),
        code: 'export { skjulCpr } from "../../core/index.ts";',
        options: [INDGANG],
      },
      // Inside the core, modules import each other directly.
      { filename: i("src/core/rapport/a.ts"), code: 'import { regelNavn } from "../regler/navn";', options: [INDGANG] },
    ],
    invalid: [
      {
        filename: i("src/taskpane/sektioner/Tillaegsydelse.tsx"),
        code: 'import { tjekVfo } from "../../core/regler/tillaeg/hjaelp/tjek";',
        options: [INDGANG],
        errors: [
          {
            messageId: "indgang",
            data: { lag: "src/taskpane", mappe: "src/core", maal: "src/core/regler/tillaeg/hjaelp/tjek" },
          },
        ],
      },
      {
        // Type-only imports, re-exports and import() count too.
        filename: i("src/adapters/xlsx/a.ts"),
        code:
          'import type { Profil } from "../../core/profil/typer"; export { vis } from "../../core/synlig-tekst";' +
          ' const m = import("../../core/valider");',
        options: [INDGANG],
        errors: [
          { messageId: "indgang", data: { lag: "src/adapters", mappe: "src/core", maal: "src/core/profil/typer" } },
          { messageId: "indgang", data: { lag: "src/adapters", mappe: "src/core", maal: "src/core/synlig-tekst" } },
          { messageId: "indgang", data: { lag: "src/adapters", mappe: "src/core", maal: "src/core/valider" } },
        ],
      },
    ],
  });
});

describe("takstskema/ingen-importkredse", () => {
  const mappe = mkdtempSync(join(tmpdir(), "importkredse-"));
  const filer: Record<string, string> = {
    "a.ts": 'import { b } from "./b";\nexport const a = 1;',
    "b.ts": 'import { c } from "./under";\nexport const b = 2;',
    "under/index.ts": 'import { a } from "../a";\nexport const c = 3;',
    "typer.ts": 'import type { T2 } from "./typer2";\nexport type T1 = { t: T2 };',
    "typer2.ts": 'import { type T1 } from "./typer";\nexport type T2 = T1[];',
    "selv.ts": 'export { selv } from "./selv";',
  };
  mkdirSync(join(mappe, "under"));
  for (const [navn, tekst] of Object.entries(filer)) writeFileSync(join(mappe, navn), tekst);
  afterAll(() => rmSync(mappe, { recursive: true, force: true }));
  const rod = { rod: mappe };
  const kreds = (...navne: string[]) =>
    navne.map((n) => relative(ROD, join(mappe, n)).split(sep).join("/")).join(" → ");

  tester.run("ingen-importkredse", plugin.rules["ingen-importkredse"], {
    valid: [
      // A type-only cycle vanishes at runtime …
      { filename: join(mappe, "typer.ts"), code: filer["typer.ts"], options: [rod] },
      { filename: join(mappe, "typer2.ts"), code: filer["typer2.ts"], options: [rod] },
      // … and a dynamic import is lazy.
      { filename: join(mappe, "under/index.ts"), code: 'export const c = () => import("../a");', options: [rod] },
      // Outside the root nothing is checked.
      { filename: join(mappe, "a.ts"), code: filer["a.ts"], options: [{ rod: join(mappe, "under") }] },
    ],
    invalid: [
      {
        filename: join(mappe, "a.ts"),
        code: filer["a.ts"],
        options: [rod],
        errors: [{ messageId: "kreds", data: { kreds: kreds("a.ts", "b.ts", "under/index.ts", "a.ts") } }],
      },
      {
        filename: join(mappe, "under/index.ts"),
        code: filer["under/index.ts"],
        options: [rod],
        errors: [{ messageId: "kreds", data: { kreds: kreds("under/index.ts", "a.ts", "b.ts", "under/index.ts") } }],
      },
      {
        filename: join(mappe, "selv.ts"),
        code: filer["selv.ts"],
        options: [rod],
        errors: [{ messageId: "kreds", data: { kreds: kreds("selv.ts", "selv.ts") } }],
      },
      // With medTyper a type-only cycle counts too (the task pane's sections and their parent).
      {
        filename: join(mappe, "typer.ts"),
        code: filer["typer.ts"],
        options: [{ ...rod, medTyper: true }],
        errors: [{ messageId: "kreds", data: { kreds: kreds("typer.ts", "typer2.ts", "typer.ts") } }],
      },
    ],
  });
});
