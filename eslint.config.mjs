// ESLint 9 (flad konfiguration). `npx eslint .` / `npm run lint`.
import { readdirSync } from "node:fs";
import { createRequire } from "node:module";
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import officeAddins from "eslint-plugin-office-addins";
import reactHooks from "eslint-plugin-react-hooks";
import takstskema from "./scripts/eslint-takstskema.cjs";

const require = createRequire(import.meta.url);

/** En valgfri pakke (kommer kun med som afhængighed af andre pakker), ellers null. */
function valgfri(navn) {
  try {
    return require(navn);
  } catch {
    return null;
  }
}

/** Profilmapperne under src/core/profil: kun registret må importere dem. */
const PROFILMAPPER = readdirSync(new URL("./src/core/profil/", import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const TS = ["**/*.ts", "**/*.tsx", "**/*.mts", "**/*.cts"];
const TSX = ["**/*.tsx"];

// Office-reglerne fra pluginets anbefalede konfiguration. Den bundter også prettier/prettier
// og sin egen @typescript-eslint-instans; formatering klares af `npm run format`, og
// typescript-eslint registreres nedenfor, så kun pluginets egne regler (og no-eval) tages med.
const officeAnbefalet = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((blok) => Object.entries(blok.rules ?? {}))
    .filter(([regel]) => regel.startsWith("office-addins/") || regel === "no-eval"),
);

const react = valgfri("eslint-plugin-react");
const globals = valgfri("globals");
const nodeGlobaler = globals
  ? globals.node
  : Object.fromEntries(
      [
        "require",
        "module",
        "exports",
        "__dirname",
        "__filename",
        "process",
        "Buffer",
        "console",
        "URL",
        "setTimeout",
        "clearTimeout",
      ].map((n) => [n, "readonly"]),
    );

export default tseslint.config(
  {
    ignores: ["dist/", "dist-node/", "node_modules/", "examples/", "coverage/", "screenshots/", "tests/.tmp/"],
  },

  // JavaScript: værktøjer og scripts til Node (CommonJS), og denne fil (ES-modul).
  {
    files: ["**/*.js", "**/*.cjs", "**/*.mjs"],
    ...js.configs.recommended,
    languageOptions: { ecmaVersion: 2022, sourceType: "commonjs", globals: nodeGlobaler },
  },
  { files: ["**/*.mjs"], languageOptions: { sourceType: "module" } },

  // TypeScript.
  ...tseslint.configs.recommended.map((blok) => ({ ...blok, files: blok.files ?? TS })),
  {
    files: TS,
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeAnbefalet,
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-implied-eval": "error",
      "no-new-func": "error",
    },
  },

  // Layering of src/ (default deny; the most specific folder wins) and no import cycles, type-only
  // imports included (a section importing a type from its parent is a cycle too).
  // The pure core imports nothing but itself and decimal.js; browser layers get no Node modules;
  // the task pane never reaches the Office fake, the xlsx adapters or the CLI. Every shell reaches
  // the core only through its front door, src/core/index.ts (`indgang`; issue 21 § 1).
  {
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { takstskema },
    rules: {
      "takstskema/ingen-importkredse": ["error", { rod: "src", medTyper: true }],
      "takstskema/lagdeling": [
        "error",
        {
          lag: [
            { mappe: "src/core", tillad: ["src/core"], pakker: ["decimal.js"] },
            { mappe: "src/excel", tillad: ["src/core", "src/excel"], indgang: ["src/core"] },
            { mappe: "src/commands", tillad: ["src/core", "src/excel", "src/commands"], indgang: ["src/core"] },
            {
              mappe: "src/taskpane",
              tillad: ["src/core", "src/excel", "src/taskpane"],
              indgang: ["src/core"],
              forbyd: ["src/excel/fake"],
              // The Sekretariat section's ExcelJS part, only as a lazy chunk (import()), and the
              // types of what it returns; nothing else of src/adapters (fil.ts is Node).
              dynamisk: ["src/adapters/xlsx/sekretariat"],
              typer: ["src/adapters/xlsx/bilag-dele", "src/adapters/xlsx/skriv-bilag"],
              pakker: ["react", "react-dom", "@fluentui/*"],
            },
            {
              mappe: "src/preview",
              tillad: ["src/core", "src/excel", "src/taskpane", "src/adapters/xlsx", "src/preview"],
              indgang: ["src/core"],
              forbyd: ["src/adapters/xlsx/fil"],
              pakker: ["react", "react-dom", "@fluentui/*"],
            },
            {
              mappe: "src/adapters",
              tillad: ["src/core", "src/adapters"],
              indgang: ["src/core"],
              pakker: ["exceljs", "jszip"],
              node: true,
            },
            {
              mappe: "src/cli",
              tillad: ["src/core", "src/adapters", "src/cli"],
              indgang: ["src/core"],
              pakker: ["exceljs"],
              node: true,
            },
          ],
        },
      ],
    },
  },

  // En profilmappe (src/core/profil/<id>/) nås kun gennem registret, src/core/profil/register.ts.
  {
    files: TS,
    ignores: ["src/core/profil/register.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: PROFILMAPPER.flatMap((m) => [`**/${m}`, `**/${m}/**`, `./${m}`, `./${m}/**`]),
              message: "Hent profilen og aftalen gennem src/core/profil/register.ts.",
            },
          ],
        },
      ],
    },
  },

  // Reacts regler for hooks (en rigtig devDependency): kun på øverste niveau af en komponent eller
  // hook, og effekter og memoer nævner alt, hvad de bruger. Opgaveruden og preview'et.
  {
    files: ["src/taskpane/**/*.{ts,tsx}", "src/preview/**/*.{ts,tsx}"],
    plugins: { "react-hooks": reactHooks },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
    },
  },

  // React (kun hvis eslint-plugin-react findes), med den automatiske JSX-runtime.
  ...(react
    ? [
        {
          files: TSX,
          ...react.configs.flat.recommended,
          settings: { react: { version: "detect" } },
        },
        { files: TSX, ...react.configs.flat["jsx-runtime"] },
        { files: TSX, rules: { "react/prop-types": "off" } },
      ]
    : []),
);
