/**
 * Which Office.js members the code uses, and from which ExcelApi requirement set: every
 * property access (and contextually typed object-literal property) that resolves to a
 * declaration in @types/office-js, with the set from its "[Api set: ExcelApi x.y]" tag, and
 * whether it stands behind an isSetSupported guard (tests/excel/api-saet.test.ts).
 *
 * A guard is a call `understoetter("ExcelApi", v)` or `….isSetSupported("ExcelApi", v)` (v a
 * string literal type, so a const works), a variable or const initialised with one, or a
 * parameter every caller passes one for. A member is guarded when it stands in the true
 * branch of an `if`, `&&` or `?:` on a guard, or after `if (!guard) throw/return` in an
 * enclosing block, with v at least the member's set.
 */
import * as path from "node:path";
import * as ts from "typescript";

export interface Brug {
  medlem: string;
  saet: string;
  /** Declared on an Office.js class (a proxy the fake implements), not a plain data interface. */
  klasse: boolean;
  fil: string;
  linje: number;
  vagt: string | null;
}

const OFFICE_DTS = `${path.sep}@types${path.sep}office-js${path.sep}index.d.ts`;
const VAGT_NAVNE = new Set(["understoetter", "isSetSupported"]);

export function sammenlign(a: string, b: string): number {
  const [a1, a2] = a.split(".").map(Number);
  const [b1, b2] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
}

function erOfficeErklaering(d: ts.Declaration): boolean {
  return path.normalize(d.getSourceFile().fileName).endsWith(OFFICE_DTS);
}

/** The ExcelApi set in a declaration's JSDoc, or null (no tag: part of the base set). */
export function apiSaet(d: ts.Declaration): string | null {
  const tekst = d.getSourceFile().text;
  for (const k of ts.getLeadingCommentRanges(tekst, d.getFullStart()) ?? []) {
    const m = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(tekst.slice(k.pos, k.end));
    if (m) return m[1];
  }
  return null;
}

function ejerNavn(d: ts.Declaration): string {
  const ejer = d.parent;
  if ((ts.isClassDeclaration(ejer) || ts.isInterfaceDeclaration(ejer)) && ejer.name) return ejer.name.text;
  return "?";
}

export function analyser(program: ts.Program, filer: readonly string[]): Brug[] {
  const checker = program.getTypeChecker();
  const kaldesteder = new Map<ts.Declaration, ts.CallExpression[]>();
  const alle: ts.SourceFile[] = program.getSourceFiles().filter((f) => !f.isDeclarationFile);
  const besoeg = (n: ts.Node): void => {
    if (ts.isCallExpression(n)) {
      const d = checker.getResolvedSignature(n)?.getDeclaration();
      if (d) kaldesteder.set(d, [...(kaldesteder.get(d) ?? []), n]);
    }
    ts.forEachChild(n, besoeg);
  };
  alle.forEach(besoeg);

  const strengArg = (e: ts.Expression | undefined): string | null => {
    if (!e) return null;
    const t = checker.getTypeAtLocation(e);
    return t.isStringLiteral() ? t.value : null;
  };

  /** The ExcelApi version an expression being true guarantees, or null. */
  const vagtVersion = (e: ts.Expression, set = new Set<ts.Node>()): string | null => {
    if (set.has(e)) return null;
    set.add(e);
    if (ts.isParenthesizedExpression(e)) return vagtVersion(e.expression, set);
    if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken) {
      const v = [vagtVersion(e.left, set), vagtVersion(e.right, set)].filter((x): x is string => x !== null);
      return v.length ? v.sort(sammenlign)[v.length - 1] : null;
    }
    if (ts.isCallExpression(e)) {
      const navn = ts.isIdentifier(e.expression)
        ? e.expression.text
        : ts.isPropertyAccessExpression(e.expression)
          ? e.expression.name.text
          : "";
      if (VAGT_NAVNE.has(navn) && strengArg(e.arguments[0]) === "ExcelApi") return strengArg(e.arguments[1]);
      return null;
    }
    if (ts.isIdentifier(e)) {
      const d = checker.getSymbolAtLocation(e)?.valueDeclaration;
      if (!d) return null;
      if (ts.isVariableDeclaration(d) && d.initializer) return vagtVersion(d.initializer, set);
      if (ts.isParameter(d) && ts.isFunctionLike(d.parent)) {
        const i = d.parent.parameters.indexOf(d);
        const kald = kaldesteder.get(d.parent as ts.Declaration) ?? [];
        if (kald.length === 0) return null;
        const v = kald.map((k) => (k.arguments[i] ? vagtVersion(k.arguments[i], set) : null));
        if (v.some((x) => x === null)) return null;
        return (v as string[]).sort(sammenlign)[0];
      }
    }
    return null;
  };

  const afslutter = (s: ts.Statement): boolean => {
    if (ts.isThrowStatement(s) || ts.isReturnStatement(s)) return true;
    if (ts.isBlock(s) && s.statements.length > 0) return afslutter(s.statements[s.statements.length - 1]);
    return false;
  };

  /** The best guard version over the node: from enclosing if/&&/?:, or an earlier `if (!guard) throw`. */
  const vagtOver = (n: ts.Node): string | null => {
    const fundne: string[] = [];
    let barn: ts.Node = n;
    for (let p: ts.Node | undefined = n.parent; p; barn = p, p = p.parent) {
      let v: string | null = null;
      if (ts.isIfStatement(p) && barn === p.thenStatement) v = vagtVersion(p.expression);
      else if (
        ts.isBinaryExpression(p) &&
        p.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken &&
        barn === p.right
      )
        v = vagtVersion(p.left);
      else if (ts.isConditionalExpression(p) && barn === p.whenTrue) v = vagtVersion(p.condition);
      else if (ts.isBlock(p) || ts.isSourceFile(p)) {
        for (const s of p.statements) {
          if (s === barn) break;
          if (
            ts.isIfStatement(s) &&
            ts.isPrefixUnaryExpression(s.expression) &&
            s.expression.operator === ts.SyntaxKind.ExclamationToken &&
            afslutter(s.thenStatement)
          ) {
            const w = vagtVersion(s.expression.operand);
            if (w) fundne.push(w);
          }
        }
      }
      if (v) fundne.push(v);
    }
    return fundne.length ? fundne.sort(sammenlign)[fundne.length - 1] : null;
  };

  const ud: Brug[] = [];
  const noter = (sf: ts.SourceFile, sted: ts.Node, medlem: ts.Symbol | undefined): void => {
    const d = medlem?.declarations?.find(erOfficeErklaering);
    if (!d) return;
    const saet = apiSaet(d);
    if (!saet) return;
    ud.push({
      medlem: `${ejerNavn(d)}.${medlem!.name}`,
      saet,
      klasse: ts.isClassDeclaration(d.parent),
      fil: path.relative(process.cwd(), sf.fileName),
      linje: sf.getLineAndCharacterOfPosition(sted.getStart(sf)).line + 1,
      vagt: vagtOver(sted),
    });
  };
  for (const fil of filer) {
    const sf = program.getSourceFile(fil);
    if (!sf) throw new Error(`${fil} er ikke med i programmet`);
    const gaa = (n: ts.Node): void => {
      if (ts.isPropertyAccessExpression(n)) noter(sf, n, checker.getSymbolAtLocation(n.name));
      if (ts.isObjectLiteralExpression(n)) {
        const kontekst = checker.getContextualType(n);
        for (const p of n.properties) {
          if (p.name && ts.isIdentifier(p.name)) noter(sf, p, kontekst?.getProperty(p.name.text));
        }
      }
      ts.forEachChild(n, gaa);
    };
    gaa(sf);
  }
  return ud;
}

/** The ExcelApi set @types/office-js gives `Klasse.medlem` (a class in namespace Excel), or null. */
export function saetForMedlem(program: ts.Program, navn: string): string | null {
  const [klasse, medlem] = navn.split(".");
  const dts = program.getSourceFiles().find((f) => path.normalize(f.fileName).endsWith(OFFICE_DTS));
  if (!dts) throw new Error("@types/office-js er ikke med i programmet");
  let fundet: string | null = null;
  const gaa = (n: ts.Node): void => {
    if (fundet) return;
    if (ts.isModuleDeclaration(n) && n.name.getText(dts) !== "Excel" && ts.isSourceFile(n.parent)) return;
    if (ts.isClassDeclaration(n) && n.name?.text === klasse) {
      for (const m of n.members) {
        if (m.name && ts.isIdentifier(m.name) && m.name.text === medlem) fundet = apiSaet(m) ?? "1.1";
      }
      return;
    }
    ts.forEachChild(n, gaa);
  };
  gaa(dts);
  return fundet;
}
