/*
 * Webpack-loader for JavaScript fra node_modules i Excel-siderne: det, der ikke kan parses
 * som ES2020, oversættes ned til ES2020 med TypeScript (klassers static-blokke, ??=, ||=,
 * private felter …). Det meste kan parses, og det kommer uændret igennem, så bygningen kun
 * betaler for de få filer, der har brug for det.
 *
 * ES2020 er det, de webviews, README'ens værtstabel lover, kan parse (WebView2/Chromium,
 * Safari 14+ i Excel til Mac, browserne bag Excel på nettet). tests/addin/syntaksniveau.test.ts
 * parser de byggede filer med acorn og holder niveauet.
 */
"use strict";

const acorn = require("acorn");
const ts = require("typescript");

const NIVEAU = 2020;

function kanParses(kilde) {
  for (const sourceType of ["module", "script"]) {
    try {
      acorn.parse(kilde, { ecmaVersion: NIVEAU, sourceType, allowHashBang: true });
      return true;
    } catch {
      // prøv den anden form; CommonJS-filer er scripts
    }
  }
  return false;
}

module.exports = function esNiveauLoader(kilde, kildekort) {
  if (kanParses(kilde)) return this.callback(null, kilde, kildekort);
  const ud = ts.transpileModule(kilde, {
    fileName: this.resourcePath.replace(/\.(mjs|cjs)$/, ".js"),
    compilerOptions: {
      allowJs: true,
      target: ts.ScriptTarget.ES2020,
      module: ts.ModuleKind.ESNext,
      sourceMap: true,
      // Leave `import`/`require` and names exactly as they were; only the syntax is lowered.
      esModuleInterop: false,
      useDefineForClassFields: true,
    },
  });
  const tekst = ud.outputText.replace(/\n\/\/# sourceMappingURL=.*$/, "");
  if (!kanParses(tekst)) {
    return this.callback(new Error(`${this.resourcePath} kan ikke oversættes til ES${NIVEAU}.`));
  }
  return this.callback(null, tekst, ud.sourceMapText ? JSON.parse(ud.sourceMapText) : undefined);
};

module.exports.NIVEAU = NIVEAU;
module.exports.kanParses = kanParses;
