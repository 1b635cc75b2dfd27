/*
 * Webpack-loader til ExcelJS' og JSZips browserbundler (exceljs/dist/exceljs.bare.min.js og
 * jszip/dist/jszip.min.js; kun i de chunks, der hentes, når de bruges). Bundlen bygger funktioner af tekst to slags steder, som sidens
 * Content-Security-Policy (ingen 'unsafe-eval') ikke tillader, og som ikke må stå i dist/:
 *
 *   Function("return this")()      lodash' søgen efter det globale objekt  → globalThis
 *   e = new Function("" + e)        setImmediate-polyfill for en tekst som callback
 *                                   → TypeError (ExcelJS giver altid en funktion)
 *
 * Står der bagefter stadig eval eller en Function-konstruktør, fejler bygningen, så en ny
 * ExcelJS-version ikke sniger en ind.
 */
"use strict";

const GLOBAL_SOEGNING = /(?<![\w$.])Function\(\s*["']return this["']\s*\)\(\)/g;
const TEKST_CALLBACK = /(?<![\w$.])new Function\(\s*""\s*\+\s*([\w$]+)\s*\)/g;
const REST = /(?<![\w$.])(?:new\s+Function\b|Function\s*\(|eval\s*\()/;

module.exports = function udenFunctionLoader(kilde) {
  let ud = kilde.replace(GLOBAL_SOEGNING, "globalThis");
  ud = ud.replace(
    TEKST_CALLBACK,
    '(function(){throw new TypeError("setImmediate: callback skal være en funktion")})()',
  );
  const rest = REST.exec(ud);
  if (rest) {
    const udsnit = ud.slice(Math.max(0, rest.index - 60), rest.index + 60);
    this.emitError(new Error(`${this.resourcePath} indeholder stadig eval/Function efter omskrivning: …${udsnit}…`));
  }
  return ud;
};
