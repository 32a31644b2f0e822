/**
 * Every regular expression of the library lives in src/regex.ts (or, for the bounce entry, in
 * src/bounce/regex.ts, so that the core bundle does not carry them) and is free of ReDoS.
 *
 * - Each export of those modules is checked with recheck (https://makenowjust-labs.github.io/recheck/),
 *   which runs offline (its native binary, else its JavaScript build); anything but 'safe' fails.
 * - No other file of src/ holds a regex literal, `RegExp(…)` or `new RegExp(…)`. The sources are
 *   read with the TypeScript parser, so `a / b / c` and slashes in strings or comments do not count.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from 'recheck';
import ts from 'typescript';
import * as CORE_REGEXES from '../src/regex.js';
import * as BOUNCE_REGEXES from '../src/bounce/regex.js';

const SRC = fileURLToPath(new URL('../src/', import.meta.url));
/** The regex modules, by path under src/, with their exports. */
const REGEX_MODULES: Record<string, Record<string, unknown>> = {
  'regex.ts': CORE_REGEXES,
  'bounce/regex.ts': BOUNCE_REGEXES,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.[cm]?tsx?$/.test(d.name) ? [path] : [];
  });
}

interface Found {
  readonly line: number;
  readonly text: string;
}

/** Regex literals and `RegExp` constructor calls in a source text. */
function findRegexes(fileName: string, text: string): Found[] {
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  const at = (node: ts.Node): Found => ({
    line: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1,
    text: node.getText(sf).slice(0, 80),
  });
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) found.push(at(node));
    if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && /(^|\.)RegExp$/.test(node.expression.getText(sf)))
      found.push(at(node));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('regexes live in src/regex.ts (and src/bounce/regex.ts) only', () => {
  it('finds regexes the way this test means to (self-check of the scanner)', () => {
    expect(findRegexes('a.ts', 'const x = s.replace(/a+/g, "");').map((f) => f.text)).toEqual(['/a+/g']);
    expect(
      findRegexes('a.ts', 'const r = new RegExp("a+"); const q = RegExp(p); const g = globalThis.RegExp("x");'),
    ).toHaveLength(3);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the text is source code holding a template literal
    expect(findRegexes('a.ts', 'const x = a / b / c; const s = "/a/"; // /b/\n/* /c/ */ const t = `/${d}/`;')).toEqual(
      [],
    );
  });

  it('no other file in src/ holds a regex literal or a RegExp constructor', () => {
    const files = sourceFiles(SRC);
    expect(files.length).toBeGreaterThan(10);
    const offenders: string[] = [];
    for (const file of files) {
      const rel = relative(SRC, file);
      if (rel.split('\\').join('/') in REGEX_MODULES) continue;
      for (const f of findRegexes(file, readFileSync(file, 'utf8'))) offenders.push(`src/${rel}:${f.line}: ${f.text}`);
    }
    expect(offenders, 'move these to src/regex.ts as UPPER_SNAKE_REGEX exports').toEqual([]);
  });

  it.each(Object.keys(REGEX_MODULES))(
    'src/%s exports only documented UPPER_SNAKE_REGEX constants, each a regex literal',
    (REGEX_MODULE) => {
      const REGEXES = REGEX_MODULES[REGEX_MODULE]!;
      const text = readFileSync(join(SRC, REGEX_MODULE), 'utf8');
      const sf = ts.createSourceFile(REGEX_MODULE, text, ts.ScriptTarget.Latest, true);
      const declared: string[] = [];
      for (const stmt of sf.statements) {
        const exported =
          ts.canHaveModifiers(stmt) && ts.getModifiers(stmt)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
        expect(
          exported && ts.isVariableStatement(stmt),
          `only exported constants in src/${REGEX_MODULE}: ${stmt.getText(sf).slice(0, 60)}`,
        ).toBe(true);
        if (!ts.isVariableStatement(stmt)) continue;
        expect(stmt.declarationList.flags & ts.NodeFlags.Const, 'const').toBeTruthy();
        const docs = ts.getJSDocCommentsAndTags(stmt.declarationList.declarations[0]!).filter(ts.isJSDoc);
        const doc = docs.map((d) => d.getText(sf)).join('\n');
        for (const decl of stmt.declarationList.declarations) {
          const name = decl.name.getText(sf);
          declared.push(name);
          expect(name).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*_REGEX$/);
          expect(decl.initializer?.kind, `${name} is a regex literal`).toBe(ts.SyntaxKind.RegularExpressionLiteral);
          expect(doc, `${name} has a one-line /** doc */`).toMatch(/^\/\*\* [^\n]+ \*\/$/);
        }
      }
      expect(declared.sort()).toEqual(Object.keys(REGEXES).sort());
      expect(findRegexes(REGEX_MODULE, text)).toHaveLength(declared.length);
    },
  );
});

describe('every regex is safe from ReDoS (recheck)', () => {
  it('recheck works offline and tells a vulnerable regex from a safe one', async () => {
    expect((await check('^(a+)+$', '')).status).toBe('vulnerable');
    expect((await check('^a+$', '')).status).toBe('safe');
  }, 60_000);

  const entries = Object.values(REGEX_MODULES).flatMap((m) => Object.entries(m));
  it('src/regex.ts exports at least one regex', () => {
    expect(entries.length).toBeGreaterThan(0);
  });

  it.each(entries)(
    '%s is safe',
    async (name, re) => {
      expect(re).toBeInstanceOf(RegExp);
      const { source, flags } = re as RegExp;
      const result = await check(source, flags);
      expect(result.status, `${name} = /${source}/${flags}: ${JSON.stringify(result)}`).toBe('safe');
    },
    60_000,
  );
});
