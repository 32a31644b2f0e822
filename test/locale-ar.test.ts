import { describe, expect, it } from 'vitest';
import { ar } from '../src/locales/ar/index.js';
import type { CodeTexts } from '../src/catalogue/types.js';
import { CATALOGUE_KEYS, CATEGORY_KEYS, CODE_TEXT_FIELDS } from './helpers/locale-keys.js';

// Code, direction, classes, labels and categories are checked with every other locale in locales.test.ts.

const FSI = '\u2068';
const PDI = '\u2069';

const isAsciiAlnum = (c: string): boolean => /^[A-Za-z0-9]$/.test(c);
const isRunChar = (c: string): boolean => isAsciiAlnum(c) || c === '.' || c === '-' || c === ' ';

/**
 * Problems with bidi isolation in `s`: every run that starts with an ASCII letter or digit and goes
 * on through letters, digits, `.`, `-` and spaces must stand between U+2068 and U+2069, and the
 * isolates must be balanced. A linear scan, no regular-expression backtracking.
 */
function isolationProblems(s: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (c === FSI) {
      depth += 1;
      i += 1;
    } else if (c === PDI) {
      depth -= 1;
      if (depth < 0) {
        problems.push(`unmatched U+2069 at ${i}`);
        depth = 0;
      }
      i += 1;
    } else if (isAsciiAlnum(c)) {
      const start = i;
      while (i < s.length && isRunChar(s[i]!)) i += 1;
      if (depth === 0) problems.push(`unwrapped "${s.slice(start, i)}" at ${start}`);
    } else {
      i += 1;
    }
  }
  if (depth !== 0) problems.push('unclosed U+2068');
  return problems;
}

/** Every string in the locale, with a path for error messages. */
function allStrings(value: unknown, path: string, out: [string, string][] = []): [string, string][] {
  if (typeof value === 'string') out.push([path, value]);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) allStrings(v, `${path}.${k}`, out);
  }
  return out;
}

const nonEmpty = (s: unknown): boolean => typeof s === 'string' && s.trim().length > 0;

describe('ar locale', () => {
  it('has all four texts for every catalogue entry, and no extra keys', () => {
    const codes = ar.codes as Readonly<Record<string, Partial<CodeTexts>>>;
    expect(new Set(CATALOGUE_KEYS).size).toBe(CATALOGUE_KEYS.length);
    expect(Object.keys(codes).sort()).toEqual([...CATALOGUE_KEYS].sort());
    for (const key of CATALOGUE_KEYS) {
      const t = codes[key];
      expect(t, key).toBeDefined();
      expect(Object.keys(t!).sort(), key).toEqual([...CODE_TEXT_FIELDS].sort());
      for (const f of CODE_TEXT_FIELDS) expect(nonEmpty(t![f]), `${key}.${f}`).toBe(true);
    }
  });

  it('wraps every run of Latin letters and digits in first-strong isolates', () => {
    const bad: string[] = [];
    for (const [path, s] of allStrings(
      { classes: ar.classes, labels: ar.labels, categories: ar.categories, codes: ar.codes },
      'ar',
    )) {
      for (const p of isolationProblems(s)) bad.push(`${path}: ${p}`);
    }
    expect(bad).toEqual([]);
  });

  it('scanner catches unwrapped runs and accepts wrapped ones', () => {
    expect(isolationProblems('فشل \u2068SPF\u2069 و\u2068DKIM\u2069')).toEqual([]);
    expect(isolationProblems('الرمز \u20685.1.1\u2069.')).toEqual([]);
    expect(isolationProblems('الرمز 550 هنا')).toEqual(['unwrapped "550 " at 6']);
    expect(isolationProblems('\u2068SPF')).toEqual(['unclosed U+2068']);
    expect(isolationProblems('a\u2069')).toHaveLength(2);
  });

  it('reports completeness', () => {
    const codes = ar.codes as Readonly<Record<string, Partial<CodeTexts>>>;
    const cats = CATEGORY_KEYS.filter(
      (c) => nonEmpty(ar.categories?.[c]?.description) && nonEmpty(ar.categories?.[c]?.fix),
    ).length;
    const done = CATALOGUE_KEYS.filter((k) => CODE_TEXT_FIELDS.every((f) => nonEmpty(codes[k]?.[f]))).length;
    console.log(`ar: categories ${cats}/${CATEGORY_KEYS.length}, codes ${done}/${CATALOGUE_KEYS.length}`);
    expect(cats).toBe(CATEGORY_KEYS.length);
    expect(done).toBe(CATALOGUE_KEYS.length);
  });
});
