/**
 * The project's own ESLint rules (no extra dependency: imports are resolved here, and other
 * files are parsed with the TypeScript compiler that is already a devDependency).
 *
 *  - takstskema/lagdeling: each layer of src/ may import only the layers and packages listed
 *    for it (default deny), so the pure core stays pure and the shells stay thin; a layer may
 *    reach another only through its front door (`indgang`: the folder's index.ts).
 *  - takstskema/ingen-importkredse: no cycle of imports inside the given root. By default only
 *    runtime imports count (type-only imports vanish at runtime, as in eslint-plugin-import's
 *    no-cycle); with `medTyper: true` type-only imports count too, as the project sets it.
 */
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { builtinModules } = require("node:module");
const ts = require("typescript");

const UDVIDELSER = [".ts", ".tsx", "/index.ts", "/index.tsx"];
const NODE_MODULER = new Set(builtinModules);

/** Repo-relative path with forward slashes. */
function relativ(cwd, fil) {
  return path.relative(cwd, fil).split(path.sep).join("/");
}

/** The absolute file a relative specifier resolves to, or null (not a source file). */
function loesFil(fra, spec) {
  const base = path.resolve(path.dirname(fra), spec);
  if (/\.(ts|tsx)$/.test(base) && fs.existsSync(base)) return base;
  for (const u of UDVIDELSER) {
    const kandidat = base + u;
    if (fs.existsSync(kandidat)) return kandidat;
  }
  return null;
}

/** "@scope/navn/sti" → "@scope/navn", "navn/sti" → "navn". */
function pakkenavn(spec) {
  const dele = spec.split("/");
  return spec.startsWith("@") ? dele.slice(0, 2).join("/") : dele[0];
}

function erNodeModul(spec) {
  return spec.startsWith("node:") || NODE_MODULER.has(pakkenavn(spec));
}

function erRelativ(spec) {
  return spec.startsWith("./") || spec.startsWith("../") || spec === "." || spec === "..";
}

/** Does `sti` (repo-relative) lie in folder or file `praefiks` (without extension)? */
function ligger(sti, praefiks) {
  const udenExt = sti.replace(/\.(ts|tsx|js|json)$/, "");
  return udenExt === praefiks || sti.startsWith(praefiks + "/");
}

/** Every import-like source string in an ESLint (typescript-eslint) AST, with runtime flag. */
function importerIAst(program) {
  const ud = [];
  const besoeg = (node) => {
    if (!node || typeof node.type !== "string") return;
    switch (node.type) {
      case "ImportDeclaration": {
        const kunTyper =
          node.importKind === "type" ||
          (node.specifiers.length > 0 &&
            node.specifiers.every((s) => s.type === "ImportSpecifier" && s.importKind === "type"));
        ud.push({ node: node.source, spec: node.source.value, koersel: !kunTyper });
        return;
      }
      case "ExportNamedDeclaration":
      case "ExportAllDeclaration":
        if (node.source) {
          const kunTyper =
            node.exportKind === "type" ||
            (node.specifiers && node.specifiers.length > 0 && node.specifiers.every((s) => s.exportKind === "type"));
          ud.push({ node: node.source, spec: node.source.value, koersel: !kunTyper });
        }
        break;
      case "TSImportEqualsDeclaration":
        if (node.moduleReference.type === "TSExternalModuleReference") {
          const e = node.moduleReference.expression;
          ud.push({ node: e, spec: e.value, koersel: node.importKind !== "type" });
        }
        return;
      case "ImportExpression":
        if (node.source.type === "Literal" && typeof node.source.value === "string")
          ud.push({ node: node.source, spec: node.source.value, koersel: false, dynamisk: true });
        break;
      case "CallExpression":
        if (
          node.callee.type === "Identifier" &&
          node.callee.name === "require" &&
          node.arguments.length === 1 &&
          node.arguments[0].type === "Literal" &&
          typeof node.arguments[0].value === "string"
        )
          ud.push({ node: node.arguments[0], spec: node.arguments[0].value, koersel: true });
        break;
    }
    for (const noegle of Object.keys(node)) {
      if (noegle === "parent") continue;
      const v = node[noegle];
      if (Array.isArray(v)) v.forEach(besoeg);
      else if (v && typeof v.type === "string") besoeg(v);
    }
  };
  besoeg(program);
  return ud;
}

// ---------------------------------------------------------------------------------------------
// takstskema/lagdeling

const lagdeling = {
  meta: {
    type: "problem",
    docs: { description: "Hvert lag i src/ importerer kun de lag og pakker, det har lov til" },
    schema: [
      {
        type: "object",
        properties: {
          lag: {
            type: "array",
            items: {
              type: "object",
              properties: {
                mappe: { type: "string" },
                tillad: { type: "array", items: { type: "string" } },
                forbyd: { type: "array", items: { type: "string" } },
                // Modules the layer may load only with a dynamic import() (a lazy chunk).
                dynamisk: { type: "array", items: { type: "string" } },
                // Modules the layer may import only types from (import type: nothing at run time).
                typer: { type: "array", items: { type: "string" } },
                pakker: { type: "array", items: { type: "string" } },
                // Folders the layer may import only through their index.ts (the core's front door).
                indgang: { type: "array", items: { type: "string" } },
                node: { type: "boolean" },
              },
              required: ["mappe", "tillad"],
              additionalProperties: false,
            },
          },
        },
        required: ["lag"],
        additionalProperties: false,
      },
    ],
    messages: {
      lag: "{{lag}} må ikke importere {{maal}} (tilladt: {{tilladt}}).",
      kunDynamisk: "{{lag}} må kun hente {{maal}} med import(), så det bliver en chunk for sig.",
      indgang: "{{lag}} må kun importere {{mappe}} gennem {{mappe}}/index.ts, ikke {{maal}}.",
      pakke: "{{lag}} må ikke importere pakken '{{pakke}}' (tilladt: {{tilladt}}).",
      node: "{{lag}} må ikke importere Node-modulet '{{pakke}}': laget kører i browseren eller er ren kerne.",
    },
  },
  create(context) {
    const cwd = context.cwd;
    const fil = relativ(cwd, context.filename);
    // The most specific layer wins (src/excel/fake before src/excel).
    const lag = [...context.options[0].lag]
      .sort((a, b) => b.mappe.length - a.mappe.length)
      .find((l) => ligger(fil, l.mappe));
    if (!lag) return {};
    const pakker = lag.pakker ?? [];
    return {
      Program(program) {
        for (const imp of importerIAst(program)) {
          const { spec, node } = imp;
          if (erRelativ(spec)) {
            const maal = relativ(cwd, path.resolve(path.dirname(context.filename), spec));
            const forbudt = (lag.forbyd ?? []).some((f) => ligger(maal, f));
            const dynamisk = (lag.dynamisk ?? []).some((d) => ligger(maal, d));
            const kunTyper = !imp.koersel && !imp.dynamisk;
            if (!forbudt && dynamisk && !imp.dynamisk && !kunTyper) {
              context.report({ node, messageId: "kunDynamisk", data: { lag: lag.mappe, maal } });
              continue;
            }
            const undtaget =
              !forbudt &&
              ((dynamisk && (imp.dynamisk || kunTyper)) ||
                (kunTyper && (lag.typer ?? []).some((t) => ligger(maal, t))));
            if (!undtaget && (forbudt || !lag.tillad.some((t) => ligger(maal, t)))) {
              context.report({
                node,
                messageId: "lag",
                data: { lag: lag.mappe, maal, tilladt: lag.tillad.join(", ") },
              });
              continue;
            }
            // A front door: "../core" or "../core/index", never a module behind it.
            const udenExt = maal.replace(/\.(ts|tsx|js)$/, "");
            const mappe = (lag.indgang ?? []).find((m) => ligger(maal, m));
            if (mappe && udenExt !== mappe && udenExt !== `${mappe}/index`)
              context.report({ node, messageId: "indgang", data: { lag: lag.mappe, mappe, maal } });
          } else if (erNodeModul(spec)) {
            if (!lag.node) context.report({ node, messageId: "node", data: { lag: lag.mappe, pakke: spec } });
          } else if (
            !pakker.some((p) => pakkenavn(spec) === p || (p.endsWith("/*") && spec.startsWith(p.slice(0, -1))))
          ) {
            context.report({
              node,
              messageId: "pakke",
              data: { lag: lag.mappe, pakke: spec, tilladt: pakker.length ? pakker.join(", ") : "ingen" },
            });
          }
        }
      },
    };
  },
};

// ---------------------------------------------------------------------------------------------
// takstskema/ingen-importkredse

/** Imports of a file on disk (parsed once per mtime), as absolute paths: runtime only, or all. */
const graf = new Map();

function importerPaaDisk(fil, medTyper) {
  let mtime;
  try {
    mtime = fs.statSync(fil).mtimeMs;
  } catch {
    return [];
  }
  const gemt = graf.get(fil);
  if (gemt && gemt.mtime === mtime) return medTyper ? gemt.alle : gemt.koersel;
  const tekst = fs.readFileSync(fil, "utf8");
  const kilde = ts.createSourceFile(
    fil,
    tekst,
    ts.ScriptTarget.Latest,
    false,
    fil.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const koersel = [];
  const alle = [];
  for (const s of kilde.statements) {
    let spec = null;
    let kunTyper = false;
    if (ts.isImportDeclaration(s)) {
      spec = s.moduleSpecifier.text;
      const k = s.importClause;
      kunTyper =
        !!k &&
        (k.isTypeOnly ||
          (!k.name &&
            !!k.namedBindings &&
            ts.isNamedImports(k.namedBindings) &&
            k.namedBindings.elements.length > 0 &&
            k.namedBindings.elements.every((e) => e.isTypeOnly)));
    } else if (ts.isExportDeclaration(s) && s.moduleSpecifier) {
      spec = s.moduleSpecifier.text;
      kunTyper =
        s.isTypeOnly ||
        (!!s.exportClause &&
          ts.isNamedExports(s.exportClause) &&
          s.exportClause.elements.length > 0 &&
          s.exportClause.elements.every((e) => e.isTypeOnly));
    }
    const m = spec && erRelativ(spec) ? loesFil(fil, spec) : null;
    if (m) {
      alle.push(m);
      if (!kunTyper) koersel.push(m);
    }
  }
  graf.set(fil, { mtime, koersel, alle });
  return medTyper ? alle : koersel;
}

/** Shortest path of imports from `start` back to `slut` (inside `rod`), or null. */
function kortesteVej(start, slut, rod, medTyper) {
  const forrige = new Map([[start, null]]);
  const koe = [start];
  while (koe.length) {
    const fil = koe.shift();
    for (const n of importerPaaDisk(fil, medTyper)) {
      if (!n.startsWith(rod)) continue;
      if (n === slut) {
        const vej = [fil];
        for (let f = forrige.get(fil); f; f = forrige.get(f)) vej.unshift(f);
        return vej;
      }
      if (!forrige.has(n)) {
        forrige.set(n, fil);
        koe.push(n);
      }
    }
  }
  return null;
}

const ingenImportkredse = {
  meta: {
    type: "problem",
    docs: { description: "Ingen kreds af importer i src/ (som standard kun importer ved kørsel)" },
    schema: [
      {
        type: "object",
        properties: {
          rod: { type: "string" },
          // Also type-only imports: a type cycle still couples two modules that should not know each other.
          medTyper: { type: "boolean" },
        },
        additionalProperties: false,
      },
    ],
    messages: {
      kreds: "Importkreds: {{kreds}}. Flyt det fælles til et modul, begge kan importere.",
    },
  },
  create(context) {
    const cwd = context.cwd;
    const valg = context.options[0] || {};
    const rod = path.resolve(cwd, valg.rod || "src") + path.sep;
    const medTyper = !!valg.medTyper;
    const fil = path.resolve(context.filename);
    if (!fil.startsWith(rod)) return {};
    return {
      Program(program) {
        for (const imp of importerIAst(program)) {
          if (imp.dynamisk || (!imp.koersel && !medTyper) || !erRelativ(imp.spec)) continue;
          const maal = loesFil(fil, imp.spec);
          if (!maal || !maal.startsWith(rod)) continue;
          const vej = maal === fil ? [fil] : kortesteVej(maal, fil, rod, medTyper);
          if (!vej) continue;
          const kreds = [fil, ...(maal === fil ? [] : vej), fil].map((f) => relativ(cwd, f)).join(" → ");
          context.report({ node: imp.node, messageId: "kreds", data: { kreds } });
        }
      },
    };
  },
};

module.exports = {
  meta: { name: "takstskema" },
  rules: { lagdeling, "ingen-importkredse": ingenImportkredse },
};
